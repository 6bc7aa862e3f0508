import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { roleDetail } from "./roles";

export async function planBuilderData(user: CurrentUser, roleId: string) {
  const detail = await roleDetail(user, roleId);
  if (!detail) return null;
  const { role, targets } = detail;
  const teamIds = [role.ownerId, ...role.members.filter((m) => m.function === "INTERVIEWER").map((m) => m.userId)];
  const [team, questions] = await Promise.all([
    db.user.findMany({ where: { id: { in: teamIds }, active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.question.findMany({ where: { retiredAt: null }, orderBy: [{ level: "asc" }, { createdAt: "asc" }], select: { id: true, domainId: true, level: true, prompt: true } }),
  ]);
  return {
    role: { id: role.id, title: role.title, version: role.version, planPublishedAt: role.planPublishedAt?.toISOString() ?? null },
    canEdit: detail.canEdit,
    targets: targets.map((t) => ({ domainId: t.domainId, name: t.name, level: t.level })),
    team,
    questions,
    stages: role.stages.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      durationMinutes: s.durationMinutes,
      domainIds: s.domains.map((d) => d.domainId),
      interviewerIds: s.interviewers.map((i) => i.userId),
      questionIds: s.questions.map((q) => q.questionId),
    })),
  };
}
export type PlanBuilderData = NonNullable<Awaited<ReturnType<typeof planBuilderData>>>;
