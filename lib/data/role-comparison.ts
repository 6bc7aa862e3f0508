import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { hideOutcome } from "../applications/status";
import { candidateSummary, type Recommendation } from "../scoring";
import { isHiringLead, type HiddenReason } from "../scorecards/access";
import { accessFor, feedbackVisibility, myInterviews } from "./feedback";

/**
 * Every candidate of a role against its target, for the hiring team. Each row carries the
 * feedback (summary) only when the viewer may see that application's feedback under the
 * independence rule (lib/scorecards/access.ts); other rows keep the candidate's name and stage
 * but `summary: null`, the reason, no decision, and a hired/rejected status shown as in process
 * (`statusHidden`). Not every manager owns every role: a
 * manager who neither owns it nor interviews its candidates gets the list with every row hidden.
 * One query for all scores of the role (hidden applications dropped before summarising), one pass to summarise.
 */
export async function roleComparison(user: CurrentUser, roleId: string) {
  const role = await db.role.findUnique({ where: { id: roleId }, include: { targets: true, members: { select: { userId: true, function: true } }, cluster: true } });
  if (!role) return null;
  const teamUserIds = role.members.map((m) => m.userId);
  // The comparison is a hiring-team page: managers (who read every role), team recruiters, admins.
  const lead = isHiringLead(user, { roleOwnerId: role.ownerId, teamUserIds });
  if (user.kind !== "MANAGER" && !lead) return null;
  const [domains, applications, visibility] = await Promise.all([
    db.matrixVersionDomain.findMany({ where: { versionId: role.matrixVersionId }, orderBy: { position: "asc" } }),
    db.application.findMany({
      where: { roleId },
      orderBy: { createdAt: "asc" },
      include: { candidate: { select: { name: true, erasedAt: true } }, currentStage: { select: { name: true } }, interviews: myInterviews(user.id) },
    }),
    feedbackVisibility(),
  ]);
  const access = new Map(applications.map((a) => [a.id, accessFor(user, role, a.interviews, visibility)]));
  const visibleIds = applications.filter((a) => access.get(a.id)!.visible).map((a) => a.id);
  const visibleSet = new Set(visibleIds);
  const scores = visibleIds.length
    ? (
        await db.domainScore.findMany({
          where: { scorecard: { status: "SUBMITTED", interview: { application: { roleId } } } },
          select: { domainId: true, rating: true, notAssessed: true, scorecard: { select: { id: true, interviewerId: true, recommendation: true, interview: { select: { applicationId: true } } } } },
        })
      ).filter((s) => visibleSet.has(s.scorecard.interview.applicationId))
    : [];
  const targets = domains.map((d) => {
    const t = role.targets.find((x) => x.domainId === d.domainId);
    return { domainId: d.domainId, name: d.shortName, target: t?.level ?? 0, weight: t?.weight ?? 1 };
  });
  const summaries = candidateSummary({
    rows: scores.map((s) => ({ applicationId: s.scorecard.interview.applicationId, domainId: s.domainId, interviewerId: s.scorecard.interviewerId, rating: s.notAssessed ? null : s.rating, recommendation: s.scorecard.recommendation as Recommendation | null, scorecardId: s.scorecard.id })),
    targets,
    applicationIds: visibleIds,
  });
  const byId = new Map(summaries.map((s) => [s.applicationId, s]));
  const rows = applications.map(({ interviews: _mine, ...a }) => {
    const name = a.candidate.erasedAt ? "Erased candidate" : a.candidate.name;
    const acc = access.get(a.id)!;
    // The decision and the hired/rejected status are the panel's outcome: hidden along with
    // the feedback they rest on (the status reads "in process", i.e. ACTIVE).
    const application = { ...a, ...hideOutcome(a, acc) };
    if (acc.visible) return { application, name, visible: true as const, reason: null, summary: byId.get(a.id)! };
    return { application, name, visible: false as const, reason: acc.reason as HiddenReason, summary: null };
  });
  const seen = rows.flatMap((r) => (r.visible ? [r] : []));
  // Which target domains candidates most often fall short on: a hint that the target or sourcing is off.
  const shortfallCounts = targets
    .filter((t) => t.target > 0)
    .map((t) => ({ ...t, short: seen.filter((r) => r.summary.domains.find((d) => d.domainId === t.domainId)?.gap.status === "below").length, assessed: seen.filter((r) => (r.summary.domains.find((d) => d.domainId === t.domainId)?.consensus.count ?? 0) > 0).length }))
    .sort((a, b) => b.short - a.short);
  // Who may download the scores: the hiring leads, and anyone who sees some candidate's feedback
  // (a manager who doesn't own the role and interviewed nobody on it gets nothing to export).
  const canExport = lead || seen.length > 0;
  return { role, targets, rows, shortfallCounts, canExport };
}

export type RoleComparison = NonNullable<Awaited<ReturnType<typeof roleComparison>>>;
