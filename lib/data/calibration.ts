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
// interviewers and one entry per role from rows the database maintains per application
// (ApplicationInterviewerCalibration per interviewer, ApplicationDomainConsensus per domain):
// no rating is read per request. The JavaScript definitions (`calibrate`, `agreementByRole` in
// lib/scoring) are the test oracle (tests/integration/calibration-sql.test.ts).

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
 * What it reads: the applications whose feedback the viewer may see (the independence rule of
 * lib/scorecards/visibility.ts: an admin with no pending interview of their own sees all),
 * computed once per request (`vis`), and for those applications only the rows the database
 * keeps (triggers of migration consensus_and_indexes, same lock as the consensus). Visibility
 * is per application, so every per-application figure the rows hold is exactly what
 * calibrate() computes over the visible ratings. Run it with CALIBRATION_PLANNER: the planner
 * cannot estimate the rule's CASE (it guesses 0.5% of applications, usually all or most are
 * visible) and would drive nested loops from that guess, and its cost estimate switches JIT
 * compilation on (~50 ms each time).
 *
 * Per interviewer, as `calibrate()` defines it, summed over their ApplicationInterviewerCalibration
 * rows: submitted scorecards with at least one entry; entries by rating (NULL = not assessed);
 * comparable ratings (the unit, application x domain, was rated by two or more interviewers)
 * and the sum of their offsets from the unit's lower median (every rating of the unit, two
 * scorecards by one interviewer give two ratings and two offsets). Median hours: the
 * conventional median (mean of the two middle values) of the per-scorecard hours from
 * schedule to submission, which the rows keep as arrays.
 *
 * Agreement (Krippendorff's alpha, ordinal, per role), from ApplicationDomainConsensus: per
 * unit, `raters` coders (m_u) and coders0..3, how many coders' own value (the lower median of
 * their ratings there) is v (n_v); the role's coincidence cell (c, k) is
 * Σ_u n_c·(n_k − [c = k])/(m_u − 1) over units with m_u >= 2; alpha is then arithmetic in
 * JavaScript (alphaFromCoincidences). The role is the application's current role.
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
  const cells = Prisma.raw(
    LEVELS.flatMap((c) =>
      LEVELS.map(
        (k) => `sum((u.coders${c} * ${c === k ? `(u.coders${k} - 1)` : `u.coders${k}`})::numeric / (u.raters - 1))::float8 AS w${c}_${k}`,
      ),
    ).join(",\n      "),
  );
  const sql = Prisma.sql`
    WITH vis AS MATERIALIZED (SELECT a.id, a."roleId" AS role FROM "Application" a WHERE ${hiddenReasonSql(viewer, visibility, "a")} IS NULL),
    cal AS MATERIALIZED (
      SELECT c."interviewerId" AS iid, v.role, c.scorecards, c."notAssessed", c.rated0, c.rated1, c.rated2, c.rated3, c.comparable, c."offsetSum", c.hours
      FROM vis v JOIN "ApplicationInterviewerCalibration" c ON c."applicationId" = v.id
    ),
    per AS (
      SELECT iid,
        sum("notAssessed")::int AS na, sum(rated0)::int AS r0, sum(rated1)::int AS r1, sum(rated2)::int AS r2, sum(rated3)::int AS r3,
        sum(comparable)::int AS comparable, sum("offsetSum")::int AS "offsetSum", sum(scorecards)::int AS scorecards
      FROM cal GROUP BY iid
    ),
    cards AS (
      -- Both middle values, so the mean of the two is computed exactly as plainMedian() does.
      SELECT iid, percentile_disc(0.5) WITHIN GROUP (ORDER BY h) AS "hoursLo", percentile_disc(0.5) WITHIN GROUP (ORDER BY h DESC) AS "hoursHi"
      FROM cal, unnest(cal.hours) AS h GROUP BY iid
    ),
    listed AS (
      SELECT per.*, u.name, u.active, cards."hoursLo", cards."hoursHi"
      FROM per JOIN "User" u ON u.id = per.iid LEFT JOIN cards ON cards.iid = per.iid
    ),
    coincidence AS (
      SELECT v.role, count(*)::int AS pairable, ${cells}
      FROM vis v JOIN "ApplicationDomainConsensus" u ON u."applicationId" = v.id
      WHERE u.raters >= 2 GROUP BY v.role
    ),
    raters AS (SELECT role, count(DISTINCT iid)::int AS raters FROM cal WHERE rated0 + rated1 + rated2 + rated3 > 0 GROUP BY role),
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
 * enough memory that the grouped passes over ~30,000 rows (and their hours) at 10,000 candidates stay
 * in RAM.
 */
export const CALIBRATION_PLANNER = Prisma.sql`SELECT set_config('enable_nestloop', 'off', true), set_config('jit', 'off', true), set_config('work_mem', '16MB', true)`;

/**
 * Interviewer calibration (one page, sorted by name) and agreement per role, from the feedback
 * the viewer may see. `interviewers` is the page's rows; `page` carries total and cursors.
 */
export async function calibrationReport(user: CurrentUser, paging: CalibrationPaging = {}) {
  const { sql, size, direction, cursor } = calibrationSql(user, await feedbackVisibility(), paging);
  // An interactive transaction so it may wait for a pooled connection under load (a batch
  // transaction gives up after Prisma's 2 s default: 25 of 83 requests failed at 20 users).
  const [row] = await db.$transaction(
    async (tx) => {
      await tx.$queryRaw(CALIBRATION_PLANNER);
      return tx.$queryRaw<CalibrationSqlRow[]>(sql);
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
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
    return {
      roleId: r.roleId,
      title: r.title,
      raters: r.raters,
      pairableUnits: r.pairableUnits,
      alpha: alphaFromCoincidences({ cells, pairableUnits: r.pairableUnits }, "ordinal"),
    };
  });
  return { interviewers: page.rows, page, agreement };
}

/** The interviewer list's URL parameters: keyset cursors (`after` / `before`) and an optional page size. */
export type CalibrationPaging = { after?: string; before?: string; size?: string };
