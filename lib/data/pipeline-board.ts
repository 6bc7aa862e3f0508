import "server-only";
import { canViewRole } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";

/** An interview of the application whose scorecard isn't submitted yet, and why it is outstanding. */
export type Waiting = { interviewer: string; stage: string; state: "overdue" | "not scheduled" };
type InterviewRow = { scheduledAt: Date | null; interviewer: { name: string }; stage: { name: string; position: number }; scorecards: { status: string }[] };

/**
 * Who a candidate is waiting on: every interview of the application without a submitted
 * scorecard, at any stage: held already ("overdue") or never scheduled ("not scheduled").
 * Interviews still ahead are counted, not chased. Pure, for the tests.
 */
export function waitingOn(interviews: InterviewRow[], now: Date): { waitingOn: Waiting[]; upcoming: number } {
  const open = interviews.filter((i) => !i.scorecards.some((s) => s.status === "SUBMITTED")).sort((a, b) => a.stage.position - b.stage.position || a.interviewer.name.localeCompare(b.interviewer.name));
  return {
    waitingOn: open.flatMap((i): Waiting[] => (i.scheduledAt === null ? [{ interviewer: i.interviewer.name, stage: i.stage.name, state: "not scheduled" }] : i.scheduledAt < now ? [{ interviewer: i.interviewer.name, stage: i.stage.name, state: "overdue" }] : [])),
    upcoming: open.filter((i) => i.scheduledAt !== null && i.scheduledAt >= now).length,
  };
}

/** One role's pipeline by stage: who is where, for how long, and whose scorecard is outstanding. Null if not visible. */
export async function pipelineBoard(user: CurrentUser, roleId: string, now = new Date()) {
  const role = await db.role.findUnique({
    where: { id: roleId },
    include: {
      members: true,
      stages: { orderBy: { position: "asc" }, select: { id: true, name: true } },
      applications: {
        where: { status: "ACTIVE" },
        include: {
          candidate: { select: { name: true } },
          interviews: { select: { scheduledAt: true, interviewer: { select: { name: true } }, stage: { select: { name: true, position: true } }, scorecards: { select: { status: true } } } },
        },
      },
    },
  });
  if (!role || !canViewRole(user, role)) return null;
  const day = 24 * 3600 * 1000;
  const cards = role.applications.map((a) => ({
    id: a.id,
    name: a.candidate.name,
    stageId: a.currentStageId,
    daysInStage: Math.floor((now.getTime() - a.stageEnteredAt.getTime()) / day),
    ...waitingOn(a.interviews, now),
  }));
  const columns = [...role.stages.map((s) => ({ id: s.id as string | null, name: s.name })), { id: null, name: "Not started" }]
    .map((col) => ({ ...col, cards: cards.filter((c) => c.stageId === col.id) }))
    .filter((col) => col.id !== null || col.cards.length > 0);
  return { role: { id: role.id, title: role.title }, columns };
}
