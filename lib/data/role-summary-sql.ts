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
//   domains the role targets (target > 0); no evidence earns 0; NULL when nothing is targeted.
//   Rounded half up, as Math.round (PostgreSQL's round() on float8 rounds half to even).
import { Prisma } from "../generated/prisma/client";
import type { FeedbackVisibility } from "../generated/prisma/enums";
import type { Viewer } from "../scorecards/access";
import { hiddenReasonSql } from "../scorecards/visibility";

export type RoleSummaryScope = { roleId: string; matrixVersionId: string; viewer: Viewer; visibility: FeedbackVisibility };

/**
 * CTEs, to put after WITH:
 * - `t`      the role's domains (matrix version order): domain_id, name, position, target, weight;
 * - `apps`   the role's applications with the viewer's hidden reason (NULL = feedback visible)
 *            and the status the viewer may see (hired/rejected read ACTIVE when hidden);
 * - `dom`    consensus per visible application x domain from submitted scorecards;
 * - `scored` every visible application x role domain (LEFT JOIN dom);
 * - `summ`   one row per visible application: fit, domains with evidence, target domains.
 */
export function roleSummaryCtes({ roleId, matrixVersionId, viewer, visibility }: RoleSummaryScope): Prisma.Sql {
  return Prisma.sql`
  t AS (
    SELECT d."domainId" AS domain_id, d."shortName" AS name, d.position, COALESCE(rt.level, 0) AS target, COALESCE(rt.weight, 1)::float8 AS weight
    FROM "MatrixVersionDomain" d
    LEFT JOIN "RoleTarget" rt ON rt."roleId" = ${roleId} AND rt."domainId" = d."domainId"
    WHERE d."versionId" = ${matrixVersionId}
  ),
  apps AS MATERIALIZED (
    SELECT a.id, a."createdAt" AS created_at, a."currentStageId" AS stage_id, a."candidateId" AS candidate_id, a.status AS real_status, a.decision AS real_decision,
      c.name AS cand_name, (c."erasedAt" IS NOT NULL) AS erased, ${hiddenReasonSql(viewer, visibility, "a")} AS reason
    FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId"
    WHERE a."roleId" = ${roleId}
  ),
  dom AS (
    SELECT i."applicationId" AS app_id, ds."domainId" AS domain_id,
      percentile_disc(0.5) WITHIN GROUP (ORDER BY ds.rating) AS median,
      count(ds.rating)::int AS n, min(ds.rating) AS lo, max(ds.rating) AS hi
    FROM apps
    JOIN "Interview" i ON i."applicationId" = apps.id
    JOIN "Scorecard" s ON s."interviewId" = i.id AND s.status = 'SUBMITTED'
    JOIN "DomainScore" ds ON ds."scorecardId" = s.id
    WHERE apps.reason IS NULL
    GROUP BY 1, 2
  ),
  scored AS (
    SELECT apps.id AS app_id, t.domain_id, t.position, t.target, t.weight, dom.median, COALESCE(dom.n, 0) AS n, dom.lo, dom.hi
    FROM apps CROSS JOIN t
    LEFT JOIN dom ON dom.app_id = apps.id AND dom.domain_id = t.domain_id
    WHERE apps.reason IS NULL
  ),
  summ AS (
    SELECT app_id,
      CASE WHEN count(*) FILTER (WHERE target > 0) = 0 THEN NULL
        ELSE floor(100 * COALESCE(sum(weight * LEAST(median, target)::float8 / target) FILTER (WHERE target > 0 AND median IS NOT NULL), 0)
          / sum(weight) FILTER (WHERE target > 0) + 0.5)::int END AS fit,
      count(*) FILTER (WHERE target > 0 AND median IS NOT NULL)::int AS evidenced,
      count(*) FILTER (WHERE target > 0 AND median < target)::int AS below
    FROM scored GROUP BY app_id
  )`;
}

/** The status a viewer may see, as SQL over `apps` (lib/applications/status.ts: outcomes hide with the feedback). */
export const VISIBLE_STATUS_SQL = Prisma.sql`(CASE WHEN apps.reason IS NOT NULL AND apps.real_status IN ('HIRED', 'REJECTED') THEN 'ACTIVE' ELSE apps.real_status::text END)`;

