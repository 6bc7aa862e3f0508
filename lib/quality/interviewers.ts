// Hiring quality per interviewer: does what this interviewer says about a candidate hold up on
// the job, and how do they sit with the rest of the panel? Computed by PostgreSQL over the
// applications whose feedback the viewer may see (the independence rule,
// lib/scorecards/visibility.ts) and, for the on-the-job side, the hires whose check-ins they may
// read (canSeeCheckIns). JavaScript only turns the sums into intervals (validity-stats.ts).
import "server-only";
import { canReadInterviewerQuality } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { feedbackVisibility } from "../data/feedback";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { FeedbackVisibility } from "../generated/prisma/enums";
import { visibleApplicationsCtes } from "../scorecards/visibility";
import { checkInScopeSql, latestJobRatingSql } from "./sql";
import { fisherInterval, readCorrelation, type Verdict } from "./stats";
import {
  bootstrapAlphaInterval,
  meanAndSd,
  meanInterval,
  MIN_OBSERVATIONS,
  patternAlpha,
  type Interval,
  type UnitPattern,
} from "./validity-stats";

const LEVELS = [0, 1, 2, 3] as const;
const LEVEL_PAIRS = LEVELS.flatMap((c) => LEVELS.filter((k) => k > c).map((k) => [c, k] as const));

/**
 * Ordinal Krippendorff's alpha per interviewer from `shapes` (their co-rated units grouped by
 * level counts c0..c3, `units` of each): the SQL twin of patternAlpha (validity-stats.ts), so the
 * list can sort by it before paging. Over the pairable units (m = c0 + … + c3 ≥ 2): the marginal
 * of level c is n_c = Σ units·c_c, the off-diagonal coincidences o_ck = Σ units·c_c·c_k/(m − 1),
 * the ordinal distance δ_ck = (n_c + … + n_k − (n_c + n_k)/2)², and
 * alpha = 1 − (n − 1)·Σ_{c<k} o_ck·δ_ck / Σ_{c<k} n_c·n_k·δ_ck; null with fewer than two pairable
 * units or no expected disagreement (alphaFromCoincidences's rules). A level nobody used adds 0
 * to every sum, so all four levels can stay in. `units` counts every co-rated unit (the threshold).
 */
const patternAlphaSql = (() => {
  const nSum = (c: number, k: number) =>
    LEVELS.filter((g) => g >= c && g <= k)
      .map((g) => `a.n${g}`)
      .join(" + ");
  const delta = (c: number, k: number) => `power(${nSum(c, k)} - (a.n${c} + a.n${k}) / 2.0, 2)`;
  const expected = LEVEL_PAIRS.map(([c, k]) => `a.n${c} * a.n${k} * ${delta(c, k)}`).join(" + ");
  const observed = LEVEL_PAIRS.map(([c, k]) => `a.o${c}${k} * ${delta(c, k)}`).join(" + ");
  const m = "(c0 + c1 + c2 + c3)";
  const sums = [
    ...LEVELS.map((c) => `coalesce(sum(units * c${c}) FILTER (WHERE ${m} >= 2), 0)::float8 AS n${c}`),
    ...LEVEL_PAIRS.map(
      ([c, k]) => `coalesce(sum(units * c${c} * c${k}::float8 / (${m} - 1)) FILTER (WHERE ${m} >= 2), 0) AS o${c}${k}`,
    ),
  ];
  return Prisma.raw(`
      SELECT a.iid, a.units,
        CASE WHEN a.pairable >= 2 AND (${expected}) > 0
          THEN 1 - (${LEVELS.map((c) => `a.n${c}`).join(" + ")} - 1) * (${observed}) / (${expected}) END AS alpha
      FROM (
        SELECT iid, sum(units)::int AS units, coalesce(sum(units) FILTER (WHERE ${m} >= 2), 0)::int AS pairable,
          ${sums.join(",\n          ")}
        FROM shapes GROUP BY iid
      ) a`);
})();

/** The level (0..3) at 0-based position `k` of the others' votes sorted, from their counts d0..d2. */
const levelAt = (k: Prisma.Sql) =>
  Prisma.sql`(CASE WHEN ${k} < d0 THEN 0 WHEN ${k} < d0 + d1 THEN 1 WHEN ${k} < d0 + d1 + d2 THEN 2 ELSE 3 END)`;

/**
 * One row per interviewer with a submitted rating on a visible application:
 * - `ratings`, `candidates`: their ratings (one per candidate and domain: the latest submitted
 *   scorecard's, the consensus rule's one vote per interviewer) and the candidates they rated;
 * - `offN`, `offSum`, `offSq`: their offsets from the rest of the panel (their rating − the
 *   conventional median of the other interviewers' votes in the unit, as the calibration page
 *   measures it) where two or more interviewers rated the unit;
 * - `patterns`: those co-rated units grouped by their level counts (coders0..3) with a count,
 *   all Krippendorff's alpha and its bootstrap need; `units` (their total) and `alpha`, the
 *   point estimate computed here (patternAlphaSql) so the list sorts by it before paging;
 * - `pairs`, `hires`, `rho`: Spearman's ρ between their rating and the hire's latest
 *   on-the-job rating in the same domain (average ranks over ties; corr() of the ranks),
 *   pooled over the domains, and the distinct hires behind the pairs.
 */
export function interviewerQualitySql(viewer: CurrentUser, visibility: FeedbackVisibility) {
  return Prisma.sql`
    WITH ${visibleApplicationsCtes(viewer, visibility)},
    own AS MATERIALIZED (
      SELECT DISTINCT ON (i."applicationId", ds."domainId", s."interviewerId")
        i."applicationId" AS app_id, ds."domainId" AS domain_id, s."interviewerId" AS iid, ds.rating AS x
      FROM visible v JOIN "Interview" i ON i."applicationId" = v.app_id AND i.seat = 'LEAD'
      JOIN "Scorecard" s ON s."interviewId" = i.id AND s.status = 'SUBMITTED'
      JOIN "DomainScore" ds ON ds."scorecardId" = s.id AND ds.rating IS NOT NULL
      ORDER BY i."applicationId", ds."domainId", s."interviewerId", s."submittedAt" DESC, s.id DESC
    ),
    -- Measured against the others only: a median that includes the rater leans toward them.
    -- Ratings are 0..3, so the others' votes are the unit's count per level less the rater's own,
    -- counted in one pass over the unit (a self-join of every vote with every other cost the
    -- report about 40% at 10,000 candidates).
    counted AS (
      SELECT o.app_id, o.domain_id, o.iid, o.x,
        count(*) OVER w - 1 AS m,
        count(*) FILTER (WHERE o.x = 0) OVER w - (o.x = 0)::int AS d0,
        count(*) FILTER (WHERE o.x = 1) OVER w - (o.x = 1)::int AS d1,
        count(*) FILTER (WHERE o.x = 2) OVER w - (o.x = 2)::int AS d2
      FROM own o WINDOW w AS (PARTITION BY o.app_id, o.domain_id)
    ),
    yardstick AS (
      SELECT app_id, domain_id, iid, x,
        (${levelAt(Prisma.sql`(m - 1) / 2`)} + ${levelAt(Prisma.sql`m / 2`)}) / 2.0 AS others
      FROM counted WHERE m >= 1
    ),
    panel AS (
      SELECT y.iid, (y.x - y.others) AS off, c.coders0 AS c0, c.coders1 AS c1, c.coders2 AS c2, c.coders3 AS c3
      FROM yardstick y
      JOIN "ApplicationDomainConsensus" c ON c."applicationId" = y.app_id AND c."domainId" = y.domain_id
      WHERE c.raters >= 2
    ),
    offsets AS (
      SELECT iid, count(*)::int AS n, sum(off)::float8 AS s, sum(off * off)::float8 AS ss FROM panel GROUP BY iid
    ),
    shapes AS MATERIALIZED (
      SELECT iid, c0, c1, c2, c3, count(*)::int AS units FROM panel GROUP BY iid, c0, c1, c2, c3
    ),
    patterns AS (
      SELECT iid, json_agg(json_build_array(c0, c1, c2, c3, units)) AS p FROM shapes GROUP BY iid
    ),
    agreement AS (${patternAlphaSql})
    ,
    hires AS MATERIALIZED (
      SELECT f."applicationId" AS app_id
      FROM "HireFollowUp" f JOIN visible v ON v.app_id = f."applicationId" JOIN "Role" r ON r.id = v.role_id
      WHERE ${checkInScopeSql(viewer)}
    ),
    latest AS (${latestJobRatingSql}),
    pairs AS (
      SELECT o.iid, o.app_id, o.x, l.job AS y FROM own o JOIN latest l ON l.app_id = o.app_id AND l.domain_id = o.domain_id
    ),
    ranked AS (
      SELECT iid, app_id,
        rank() OVER (PARTITION BY iid ORDER BY x) + (count(*) OVER (PARTITION BY iid, x) - 1) / 2.0 AS rx,
        rank() OVER (PARTITION BY iid ORDER BY y) + (count(*) OVER (PARTITION BY iid, y) - 1) / 2.0 AS ry
      FROM pairs
    ),
    validity AS (
      SELECT iid, count(*)::int AS pairs, count(DISTINCT app_id)::int AS hires, corr(rx, ry)::float8 AS rho FROM ranked GROUP BY iid
    ),
    people AS (
      SELECT iid, count(*)::int AS ratings, count(DISTINCT app_id)::int AS candidates FROM own GROUP BY iid
    )
    SELECT u.id, u.name, u.active, p.ratings, p.candidates,
      coalesce(o.n, 0) AS "offN", o.s AS "offSum", o.ss AS "offSq", pt.p AS patterns,
      coalesce(ag.units, 0) AS units, ag.alpha,
      coalesce(va.pairs, 0) AS pairs, coalesce(va.hires, 0) AS hires, va.rho
    FROM people p JOIN "User" u ON u.id = p.iid
    LEFT JOIN offsets o ON o.iid = p.iid LEFT JOIN patterns pt ON pt.iid = p.iid LEFT JOIN agreement ag ON ag.iid = p.iid
    LEFT JOIN validity va ON va.iid = p.iid
    ORDER BY u.name, u.id`;
}

export type InterviewerQualityRow = {
  id: string;
  name: string;
  active: boolean;
  ratings: number;
  candidates: number;
  offN: number;
  offSum: number | null;
  offSq: number | null;
  patterns: [number, number, number, number, number][] | null;
  /** Co-rated units, and their alpha as PostgreSQL computes it (the sort key; the page prints patternAlpha's, the same figure). */
  units?: number;
  alpha?: number | null;
  pairs: number;
  hires: number;
  rho: number | null;
};

export type InterviewerQuality = {
  id: string;
  name: string;
  active: boolean;
  ratings: number;
  candidates: number;
  /** Against the job: ρ over `pairs` ratings of `hires` hires; the interval uses the hires (see below). */
  validity: {
    pairs: number;
    hires: number;
    rho: number | null;
    interval: Interval | null;
    verdict: Verdict;
    reading: string;
  };
  /** Against the panel: mean offset (levels), its interval, and the spread (sd) of the offsets. */
  panel: { n: number; offset: number | null; interval: Interval | null; spread: number | null; enough: boolean };
  /** Krippendorff's alpha (ordinal) of the units they co-rated, with a bootstrap interval. */
  agreement: { units: number; alpha: number | null; interval: Interval | null; enough: boolean };
};

/** Turns one SQL row into figures with intervals; a figure below its threshold is left null. */
export function interviewerFigures(r: InterviewerQualityRow): InterviewerQuality {
  // Ratings of one hire across domains are not independent, so the interval counts hires, not
  // pairs (the conservative choice); the threshold too.
  const { verdict, text } = readCorrelation(r.rho, r.hires);
  const enoughPanel = r.offN >= MIN_OBSERVATIONS;
  const { mean, sd } = meanAndSd(r.offN, r.offSum ?? 0, r.offSq ?? 0);
  const patterns: UnitPattern[] = (r.patterns ?? []).map(([a, b, c, d, units]) => ({ counts: [a, b, c, d], units }));
  const units = patterns.reduce((s, p) => s + p.units, 0);
  const enoughUnits = units >= MIN_OBSERVATIONS;
  return {
    id: r.id,
    name: r.name,
    active: r.active,
    ratings: r.ratings,
    candidates: r.candidates,
    validity: {
      pairs: r.pairs,
      hires: r.hires,
      rho: verdict === "too-few" ? null : r.rho,
      interval: verdict === "too-few" ? null : fisherInterval(r.rho, r.hires),
      verdict,
      reading: text.replace("hires to say", "hires to say for this interviewer"),
    },
    panel: {
      n: r.offN,
      offset: enoughPanel ? mean : null,
      interval: enoughPanel ? meanInterval(mean, sd, r.offN) : null,
      spread: enoughPanel ? sd : null,
      enough: enoughPanel,
    },
    agreement: {
      units,
      alpha: enoughUnits ? patternAlpha(patterns) : null,
      interval: enoughUnits ? bootstrapAlphaInterval(patterns) : null,
      enough: enoughUnits,
    },
  };
}

/** Every interviewer's figures over what the viewer may see (managers: their roles' candidates and hires; admins: all); null for anyone else. */
export async function interviewerQualityReport(viewer: CurrentUser): Promise<InterviewerQuality[] | null> {
  if (!canReadInterviewerQuality(viewer)) return null;
  const rows = await db.$queryRaw<InterviewerQualityRow[]>(interviewerQualitySql(viewer, await feedbackVisibility()));
  return rows.map(interviewerFigures);
}
