import "server-only";
// When a candidate's application closes (rejected, withdrawn, hired, no hire), the interviews
// still ahead of it will not take place: they are cancelled with it, in the same transaction,
// and their interviewers get the calendar cancellation (METHOD:CANCEL) once it has committed.
// An interview whose scorecard was started stays: it holds someone's notes.
import { recordAudit } from "../audit";
import type { Tx } from "../db";
import type { CancelledAtClose } from "../applications/status";
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

/**
 * The interviews cancelled when the (now closed) application last closed: the audit's
 * cancellations since it was last opened (a reopening, or a hold replacing a hire or no hire).
 * A reopening does not bring them back (their invitations were cancelled), so it says which
 * they were. Read before the reopening's own audit event is written.
 */
export async function interviewsCancelledAtClose(tx: Tx, applicationId: string): Promise<CancelledAtClose[]> {
  return tx.$queryRaw<CancelledAtClose[]>`
    WITH opened AS (
      SELECT COALESCE(max(id), 0) AS id FROM "AuditEvent"
      WHERE "entityType" = 'Application' AND "entityId" = ${applicationId}
        AND ((action = 'application.moved' AND data->>'toStatus' = 'ACTIVE' AND data->>'fromStatus' <> 'ACTIVE')
          OR (action = 'application.decided' AND data->>'decision' = 'HOLD' AND data->>'previous' IN ('HIRE', 'NO_HIRE')))
    )
    SELECT COALESCE(st.name, 'A stage since removed') AS stage, COALESCE(u.name, 'a former user') AS interviewer
    FROM "AuditEvent" e
    CROSS JOIN opened
    LEFT JOIN "InterviewStage" st ON st.id = e.data->>'stageId'
    LEFT JOIN "User" u ON u.id = e.data->>'interviewerId'
    WHERE e."entityType" = 'Application' AND e."entityId" = ${applicationId}
      AND e.action = 'interview.cancelled' AND e.id > opened.id
    ORDER BY st.position NULLS LAST, e.id`;
}
