import "server-only";
import { conflict, forbidden, invalid, notFound, refused, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { outcomeRefusal, type OutcomeRefusal } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { decisionSchema, decisionWord } from "../validation/decision";
import {
  closedInPipeline,
  decisionWaitsForReopen,
  STATUS_NOW,
  STATUS_OF_DECISION,
  staleStatusText,
  type CancelledAtClose,
} from "./status";
import { formatDate } from "../dates";
import type { InterviewInvitation } from "../interviews/calendar";
import type { ApplicationStatus, Decision } from "../generated/prisma/enums";
import { cancelInterviewsAhead, interviewsCancelledAtClose, sendCancellations } from "../interviews/close-cancel";

/** What a refused outcome change tells the actor (never the decision itself: see outcomeRefusal). */
export const OUTCOME_REFUSAL_TEXT: Record<OutcomeRefusal, string> = {
  "not-owner": "Only the role's owner records the decision.",
  "submit-first":
    "You are on this candidate's interview panel: submit your own scorecard before recording or changing their outcome (a decision, a rejection or reopening them), so your evidence is in first.",
  decided: "The role's owner recorded a decision on this candidate; only they or an admin can change the status.",
};

/** Prisma filter: the user's own interviews (on an application) that have no submitted scorecard of theirs. */
export const pendingOwnInterviews = (userId: string) =>
  ({ where: { interviewerId: userId, scorecards: { none: { interviewerId: userId, status: "SUBMITTED" } } } }) as const;

/**
 * Prisma filter: the application's lead-seat interviews with no submitted scorecard, held or not:
 * the panel's evidence is not all in (training seats do not count towards it).
 */
const outstandingInterviews = (applicationId: string) =>
  ({ applicationId, seat: "LEAD", scorecards: { none: { status: "SUBMITTED" } } }) as const;

export type OutstandingScorecard = {
  interviewer: string;
  stage: string;
  state: "draft" | "not started" | "upcoming" | "not scheduled";
};

/** Whose scorecards a decision on this application would come before, for the debrief to name. */
export async function outstandingScorecards(applicationId: string, now = new Date()): Promise<OutstandingScorecard[]> {
  const rows = await db.interview.findMany({
    where: outstandingInterviews(applicationId),
    orderBy: [{ stage: { position: "asc" } }, { interviewer: { name: "asc" } }],
    select: {
      scheduledAt: true,
      interviewer: { select: { name: true } },
      stage: { select: { name: true } },
      scorecards: { select: { id: true }, take: 1 },
    },
  });
  return rows.map((r) => ({
    interviewer: r.interviewer.name,
    stage: r.stage.name,
    state: r.scorecards.length
      ? "draft"
      : r.scheduledAt === null
        ? "not scheduled"
        : r.scheduledAt > now
          ? "upcoming"
          : "not started",
  }));
}

/** The role's owning manager (or an admin) records hire / no hire / hold with a rationale, once their own scorecards are in. */
export async function recordDecision(
  actor: CurrentUser,
  applicationId: string,
  raw: unknown,
): Promise<ActionResult<{ decidedAt: string; cancelledInterviews: number; notRestored: CancelledAtClose[] }>> {
  const parsed = decisionSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  let cancelled: InterviewInvitation[] = [];
  const result = await db.$transaction(async (tx) => {
    // Two deciders at once: the second waits here, then sees the first's decision (basedOn).
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${applicationId} FOR UPDATE`;
    const app = await tx.application.findUnique({
      where: { id: applicationId },
      include: {
        role: { select: { ownerId: true } },
        candidate: { select: { erasedAt: true, name: true } },
        _count: { select: { interviews: pendingOwnInterviews(actor.id) } },
      },
    });
    if (!app) return notFound("That candidate");
    const refusal = outcomeRefusal(actor, { ...app, pendingOwnInterviews: app._count.interviews }, { decide: true });
    if (refusal) return forbidden(OUTCOME_REFUSAL_TEXT[refusal]);
    if (app.candidate.erasedAt)
      return refused("This candidate's personal data was erased; no decision can be recorded.");
    const { decision, rationale, withoutOutstanding, basedOn, expectedStatus } = parsed.data;
    if (expectedStatus && expectedStatus !== app.status)
      return conflict(staleStatusText(app.candidate.name, app.status));
    if (decisionWaitsForReopen(app.status, app.decision, decision))
      return refused(`${closedInPipelineText(app.candidate.name, app.status)} Nothing was changed.`);
    const now = new Date();
    if (basedOn !== undefined && (app.decidedAt?.toISOString() ?? null) !== basedOn)
      return conflict(
        "Someone recorded a decision on this candidate after you opened this page, so yours was not saved. The page now shows theirs; your rationale is still in the form, and saving it again replaces theirs.",
      );
    // Hire or no hire closes the application, and with it the drafts of panelists yet to submit.
    // Only an open application is closed by it: a decided one's drafts were closed already.
    const closes = STATUS_OF_DECISION[decision] !== "ACTIVE" && app.status === "ACTIVE";
    const outstanding = closes ? await tx.interview.count({ where: outstandingInterviews(applicationId) }) : 0;
    if (outstanding > 0 && !withoutOutstanding)
      return refused(
        `${outstanding === 1 ? "One panelist's scorecard is" : `${outstanding} panelists' scorecards are`} still outstanding; deciding now closes the application and their drafts can no longer be submitted. Confirm that you decide without them, or wait.`,
        "withoutOutstanding",
      );
    // Hire or no hire closes the application: the interviews still ahead of it are cancelled.
    if (closes) cancelled = await cancelInterviewsAhead(tx, applicationId, actor.id, now);
    // A hold replacing a hire or no hire reopens the application: what its close cancelled stays cancelled.
    const notRestored =
      STATUS_OF_DECISION[decision] === "ACTIVE" && app.status !== "ACTIVE"
        ? await interviewsCancelledAtClose(tx, applicationId)
        : [];
    await tx.application.update({
      where: { id: applicationId },
      data: {
        decision,
        decisionRationale: rationale,
        decidedAt: now,
        decidedById: actor.id,
        status: STATUS_OF_DECISION[decision],
      },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "application.decided",
        entityType: "Application",
        entityId: applicationId,
        data: {
          decision,
          rationale,
          previous: app.decision,
          ...(outstanding ? { outstandingScorecards: outstanding } : {}),
        },
      },
      tx,
    );
    return { ok: true as const, decidedAt: now.toISOString(), cancelledInterviews: cancelled.length, notRestored };
  });
  if (result.ok && cancelled.length) await sendCancellations(cancelled);
  return result;
}

/** Why a decision that would reopen or hire a candidate closed in the pipeline waits (the debrief says it too). */
export const closedInPipelineText = (name: string, status: ApplicationStatus) =>
  status === "REJECTED"
    ? `${name} is rejected (in the pipeline, not by a decision): “no hire” keeps them so; to hire or hold, reopen them first on the role page or the pipeline board.`
    : `${name} is ${STATUS_NOW[status]} (in the pipeline, not by a decision): reopen them on the role page or the pipeline board to record a decision.`;

/** Where the decision stands, for the debrief: recorded (what, by whom, when), waiting for a reopening, or none yet. */
export function decisionStandingText(
  app: {
    name: string;
    status: ApplicationStatus;
    decision: Decision | null;
    decidedAt: Date | null;
    decidedBy: { name: string } | null;
  },
  timeZone: string | null,
): string {
  if (app.decision)
    return `Recorded: ${decisionWord(app.decision)}, by ${app.decidedBy?.name ?? "a former user"} on ${formatDate(app.decidedAt, timeZone)}. ${app.name} is ${STATUS_NOW[app.status]}.`;
  if (closedInPipeline(app.status, app.decision)) return closedInPipelineText(app.name, app.status);
  return `No decision recorded yet; ${app.name} is in process.`;
}

/** Why `actor` may not record a decision on this application now (for the debrief to say so), or null. */
export async function decisionRefusalFor(actor: CurrentUser, applicationId: string): Promise<OutcomeRefusal | null> {
  const app = await db.application.findUnique({
    where: { id: applicationId },
    select: { role: { select: { ownerId: true } }, _count: { select: { interviews: pendingOwnInterviews(actor.id) } } },
  });
  if (!app) return "not-owner";
  return outcomeRefusal(
    actor,
    { role: app.role, status: "ACTIVE", decision: null, pendingOwnInterviews: app._count.interviews },
    { decide: true },
  );
}
