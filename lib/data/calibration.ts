import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { FeedbackVisibility } from "../generated/prisma/enums";
import { pageSize, readDirection, toPage, type Page } from "../paging/cursor";
import { alphaFromCoincidences, type InterviewerCalibration, type RatingDistribution } from "../scoring";
import { hiddenReasonSql } from "../scorecards/visibility";
import { feedbackVisibility } from "./feedback";

// Interviewer calibration and per-role inter-rater agreement, computed by PostgreSQL from the
// submitted scores of the applications whose feedback the viewer may see (the independence
// rule of lib/scorecards/visibility.ts: offsets are built from other people's ratings). An
// admin with no pending interview of their own sees all. One row per interviewer, one row
// per role: the ratings never leave the database. The JavaScript definitions (`calibrate`,
// `agreementByRole` in lib/scoring) are the test oracle (tests/integration/calibration-sql.test.ts).

export type CalibrationRow = InterviewerCalibration & { name: string; active: boolean };
export type RoleAgreementRow = { roleId: string; title: string; alpha: number | null; pairableUnits: number; raters: number };

/**
 * The rows calibration reads, as CTEs: `sc` = submitted scorecards (with a submission time) on
 * visible applications that have at least one domain entry; `ds` = their domain entries, `r`
 * null for not assessed. Both calibrate() and the agreement read exactly these.
 */
function visibleScores(viewer: CurrentUser, visibility: FeedbackVisibility) {
  return Prisma.sql`
    vis AS (SELECT a.id, a."roleId" FROM "Application" a WHERE ${hiddenReasonSql(viewer, visibility, "a")} IS NULL),
    sc AS (
      SELECT s.id, s."interviewerId" AS iid, i."applicationId" AS app, v."roleId" AS role, s."submittedAt", i."scheduledAt"
      FROM vis v
      JOIN "Interview" i ON i."applicationId" = v.id
      JOIN "Scorecard" s ON s."interviewId" = i.id
      WHERE s.status = 'SUBMITTED' AND s."submittedAt" IS NOT NULL
        AND EXISTS (SELECT 1 FROM "DomainScore" d WHERE d."scorecardId" = s.id)
    ),
    ds AS (
      SELECT sc.id AS sid, sc.iid, sc.app, sc.role, d."domainId" AS dom, CASE WHEN d."notAssessed" THEN NULL ELSE d.rating END AS r
      FROM sc JOIN "DomainScore" d ON d."scorecardId" = sc.id
    )`;
}

type InterviewerSqlRow = {
  total: number;
  iid: string | null;
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

/**
 * One page of interviewers (sorted by name, keyset on name + id) with the total. Per
 * interviewer, as `calibrate()` defines it: a unit is application x domain; it is comparable
 * when two or more interviewers rated it; its panel median is the lower median of every rating
 * in it (two scorecards by one interviewer give two ratings, and two offsets); the offset
 * of each of their ratings is rating − that median. Median hours: the conventional median
 * (mean of the two middle values) of per-scorecard hours from schedule to submission.
 */
export function interviewerPageSql(viewer: CurrentUser, visibility: FeedbackVisibility, paging: CalibrationPaging) {
  const size = pageSize(paging.size);
  const { direction, cursor } = readDirection(paging.after, paging.before, 2);
  const [keyName, keyId] = (cursor?.key ?? []).map(String);
  const seek = !cursor
    ? Prisma.sql`TRUE`
    : direction === "forward"
      ? Prisma.sql`(name, iid) > (${keyName}, ${keyId})`
      : Prisma.sql`(name, iid) < (${keyName}, ${keyId})`;
  const order = direction === "forward" ? Prisma.sql`name ASC, iid ASC` : Prisma.sql`name DESC, iid DESC`;
  const sql = Prisma.sql`
    WITH ${visibleScores(viewer, visibility)},
    units AS (
      SELECT app, dom, percentile_disc(0.5) WITHIN GROUP (ORDER BY r) AS med
      FROM ds WHERE r IS NOT NULL GROUP BY app, dom HAVING count(DISTINCT iid) >= 2
    ),
    per AS (
      SELECT ds.iid,
        count(*) FILTER (WHERE ds.r IS NULL)::int AS na,
        count(*) FILTER (WHERE ds.r = 0)::int AS r0,
        count(*) FILTER (WHERE ds.r = 1)::int AS r1,
        count(*) FILTER (WHERE ds.r = 2)::int AS r2,
        count(*) FILTER (WHERE ds.r = 3)::int AS r3,
        count(u.med)::int AS comparable,
        coalesce(sum(ds.r - u.med), 0)::int AS "offsetSum",
        count(DISTINCT ds.sid)::int AS scorecards
      FROM ds LEFT JOIN units u ON u.app = ds.app AND u.dom = ds.dom AND ds.r IS NOT NULL
      GROUP BY ds.iid
    ),
    hours AS (
      -- Milliseconds as an exact float, divided as JavaScript does; both middle values, so the
      -- mean of the two is computed exactly as plainMedian() computes it.
      SELECT iid,
        percentile_disc(0.5) WITHIN GROUP (ORDER BY h) AS "hoursLo",
        percentile_disc(0.5) WITHIN GROUP (ORDER BY h DESC) AS "hoursHi"
      FROM (SELECT iid, (EXTRACT(EPOCH FROM ("submittedAt" - "scheduledAt")) * 1000)::float8 / 3600000 AS h FROM sc WHERE "scheduledAt" IS NOT NULL) x
      GROUP BY iid
    ),
    listed AS (
      SELECT per.*, u.name, u.active, hours."hoursLo", hours."hoursHi"
      FROM per JOIN "User" u ON u.id = per.iid LEFT JOIN hours ON hours.iid = per.iid
    )
    SELECT t.total, p.* FROM (SELECT count(*)::int AS total FROM listed) t
    LEFT JOIN LATERAL (SELECT * FROM listed WHERE ${seek} ORDER BY ${order} LIMIT ${size + 1}) p ON TRUE`;
  return { sql, size, direction, cursor };
}

async function interviewerPage(viewer: CurrentUser, visibility: FeedbackVisibility, paging: CalibrationPaging): Promise<Page<CalibrationRow>> {
  const { sql, size, direction, cursor } = interviewerPageSql(viewer, visibility, paging);
  const rows = await db.$queryRaw<InterviewerSqlRow[]>(sql);
  const total = rows[0]?.total ?? 0;
  const fetched = rows
    .filter((r): r is InterviewerSqlRow & { iid: string } => r.iid !== null)
    .map((r): CalibrationRow => {
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
  return toPage(fetched, size, total, (r) => [r.name, r.interviewerId], direction, cursor);
}

/** Rating values (the DomainScore_rating_range constraint): the coincidence matrix is at most 4 x 4. */
const LEVELS = [0, 1, 2, 3] as const;

type AgreementSqlRow = { roleId: string; title: string; raters: number; pairableUnits: number } & Record<`w${number}_${number}`, number | null>;

/**
 * Krippendorff's alpha (ordinal) per role from inputs PostgreSQL computes: per unit
 * (application x domain) each coder's value is the lower median of their ratings there; per
 * unit with m_u >= 2 coders, n_v = how many coders gave v; the role's coincidence cell (c, k)
 * is Σ_u n_c·(n_k − [c = k])/(m_u − 1). One grouped pass, 16 sums per role (no self-join of
 * units); alpha is then arithmetic in JavaScript (alphaFromCoincidences).
 */
export function agreementSql(viewer: CurrentUser, visibility: FeedbackVisibility): Prisma.Sql {
  const counts = Prisma.raw(LEVELS.map((v) => `count(*) FILTER (WHERE v = ${v}) AS n${v}`).join(", "));
  const cells = Prisma.raw(
    LEVELS.flatMap((c) => LEVELS.map((k) => `sum((n${c} * ${c === k ? `(n${k} - 1)` : `n${k}`})::numeric / (m - 1))::float8 AS w${c}_${k}`)).join(",\n      "),
  );
  return Prisma.sql`
    WITH ${visibleScores(viewer, visibility)},
    coder AS (
      SELECT role, app, dom, iid, percentile_disc(0.5) WITHIN GROUP (ORDER BY r) AS v
      FROM ds WHERE r IS NOT NULL GROUP BY role, app, dom, iid
    ),
    unit AS (SELECT role, app, dom, count(*)::int AS m, ${counts} FROM coder GROUP BY role, app, dom),
    raters AS (SELECT role, count(DISTINCT iid)::int AS raters FROM coder GROUP BY role),
    coincidence AS (
      SELECT role, count(*)::int AS pairable, ${cells}
      FROM unit WHERE m >= 2 GROUP BY role
    )
    SELECT r.role AS "roleId", ro.title, r.raters, coalesce(c.pairable, 0)::int AS "pairableUnits", c.*
    FROM raters r JOIN "Role" ro ON ro.id = r.role LEFT JOIN coincidence c ON c.role = r.role
    ORDER BY ro.title, r.role`;
}

async function agreementPerRole(viewer: CurrentUser, visibility: FeedbackVisibility): Promise<RoleAgreementRow[]> {
  const rows = await db.$queryRaw<AgreementSqlRow[]>(agreementSql(viewer, visibility));
  return rows.map((r) => {
    const cells = LEVELS.flatMap((c) => LEVELS.map((k) => ({ c, k, weight: r[`w${c}_${k}`] ?? 0 })));
    return { roleId: r.roleId, title: r.title, raters: r.raters, pairableUnits: r.pairableUnits, alpha: alphaFromCoincidences({ cells, pairableUnits: r.pairableUnits }, "ordinal") };
  });
}

/** The interviewer list's URL parameters: keyset cursors (`after` / `before`) and an optional page size. */
export type CalibrationPaging = { after?: string; before?: string; size?: string };

/**
 * Interviewer calibration (one page, sorted by name) and agreement per role, from the feedback
 * the viewer may see. `interviewers` is the page's rows; `page` carries total and cursors.
 */
export async function calibrationReport(user: CurrentUser, paging: CalibrationPaging = {}) {
  const visibility = await feedbackVisibility();
  const [page, agreement] = await Promise.all([interviewerPage(user, visibility, paging), agreementPerRole(user, visibility)]);
  return { interviewers: page.rows, page, agreement };
}
