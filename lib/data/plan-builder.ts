import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { qualifiedDomainsOf } from "../readiness/queries";
import { bankQuestion, inUseText, stageInterviewerIds, stageInUse } from "../roles/plan-rules";
import { retiredDomainNames } from "./retired-domains";
import { roleDetail } from "./roles";

export async function planBuilderData(user: CurrentUser, roleId: string) {
  const detail = await roleDetail(user, roleId);
  if (!detail) return null;
  const { role, targets } = detail;
  const teamIds = stageInterviewerIds(role);
  const onStages = role.stages.flatMap((s) => s.interviewers.map((i) => i.userId));
  const chosenQuestions = role.stages.flatMap((s) => s.questions.map((q) => q.questionId));
  const [people, questions, stageUse] = await Promise.all([
    db.user.findMany({
      where: { id: { in: [...new Set([...teamIds, ...onStages])] } },
      select: { id: true, name: true, active: true },
      orderBy: { name: "asc" },
    }),
    // Retired questions only when a stage still uses them, so the manager can untick them.
    db.question.findMany({
      where: {
        domainId: { in: targets.map((t) => t.domainId) },
        OR: [{ retiredAt: null }, { id: { in: chosenQuestions } }],
      },
      orderBy: [{ level: "asc" }, { createdAt: "asc" }],
      select: { id: true, domainId: true, level: true, prompt: true, retiredAt: true },
    }),
    // A stage in use can't be removed (the plan service refuses it): the form says so first.
    db.interviewStage.findMany({
      where: { roleId: role.id },
      select: { id: true, _count: { select: { interviews: true, applications: true, enteredApplications: true } } },
    }),
  ]);
  // Someone already on a stage but no longer eligible is listed (flagged) so they can be unticked.
  const team = people
    .filter((p) => (teamIds.includes(p.id) && p.active) || onStages.includes(p.id))
    .map((p) => ({
      id: p.id,
      name: p.name,
      note: !teamIds.includes(p.id) ? "not an interviewer on this role" : !p.active ? "deactivated" : null,
    }));
  // Who may rate which domain (lib/readiness): the plan editor warns about a stage rated only by people not yet qualified.
  const qualified = await qualifiedDomainsOf(team.map((p) => p.id));
  // A stage's focus on a domain the role's matrix version no longer has (retired; the role moved
  // to that version), and its questions there, are not in the form: no box to untick, no name for
  // the readiness warning. Said once above the stages; saving the plan then drops them.
  const inVersion = new Set(targets.map((t) => t.domainId));
  const offered = new Set(questions.map((q) => q.id));
  const stages = role.stages.map((s) => ({
    stage: s,
    domainIds: s.domains.map((d) => d.domainId).filter((id) => inVersion.has(id)),
    questionIds: s.questions.map((q) => q.questionId).filter((id) => offered.has(id)),
    retiredDomainIds: s.domains.map((d) => d.domainId).filter((id) => !inVersion.has(id)),
  }));
  const retiredName = await retiredDomainNames(stages.flatMap((s) => s.retiredDomainIds));
  return {
    userId: user.id,
    qualified,
    role: {
      id: role.id,
      title: role.title,
      version: role.version,
      planPublishedAt: role.planPublishedAt?.toISOString() ?? null,
    },
    canEdit: detail.canEdit,
    targets: targets.map((t) => ({ domainId: t.domainId, name: t.name, level: t.level })),
    team,
    questions: questions.map(bankQuestion),
    matrixVersion: role.matrixVersion.number,
    /** Stages in use, by id: what keeps each from being removed. */
    stagesInUse: Object.fromEntries(
      stageUse.filter((s) => stageInUse(s._count)).map((s) => [s.id, inUseText(s._count)]),
    ) as Record<string, string>,
    stages: stages.map(({ stage: s, domainIds, questionIds }) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      durationMinutes: s.durationMinutes,
      domainIds,
      interviewerIds: s.interviewers.map((i) => i.userId),
      questionIds,
    })),
    leftOut: stages
      .filter((s) => s.retiredDomainIds.length || s.questionIds.length < s.stage.questions.length)
      .map((s) => ({
        stage: s.stage.name,
        domains: s.retiredDomainIds.map(retiredName),
        questions: s.stage.questions.length - s.questionIds.length,
      })),
  };
}
export type PlanBuilderData = NonNullable<Awaited<ReturnType<typeof planBuilderData>>>;
