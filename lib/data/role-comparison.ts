import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { candidateSummary, type Recommendation } from "../scoring";

/** Hiring-team view of every candidate of a role. One query for all scores, one pass to summarise. */
export async function roleComparison(user: CurrentUser, roleId: string) {
  const role = await db.role.findUnique({ where: { id: roleId }, include: { targets: true, members: { select: { userId: true, function: true } }, cluster: true } });
  if (!role) return null;
  const allowed = user.kind === "ADMIN" || user.kind === "MANAGER" || (user.kind === "RECRUITER" && role.members.some((m) => m.userId === user.id));
  if (!allowed) return null;
  const [domains, applications, scores] = await Promise.all([
    db.matrixVersionDomain.findMany({ where: { versionId: role.matrixVersionId }, orderBy: { position: "asc" } }),
    db.application.findMany({ where: { roleId }, orderBy: { createdAt: "asc" }, include: { candidate: { select: { name: true, erasedAt: true } }, currentStage: { select: { name: true } } } }),
    db.domainScore.findMany({
      where: { scorecard: { status: "SUBMITTED", interview: { application: { roleId } } } },
      select: { domainId: true, rating: true, notAssessed: true, scorecard: { select: { id: true, interviewerId: true, recommendation: true, interview: { select: { applicationId: true } } } } },
    }),
  ]);
  const targets = domains.map((d) => {
    const t = role.targets.find((x) => x.domainId === d.domainId);
    return { domainId: d.domainId, name: d.shortName, target: t?.level ?? 0, weight: t?.weight ?? 1 };
  });
  const summaries = candidateSummary({
    rows: scores.map((s) => ({ applicationId: s.scorecard.interview.applicationId, domainId: s.domainId, interviewerId: s.scorecard.interviewerId, rating: s.notAssessed ? null : s.rating, recommendation: s.scorecard.recommendation as Recommendation | null, scorecardId: s.scorecard.id })),
    targets,
    applicationIds: applications.map((a) => a.id),
  });
  const rows = applications.map((a, i) => ({ application: a, name: a.candidate.erasedAt ? "Erased candidate" : a.candidate.name, summary: summaries[i]! }));
  // Which target domains candidates most often fall short on: a hint that the target or sourcing is off.
  const shortfallCounts = targets
    .filter((t) => t.target > 0)
    .map((t) => ({ ...t, short: rows.filter((r) => r.summary.domains.find((d) => d.domainId === t.domainId)?.gap.status === "below").length, assessed: rows.filter((r) => (r.summary.domains.find((d) => d.domainId === t.domainId)?.consensus.count ?? 0) > 0).length }))
    .sort((a, b) => b.short - a.short);
  return { role, targets, rows, shortfallCounts };
}
