// The scoring of lib/scoring (consensus, gap, fit) for one role's applications, as PostgreSQL
// keeps it: lib/scoring stays the definition, tests/integration/role-summary-sql.test.ts checks
// every figure against candidateSummary.
//
// - ApplicationDomainConsensus, per (application, domain): the LOWER median of the submitted
//   ratings (percentile_disc(0.5), as lowerMedian), count, min, max; "not assessed" ignored;
// - ApplicationFitSummary, per application, from those rows and the role's current targets:
//   fit = round half up of 100 * sum(weight * min(median, target) / target) / sum(weight) over
//   the target domains with a consensus (a domain not yet assessed is left out, not 0; NULL
//   when none), evidenced, the target domains below target / assessed, fitRank (fitRankKey)
//   and lower(searchName) (the folded name, lib/search/name-search.ts), indexed by
//   (role, fitRank, name, id) and (role, name, id);
// - RoleFitHistogram / RoleDomainShortfall: the role's sums of those rows.
// All kept by triggers (migrations consensus_and_indexes, application_fit_summary), never by the app.
import { Prisma } from "../generated/prisma/client";
import type { FeedbackVisibility } from "../generated/prisma/enums";
import type { Viewer } from "../scorecards/access";
import { roleHiddenReasonSql } from "../scorecards/visibility";

export type RoleSummaryScope = {
  roleId: string;
  viewer: Viewer;
  visibility: FeedbackVisibility;
  /** isHiringLead for this role */ lead: boolean;
};

/**
 * CTEs, to put after WITH:
 * - `apps` every application of the role with the viewer's hidden reason (NULL = the viewer
 *          sees its feedback), the status they may see, and its ApplicationFitSummary figures
 *          (fit NULL: no target domain assessed). Readers keep `reason IS NULL` rows only
 *          before any figure leaves the statement.
 * This reads every application of the role: the comparison uses it only where the index on
 * ApplicationFitSummary cannot answer (a viewer who is not a hiring lead, the "newest" order).
 */
export function roleSummaryCtes({ roleId, viewer, visibility, lead }: RoleSummaryScope): Prisma.Sql {
  const rule = roleHiddenReasonSql(viewer, visibility, roleId, lead);
  return Prisma.sql`
  ${rule.ctes},
  apps AS (
    SELECT a.id, a."createdAt" AS created_at, a."currentStageId" AS stage_id, a.status AS real_status, a.decision AS real_decision,
      c.name AS cand_name, c.headline AS cand_headline, c."searchName" AS cand_search, (c."erasedAt" IS NOT NULL) AS erased, ${rule.reason("vl")} AS reason,
      s.fit, COALESCE(s.evidenced, 0) AS evidenced, COALESCE(s."fitRank", 1) AS fit_rank,
      COALESCE(s."belowDomains", '{}') AS below_domains, COALESCE(s."assessedDomains", '{}') AS assessed_domains
    FROM "Application" a
    JOIN "Candidate" c ON c.id = a."candidateId"
    LEFT JOIN "ApplicationFitSummary" s ON s."applicationId" = a.id
    LEFT JOIN viewer_loop vl ON vl.app_id = a.id
    WHERE a."roleId" = ${roleId}
  )`;
}
