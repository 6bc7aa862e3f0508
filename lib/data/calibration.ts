import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { FeedbackVisibility } from "../generated/prisma/enums";
import { pageSize, readDirection, toPage } from "../paging/cursor";
import { alphaFromCoincidences, type InterviewerCalibration, type RatingDistribution } from "../scoring";
import { hiddenReasonSql } from "../scorecards/visibility";
import { feedbackVisibility } from "./feedback";

// Interviewer calibration and per-role inter-rater agreement, computed by PostgreSQL from the
// submitted scores of the applications whose feedback the viewer may see (the independence
// rule of lib/scorecards/visibility.ts: offsets are built from other people's ratings). An
// admin with no pending interview of their own sees all. One statement returns a page of
// interviewers and one entry per role: the ratings never leave the database, and the panel
// medians are read from ApplicationDomainConsensus, which the database maintains. The JavaScript definitions (`calibrate`,
// `agreementByRole` in lib/scoring) are the test oracle (tests/integration/calibration-sql.test.ts).

export type CalibrationRow = InterviewerCalibration & { name: string; active: boolean };
export type RoleAgreementRow = { roleId: string; title: string; alpha: number | null; pairableUnits: number; raters: number };

type InterviewerJson = {
  iid: string;
  name: string;
  active: boolean;
  na: number;
  r0: number;
  r1: number;
  r2: number;
  r3: number;
  comparable: number;
  offsetSum: number;
  scorecards: number;
  hoursLo: number | null;
  hoursHi: number | null;
};

/** Rating values (the DomainScore_rating_range constraint): the coincidence matrix is at most 4 x 4. */
const LEVELS = [0, 1, 2, 3] as const;

type RoleJson = { roleId: string; title: string; raters: number; pairableUnits: number } & Record<`w${number}_${number}`, number | null>;
type CalibrationSqlRow = { total: number; interviewers: InterviewerJson[] | null; roles: RoleJson[] | null };

/**
 * The whole report as one statement returning one row: `total` interviewers, `interviewers`
 * (one page, sorted by name, keyset on name + id) and `roles` (agreement inputs), both JSON.
 *
 * What it reads: submitted scorecards (a CHECK makes SUBMITTED imply a submission time) with at
 * least one domain entry, on the applications whose feedback the viewer may see (the
 * independence rule of lib/scorecards/visibility.ts: an admin with no pending interview of
 * their own sees all), computed once per request (`vis`). Run it with CALIBRATION_PLANNER:
 * the planner cannot estimate the rule's CASE (it guesses 0.5% of applications, usually all
 * or most are visible) and then drives nested loops over every interview, scorecard and
 * entry from that guess, and its cost estimate switches JIT compilation on (~50 ms each time).
 *
 * Per interviewer, as `calibrate()` defines it: a unit is application x domain; it is
 * comparable when two or more interviewers rated it; its panel median is the lower median of
 * every rating in it (two scorecards by one interviewer give two ratings, and two offsets);
 * the offset of each of their ratings is rating − that median. Median and number of distinct
 * raters come from ApplicationDomainConsensus, which the database keeps (percentile_disc(0.5)
 * over the same submitted ratings, `raters` = distinct interviewers with a rating), so no
 * median is computed per request. Visibility is per application, so a visible unit's ratings
 * are all visible and the stored median is the one calibrate() computes over the visible ones.
 * Median hours: the conventional median (mean of the two middle values) of per-scorecard
 * hours from schedule to submission.
 *
 * Agreement (Krippendorff's alpha, ordinal, per role): per unit each coder's value is the lower
 * median of their ratings there, i.e. the first level whose cumulative count reaches half of
 * theirs (ratings are 0..3, so four counts decide it without sorting); per unit with m_u >= 2
 * coders, n_v = how many coders gave v; the role's coincidence cell (c, k) is
 * Σ_u n_c·(n_k − [c = k])/(m_u − 1); alpha is then arithmetic in JavaScript
 * (alphaFromCoincidences). The role is the application's current role.
 */
export function calibrationSql(viewer: CurrentUser, visibility: FeedbackVisibility, paging: CalibrationPaging) {
  const size = pageSize(paging.size);
  const { direction, cursor } = readDirection(paging.after, paging.before, 2);
  const [keyName, keyId] = (cursor?.key ?? []).map(String);
  const seek = !cursor
    ? Prisma.sql`TRUE`
    : direction === "forward"
      ? Prisma.sql`(name, iid) > (${keyName}, ${keyId})`
      : Prisma.sql`(name, iid) < (${keyName}, ${keyId})`;
  const order = direction === "forward" ? Prisma.sql`name ASC, iid ASC` : Prisma.sql`name DESC, iid DESC`;
  const counts = Prisma.raw(LEVELS.map((v) => `count(*) FILTER (WHERE v = ${v}) AS n${v}`).join(", "));
  const cells = Prisma.raw(
    LEVELS.flatMap((c) => LEVELS.map((k) => `sum((n${c} * ${c === k ? `(n${k} - 1)` : `n${k}`})::numeric / (m - 1))::float8 AS w${c}_${k}`)).join(",\n      "),
  );
  const sql = Prisma.sql`
    WITH vis AS MATERIALIZED (SELECT a.id, a."roleId" AS role FROM "Application" a WHERE ${hiddenReasonSql(viewer, visibility, "a")} IS NULL),
    card AS MATERIALIZED (
      SELECT s.id, s."interviewerId" AS iid, v.id AS app, v.role, s."submittedAt", i."scheduledAt"
      FROM vis v
      JOIN "Interview" i ON i."applicationId" = v.id
      JOIN "Scorecard" s ON s."interviewId" = i.id
      WHERE s.status = 'SUBMITTED' AND s."submittedAt" IS NOT NULL
        AND EXISTS (SELECT 1 FROM "DomainScore" d WHERE d."scorecardId" = s.id)
    ),
    entry AS MATERIALIZED (
      SELECT c.iid, c.app, c.role, d."domainId" AS dom, d.rating AS r, u.median, u.raters
      FROM card c
      JOIN "DomainScore" d ON d."scorecardId" = c.id
      LEFT JOIN "ApplicationDomainConsensus" u ON u."applicationId" = c.app AND u."domainId" = d."domainId"
    ),
    per AS (
      SELECT e.iid,
        count(*) FILTER (WHERE e.r IS NULL)::int AS na,
        count(*) FILTER (WHERE e.r = 0)::int AS r0,
        count(*) FILTER (WHERE e.r = 1)::int AS r1,
        count(*) FILTER (WHERE e.r = 2)::int AS r2,
        count(*) FILTER (WHERE e.r = 3)::int AS r3,
        count(*) FILTER (WHERE e.r IS NOT NULL AND e.raters >= 2)::int AS comparable,
        coalesce(sum(e.r - e.median) FILTER (WHERE e.raters >= 2), 0)::int AS "offsetSum"
      FROM entry e
      GROUP BY e.iid
    ),
    cards AS (
      -- Milliseconds as an exact float, divided as JavaScript does; both middle values, so the
      -- mean of the two is computed exactly as plainMedian() computes it.
      SELECT iid, count(*)::int AS scorecards,
        percentile_disc(0.5) WITHIN GROUP (ORDER BY h) AS "hoursLo",
        percentile_disc(0.5) WITHIN GROUP (ORDER BY h DESC) AS "hoursHi"
      FROM (SELECT iid, (EXTRACT(EPOCH FROM ("submittedAt" - "scheduledAt")) * 1000)::float8 / 3600000 AS h FROM card) x
      GROUP BY iid
    ),
    listed AS (
      SELECT per.*, cards.scorecards, u.name, u.active, cards."hoursLo", cards."hoursHi"
      FROM per JOIN "User" u ON u.id = per.iid JOIN cards ON cards.iid = per.iid
    ),
    coder AS (
      SELECT role, app, dom, count(*) AS k,
        count(*) FILTER (WHERE r = 0) AS c0, count(*) FILTER (WHERE r <= 1) AS c1, count(*) FILTER (WHERE r <= 2) AS c2
      FROM entry WHERE r IS NOT NULL GROUP BY role, app, dom, iid
    ),
    coded AS (
      SELECT role, app, dom, CASE WHEN 2 * c0 >= k THEN 0 WHEN 2 * c1 >= k THEN 1 WHEN 2 * c2 >= k THEN 2 ELSE 3 END AS v FROM coder
    ),
    unit AS (SELECT role, count(*)::int AS m, ${counts} FROM coded GROUP BY role, app, dom),
    coincidence AS (
      SELECT role, count(*)::int AS pairable, ${cells}
      FROM unit WHERE m >= 2 GROUP BY role
    ),
    raters AS (SELECT role, count(*)::int AS raters FROM (SELECT DISTINCT role, iid FROM entry WHERE r IS NOT NULL) x GROUP BY role),
    roles AS (
      SELECT r.role AS "roleId", ro.title, r.raters, coalesce(c.pairable, 0)::int AS "pairableUnits", c.*
      FROM raters r JOIN "Role" ro ON ro.id = r.role LEFT JOIN coincidence c ON c.role = r.role
    )
    SELECT
      (SELECT count(*)::int FROM listed) AS total,
      (SELECT json_agg(p ORDER BY ${order}) FROM (SELECT * FROM listed WHERE ${seek} ORDER BY ${order} LIMIT ${size + 1}) p) AS interviewers,
      (SELECT json_agg(roles ORDER BY title, "roleId") FROM roles) AS roles`;
  return { sql, size, direction, cursor };
}

/**
 * Planner settings for calibrationSql, local to its transaction: hash joins (the visible set's
 * size is misestimated, see above), no JIT (compiling costs more than the statement saves), and
 * enough memory that the grouped passes over ~75,000 entries at 10,000 candidates stay in RAM.
 */
export const CALIBRATION_PLANNER = Prisma.sql`SELECT set_config('enable_nestloop', 'off', true), set_config('jit', 'off', true), set_config('work_mem', '16MB', true)`;

/**
 * Interviewer calibration (one page, sorted by name) and agreement per role, from the feedback
 * the viewer may see. `interviewers` is the page's rows; `page` carries total and cursors.
 */
export async function calibrationReport(user: CurrentUser, paging: CalibrationPaging = {}) {
  const { sql, size, direction, cursor } = calibrationSql(user, await feedbackVisibility(), paging);
  const [, [row]] = await db.$transaction([db.$queryRaw(CALIBRATION_PLANNER), db.$queryRaw<CalibrationSqlRow[]>(sql)]);
  const fetched = (row?.interviewers ?? []).map((r): CalibrationRow => {
    const distribution: RatingDistribution = { 0: r.r0, 1: r.r1, 2: r.r2, 3: r.r3, notAssessed: r.na };
    return {
      interviewerId: r.iid,
      name: r.name,
      active: r.active,
      meanOffset: r.comparable === 0 ? null : r.offsetSum / r.comparable,
      comparableRatings: r.comparable,
      distribution,
      scorecards: r.scorecards,
      medianHoursToSubmit: r.hoursLo === null || r.hoursHi === null ? null : (r.hoursLo + r.hoursHi) / 2,
    };
  });
  const page = toPage(fetched, size, row?.total ?? 0, (r) => [r.name, r.interviewerId], direction, cursor);
  const agreement = (row?.roles ?? []).map((r): RoleAgreementRow => {
    const cells = LEVELS.flatMap((c) => LEVELS.map((k) => ({ c, k, weight: r[`w${c}_${k}`] ?? 0 })));
    return { roleId: r.roleId, title: r.title, raters: r.raters, pairableUnits: r.pairableUnits, alpha: alphaFromCoincidences({ cells, pairableUnits: r.pairableUnits }, "ordinal") };
  });
  return { interviewers: page.rows, page, agreement };
}

/** The interviewer list's URL parameters: keyset cursors (`after` / `before`) and an optional page size. */
export type CalibrationPaging = { after?: string; before?: string; size?: string };
