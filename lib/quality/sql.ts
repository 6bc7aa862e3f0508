// SQL fragments shared by the hiring-quality reports (report.ts per domain, interviewers.ts,
// questions.ts): who may see a hire's check-ins, and each hire's latest on-the-job rating per domain.
import "server-only";
import { checkInScope } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { Prisma } from "../generated/prisma/client";

/** SQL boolean, canSeeCheckIns (lib/auth/permissions.ts) over the hire `f` of role `r`. */
export function checkInScopeSql(viewer: CurrentUser): Prisma.Sql {
  const scope = checkInScope(viewer);
  if (scope === "all") return Prisma.sql`TRUE`;
  if (scope === "owned-or-delegated") return Prisma.sql`(r."ownerId" = ${viewer.id} OR f."delegateId" = ${viewer.id})`;
  return Prisma.sql`FALSE`;
}

/**
 * CTE body: per hire of the CTE `hires(app_id)` and domain, the latest check-in's rating
 * (`job`; the longest-serving view of the hire; "not observed" is skipped), as in report.ts.
 */
export const latestJobRatingSql = Prisma.sql`
  SELECT DISTINCT ON (q."applicationId", qr."domainId") q."applicationId" AS app_id, qr."domainId" AS domain_id, qr.rating AS job
  FROM hires h JOIN "QualityCheckIn" q ON q."applicationId" = h.app_id JOIN "QualityCheckInRating" qr ON qr."checkInId" = q.id
  WHERE qr.rating IS NOT NULL
  ORDER BY q."applicationId", qr."domainId", q."milestoneDays" DESC, q."submittedAt" DESC`;

/** Scalar subquery: a domain's name in the newest published matrix (its key when it has none there). */
export function domainNameSql(domainIdExpr: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce((SELECT vd.name FROM "MatrixVersionDomain" vd JOIN "MatrixVersion" mv ON mv.id = vd."versionId"
    WHERE vd."domainId" = ${domainIdExpr} AND mv.status = 'PUBLISHED' ORDER BY mv.number DESC LIMIT 1),
    (SELECT d.key FROM "CompetencyDomain" d WHERE d.id = ${domainIdExpr}))`;
}
