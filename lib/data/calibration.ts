import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { FeedbackVisibility } from "../generated/prisma/enums";
import { pageSize, readDirection, toPage } from "../paging/cursor";
import { alphaFromCoincidences, type InterviewerCalibration, type RatingDistribution } from "../scoring";
import { roleRollupAdjustmentSql } from "../scorecards/visibility";
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
export type RoleAgreementRow = {
  roleId: string;
  title: string;
  alpha: number | null;
  pairableUnits: number;
  raters: number;
};

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

type RoleJson = { roleId: string; title: string; raters: number; pairableUnits: number } & Record<
  `w${number}_${number}`,
  number | null
>;
type CalibrationSqlRow = { total: number; interviewers: InterviewerJson[] | null; roles: RoleJson[] | null };

/**
 * The whole report as one statement returning one row: `total` interviewers, `interviewers`
 * (one page, sorted by name, keyset on name + id) and `roles` (agreement inputs), both JSON.
 *
 * What it reads: sums the database keeps per role (RoleInterviewerCalibration,
 * RoleInterviewerHours, RoleAgreementUnits: triggers of migration calibration_rollups over the
 * per-application rows of migration consensus_and_indexes), whole for the roles the viewer
 * leads, corrected by the few applications among the viewer's own interviews where the
 * independence rule says otherwise (roleRollupAdjustmentSql: minus those they still owe a
 * scorecard on, plus those they interviewed on outside their roles). Visibility is per
 * application, so the corrected sums are exactly what calibrate() computes over the visible
 * ratings, and the statement reads a few rows per role and interviewer, however many
 * candidates there are.
 *
 * Per interviewer, as `calibrate()` defines it, summed over their ApplicationInterviewerCalibration
 * rows: submitted scorecards with at least one entry; entries by rating (NULL = not assessed);
 * comparable ratings (the unit, application x domain, was rated by two or more interviewers)
 * and the sum of their offsets from the median of the other interviewers' latest ratings of the
 * unit (a half level when they are even in number; two scorecards by one interviewer give two
 * ratings and two offsets). Median hours: the
 * conventional median (mean of the two middle values) of the per-scorecard whole hours (rounded
 * down) from schedule to submission, read from the per-hour counts.
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
    LEVELS.flatMap((c) => LEVELS.map((k) => `sum(pairs${c}${k}::numeric / (raters - 1))::float8 AS w${c}_${k}`)).join(
      ",\n      ",
    ),
  );
  const pairs = (sign: string) =>
    Prisma.raw(
      LEVELS.flatMap((c) =>
        LEVELS.map((k) => `${sign}u.coders${c} * (u.coders${k}${c === k ? " - 1" : ""}) AS pairs${c}${k}`),
      ).join(", "),
    );
  const pairColumns = Prisma.raw(LEVELS.flatMap((c) => LEVELS.map((k) => `pairs${c}${k}`)).join(", "));
  const { ctes } = roleRollupAdjustmentSql(viewer, visibility);
  const sql = Prisma.sql`
    WITH ${ctes},
    cal AS MATERIALIZED (
      -- Per (role, interviewer): the role's sums when the viewer leads it, corrected by the viewer's own applications.
      SELECT role, iid, sum(apps)::int AS apps, sum(scorecards)::int AS scorecards, sum(na)::int AS na, sum(r0)::int AS r0, sum(r1)::int AS r1,
        sum(r2)::int AS r2, sum(r3)::int AS r3, sum(comparable)::int AS comparable, sum("offsetSum")::float8 AS "offsetSum"
      FROM (
        SELECT c."roleId" AS role, c."interviewerId" AS iid, c.applications AS apps, c.scorecards, c."notAssessed" AS na, c.rated0 AS r0,
          c.rated1 AS r1, c.rated2 AS r2, c.rated3 AS r3, c.comparable, c."offsetSum"
        FROM lead_roles l JOIN "RoleInterviewerCalibration" c ON c."roleId" = l.role_id
        UNION ALL
        SELECT c."roleId", c."interviewerId", f.sign, f.sign * c.scorecards, f.sign * c."notAssessed", f.sign * c.rated0,
          f.sign * c.rated1, f.sign * c.rated2, f.sign * c.rated3, f.sign * c.comparable, f.sign * c."offsetSum"
        FROM feedback_adjust f JOIN "ApplicationInterviewerCalibration" c ON c."applicationId" = f.app_id
      ) x GROUP BY role, iid HAVING sum(apps) > 0
    ),
    per AS (
      SELECT iid, sum(na)::int AS na, sum(r0)::int AS r0, sum(r1)::int AS r1, sum(r2)::int AS r2, sum(r3)::int AS r3,
        sum(comparable)::int AS comparable, sum("offsetSum")::float8 AS "offsetSum", sum(scorecards)::int AS scorecards
      FROM cal GROUP BY iid
    ),
    hours AS (
      SELECT iid, hour, sum(n) AS n FROM (
        SELECT h."interviewerId" AS iid, h.hour, h.scorecards AS n FROM lead_roles l JOIN "RoleInterviewerHours" h ON h."roleId" = l.role_id
        UNION ALL
        SELECT c."interviewerId", floor(x.h)::int, f.sign
        FROM feedback_adjust f JOIN "ApplicationInterviewerCalibration" c ON c."applicationId" = f.app_id, unnest(c.hours) AS x(h)
        WHERE x.h IS NOT NULL
      ) y GROUP BY iid, hour HAVING sum(n) > 0
    ),
    cards AS (
      -- The conventional median from the histogram: the values at positions ceil(n/2) and n - ceil(n/2) + 1.
      SELECT iid, min(hour) FILTER (WHERE cum >= ceil(total / 2.0)) AS "hoursLo", min(hour) FILTER (WHERE cum >= total - ceil(total / 2.0) + 1) AS "hoursHi"
      FROM (SELECT iid, hour, sum(n) OVER (PARTITION BY iid ORDER BY hour) AS cum, sum(n) OVER (PARTITION BY iid) AS total FROM hours) h
      GROUP BY iid
    ),
    listed AS (
      SELECT per.*, u.name, u.active, cards."hoursLo", cards."hoursHi"
      FROM per JOIN "User" u ON u.id = per.iid LEFT JOIN cards ON cards.iid = per.iid
    ),
    coincidence AS (
      SELECT role, sum(units)::int AS pairable, ${cells}
      FROM (
        SELECT role, raters, sum(units) AS units, ${Prisma.raw(LEVELS.flatMap((c) => LEVELS.map((k) => `sum(pairs${c}${k}) AS pairs${c}${k}`)).join(", "))}
        FROM (
          SELECT u."roleId" AS role, u.raters, u.units, ${pairColumns}
          FROM lead_roles l JOIN "RoleAgreementUnits" u ON u."roleId" = l.role_id
          UNION ALL
          SELECT u."roleId", u.raters, f.sign, ${pairs("f.sign * ")}
          FROM feedback_adjust f JOIN "ApplicationDomainConsensus" u ON u."applicationId" = f.app_id
          WHERE u.raters >= 2
        ) z GROUP BY role, raters
      ) byraters GROUP BY role
    ),
    raters AS (SELECT role, count(DISTINCT iid)::int AS raters FROM cal WHERE r0 + r1 + r2 + r3 > 0 GROUP BY role),
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
 * Interviewer calibration (one page, sorted by name) and agreement per role, from the feedback
 * the viewer may see. `interviewers` is the page's rows; `page` carries total and cursors.
 */
export async function calibrationReport(user: CurrentUser, paging: CalibrationPaging = {}) {
  const { sql, size, direction, cursor } = calibrationSql(user, await feedbackVisibility(), paging);
  const [row] = await db.$queryRaw<CalibrationSqlRow[]>(sql);
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
