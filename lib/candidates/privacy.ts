// Data requests about a candidate: export everything held (JSON) and erase personal data.
// Erasure anonymises in place: ratings stay for calibration, words that could identify
// the person (name, contact, evidence text, notes) are removed. Recruiters and admins only.
import "server-only";
import { forbidden, notFound, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";

const allowed = (u: CurrentUser) => u.kind === "RECRUITER" || u.kind === "ADMIN";
export const ERASED_NAME = "Erased candidate";
export const ERASED_TEXT = "[erased on request]";

export async function exportCandidate(user: CurrentUser, candidateId: string) {
  if (!allowed(user)) return null;
  const candidate = await db.candidate.findUnique({
    where: { id: candidateId },
    include: {
      applications: {
        include: {
          role: { select: { id: true, title: true } },
          currentStage: { select: { name: true } },
          interviews: { include: { stage: { select: { name: true } }, interviewer: { select: { name: true } }, scorecards: { where: { status: "SUBMITTED" }, include: { scores: true } } } },
        },
      },
    },
  });
  if (!candidate) return null;
  const audit = await db.auditEvent.findMany({ where: { OR: [{ entityType: "Candidate", entityId: candidateId }, { entityType: "Application", entityId: { in: candidate.applications.map((a) => a.id) } }] }, orderBy: { at: "asc" } });
  await recordAudit({ actorId: user.id, action: "candidate.exported", entityType: "Candidate", entityId: candidateId });
  return { exportedAt: new Date().toISOString(), candidate, auditTrail: audit.map((a) => ({ ...a, id: a.id.toString() })) };
}

export async function eraseCandidate(user: CurrentUser, candidateId: string): Promise<ActionResult<object>> {
  if (!allowed(user)) return forbidden("Only recruiters and admins can erase a candidate.");
  return db.$transaction(async (tx) => {
    const candidate = await tx.candidate.findUnique({ where: { id: candidateId }, include: { applications: { select: { id: true } } } });
    if (!candidate) return notFound("That candidate");
    if (candidate.erasedAt) return { ok: true as const };
    const appIds = candidate.applications.map((a) => a.id);
    await tx.candidate.update({ where: { id: candidateId }, data: { name: ERASED_NAME, email: null, phone: null, headline: null, source: null, erasedAt: new Date() } });
    await tx.domainScore.updateMany({ where: { scorecard: { interview: { applicationId: { in: appIds } } }, evidence: { not: "" } }, data: { evidence: ERASED_TEXT } });
    await tx.scorecard.updateMany({ where: { interview: { applicationId: { in: appIds } } }, data: { privateNote: null } });
    await tx.application.updateMany({ where: { id: { in: appIds } }, data: { decisionRationale: null } });
    await recordAudit({ actorId: user.id, action: "candidate.erased", entityType: "Candidate", entityId: candidateId, data: { applications: appIds.length } }, tx);
    return { ok: true as const };
  });
}
