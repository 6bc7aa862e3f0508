import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { FeedbackVisibility } from "../generated/prisma/enums";
import { feedbackAccess, isHiringLead, type FeedbackAccess } from "../scorecards/access";
import { hideOutcome } from "../applications/status";

type RoleTeam = { ownerId: string; members: { userId: string }[] };
/** The viewer's own interviews of one application, each with the viewer's own scorecards. */
type MyInterviews = { scorecards: { status: "DRAFT" | "SUBMITTED" }[] }[];

export async function feedbackVisibility(): Promise<FeedbackVisibility> {
  const settings = await db.orgSettings.findUnique({ where: { id: 1 }, select: { feedbackVisibility: true } });
  return settings?.feedbackVisibility ?? "AFTER_SUBMIT";
}

/** The independence rule for one application, from the role's team and the viewer's own interviews on it. */
export function accessFor(user: CurrentUser, role: RoleTeam, mine: MyInterviews, visibility: FeedbackVisibility): FeedbackAccess {
  return feedbackAccess(
    user,
    {
      roleOwnerId: role.ownerId,
      teamUserIds: role.members.map((m) => m.userId),
      ownScorecards: mine.flatMap((i) => i.scorecards.map((s) => ({ status: s.status }))),
      viewerInterviews: mine.length,
    },
    visibility,
  );
}

/** Prisma `include`/`select` fragment: the viewer's own interviews of an application, with their scorecards' status. */
export const myInterviews = (userId: string) => ({ where: { interviewerId: userId }, select: { scorecards: { where: { interviewerId: userId }, select: { status: true } } } });

/**
 * Which applications the user may see feedback for, in one query (calibration, bulk views).
 * Applications the user may not see are absent from the set.
 */
export async function visibleApplicationIds(user: CurrentUser): Promise<Set<string>> {
  const [visibility, apps] = await Promise.all([
    feedbackVisibility(),
    db.application.findMany({ select: { id: true, role: { select: { ownerId: true, members: { select: { userId: true } } } }, interviews: myInterviews(user.id) } }),
  ]);
  return new Set(apps.filter((a) => accessFor(user, a.role, a.interviews, visibility).visible).map((a) => a.id));
}

/**
 * Submitted feedback on one application, filtered by the independence rule. Returns null
 * when the application doesn't exist or the user has nothing to do with it; `visible: false`
 * with a reason when the user may see the candidate but not the feedback.
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
  const mine = app.interviews.filter((i) => i.interviewerId === user.id);
  // Who may open the candidate at all: their interviewers, any manager (managers read every role), the role's leads.
  const lead = isHiringLead(user, { roleOwnerId: app.role.ownerId, teamUserIds: app.role.members.map((m) => m.userId) });
  const mayOpen = mine.length > 0 || user.kind === "MANAGER" || lead;
  if (!mayOpen) return null;
  const own = mine.map((i) => ({ scorecards: i.scorecards.filter((s) => s.interviewerId === user.id) }));
  const access = accessFor(user, app.role, own, await feedbackVisibility());
  // Hidden: no scorecards, and no decision either (the panel's outcome and its rationale).
  if (!access.visible) {
    return { app: { ...app, interviews: [], ...hideOutcome(app, access) }, visible: false as const, reason: access.reason };
  }
  // Never anyone's draft, and private notes only for the hiring team, not fellow interviewers.
  const seesPrivateNotes = lead;
  const interviews = app.interviews.map((i) => ({
    ...i,
    scorecards: i.scorecards
      .filter((s) => s.status === "SUBMITTED")
      .map((s) => ({ ...s, privateNote: seesPrivateNotes || s.interviewerId === user.id ? s.privateNote : null })),
  }));
  return { app: { ...app, interviews }, visible: true as const };
}
