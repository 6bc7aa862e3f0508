// Saving and publishing a role's interview plan. Stages already used by interviews are
// updated in place, never deleted, so no scorecard loses its stage.
import "server-only";
import { forbidden, invalid, notFound, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { canEditRole } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { planSchema } from "../validation/plan";
import { planCoverage } from "./coverage";

async function coverageOf(tx: Tx, roleId: string) {
  const role = await tx.role.findUniqueOrThrow({
    where: { id: roleId },
    include: { targets: true, stages: { include: { domains: true, interviewers: true } } },
  });
  const names = await tx.matrixVersionDomain.findMany({ where: { versionId: role.matrixVersionId } });
  return planCoverage(
    role.targets.map((t) => ({ domainId: t.domainId, name: names.find((n) => n.domainId === t.domainId)?.shortName ?? t.domainId, level: t.level })),
    role.stages.map((s) => ({ id: s.id, name: s.name, domainIds: s.domains.map((d) => d.domainId), interviewerIds: s.interviewers.map((i) => i.userId) })),
  );
}

export async function savePlan(actor: CurrentUser, roleId: string, expectedVersion: number, raw: unknown, publish: boolean): Promise<ActionResult<{ version: number; published: boolean }>> {
  const parsed = planSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { stages } = parsed.data;
  return db.$transaction(async (tx) => {
    const role = await tx.role.findUnique({ where: { id: roleId }, include: { members: true, stages: { include: { _count: { select: { interviews: true } } } } } });
    if (!role) return notFound("That role");
    if (!canEditRole(actor, role)) return forbidden("Only the role's owner (or an admin) can change its interview plan.");
    const cas = await tx.role.updateMany({ where: { id: roleId, version: expectedVersion }, data: { version: { increment: 1 } } });
    if (cas.count === 0) return { ok: false as const, kind: "locked" as const, message: "The role changed meanwhile. Reload to see the latest plan; nothing was saved." };

    const team = new Set([role.ownerId, ...role.members.map((m) => m.userId)]);
    if (stages.some((s) => s.interviewerIds.some((id) => !team.has(id)))) {
      throw new PlanError("Interviewers must be on the role's hiring team (add them on the role first).");
    }
    const keep = new Set(stages.map((s) => s.id).filter(Boolean));
    const removed = role.stages.filter((s) => !keep.has(s.id));
    if (removed.some((s) => s._count.interviews > 0)) throw new PlanError(`Stage “${removed.find((s) => s._count.interviews > 0)!.name}” has interviews and can't be removed; rename it instead.`);
    await tx.interviewStage.deleteMany({ where: { id: { in: removed.map((s) => s.id) } } });
    for (const [position, s] of stages.entries()) {
      const data = { name: s.name, kind: s.kind, durationMinutes: s.durationMinutes, position };
      const stageId = s.id && role.stages.some((x) => x.id === s.id) ? (await tx.interviewStage.update({ where: { id: s.id }, data })).id : (await tx.interviewStage.create({ data: { ...data, roleId } })).id;
      await tx.stageDomain.deleteMany({ where: { stageId } });
      await tx.stageDomain.createMany({ data: [...new Set(s.domainIds)].map((domainId) => ({ stageId, domainId })) });
      await tx.stageInterviewer.deleteMany({ where: { stageId } });
      await tx.stageInterviewer.createMany({ data: [...new Set(s.interviewerIds)].map((userId) => ({ stageId, userId })) });
      await tx.stageQuestion.deleteMany({ where: { stageId } });
      await tx.stageQuestion.createMany({ data: [...new Set(s.questionIds)].map((questionId, i) => ({ stageId, questionId, position: i })) });
    }
    const coverage = await coverageOf(tx, roleId);
    if (publish && !coverage.publishable) {
      throw new PlanError(`The plan can't be published: ${coverage.uncovered.map((u) => u.name).join(", ")} ${coverage.uncovered.length === 1 ? "is" : "are"} not covered by any stage.`);
    }
    if (publish) await tx.role.update({ where: { id: roleId }, data: { planPublishedAt: new Date() } });
    await recordAudit({ actorId: actor.id, action: publish ? "plan.published" : "plan.saved", entityType: "Role", entityId: roleId, data: { stages: stages.length } }, tx);
    return { ok: true as const, version: expectedVersion + 1, published: publish };
  }).catch((e: unknown) => {
    // Thrown inside the transaction so everything rolls back; answered as a 4xx-style result.
    if (e instanceof PlanError) return { ok: false as const, kind: "invalid" as const, message: e.message, fieldErrors: {} };
    throw e;
  });
}

class PlanError extends Error {}
