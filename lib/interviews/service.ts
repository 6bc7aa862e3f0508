// One interview at a time: reschedule it, cancel it, or nudge its interviewer about a due
// scorecard. The role's owner, its recruiter(s) and admins may (canManagePipeline); all audited.
// A reschedule or cancellation emails the interviewer the updated invitation (same UID, higher
// SEQUENCE; METHOD:CANCEL to cancel). A nudge sends the reminder email, rate-limited per
// interview, and is logged as a reminder.
import "server-only";
import { forbidden, invalid, notFound, rateLimited, refused, type ActionResult } from "../action-result";
import { pendingOwnInterviews } from "../applications/decision";
import { ERASED } from "../applications/service";
import { closedStatusText } from "../applications/status";
import { recordAudit } from "../audit";
import { canManagePipeline } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { sameMinute } from "../instants";
import { sendMail } from "../mail";
import { limits } from "../rate-limit/limits";
import { tooManyRequestsMessage, waitText } from "../rate-limit/retry-after";
import { reminderState } from "../reminders/schedule";
import { reminderMail } from "../reminders/service";
import { interviewRefSchema, rescheduleSchema } from "../validation/application";
import { baseUrl, loadInvitations, sendInvitations } from "./invitations";

/** The interview, and how many of its candidate's interviews `actorId` owes a scorecard for. */
async function loadInterview(tx: Tx | typeof db, interviewId: string, actorId: string) {
  return tx.interview.findUnique({
    where: { id: interviewId },
    select: {
      id: true,
      applicationId: true,
      stageId: true,
      interviewerId: true,
      scheduledAt: true,
      calendarSequence: true,
      interviewer: { select: { name: true, email: true, active: true } },
      stage: { select: { name: true } },
      scorecards: { select: { status: true } },
      application: {
        select: {
          status: true,
          candidate: { select: { name: true, erasedAt: true } },
          role: { select: { title: true, ownerId: true, members: { select: { userId: true, function: true } } } },
          _count: { select: { interviews: pendingOwnInterviews(actorId) } },
        },
      },
    },
  });
}
type Loaded = NonNullable<Awaited<ReturnType<typeof loadInterview>>>;

/** A cancelled interview's row is gone: the likeliest reason a page's interview is not found. */
const GONE = notFound("That interview", "no longer exists (it was cancelled)");

/** A closed candidate's status as this actor may read it (never the outcome while they owe a scorecard). */
const statusOf = (i: Loaded) => closedStatusText(i.application.status, i.application._count.interviews > 0);

/** Why this actor may not change this interview, or null. */
function changeRefusal(actor: CurrentUser, i: Loaded | null, verb: string) {
  if (!i) return GONE;
  if (!canManagePipeline(actor, i.application.role))
    return forbidden(`Only the role's owner, its recruiter or an admin can ${verb} interviews.`);
  if (i.application.candidate.erasedAt) return refused(ERASED);
  return null;
}

/** `emailed`: whether an invitation went out (an interview without a time has none to update). */
export type InvitationResult = { emailed: boolean; notEmailed: string[] };

export async function rescheduleInterview(
  actor: CurrentUser,
  raw: unknown,
): Promise<ActionResult<InvitationResult & { unchanged: boolean }>> {
  const parsed = rescheduleSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const when = new Date(parsed.data.scheduledAt);
  const result = await db.$transaction(async (tx) => {
    const i = await loadInterview(tx, parsed.data.interviewId, actor.id);
    const refusal = changeRefusal(actor, i, "reschedule");
    if (refusal || !i) return refusal ?? GONE;
    if (i.application.status !== "ACTIVE")
      return refused(`This candidate is ${statusOf(i)}; reopen them before rescheduling.`);
    if (i.scorecards.some((s) => s.status === "SUBMITTED"))
      return refused(`${i.interviewer.name} has submitted the scorecard: this interview was held.`);
    if (sameMinute(i.scheduledAt, when)) return { ok: true as const, unchanged: true };
    await tx.interview.update({ where: { id: i.id }, data: { scheduledAt: when, calendarSequence: { increment: 1 } } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "interview.rescheduled",
        entityType: "Application",
        entityId: i.applicationId,
        data: {
          interviewId: i.id,
          stageId: i.stageId,
          interviewerId: i.interviewerId,
          before: { scheduledAt: i.scheduledAt?.toISOString() ?? null },
          after: { scheduledAt: when.toISOString() },
        },
      },
      tx,
    );
    return { ok: true as const, unchanged: false };
  });
  if (!result.ok) return result;
  if (result.unchanged) return { ok: true, unchanged: true, emailed: false, notEmailed: [] };
  const notEmailed = await sendInvitations(await loadInvitations([parsed.data.interviewId]), "update");
  return { ok: true, unchanged: false, emailed: notEmailed.length === 0, notEmailed };
}

/**
 * Cancels an interview that has not been scored: the interview is removed (the audit log keeps
 * it) and, if it had a time, the interviewer's calendar gets the cancellation. One with a
 * scorecard (even a draft) is refused: the interviewer's notes would have nothing to belong to.
 */
export async function cancelInterview(actor: CurrentUser, raw: unknown): Promise<ActionResult<InvitationResult>> {
  const parsed = interviewRefSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const result = await db.$transaction(async (tx) => {
    const i = await loadInterview(tx, parsed.data.interviewId, actor.id);
    const refusal = changeRefusal(actor, i, "cancel");
    if (refusal || !i) return refusal ?? GONE;
    // As the page offers it: on an open candidate only. A panelist who cancels their own pending
    // interview on a closed one would also shed the scorecard that keeps the outcome from them.
    if (i.application.status !== "ACTIVE")
      return refused(`This candidate is ${statusOf(i)}; reopen them before cancelling interviews.`);
    if (i.scorecards.length)
      return refused(
        `${i.interviewer.name} has started the scorecard for this interview, so it can't be cancelled; reschedule it instead.`,
      );
    // Read before the row goes: the cancellation names the same event, one SEQUENCE higher.
    const [invitation] = await loadInvitations([i.id], tx);
    await tx.interview.delete({ where: { id: i.id } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "interview.cancelled",
        entityType: "Application",
        entityId: i.applicationId,
        data: {
          interviewId: i.id,
          stageId: i.stageId,
          interviewerId: i.interviewerId,
          scheduledAt: i.scheduledAt?.toISOString() ?? null,
        },
      },
      tx,
    );
    return { ok: true as const, invitation };
  });
  if (!result.ok) return result;
  const { invitation } = result;
  if (!invitation) return { ok: true, emailed: false, notEmailed: [] };
  const notEmailed = await sendInvitations([{ ...invitation, sequence: invitation.sequence + 1 }], "cancel");
  return { ok: true, emailed: notEmailed.length === 0, notEmailed };
}

/**
 * Emails the interviewer the scorecard reminder now (from the pipeline board), for a held
 * interview whose scorecard is due (or past the automatic reminders' ten business days).
 * At most once an hour per interview, whoever asks; logged as a reminder and audited.
 */
export async function nudgeInterviewer(
  actor: CurrentUser,
  raw: unknown,
  now = new Date(),
): Promise<ActionResult<{ interviewer: string }>> {
  const parsed = interviewRefSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const i = await loadInterview(db, parsed.data.interviewId, actor.id);
  const refusal = changeRefusal(actor, i, "nudge the interviewers of");
  if (refusal || !i) return refusal ?? GONE;
  const state = reminderState(
    i.scheduledAt,
    i.scorecards.some((s) => s.status === "SUBMITTED"),
    now,
  );
  if (state === "done") return refused(`${i.interviewer.name} has submitted this scorecard.`);
  if (state === "not-due")
    return refused("This scorecard is not due yet: an interview's scorecard is due an hour after it was held.");
  if (i.application.status !== "ACTIVE") return refused(`This candidate is ${statusOf(i)}; no scorecard is chased.`);
  if (!i.interviewer.active) return refused(`${i.interviewer.name} is deactivated.`);
  const quota = limits().nudgeInterview;
  const throttled = await quota.take(i.id);
  if (throttled) {
    // Reminded within the hour (by a colleague, or from a page loaded before it): say when, not "too many".
    const last = await db.reminderLog.findFirst({
      where: { interviewId: i.id, channel: "nudge" },
      orderBy: { sentAt: "desc" },
      select: { sentAt: true },
    });
    const minutes = last ? Math.max(0, Math.floor((now.getTime() - last.sentAt.getTime()) / 60_000)) : null;
    const message =
      minutes === null
        ? tooManyRequestsMessage(quota.what, throttled.retryAfterSeconds)
        : `${i.interviewer.name} was reminded about this scorecard ${minutes < 1 ? "just now" : `${minutes} min ago`}; another reminder can go in ${waitText(throttled.retryAfterSeconds)}.`;
    return rateLimited(message, throttled.retryAfterSeconds);
  }
  await sendMail(
    reminderMail(
      {
        id: i.id,
        interviewer: i.interviewer,
        stage: i.stage,
        application: { candidate: i.application.candidate, role: i.application.role },
      },
      baseUrl(),
    ),
  );
  await db.$transaction(async (tx) => {
    await tx.reminderLog.create({ data: { interviewId: i.id, channel: "nudge", sentAt: now } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "interview.nudged",
        entityType: "Application",
        entityId: i.applicationId,
        data: { interviewId: i.id, stageId: i.stageId, interviewerId: i.interviewerId },
      },
      tx,
    );
  });
  return { ok: true, interviewer: i.interviewer.name };
}
