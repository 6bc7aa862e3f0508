import "server-only";
import { canDecideOnCandidates, canManagePipeline, canViewRole, opensRoleApplications } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { Page } from "../paging/cursor";
import { keysetTablePage, type KeyPart } from "../paging/keyset";
import { limitRules } from "../rate-limit/limits";
import { reminderState } from "../reminders/schedule";
import { NO_INTERVIEWS, NOT_STARTED } from "../validation/list-params";

/** An interview of the application whose scorecard isn't submitted yet, and why it is outstanding. */
export type Waiting = {
  interviewId: string;
  interviewer: string;
  stage: string;
  state: "overdue" | "not scheduled";
  /** Held over an hour ago: the scorecard is due, so its interviewer may be nudged. */
  due: boolean;
  /** Minutes since someone last nudged this interviewer by hand, if within the hour a nudge holds for. */
  nudgedMinutesAgo: number | null;
  /** The viewer's own scorecard: the board links it instead of offering to nudge them. */
  mine: boolean;
};
type InterviewRow = {
  id: string;
  interviewerId?: string;
  scheduledAt: Date | null;
  interviewer: { name: string };
  stage: { name: string; position: number };
  scorecards: { status: string }[];
  /** The latest hand-sent reminder, if any. */
  reminders?: { sentAt: Date }[];
};

/** How long a nudge holds per interview (the nudgeInterview limit): the board says so instead of offering another. */
const nudgeHoldsMs = () => limitRules().nudgeInterview.seconds * 1000;
const recentNudge = (i: InterviewRow, now: Date) => {
  const at = i.reminders?.[0]?.sentAt;
  const ago = at ? now.getTime() - at.getTime() : null;
  return ago !== null && ago < nudgeHoldsMs() ? Math.max(0, Math.floor(ago / 60_000)) : null;
};

/**
 * Who a candidate is waiting on: every interview of the application without a submitted
 * scorecard, at any stage: held already ("overdue") or never scheduled ("not scheduled").
 * Interviews still ahead are counted, not chased. Pure, for the tests.
 */
export function waitingOn(
  interviews: InterviewRow[],
  now: Date,
  viewerId?: string,
): { waitingOn: Waiting[]; upcoming: number } {
  const open = interviews
    .filter((i) => !i.scorecards.some((s) => s.status === "SUBMITTED"))
    .sort((a, b) => a.stage.position - b.stage.position || a.interviewer.name.localeCompare(b.interviewer.name));
  return {
    waitingOn: open.flatMap((i): Waiting[] => {
      const who = {
        interviewId: i.id,
        interviewer: i.interviewer.name,
        stage: i.stage.name,
        mine: viewerId !== undefined && i.interviewerId === viewerId,
      };
      if (i.scheduledAt === null) return [{ ...who, state: "not scheduled", due: false, nudgedMinutesAgo: null }];
      if (i.scheduledAt >= now) return [];
      const due = reminderState(i.scheduledAt, false, now) !== "not-due";
      return [{ ...who, state: "overdue", due, nudgedMinutesAgo: recentNudge(i, now) }];
    }),
    upcoming: open.filter((i) => i.scheduledAt !== null && i.scheduledAt >= now).length,
  };
}

/** Cards per column on the board; the rest of a stage is one link away (the stage's paged list). */
export const CARDS_PER_COLUMN = 20;

/** Oldest in stage first: the candidates who have waited longest lead each column. */
const STAGE_ORDER: readonly KeyPart[] = [
  { field: "stageEnteredAt", order: "asc", type: "date" },
  { field: "id", order: "asc", type: "string" },
];
const cardFields = {
  id: true,
  stageEnteredAt: true,
  currentStageId: true,
  candidate: { select: { name: true } },
} satisfies Prisma.ApplicationSelect;
type CardRow = Prisma.ApplicationGetPayload<{ select: typeof cardFields }>;

export type BoardCard = {
  id: string;
  name: string;
  stageId: string | null;
  daysInStage: number;
  interviews: number;
  interviewsAtStage: number;
} & ReturnType<typeof waitingOn>;
export type BoardColumn = { id: string | null; name: string; count: number; cards: BoardCard[] };
export type Board = {
  role: { id: string; title: string };
  columns: BoardColumn[];
  /** One stage's page, or (id NO_INTERVIEWS) the active candidates without any interview. */
  stage: { id: string | null; name: string; page: Page<BoardCard> } | null;
  /** Active candidates without any interview yet. */
  withoutInterviews: number;
  /** May move candidates, reject and nudge (canManagePipeline); may record a hire (canDecideOnCandidates). */
  canManage: boolean;
  /** May open the candidates' pages (opensRoleApplications): else the cards name them without a link. */
  canOpen: boolean;
  canHire: boolean;
};

/** Turns application rows into cards, reading the interviews of these applications only. */
async function toCards(rows: CardRow[], now: Date, viewerId: string): Promise<BoardCard[]> {
  const interviews = rows.length
    ? await db.interview.findMany({
        relationLoadStrategy: "join", // one statement, not one per relation
        where: { applicationId: { in: rows.map((r) => r.id) } },
        select: {
          id: true,
          applicationId: true,
          scheduledAt: true,
          stageId: true,
          interviewerId: true,
          interviewer: { select: { name: true } },
          stage: { select: { name: true, position: true } },
          scorecards: { where: { status: "SUBMITTED" }, select: { status: true }, take: 1 },
          reminders: { where: { channel: "nudge" }, orderBy: { sentAt: "desc" }, select: { sentAt: true }, take: 1 },
        },
      })
    : [];
  const byApp = new Map<string, typeof interviews>();
  for (const i of interviews) byApp.set(i.applicationId, [...(byApp.get(i.applicationId) ?? []), i]);
  const day = 24 * 3600 * 1000;
  return rows.map((a) => ({
    id: a.id,
    name: a.candidate.name,
    stageId: a.currentStageId,
    daysInStage: Math.floor((now.getTime() - a.stageEnteredAt.getTime()) / day),
    interviews: byApp.get(a.id)?.length ?? 0,
    // None at the stage they are in (say, cancelled when they were closed, then reopened).
    interviewsAtStage: (byApp.get(a.id) ?? []).filter((i) => i.stageId === a.currentStageId).length,
    ...waitingOn(byApp.get(a.id) ?? [], now, viewerId),
  }));
}

/**
 * One role's pipeline by stage: how many active candidates each stage holds (one grouped query),
 * the CARDS_PER_COLUMN who have been there longest, for how long, and whose scorecard each is
 * waiting on. With `stage` (a stage id of the role, or NOT_STARTED) that stage's active
 * candidates as a keyset page instead of the cards (columns then carry counts only). Null if the
 * role is missing or not visible to the user.
 */
export async function pipelineBoard(
  user: CurrentUser,
  roleId: string,
  opts: { now?: Date; stage?: string; after?: string; before?: string; size?: number; perColumn?: number } = {},
): Promise<Board | null> {
  const now = opts.now ?? new Date();
  const role = await db.role.findUnique({
    relationLoadStrategy: "join",
    where: { id: roleId },
    select: {
      id: true,
      title: true,
      ownerId: true,
      members: { select: { userId: true, function: true } },
      stages: { orderBy: { position: "asc" }, select: { id: true, name: true } },
    },
  });
  if (!role || !canViewRole(user, role)) return null;
  const active = { roleId: role.id, status: "ACTIVE" } as const;
  const noInterviews = { ...active, interviews: { none: {} } } as const;
  const [counts, withoutInterviews] = await Promise.all([
    db.application.groupBy({ by: ["currentStageId"], where: active, _count: { _all: true } }),
    db.application.count({ where: noInterviews }),
  ]);
  const rights = {
    withoutInterviews,
    canManage: canManagePipeline(user, role),
    canOpen: opensRoleApplications(user, role),
    canHire: canDecideOnCandidates(user, role),
  };
  const countOf = new Map(counts.map((c) => [c.currentStageId, c._count._all]));
  const stages = [
    ...role.stages.map((s) => ({ id: s.id as string | null, name: s.name })),
    { id: null, name: "Not started" },
  ]
    .map((s) => ({ ...s, count: countOf.get(s.id) ?? 0 }))
    .filter((s) => s.id !== null || s.count > 0);

  // One stage in full, a page at a time; an id that isn't one of this role's stages is ignored.
  const chosen =
    opts.stage === NO_INTERVIEWS
      ? { id: NO_INTERVIEWS, name: "Without interviews" }
      : opts.stage === NOT_STARTED
        ? stages.find((s) => s.id === null)
        : stages.find((s) => s.id !== null && s.id === opts.stage);
  if (chosen) {
    const where = chosen.id === NO_INTERVIEWS ? noInterviews : { ...active, currentStageId: chosen.id };
    const page = await keysetTablePage({
      parts: STAGE_ORDER,
      where,
      page: opts,
      count: (q) => db.application.count(q),
      findMany: (q) => db.application.findMany({ ...q, select: cardFields }),
    });
    // The stage's own page replaces the board: the other columns are shown as counts only (no cards).
    const columns: BoardColumn[] = stages.map((s) => ({ ...s, cards: [] }));
    return {
      role: { id: role.id, title: role.title },
      columns,
      stage: { id: chosen.id, name: chosen.name, page: { ...page, rows: await toCards(page.rows, now, user.id) } },
      ...rights,
    };
  }

  const perColumn = opts.perColumn ?? CARDS_PER_COLUMN;
  const columnRows = await Promise.all(
    stages.map((s) =>
      s.count === 0
        ? Promise.resolve([])
        : db.application.findMany({
            relationLoadStrategy: "join",
            where: { ...active, currentStageId: s.id },
            orderBy: [{ stageEnteredAt: "asc" }, { id: "asc" }],
            take: perColumn,
            select: cardFields,
          }),
    ),
  );
  const cards = await toCards(columnRows.flat(), now, user.id);
  const columns: BoardColumn[] = stages.map((s) => ({ ...s, cards: cards.filter((c) => c.stageId === s.id) }));
  return { role: { id: role.id, title: role.title }, columns, stage: null, ...rights };
}
