// Data requests about a candidate: export everything held (JSON) and erase personal data.
// Erasure anonymises in place: ratings stay for calibration, words that could identify
// the person (name, contact, evidence text, notes) are removed, and applications still in
// progress are withdrawn so no reminder or pipeline card names them again. Recruiters and
// admins only.
//
// Not reachable from here: reminder emails already sent name the candidate. With SMTP they sit
// in interviewers' mailboxes; in development (no SMTP_URL) lib/mail.ts writes them to
// .data/mail/*.eml, where names may be MIME-encoded, so they are not searched and deleted
// automatically: clear that folder by hand after an erasure in a development copy.
import "server-only";
import { forbidden, notFound, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { can } from "../auth/permissions";

const allowed = (u: CurrentUser) => can(u, "manageCandidates");
export const ERASED_NAME = "Erased candidate";
export const ERASED_TEXT = "[erased on request]";

/** A subject-access export: every record about the candidate, drafts and private notes included. */
export async function exportCandidate(user: CurrentUser, candidateId: string) {
  if (!allowed(user)) return null;
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
  if (!candidate) return null;
  const applications = candidate.applications.map((a) => ({
    ...a,
    interviews: a.interviews.map((i) => ({ ...i, scorecards: i.scorecards.map((s) => ({ ...s, draft: s.status !== "SUBMITTED" })) })),
  }));
  const appIds = candidate.applications.map((a) => a.id);
  const interviewIds = candidate.applications.flatMap((a) => a.interviews.map((i) => i.id));
  const scorecardIds = candidate.applications.flatMap((a) => a.interviews.flatMap((i) => i.scorecards.map((s) => s.id)));
  const audit = await db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: "Candidate", entityId: candidateId },
        { entityType: "Application", entityId: { in: appIds } },
        { entityType: "Interview", entityId: { in: interviewIds } },
        { entityType: "Scorecard", entityId: { in: scorecardIds } },
      ],
    },
    orderBy: { at: "asc" },
  });
  await recordAudit({ actorId: user.id, action: "candidate.exported", entityType: "Candidate", entityId: candidateId });
  return {
    exportedAt: new Date().toISOString(),
    note: "Everything this system holds about the candidate, including draft scorecards (marked draft: true) and interviewers' private notes.",
    candidate: { ...candidate, applications },
    auditTrail: audit.map((a) => ({ ...a, id: a.id.toString() })),
  };
}

export async function eraseCandidate(user: CurrentUser, candidateId: string): Promise<ActionResult<object>> {
  if (!allowed(user)) return forbidden("Only recruiters and admins can erase a candidate.");
  return db.$transaction(async (tx) => {
    const candidate = await tx.candidate.findUnique({ where: { id: candidateId }, include: { applications: { select: { id: true, status: true } } } });
    if (!candidate) return notFound("That candidate");
    if (candidate.erasedAt) return { ok: true as const };
    const appIds = candidate.applications.map((a) => a.id);
    const active = candidate.applications.filter((a) => a.status === "ACTIVE").map((a) => a.id);
    await tx.candidate.update({ where: { id: candidateId }, data: { name: ERASED_NAME, email: null, phone: null, headline: null, source: null, erasedAt: new Date() } });
    await tx.domainScore.updateMany({ where: { scorecard: { interview: { applicationId: { in: appIds } } }, evidence: { not: "" } }, data: { evidence: ERASED_TEXT } });
    await tx.scorecard.updateMany({ where: { interview: { applicationId: { in: appIds } } }, data: { privateNote: null } });
    await tx.application.updateMany({ where: { id: { in: appIds } }, data: { decisionRationale: null } });
    // Withdrawn, not deleted: the ratings stay for calibration, but nobody is chased to score an erased person.
    await tx.application.updateMany({ where: { id: { in: active } }, data: { status: "WITHDRAWN" } });
    for (const id of active) await recordAudit({ actorId: user.id, action: "application.moved", entityType: "Application", entityId: id, data: { fromStatus: "ACTIVE", toStatus: "WITHDRAWN", reason: "candidate erased" } }, tx);
    await recordAudit({ actorId: user.id, action: "candidate.erased", entityType: "Candidate", entityId: candidateId, data: { applications: appIds.length, withdrawn: active.length } }, tx);
    return { ok: true as const };
  });
}
