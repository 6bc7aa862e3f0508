// Candidates on a role: add, schedule interviews from the plan, move between stages,
// reject or withdraw. The role's owner, its recruiters and admins may do this; all audited.
import "server-only";
import { forbidden, invalid, notFound, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { addToRoleSchema, moveSchema, scheduleSchema } from "../validation/application";

async function canManagePipeline(tx: Tx, actor: CurrentUser, roleId: string) {
  if (actor.kind === "ADMIN") return true;
  const role = await tx.role.findUnique({ where: { id: roleId }, select: { ownerId: true, members: { select: { userId: true, function: true } } } });
  if (!role) return false;
  if (actor.kind === "MANAGER") return role.ownerId === actor.id;
  return actor.kind === "RECRUITER";
}

export async function addCandidateToRole(actor: CurrentUser, raw: unknown): Promise<ActionResult<{ applicationId: string; merged: boolean }>> {
  const parsed = addToRoleSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { roleId, candidate } = parsed.data;
  return db.$transaction(async (tx) => {
    if (!(await tx.role.findUnique({ where: { id: roleId } }))) return notFound("That role");
    if (!(await canManagePipeline(tx, actor, roleId))) return forbidden();
    // The same email is the same person: reuse the candidate instead of duplicating them.
    const existing = await tx.candidate.findUnique({ where: { email: candidate.email } });
    const person = existing ?? (await tx.candidate.create({ data: { name: candidate.name, email: candidate.email, source: candidate.source || null, headline: candidate.headline || null } }));
    if (await tx.application.findUnique({ where: { candidateId_roleId: { candidateId: person.id, roleId } } })) {
      return { ok: false as const, kind: "invalid" as const, message: `${person.name} is already a candidate for this role.`, fieldErrors: { "candidate.email": "Already a candidate for this role" } };
    }
    const first = await tx.interviewStage.findFirst({ where: { roleId }, orderBy: { position: "asc" } });
    const app = await tx.application.create({ data: { candidateId: person.id, roleId, currentStageId: first?.id ?? null } });
    await recordAudit({ actorId: actor.id, action: "application.created", entityType: "Application", entityId: app.id, data: { roleId, candidateId: person.id, merged: !!existing } }, tx);
    return { ok: true as const, applicationId: app.id, merged: !!existing };
  });
}

/** Creates one interview per interviewer of the stage (skipping ones that exist). */
export async function scheduleStage(actor: CurrentUser, raw: unknown): Promise<ActionResult<{ created: number }>> {
  const parsed = scheduleSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { applicationId, stageId, scheduledAt } = parsed.data;
  return db.$transaction(async (tx) => {
    const app = await tx.application.findUnique({ where: { id: applicationId } });
    if (!app) return notFound("That candidate");
    if (!(await canManagePipeline(tx, actor, app.roleId))) return forbidden();
    const stage = await tx.interviewStage.findFirst({ where: { id: stageId, roleId: app.roleId }, include: { interviewers: true } });
    if (!stage) return { ok: false as const, kind: "invalid" as const, message: "That stage is not part of this role's plan.", fieldErrors: { stageId: "Not a stage of this role" } };
    if (stage.interviewers.length === 0) return { ok: false as const, kind: "invalid" as const, message: "Assign interviewers to this stage in the plan first.", fieldErrors: {} };
    const when = scheduledAt ? new Date(`${scheduledAt}Z`) : null;
    let created = 0;
    for (const iv of stage.interviewers) {
      const exists = await tx.interview.findUnique({ where: { applicationId_stageId_interviewerId: { applicationId, stageId, interviewerId: iv.userId } } });
      if (exists) {
        if (when) await tx.interview.update({ where: { id: exists.id }, data: { scheduledAt: when } });
        continue;
      }
      await tx.interview.create({ data: { applicationId, stageId, interviewerId: iv.userId, scheduledAt: when } });
      created++;
    }
    await tx.application.update({ where: { id: applicationId }, data: { currentStageId: stageId, ...(app.currentStageId !== stageId ? { stageEnteredAt: new Date() } : {}) } });
    await recordAudit({ actorId: actor.id, action: "interviews.scheduled", entityType: "Application", entityId: applicationId, data: { stageId, created, scheduledAt: when?.toISOString() ?? null } }, tx);
    return { ok: true as const, created };
  });
}

export async function moveApplication(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  const parsed = moveSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { applicationId, stageId, status } = parsed.data;
  return db.$transaction(async (tx) => {
    const app = await tx.application.findUnique({ where: { id: applicationId } });
    if (!app) return notFound("That candidate");
    if (!(await canManagePipeline(tx, actor, app.roleId))) return forbidden();
    if (stageId && !(await tx.interviewStage.findFirst({ where: { id: stageId, roleId: app.roleId } }))) return { ok: false as const, kind: "invalid" as const, message: "That stage is not part of this role's plan.", fieldErrors: {} };
    await tx.application.update({
      where: { id: applicationId },
      data: { ...(stageId && stageId !== app.currentStageId ? { currentStageId: stageId, stageEnteredAt: new Date() } : {}), ...(status ? { status } : {}) },
    });
    await recordAudit({ actorId: actor.id, action: "application.moved", entityType: "Application", entityId: applicationId, data: { fromStage: app.currentStageId, toStage: stageId ?? app.currentStageId, fromStatus: app.status, toStatus: status ?? app.status } }, tx);
    return { ok: true as const };
  });
}
