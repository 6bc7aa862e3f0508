// The scoring of lib/scoring (consensus, gap, fit) as SQL over one role's applications, so a
// role with thousands of candidates is summarised by PostgreSQL in one statement that returns
// one row per candidate, never one per rating. lib/scoring stays the definition:
// tests/integration/role-summary-sql.test.ts checks these figures against candidateSummary.
//
// - consensus per (application, domain): the LOWER median of the submitted ratings, i.e.
//   percentile_disc(0.5), which picks the first value whose cumulative share reaches one half
//   (for 1,2 -> 1; for 1,2,3,3 -> 2), as lowerMedian does; "not assessed" (NULL) is ignored;
// - spread = max - min, count = ratings given;
// - fit = round(100 * sum(weight * min(median, target) / target) / sum(weight)) over the
//   domains the role targets (target > 0) that have a consensus; a domain not yet assessed is
//   left out (not 0); NULL when none is assessed or nothing is targeted.
//   Rounded half up, as Math.round (PostgreSQL's round() on float8 rounds half to even).
import { Prisma } from "../generated/prisma/client";
import type { FeedbackVisibility } from "../generated/prisma/enums";
import type { Viewer } from "../scorecards/access";
import { roleHiddenReasonSql } from "../scorecards/visibility";

export type RoleSummaryScope = {
  roleId: string;
  targets: readonly RoleTarget[];
  viewer: Viewer;
  visibility: FeedbackVisibility;
  /** isHiringLead for this role */ lead: boolean;
};
export type RoleTarget = { domainId: string; target: number; weight: number };

/**
 * CTEs, to put after WITH:
 * - `t`    the role's domains with their target and weight (from the caller, who read them);
 * - `agg`  one row per application of the role that has any consensus, from
 *          ApplicationDomainConsensus (kept by the database from submitted scorecards):
 *          fit (NULL: no target domain assessed), target domains with evidence, and the target domains below target / assessed
 *          as arrays (so per-domain counts need no second join);
 * - `apps` every application of the role with the viewer's hidden reason (NULL = the viewer
 *          sees its feedback), the status they may see, and agg's figures. Readers keep
 *          `reason IS NULL` rows only before any figure leaves the statement.
 * Every join here has well-estimated inputs (one role's rows by index), so PostgreSQL hashes
 * them; later CTEs read `apps` alone.
 */
export function roleSummaryCtes({ roleId, targets, viewer, visibility, lead }: RoleSummaryScope): Prisma.Sql {
  const rule = roleHiddenReasonSql(viewer, visibility, roleId, lead);
  const assessed = Prisma.sql`t.target > 0 AND c.median IS NOT NULL`;
  const fit = Prisma.sql`floor(100 * sum(t.weight * LEAST(c.median, t.target)::float8 / t.target) FILTER (WHERE ${assessed}) / NULLIF(sum(t.weight) FILTER (WHERE ${assessed}), 0) + 0.5)::int`;
  return Prisma.sql`
  ${rule.ctes},
  t AS (
    SELECT * FROM unnest(${targets.map((t) => t.domainId)}::text[], ${targets.map((t) => t.target)}::int[], ${targets.map((t) => t.weight)}::float8[]) AS t(domain_id, target, weight)
  ),
  agg AS (
    SELECT c."applicationId" AS app_id, ${fit} AS fit,
      count(*) FILTER (WHERE t.target > 0 AND c.median IS NOT NULL)::int AS evidenced,
      array_remove(array_agg(CASE WHEN t.target > 0 AND c.median < t.target THEN t.domain_id END), NULL) AS below_domains,
      array_remove(array_agg(CASE WHEN t.target > 0 AND c.ratings > 0 THEN t.domain_id END), NULL) AS assessed_domains
    FROM "ApplicationDomainConsensus" c JOIN t ON t.domain_id = c."domainId"
    WHERE c."roleId" = ${roleId}
    GROUP BY c."applicationId"
  ),
  apps AS (
    SELECT a.id, a."createdAt" AS created_at, a."currentStageId" AS stage_id, a.status AS real_status, a.decision AS real_decision,
      c.name AS cand_name, (c."erasedAt" IS NOT NULL) AS erased, ${rule.reason("vl")} AS reason,
      agg.fit, COALESCE(agg.evidenced, 0) AS evidenced,
      COALESCE(agg.below_domains, '{}') AS below_domains, COALESCE(agg.assessed_domains, '{}') AS assessed_domains
    FROM "Application" a
    JOIN "Candidate" c ON c.id = a."candidateId"
    LEFT JOIN agg ON agg.app_id = a.id
    LEFT JOIN viewer_loop vl ON vl.app_id = a.id
    WHERE a."roleId" = ${roleId}
  )`;
}
