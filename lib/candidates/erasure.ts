// Erasing a candidate's personal data on request, run by admins and the candidate's own
// recruiters (canEraseCandidate in lib/auth/permissions.ts), checked here in the service, not only
// on the page. Erasure anonymises in place: ratings stay for calibration, words that could
// identify the person (name, contact, evidence text, notes) are removed, and applications still
// in progress are withdrawn so no reminder or pipeline card names them again; the data of audit
// events about them is replaced by a redaction marker. The export: ./export.ts.
//
// Not reachable from here: reminder emails already sent name the candidate. With SMTP they sit
// in interviewers' mailboxes; in development (no SMTP_URL) lib/mail.ts writes them to
// .data/mail/*.eml, where names may be MIME-encoded, so they are not searched and deleted
// automatically: clear that folder by hand after an erasure in a development copy.
import "server-only";
import { forbidden, notFound, type ActionResult } from "../action-result";
import { recordAudit, recordAuditMany } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { can, canEraseCandidate } from "../auth/permissions";
import { decisionSurvives } from "../applications/status";
import { candidateAuditScope, type CandidateRecordIds } from "./audit-scope";

export const ERASED_NAME = "Erased candidate";
export const ERASED_TEXT = "[erased on request]";
export const ERASE_NOT_ALLOWED = "Only recruiters and admins can erase a candidate.";
export const ERASE_NOT_ON_TEAM =
  "Only admins and the recruiters on the hiring team of every role this candidate applied to can erase their data; ask an admin.";

/**
 * Replaces the data of every audit event about the candidate with a marker: amendments keep
 * evidence and notes, decisions their rationale. Who did what to which record, and when,
 * stays. The database refuses this unless the transaction opts in (migration
 * 20261123000200_audit_redaction), and then only for the data column and only to the marker.
 */
async function redactAuditTrail(tx: Tx, candidateId: string, apps: CandidateRecordIds[], at: Date): Promise<number> {
  await tx.$executeRawUnsafe("SET LOCAL app.audit_redaction = 'on'");
  const marker = { redacted: true, reason: "candidate erased", at: at.toISOString() };
  const res = await tx.auditEvent.updateMany({ where: candidateAuditScope(candidateId, apps), data: { data: marker } });
  // Only this step may rewrite the log; the flag would otherwise last until COMMIT.
  await tx.$executeRawUnsafe("SET LOCAL app.audit_redaction = 'off'");
  return res.count;
}

export async function eraseCandidate(user: CurrentUser, candidateId: string): Promise<ActionResult<object>> {
  if (!can(user, "manageCandidates")) return forbidden(ERASE_NOT_ALLOWED);
  return db.$transaction(async (tx) => {
    const candidate = await tx.candidate.findUnique({
      where: { id: candidateId },
      select: {
        erasedAt: true,
        applications: {
          select: {
            id: true,
            status: true,
            decision: true,
            decidedById: true,
            role: { select: { members: { select: { userId: true, function: true } } } },
            interviews: { select: { id: true, scorecards: { select: { id: true } } } },
          },
        },
      },
    });
    if (!candidate) return notFound("That candidate");
    if (
      !canEraseCandidate(
        user,
        candidate.applications.map((a) => a.role),
      )
    )
      return forbidden(ERASE_NOT_ON_TEAM);
    if (candidate.erasedAt) return { ok: true as const };
    const now = new Date();
    const appIds = candidate.applications.map((a) => a.id);
    const active = candidate.applications.filter((a) => a.status === "ACTIVE");
    await tx.candidate.update({
      where: { id: candidateId },
      data: { name: ERASED_NAME, email: null, phone: null, headline: null, source: null, erasedAt: now },
    });
    await tx.domainScore.updateMany({
      where: { scorecard: { interview: { applicationId: { in: appIds } } }, evidence: { not: "" } },
      data: { evidence: ERASED_TEXT },
    });
    await tx.scorecard.updateMany({
      where: { interview: { applicationId: { in: appIds } } },
      data: { privateNote: null },
    });
    await tx.application.updateMany({ where: { id: { in: appIds } }, data: { decisionRationale: null } });
    // Quality-of-hire check-ins are written about the person too: their texts go, their ratings stay (as a scorecard's).
    await tx.qualityCheckInRating.updateMany({
      where: { checkIn: { applicationId: { in: appIds } }, evidence: { not: "" } },
      data: { evidence: ERASED_TEXT },
    });
    await tx.qualityCheckIn.updateMany({
      where: { applicationId: { in: appIds }, note: { not: "" } },
      data: { note: ERASED_TEXT },
    });
    // Voluntary self-identification (lib/fair-hiring/self-id.ts) goes entirely: answers and link.
    await tx.selfIdAnswer.deleteMany({ where: { candidateId } });
    await tx.selfIdLink.deleteMany({ where: { candidateId } });
    // Before the events below are written: they hold ids and counts only, and stay readable.
    const redacted = await redactAuditTrail(tx, candidateId, candidate.applications, now);
    // Withdrawn, not deleted: the ratings stay for calibration, but nobody is chased to score an erased person.
    await tx.application.updateMany({ where: { id: { in: active.map((a) => a.id) } }, data: { status: "WITHDRAWN" } });
    // A decision that does not hold for a withdrawn application (a hold) is cleared, as a move would; the audit keeps it.
    const cleared = active.filter((a) => !decisionSurvives(a.decision, "WITHDRAWN"));
    if (cleared.length)
      await tx.application.updateMany({
        where: { id: { in: cleared.map((a) => a.id) } },
        data: { decision: null, decidedAt: null, decidedById: null },
      });
    await recordAuditMany(
      active.map((a) => ({
        actorId: user.id,
        action: "application.moved",
        entityType: "Application",
        entityId: a.id,
        data: {
          fromStatus: "ACTIVE",
          toStatus: "WITHDRAWN",
          reason: "candidate erased",
          ...(cleared.includes(a) ? { decisionCleared: { decision: a.decision, decidedById: a.decidedById } } : {}),
        },
      })),
      tx,
    );
    await recordAudit(
      {
        actorId: user.id,
        action: "candidate.erased",
        entityType: "Candidate",
        entityId: candidateId,
        data: { applications: appIds.length, withdrawn: active.length, auditEventsRedacted: redacted },
      },
      tx,
    );
    return { ok: true as const };
  });
}
