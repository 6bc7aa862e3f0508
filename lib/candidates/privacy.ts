// Data requests about a candidate: export everything held (JSON) and erase personal data.
// Erasure anonymises in place: ratings stay for calibration, words that could identify
// the person (name, contact, evidence text, notes) are removed, and applications still in
// progress are withdrawn so no reminder or pipeline card names them again; the data of audit
// events about them is replaced by a redaction marker. Recruiters and admins only.
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
import { can } from "../auth/permissions";
import { accessFor, feedbackVisibility, myInterviews } from "../data/feedback";
import { decisionSurvives } from "../applications/status";

const allowed = (u: CurrentUser) => can(u, "manageCandidates");
export const ERASED_NAME = "Erased candidate";
export const ERASED_TEXT = "[erased on request]";
export const EXPORT_NOT_ALLOWED = "Only recruiters and admins can export a candidate's data.";
export const EXPORT_SUBMIT_FIRST = "You have an unsubmitted scorecard for this candidate; submit it first or ask another admin";
export const EXPORT_PANEL_NEVER = "Interviewers on this candidate's panel don't see each other's feedback in this organisation, so you can't export it; ask an admin who isn't on the panel.";

/**
 * Why this user may not export this candidate now (for the page to say so up front), or null.
 * The export holds every interviewer's evidence, so it obeys the independence rule: someone on
 * the candidate's panel who may not see the others' feedback yet would read it before forming
 * their own. Not being on the role's team is no bar: recruiters and admins export any candidate.
 */
export async function exportRefusal(user: CurrentUser, candidateId: string): Promise<string | null> {
  if (!allowed(user)) return EXPORT_NOT_ALLOWED;
  const [visibility, apps] = await Promise.all([
    feedbackVisibility(),
    db.application.findMany({ where: { candidateId }, select: { role: { select: { ownerId: true, members: { select: { userId: true } } } }, interviews: myInterviews(user.id) } }),
  ]);
  // A panel member may not export what the panel page would hide from them (outsiders handling
  // the request, recruiters and admins off the panel, may).
  for (const a of apps) {
    const acc = accessFor(user, a.role, a.interviews, visibility);
    if (acc.visible || acc.reason === "not-on-team") continue;
    return acc.reason === "submit-first" ? EXPORT_SUBMIT_FIRST : EXPORT_PANEL_NEVER;
  }
  return null;
}

/** A subject-access export: every record about the candidate, drafts and private notes included. */
export async function exportCandidate(user: CurrentUser, candidateId: string) {
  const refusal = await exportRefusal(user, candidateId);
  if (refusal) return forbidden(refusal);
  const candidate = await db.candidate.findUnique({
    where: { id: candidateId },
    include: {
      applications: {
        include: {
          role: { select: { id: true, title: true } },
          currentStage: { select: { name: true } },
          decidedBy: { select: { name: true } },
          interviews: {
            include: {
              stage: { select: { name: true } },
              interviewer: { select: { name: true } },
              reminders: { select: { channel: true, sentAt: true } },
              // Every scorecard, draft or submitted: the export is of everything held, not what the panel may see.
              scorecards: { include: { interviewer: { select: { name: true } }, scores: { include: { domain: { select: { key: true } } } } }, orderBy: { createdAt: "asc" } },
            },
          },
        },
      },
    },
  });
  if (!candidate) return notFound("That candidate");
  const applications = candidate.applications.map((a) => ({
    ...a,
    interviews: a.interviews.map((i) => ({ ...i, scorecards: i.scorecards.map((s) => ({ ...s, draft: s.status !== "SUBMITTED" })) })),
  }));
  const audit = await db.auditEvent.findMany({ where: { OR: auditScope(candidateId, candidate.applications) }, orderBy: { at: "asc" } });
  await recordAudit({ actorId: user.id, action: "candidate.exported", entityType: "Candidate", entityId: candidateId });
  return {
    ok: true as const,
    export: {
      exportedAt: new Date().toISOString(),
      note: "Everything this system holds about the candidate, including draft scorecards (marked draft: true) and interviewers' private notes.",
      candidate: { ...candidate, applications },
      auditTrail: audit.map((a) => ({ ...a, id: a.id.toString() })),
    },
  };
}

type AppIds = { id: string; interviews: { id: string; scorecards: { id: string }[] }[] };
/** Audit events about the candidate, their applications, interviews and scorecards. */
function auditScope(candidateId: string, apps: AppIds[]) {
  const interviews = apps.flatMap((a) => a.interviews);
  return [
    { entityType: "Candidate", entityId: candidateId },
    { entityType: "Application", entityId: { in: apps.map((a) => a.id) } },
    { entityType: "Interview", entityId: { in: interviews.map((i) => i.id) } },
    { entityType: "Scorecard", entityId: { in: interviews.flatMap((i) => i.scorecards.map((s) => s.id)) } },
  ];
}

/**
 * Replaces the data of every audit event about the candidate with a marker: amendments keep
 * evidence and notes, decisions their rationale. Who did what to which record, and when,
 * stays. The database refuses this unless the transaction opts in (migration
 * 20261123000200_audit_redaction), and then only for the data column and only to the marker.
 */
async function redactAuditTrail(tx: Tx, candidateId: string, apps: AppIds[], at: Date): Promise<number> {
  await tx.$executeRawUnsafe("SET LOCAL app.audit_redaction = 'on'");
  const marker = { redacted: true, reason: "candidate erased", at: at.toISOString() };
  const res = await tx.auditEvent.updateMany({ where: { OR: auditScope(candidateId, apps) }, data: { data: marker } });
  // Only this step may rewrite the log; the flag would otherwise last until COMMIT.
  await tx.$executeRawUnsafe("SET LOCAL app.audit_redaction = 'off'");
  return res.count;
}

export async function eraseCandidate(user: CurrentUser, candidateId: string): Promise<ActionResult<object>> {
  if (!allowed(user)) return forbidden("Only recruiters and admins can erase a candidate.");
  return db.$transaction(async (tx) => {
    const candidate = await tx.candidate.findUnique({
      where: { id: candidateId },
      include: { applications: { select: { id: true, status: true, decision: true, decidedById: true, interviews: { select: { id: true, scorecards: { select: { id: true } } } } } } },
    });
    if (!candidate) return notFound("That candidate");
    if (candidate.erasedAt) return { ok: true as const };
    const now = new Date();
    const appIds = candidate.applications.map((a) => a.id);
    const active = candidate.applications.filter((a) => a.status === "ACTIVE");
    await tx.candidate.update({ where: { id: candidateId }, data: { name: ERASED_NAME, email: null, phone: null, headline: null, source: null, erasedAt: now } });
    await tx.domainScore.updateMany({ where: { scorecard: { interview: { applicationId: { in: appIds } } }, evidence: { not: "" } }, data: { evidence: ERASED_TEXT } });
    await tx.scorecard.updateMany({ where: { interview: { applicationId: { in: appIds } } }, data: { privateNote: null } });
    await tx.application.updateMany({ where: { id: { in: appIds } }, data: { decisionRationale: null } });
    // Before the events below are written: they hold ids and counts only, and stay readable.
    const redacted = await redactAuditTrail(tx, candidateId, candidate.applications, now);
    // Withdrawn, not deleted: the ratings stay for calibration, but nobody is chased to score an erased person.
    await tx.application.updateMany({ where: { id: { in: active.map((a) => a.id) } }, data: { status: "WITHDRAWN" } });
    // A decision that does not hold for a withdrawn application (a hold) is cleared, as a move would; the audit keeps it.
    const cleared = active.filter((a) => !decisionSurvives(a.decision, "WITHDRAWN"));
    if (cleared.length) await tx.application.updateMany({ where: { id: { in: cleared.map((a) => a.id) } }, data: { decision: null, decidedAt: null, decidedById: null } });
    await recordAuditMany(
      active.map((a) => ({
        actorId: user.id,
        action: "application.moved",
        entityType: "Application",
        entityId: a.id,
        data: { fromStatus: "ACTIVE", toStatus: "WITHDRAWN", reason: "candidate erased", ...(cleared.includes(a) ? { decisionCleared: { decision: a.decision, decidedById: a.decidedById } } : {}) },
      })),
      tx,
    );
    await recordAudit({ actorId: user.id, action: "candidate.erased", entityType: "Candidate", entityId: candidateId, data: { applications: appIds.length, withdrawn: active.length, auditEventsRedacted: redacted } }, tx);
    return { ok: true as const };
  });
}
