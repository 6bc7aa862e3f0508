// Saving and publishing a role's interview plan. Stages already used by interviews are
// updated in place, never deleted, so no scorecard loses its stage. A published plan stays
// published only while it covers every targeted domain: saving a draft unpublishes it.
import "server-only";
import { forbidden, invalid, notFound, refused, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { canEditRole } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { planSchema, type StageInput } from "../validation/plan";
import { planCoverage } from "./coverage";
import {
  bankQuestion,
  inUseText,
  keepQuestionOrder,
  planReferenceProblem,
  stageInterviewerIds,
  stageInUse,
} from "./plan-rules";

/** Coverage of the role's saved plan, over the domains of the role's own matrix version. */
export async function coverageOf(tx: Tx, roleId: string) {
  const role = await tx.role.findUniqueOrThrow({
    where: { id: roleId },
    include: { targets: true, stages: { include: { domains: true, interviewers: true } } },
  });
  const domains = await tx.matrixVersionDomain.findMany({
    where: { versionId: role.matrixVersionId },
    orderBy: { position: "asc" },
  });
  return planCoverage(
    domains.map((d) => ({
      domainId: d.domainId,
      name: d.shortName,
      level: role.targets.find((t) => t.domainId === d.domainId)?.level ?? 0,
    })),
    role.stages.map((s) => ({
      id: s.id,
      name: s.name,
      domainIds: s.domains.map((d) => d.domainId),
      interviewerIds: s.interviewers.map((i) => i.userId),
    })),
  );
}

/** `stageIds` in the order sent, so the form can keep editing the stages it just created. */
type PlanSaved = { version: number; published: boolean; unpublished: boolean; stageIds: string[] };

/** Every id the stages refer to must belong to this role: its version's domains, its team, live questions. */
async function referenceProblem(
  tx: Tx,
  role: {
    matrixVersionId: string;
    ownerId: string;
    members: { userId: string; function: "INTERVIEWER" | "RECRUITER" }[];
  },
  stages: StageInput[],
) {
  const teamIds = [role.ownerId, ...role.members.map((m) => m.userId)];
  // One after another: a transaction is one connection, and pg refuses overlapping queries on one
  // (a deprecation warning now, an error from pg 9).
  const domains = await tx.matrixVersionDomain.findMany({
    where: { versionId: role.matrixVersionId },
    select: { domainId: true, shortName: true },
  });
  const people = await tx.user.findMany({
    where: { id: { in: teamIds } },
    select: { id: true, name: true, active: true },
  });
  const questions = await tx.question.findMany({
    where: { id: { in: [...new Set(stages.flatMap((s) => s.questionIds))] } },
    select: { id: true, domainId: true, level: true, prompt: true, retiredAt: true },
  });
  const name = (id: string) => people.find((p) => p.id === id)?.name ?? "Someone";
  return planReferenceProblem(stages, {
    domains: domains.map((d) => ({ domainId: d.domainId, name: d.shortName })),
    interviewerIds: stageInterviewerIds(role),
    people: [
      { id: role.ownerId, name: name(role.ownerId), function: "OWNER" as const },
      ...role.members
        .filter((m) => m.userId !== role.ownerId)
        .map((m) => ({ id: m.userId, name: name(m.userId), function: m.function })),
    ].map((p) => ({ ...p, active: people.find((x) => x.id === p.id)?.active ?? false })),
    questions: questions.map(bankQuestion),
  });
}

export async function savePlan(
  actor: CurrentUser,
  roleId: string,
  expectedVersion: number,
  raw: unknown,
  publish: boolean,
): Promise<ActionResult<PlanSaved>> {
  const parsed = planSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { stages } = parsed.data;
  return db
    .$transaction(async (tx) => {
      const role = await tx.role.findUnique({
        where: { id: roleId },
        include: {
          members: true,
          stages: {
            orderBy: { position: "asc" },
            include: {
              _count: { select: { interviews: true, applications: true, enteredApplications: true } },
              domains: true,
              interviewers: true,
              questions: { orderBy: { position: "asc" } },
            },
          },
        },
      });
      if (!role) return notFound("That role");
      if (!canEditRole(actor, role))
        return forbidden("Only the role's owner (or an admin) can change its interview plan.");
      const problem = await referenceProblem(tx, role, stages);
      if (problem) return refused(problem.message, problem.path);
      const cas = await tx.role.updateMany({
        where: { id: roleId, version: expectedVersion },
        data: { version: { increment: 1 } },
      });
      if (cas.count === 0)
        return {
          ok: false as const,
          kind: "locked" as const,
          message: "The role changed meanwhile. Reload to see the latest plan; nothing was saved.",
        };

      const keep = new Set(stages.map((s) => s.id).filter(Boolean));
      const removed = role.stages.filter((s) => !keep.has(s.id));
      // A stage in use keeps its interviews, the candidates at it and the funnel's record of where
      // candidates entered (both foreign keys would be set to null): rename it instead.
      const inUse = removed.find((s) => stageInUse(s._count));
      if (inUse)
        throw new PlanError(
          `Stage “${inUse.name}” has ${inUseText(inUse._count)} and can't be removed; rename it instead.`,
        );
      await tx.interviewStage.deleteMany({ where: { id: { in: removed.map((s) => s.id) } } });
      const stageIds: string[] = [];
      const storedQuestionIds: string[][] = [];
      for (const [position, s] of stages.entries()) {
        const data = { name: s.name, kind: s.kind, durationMinutes: s.durationMinutes, position };
        const stageId =
          s.id && role.stages.some((x) => x.id === s.id)
            ? (await tx.interviewStage.update({ where: { id: s.id }, data })).id
            : (await tx.interviewStage.create({ data: { ...data, roleId } })).id;
        stageIds.push(stageId);
        await tx.stageDomain.deleteMany({ where: { stageId } });
        await tx.stageDomain.createMany({ data: [...new Set(s.domainIds)].map((domainId) => ({ stageId, domainId })) });
        await tx.stageInterviewer.deleteMany({ where: { stageId } });
        await tx.stageInterviewer.createMany({
          data: [...new Set(s.interviewerIds)].map((userId) => ({ stageId, userId })),
        });
        await tx.stageQuestion.deleteMany({ where: { stageId } });
        const stored = role.stages.find((x) => x.id === stageId)?.questions.map((q) => q.questionId) ?? [];
        const questionIds = keepQuestionOrder(stored, s.questionIds);
        storedQuestionIds.push(questionIds);
        await tx.stageQuestion.createMany({
          data: questionIds.map((questionId, i) => ({ stageId, questionId, position: i })),
        });
      }
      const coverage = await coverageOf(tx, roleId);
      if (publish && !coverage.publishable) {
        throw new PlanError(
          `The plan can't be published: ${coverage.uncovered.map((u) => u.name).join(", ")} ${coverage.uncovered.length === 1 ? "is" : "are"} not covered by any stage.`,
        );
      }
      // A draft save may leave the plan uncovered, so it takes the plan out of publication.
      const unpublished = !publish && role.planPublishedAt != null;
      await tx.role.update({ where: { id: roleId }, data: { planPublishedAt: publish ? new Date() : null } });
      // Who judges what, before and after: the audit answers "who removed X from the system design stage?".
      const before = role.stages.map((s) =>
        auditStage(
          s.id,
          s,
          s.domains.map((d) => d.domainId),
          s.interviewers.map((i) => i.userId),
          s.questions.map((q) => q.questionId),
        ),
      );
      // The questions in the order stored (keepQuestionOrder), not as the form listed them: the
      // form's order put a reordering that never happened into every save's audit entry.
      const after = stages.map((s, i) =>
        auditStage(stageIds[i]!, s, s.domainIds, s.interviewerIds, storedQuestionIds[i]!),
      );
      await recordAudit(
        {
          actorId: actor.id,
          action: publish ? "plan.published" : "plan.saved",
          entityType: "Role",
          entityId: roleId,
          data: { stageCount: stages.length, unpublished, before, after },
        },
        tx,
      );
      return { ok: true as const, version: expectedVersion + 1, published: publish, unpublished, stageIds };
    })
    .catch((e: unknown) => {
      // Thrown inside the transaction so everything rolls back; answered as a 4xx-style result.
      if (e instanceof PlanError) return refused(e.message);
      throw e;
    });
}

class PlanError extends Error {}

// Every field the plan editor edits, so the before/after shows any change (a duration too).
type StageFields = { name: string; kind: string; durationMinutes: number };
const auditStage = (
  id: string,
  f: StageFields,
  domainIds: string[],
  interviewerIds: string[],
  questionIds: string[],
) => ({
  id,
  name: f.name,
  kind: f.kind,
  durationMinutes: f.durationMinutes,
  // Sets, sorted: an untouched stage reads the same before and after (questions keep their order).
  domainIds: [...new Set(domainIds)].sort(),
  interviewerIds: [...new Set(interviewerIds)].sort(),
  questionIds: [...new Set(questionIds)],
});
