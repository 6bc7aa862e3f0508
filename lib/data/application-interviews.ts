import "server-only";
import {
  canManagePipeline,
  canOpenApplication,
  canReadInterviewCalendar,
  interviewListScope,
} from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { reminderState } from "../reminders/schedule";

/** A candidate has a handful of interviews; past this many the list says it shows the first ones. */
export const INTERVIEW_LIST_LIMIT = 100;

/** "closed": the application closed before this scorecard was submitted; it can no longer be. */
export type ScorecardState = "submitted" | "draft" | "due" | "not started" | "closed";
export type InterviewListRow = {
  id: string;
  stage: string;
  interviewer: string;
  /** Whose interview it is (the scheduling form reads their weekly load by it). */
  interviewerId: string;
  scheduledAt: Date | null;
  /** The interviewer's scorecard: its status only, never its content. */
  scorecard: ScorecardState;
  submittedAt: Date | null;
  /** The interviewer has a scorecard on it (draft or submitted): it can be rescheduled, not cancelled. */
  started: boolean;
  lastReminder: { sentAt: Date; byHand: boolean } | null;
  mine: boolean;
  canDownload: boolean;
};

/**
 * A candidate's interviews on one application (stage, interviewer, time, scorecard status,
 * last reminder) as `user` may see them: every interview for the hiring leads and managers,
 * only their own for anyone else (interviewListScope). The scope is the query's `where`, and no
 * scorecard content is selected. Null when the user may not open the application.
 */
export async function applicationInterviews(user: CurrentUser, applicationId: string, now = new Date()) {
  const app = await db.application.findUnique({
    relationLoadStrategy: "join",
    where: { id: applicationId },
    select: {
      status: true,
      role: { select: { ownerId: true, members: { select: { userId: true, function: true } } } },
      _count: { select: { interviews: { where: { interviewerId: user.id } } } },
    },
  });
  if (!app || !canOpenApplication(user, { role: app.role, viewerInterviews: app._count.interviews })) return null;
  const scope = interviewListScope(user, app.role);
  const where = { applicationId, ...(scope === "own" ? { interviewerId: user.id } : {}) };
  const [rows, total] = await Promise.all([
    db.interview.findMany({
      // One statement: Prisma's default here was five (interviews, then stages, interviewers,
      // scorecards and reminders each by id list), each a round trip on every candidate page.
      relationLoadStrategy: "join",
      where,
      orderBy: [{ stage: { position: "asc" } }, { scheduledAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      take: INTERVIEW_LIST_LIMIT,
      select: {
        id: true,
        interviewerId: true,
        scheduledAt: true,
        stage: { select: { name: true } },
        interviewer: { select: { name: true } },
        // The interviewer's own scorecard on it (one per interview and interviewer): status and time only.
        scorecards: { select: { interviewerId: true, status: true, submittedAt: true } },
        reminders: { orderBy: { sentAt: "desc" }, take: 1, select: { sentAt: true, channel: true } },
      },
    }),
    db.interview.count({ where }),
  ]);
  const open = app.status === "ACTIVE";
  const list: InterviewListRow[] = rows.map((r) => {
    const card = r.scorecards.find((s) => s.interviewerId === r.interviewerId);
    const submitted = card?.status === "SUBMITTED";
    const state = reminderState(r.scheduledAt, submitted, now);
    return {
      id: r.id,
      stage: r.stage.name,
      interviewer: r.interviewer.name,
      interviewerId: r.interviewerId,
      scheduledAt: r.scheduledAt,
      scorecard: submitted
        ? "submitted"
        : !open
          ? "closed"
          : state === "due" || state === "expired"
            ? "due"
            : card
              ? "draft"
              : "not started",
      submittedAt: submitted ? (card?.submittedAt ?? null) : null,
      started: !!card,
      lastReminder: r.reminders[0]
        ? { sentAt: r.reminders[0].sentAt, byHand: r.reminders[0].channel === "nudge" }
        : null,
      mine: r.interviewerId === user.id,
      canDownload:
        r.scheduledAt !== null && canReadInterviewCalendar(user, { interviewerId: r.interviewerId, role: app.role }),
    };
  });
  return { rows: list, total, scope, canManage: canManagePipeline(user, app.role), active: open };
}
export type ApplicationInterviews = NonNullable<Awaited<ReturnType<typeof applicationInterviews>>>;
