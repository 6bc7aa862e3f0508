import "server-only";
import { visibleStatus } from "../applications/status";
import { canEraseCandidate, canOpenApplication } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { exportRefusal } from "../candidates/export";
import { db } from "../db";
import { visibleFeedbackWhere } from "../scorecards/visibility";
import { feedbackVisibility } from "./feedback";

/**
 * A candidate's record for the pipeline's candidate page (recruiters and admins): contact
 * details, their applications, and what the viewer may do about a data request. An
 * application's decision and a hired/rejected outcome are shown only where the viewer may see
 * its feedback (visibleFeedbackWhere, in the query); elsewhere an outcome reads CLOSED.
 */
export async function candidateProfile(user: CurrentUser, candidateId: string) {
  const visibility = await feedbackVisibility();
  const [candidate, decided] = await Promise.all([
    db.candidate.findUnique({
      relationLoadStrategy: "join",
      where: { id: candidateId },
      select: {
        id: true,
        name: true,
        email: true,
        phone: true,
        source: true,
        headline: true,
        createdAt: true,
        erasedAt: true,
        applications: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            status: true,
            role: { select: { title: true, ownerId: true, members: { select: { userId: true, function: true } } } },
            _count: { select: { interviews: { where: { interviewerId: user.id } } } },
            currentStage: { select: { name: true } },
          },
        },
      },
    }),
    db.application.findMany({
      where: { AND: [{ candidateId }, visibleFeedbackWhere(user, visibility)] },
      select: { id: true, decision: true },
    }),
  ]);
  if (!candidate) return null;
  const decisions = new Map(decided.map((d) => [d.id, d.decision]));
  const applications = candidate.applications.map((a) => ({
    id: a.id,
    roleTitle: a.role.title,
    currentStage: a.currentStage?.name ?? null,
    ...visibleStatus(a.status, decisions.has(a.id) ? { visible: true } : { visible: false, reason: "not-on-team" }),
    decision: decisions.get(a.id) ?? null,
    /** The application's page would open for the viewer (a recruiter off the role's team: no link to a 404; round Y). */
    opens: canOpenApplication(user, { role: a.role, viewerInterviews: a._count.interviews }),
  }));
  const roles = candidate.applications.map((a) => a.role);
  return {
    candidate: {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      phone: candidate.phone,
      source: candidate.source,
      headline: candidate.headline,
      createdAt: candidate.createdAt,
      erasedAt: candidate.erasedAt,
    },
    applications,
    /** Why the viewer may not export now (shown instead of the link), or null. */
    exportRefusal: candidate.erasedAt ? null : await exportRefusal(user, candidate.id),
    canErase: canEraseCandidate(user, roles),
  };
}
