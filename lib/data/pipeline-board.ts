import "server-only";
import { db } from "../db";

/** One role's pipeline by stage: who is where, for how long, and whose scorecard is outstanding. */
export async function pipelineBoard(roleId: string, now = new Date()) {
  const role = await db.role.findUnique({
    where: { id: roleId },
    include: {
      stages: { orderBy: { position: "asc" }, select: { id: true, name: true } },
      applications: {
        where: { status: "ACTIVE" },
        include: {
          candidate: { select: { name: true } },
          interviews: { select: { stageId: true, scheduledAt: true, interviewer: { select: { name: true } }, scorecards: { select: { status: true } } } },
        },
      },
    },
  });
  if (!role) return null;
  const day = 24 * 3600 * 1000;
  const cards = role.applications.map((a) => ({
    id: a.id,
    name: a.candidate.name,
    stageId: a.currentStageId,
    daysInStage: Math.floor((now.getTime() - a.stageEnteredAt.getTime()) / day),
    waitingOn: a.interviews
      .filter((i) => i.stageId === a.currentStageId && !i.scorecards.some((s) => s.status === "SUBMITTED") && i.scheduledAt && i.scheduledAt < now)
      .map((i) => i.interviewer.name),
    upcoming: a.interviews.filter((i) => i.stageId === a.currentStageId && i.scheduledAt && i.scheduledAt >= now).length,
  }));
  const columns = [...role.stages.map((s) => ({ id: s.id as string | null, name: s.name })), { id: null, name: "Not started" }]
    .map((col) => ({ ...col, cards: cards.filter((c) => c.stageId === col.id) }))
    .filter((col) => col.id !== null || col.cards.length > 0);
  return { role: { id: role.id, title: role.title }, columns };
}
