import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { FeedbackVisibility } from "../generated/prisma/enums";
import { canOpenApplication, hiringTeamOf, isHiringLead } from "../auth/permissions";
import type { HiddenReason } from "../scorecards/access";
import { hiddenReasonSql } from "../scorecards/visibility";
import { visibleStatus } from "../applications/status";
import { requestSettings } from "../settings/request-settings";

export async function feedbackVisibility(): Promise<FeedbackVisibility> {
  return (await requestSettings())?.feedbackVisibility ?? "AFTER_SUBMIT";
}

/** What anyone who may open the application reads: who, which role, where it stands. No feedback, no decision. */
const applicationHeader = (viewerId: string) =>
  ({
    id: true,
    roleId: true,
    candidateId: true,
    status: true,
    candidate: { select: { id: true, name: true, headline: true, erasedAt: true } },
    role: {
      select: {
        id: true,
        title: true,
        ownerId: true,
        clusterId: true,
        matrixVersionId: true,
        cluster: { select: { name: true } },
        targets: { select: { domainId: true, level: true, weight: true } },
        members: { select: { userId: true, function: true } },
      },
    },
    currentStage: { select: { name: true } },
    _count: { select: { interviews: { where: { interviewerId: viewerId } } } },
  }) satisfies Prisma.ApplicationSelect;

/**
 * The panel's feedback, selected field by field: submitted scorecards only (never anyone's
 * draft) and no private note (those come from `privateNotesWhere`, for the people who may read
 * them). A column added to Scorecard or DomainScore later stays out until it is listed here.
 */
const panelFeedback = {
  decision: true,
  decisionRationale: true,
  decidedAt: true,
  decidedById: true,
  decidedBy: { select: { name: true } },
  // Lead seats only: a shadow or reverse-shadow seat is a trainee's practice, not the panel's
  // feedback (README, Interviewer readiness), as the consensus rows of the database count it.
  interviews: {
    where: { seat: "LEAD" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      interviewerId: true,
      stage: { select: { name: true, position: true } },
      interviewer: { select: { id: true, name: true } },
      scorecards: {
        where: { status: "SUBMITTED" },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          interviewerId: true,
          status: true,
          matrixVersionId: true,
          recommendation: true,
          submittedAt: true,
          scores: {
            select: { domainId: true, rating: true, notAssessed: true, evidence: true, observedIndicatorIds: true },
          },
        },
      },
    },
  },
} satisfies Prisma.ApplicationSelect;

/**
 * Private notes on submitted scorecards that the viewer may read: every note for the hiring
 * leads (admins, the role's owner, its recruiters), only their own for anyone else.
 */
function privateNotesWhere(user: CurrentUser, applicationId: string, lead: boolean): Prisma.ScorecardWhereInput {
  return {
    status: "SUBMITTED",
    interview: { applicationId },
    AND: [{ privateNote: { not: null } }, { privateNote: { not: "" } }],
    ...(lead ? {} : { interviewerId: user.id }),
  };
}

/**
 * Why the panel's feedback on the application is hidden from the viewer now, or null when they
 * read it: the independence rule, in the query (the candidate page, and the interview page's
 * sentence on it).
 */
export async function hiddenFeedbackReason(
  user: CurrentUser,
  applicationId: string,
  visibility?: FeedbackVisibility,
): Promise<HiddenReason | null> {
  const rule = visibility ?? (await feedbackVisibility());
  const [row] = await db.$queryRaw<{ reason: HiddenReason | null }[]>(
    Prisma.sql`SELECT ${hiddenReasonSql(user, rule, "a")} AS reason FROM "Application" a WHERE a.id = ${applicationId}`,
  );
  return row?.reason ?? null;
}

/**
 * Submitted feedback on one application, as far as the independence rule lets the user see
 * it. Returns null when the application doesn't exist or the user may not open it
 * (canOpenApplication); `visible: false` with a reason when the user may open the candidate but
 * not the feedback: then the answer holds the header only (no interviews, no decision, and a
 * hired/rejected status reads "closed"), because the feedback is never read from the
 * database, not read and dropped.
 */
export async function applicationFeedback(user: CurrentUser, applicationId: string) {
  const visibility = await feedbackVisibility();
  const [header, reason] = await Promise.all([
    db.application.findUnique({
      relationLoadStrategy: "join",
      where: { id: applicationId },
      select: applicationHeader(user.id),
    }),
    hiddenFeedbackReason(user, applicationId, visibility),
  ]);
  if (!header) return null;
  const { _count, ...app } = header;
  if (!canOpenApplication(user, { role: app.role, viewerInterviews: _count.interviews })) return null;
  if (reason) {
    const access = { visible: false, reason } as const;
    return { app: { ...app, ...visibleStatus(app.status, access) }, visible: false as const, reason };
  }
  const lead = isHiringLead(user, hiringTeamOf(app.role));
  const [feedback, notes] = await Promise.all([
    db.application.findUniqueOrThrow({
      relationLoadStrategy: "join",
      where: { id: applicationId },
      select: panelFeedback,
    }),
    db.scorecard.findMany({
      relationLoadStrategy: "join",
      where: privateNotesWhere(user, applicationId, lead),
      orderBy: { createdAt: "asc" },
      select: { id: true, interviewerId: true, privateNote: true, interviewer: { select: { name: true } } },
    }),
  ]);
  return {
    app: { ...app, statusHidden: false, ...feedback },
    visible: true as const,
    /** Private notes the viewer may read (see privateNotesWhere). */
    notes: notes.map((n) => ({
      scorecardId: n.id,
      interviewerId: n.interviewerId,
      interviewer: n.interviewer.name,
      note: n.privateNote!,
    })),
  };
}
