import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { canSeeOthersFeedback } from "../scorecards/access";

/**
 * Submitted feedback on one application, filtered by the independence rule. Returns null
 * when the application doesn't exist or the user has nothing to do with it; `hidden` when
 * the user is on the loop but must submit their own scorecard first.
 */
export async function applicationFeedback(user: CurrentUser, applicationId: string) {
  const app = await db.application.findUnique({
    where: { id: applicationId },
    include: {
      candidate: { select: { id: true, name: true, email: true, headline: true, source: true, erasedAt: true } },
      role: { include: { cluster: true, targets: true, members: { select: { userId: true, function: true } } } },
      currentStage: { select: { name: true } },
      interviews: {
        include: {
          stage: { select: { name: true, position: true } },
          interviewer: { select: { id: true, name: true } },
          scorecards: { include: { scores: true } },
        },
      },
    },
  });
  if (!app) return null;
  const settings = await db.orgSettings.findUnique({ where: { id: 1 }, select: { feedbackVisibility: true } });
  const mine = app.interviews.filter((i) => i.interviewerId === user.id);
  const onLoop = mine.length > 0;
  const isStaff = user.kind === "ADMIN" || user.kind === "MANAGER" || (user.kind === "RECRUITER" && app.role.members.some((m) => m.userId === user.id));
  if (!onLoop && !isStaff) return null;
  const visible = canSeeOthersFeedback(
    user,
    {
      roleOwnerId: app.role.ownerId,
      teamUserIds: app.role.members.map((m) => m.userId),
      ownScorecards: mine.flatMap((i) => i.scorecards.filter((s) => s.interviewerId === user.id)).map((s) => ({ status: s.status })),
      viewerInterviews: mine.length,
    },
    settings?.feedbackVisibility ?? "AFTER_SUBMIT",
  );
  // Managers who don't own the role see the candidate but not the feedback.
  if (!visible) return { app: { ...app, interviews: [] }, visible: false as const };
  // Never anyone's draft, and private notes only for the hiring team, not fellow interviewers.
  const seesPrivateNotes = user.kind === "ADMIN" || app.role.ownerId === user.id || user.kind === "RECRUITER";
  const interviews = app.interviews.map((i) => ({
    ...i,
    scorecards: i.scorecards
      .filter((s) => s.status === "SUBMITTED")
      .map((s) => ({ ...s, privateNote: seesPrivateNotes || s.interviewerId === user.id ? s.privateNote : null })),
  }));
  return { app: { ...app, interviews }, visible: true as const };
}
