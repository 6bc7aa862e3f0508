import "server-only";
// When a candidate's application closes (rejected, withdrawn, hired, no hire), the interviews
// still ahead of it will not take place: they are cancelled with it, in the same transaction,
// and their interviewers get the calendar cancellation (METHOD:CANCEL) once it has committed.
// An interview whose scorecard was started stays: it holds someone's notes.
import { recordAudit } from "../audit";
import type { Tx } from "../db";
import type { InterviewInvitation } from "./calendar";
import { loadInvitations, sendInvitations } from "./invitations";

/** Deletes the application's interviews after `now` that have no scorecard; their invitations, to cancel. */
export async function cancelInterviewsAhead(
  tx: Tx,
  applicationId: string,
  actorId: string,
  now = new Date(),
): Promise<InterviewInvitation[]> {
  const ahead = await tx.interview.findMany({
    where: { applicationId, scheduledAt: { gt: now }, scorecards: { none: {} } },
    select: { id: true, stageId: true, interviewerId: true, scheduledAt: true },
  });
  if (ahead.length === 0) return [];
  // Read before the rows go: each cancellation names the same event, one SEQUENCE higher.
  const invitations = await loadInvitations(
    ahead.map((a) => a.id),
    tx,
  );
  await tx.interview.deleteMany({ where: { id: { in: ahead.map((a) => a.id) } } });
  for (const a of ahead)
    await recordAudit(
      {
        actorId,
        action: "interview.cancelled",
        entityType: "Application",
        entityId: applicationId,
        data: {
          interviewId: a.id,
          stageId: a.stageId,
          interviewerId: a.interviewerId,
          scheduledAt: a.scheduledAt?.toISOString() ?? null,
        },
      },
      tx,
    );
  return invitations;
}

/** Emails the cancellations (after the transaction): the interviewers' names whose email failed. */
export function sendCancellations(invitations: InterviewInvitation[]): Promise<string[]> {
  return sendInvitations(
    invitations.map((i) => ({ ...i, sequence: i.sequence + 1 })),
    "cancel",
  );
}
