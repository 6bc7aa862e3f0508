// Scheduling a stage's interviews for a candidate: one interview per interviewer of the stage,
// at a time (required), each interviewer emailed a calendar invitation. Scheduling again at
// another time reschedules the stage's interviews that are not scored yet (same invitation,
// higher SEQUENCE). Moving the candidate to the stage is a separate decision: only with
// `moveToStage`. Who may: the role's owner, its recruiter(s) and admins (canManagePipeline).
import "server-only";
import { forbidden, invalid, notFound, refused, type ActionResult } from "../action-result";
import { pendingOwnInterviews } from "../applications/decision";
import { ERASED } from "../applications/service";
import { closedStatusText } from "../applications/status";
import { recordAudit } from "../audit";
import {
  canInterviewIndependently,
  canManagePipeline,
  canSitOnPanel,
  hiringTeamOf,
  type RoleAccess,
} from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { feedbackVisibility } from "../data/feedback";
import { db, type Tx } from "../db";
import type { FeedbackVisibility, UserKind } from "../generated/prisma/enums";
import { sameMinute } from "../instants";
import { stageInterviewerIds } from "../roles/plan-rules";
import type { Seat } from "../readiness/rules";
import { feedbackAccess } from "../scorecards/access";
import { scheduleSchema } from "../validation/application";
import { loadInvitations, sendInvitations } from "./invitations";

export type ScheduleOutcome = {
  /** Interviews created. */
  created: number;
  /** Existing interviews moved to the new time. */
  rescheduled: number;
  /** Existing interviews already at that time. */
  unchanged: number;
  /** Interviewers with a submitted scorecard for the stage: their interview was held and stays as it was. */
  alreadyScored: string[];
  /** Interviewers no longer on the hiring team, deactivated, or of a kind that no longer sits on panels: not assigned. */
  skipped: string[];
  /** Interviewers who already read the panel's feedback on this candidate without having given theirs: not assigned (canInterviewIndependently). */
  notIndependent: string[];
  /** The candidate was moved to the stage (asked for). */
  moved: boolean;
  /** Interviewers whose invitation email failed (the invitation is still downloadable). */
  notEmailed: string[];
};

export async function scheduleStage(actor: CurrentUser, raw: unknown): Promise<ActionResult<ScheduleOutcome>> {
  const parsed = scheduleSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { applicationId, stageId, scheduledAt, moveToStage, seats = {} } = parsed.data;
  const when = new Date(scheduledAt);
  const visibility = await feedbackVisibility();
  const result = await db.$transaction(async (tx) => {
    const app = await tx.application.findUnique({
      where: { id: applicationId },
      select: {
        roleId: true,
        status: true,
        currentStageId: true,
        candidate: { select: { erasedAt: true } },
        _count: { select: { interviews: pendingOwnInterviews(actor.id) } },
        role: {
          select: {
            ownerId: true,
            status: true,
            planPublishedAt: true,
            members: { select: { userId: true, function: true } },
          },
        },
      },
    });
    if (!app) return notFound("That candidate");
    const { role } = app;
    if (!canManagePipeline(actor, role))
      return forbidden("Only the role's owner, its recruiter or an admin can schedule interviews.");
    if (app.candidate.erasedAt) return refused(ERASED);
    if (role.status !== "OPEN")
      return refused(`Interviews can be scheduled only on an open role; this one is ${role.status.toLowerCase()}.`);
    if (!role.planPublishedAt)
      return refused(
        "The interview plan isn't published: the owner publishes it (covering every targeted domain) before interviews are scheduled.",
      );
    if (app.status !== "ACTIVE")
      return refused(
        `This candidate is ${closedStatusText(app.status, app._count.interviews > 0)}; reopen them before scheduling interviews.`,
      );
    const stage = await tx.interviewStage.findFirst({
      where: { id: stageId, roleId: app.roleId },
      include: { interviewers: { include: { user: { select: { name: true, active: true, kind: true } } } } },
    });
    if (!stage) return refused("That stage is not part of this role's plan.", "stageId");
    if (stage.interviewers.length === 0) return refused("Assign interviewers to this stage in the plan first.");
    const team = new Set(stageInterviewerIds(role));
    // Someone whose kind changed since the plan was made (an interviewer made a recruiter) no longer sits on panels.
    const onTeam = stage.interviewers.filter((iv) => team.has(iv.userId) && iv.user.active && canSitOnPanel(iv.user));
    const skipped = stage.interviewers.filter((iv) => !onTeam.includes(iv)).map((iv) => iv.user.name);
    if (onTeam.length === 0)
      return refused(
        `None of this stage's interviewers (${skipped.join(", ")}) is still an active interviewer on the hiring team; update the plan first.`,
      );
    const existing = await tx.interview.findMany({
      where: { applicationId, stageId, interviewerId: { in: onTeam.map((iv) => iv.userId) } },
      select: {
        id: true,
        interviewerId: true,
        scheduledAt: true,
        seat: true,
        scorecards: { where: { status: "SUBMITTED" }, select: { id: true } },
      },
    });
    const byInterviewer = new Map(existing.map((i) => [i.interviewerId, i]));
    // A new interview only for someone who has not already read the panel's feedback on the candidate.
    const independent = await independentInterviewers(
      tx,
      applicationId,
      role,
      onTeam.filter((iv) => !byInterviewer.has(iv.userId)).map((iv) => ({ id: iv.userId, kind: iv.user.kind })),
      visibility,
    );
    const eligible = onTeam.filter((iv) => byInterviewer.has(iv.userId) || independent.has(iv.userId));
    const notIndependent = onTeam.filter((iv) => !eligible.includes(iv)).map((iv) => iv.user.name);
    if (eligible.length === 0)
      return refused(
        `${notIndependent.join(", ")} can already read the other interviewers' feedback on this candidate without having given their own, so their interview would not be independent. Assign someone else to this stage in the plan.`,
      );
    const fresh: string[] = [];
    const moved: string[] = [];
    const alreadyScored: string[] = [];
    let unchanged = 0;
    for (const iv of eligible) {
      const found = byInterviewer.get(iv.userId);
      const seat = seats[iv.userId] ?? found?.seat ?? "LEAD";
      if (!found) {
        fresh.push(
          (
            await tx.interview.create({
              data: { applicationId, stageId, interviewerId: iv.userId, scheduledAt: when, seat },
            })
          ).id,
        );
      } else if (found.scorecards.length) {
        alreadyScored.push(iv.user.name);
      } else if (sameMinute(found.scheduledAt, when)) {
        // Same time; a changed seat is saved (no new invitation: the calendar event is the same).
        if (found.seat !== seat) await tx.interview.update({ where: { id: found.id }, data: { seat } });
        unchanged++;
      } else {
        // An invitation already sent is replaced: same UID, higher SEQUENCE (a never-timed interview starts at 1 too).
        await tx.interview.update({
          where: { id: found.id },
          data: { scheduledAt: when, seat, calendarSequence: { increment: 1 } },
        });
        moved.push(found.id);
      }
    }
    const moveNow = moveToStage && app.currentStageId !== stageId;
    if (moveNow)
      await tx.application.update({
        where: { id: applicationId },
        data: { currentStageId: stageId, stageEnteredAt: new Date() },
      });
    await recordAudit(
      {
        actorId: actor.id,
        action: "interviews.scheduled",
        entityType: "Application",
        entityId: applicationId,
        data: {
          stageId,
          created: fresh.length,
          rescheduled: moved.length,
          unchanged,
          skipped,
          scheduledAt: when.toISOString(),
          ...(Object.values(seats).some((v) => v !== "LEAD") ? { seats } : {}),
          ...(moveNow ? { movedFromStage: app.currentStageId } : {}),
        },
      },
      tx,
    );
    return {
      ok: true as const,
      fresh,
      moved,
      unchanged,
      alreadyScored,
      skipped,
      notIndependent,
      movedToStage: moveNow,
    };
  });
  if (!result.ok) return result;
  const notEmailed = [
    ...(await sendInvitations(await loadInvitations(result.fresh), "new")),
    ...(await sendInvitations(await loadInvitations(result.moved), "update")),
  ];
  return {
    ok: true,
    created: result.fresh.length,
    rescheduled: result.moved.length,
    unchanged: result.unchanged,
    alreadyScored: result.alreadyScored,
    skipped: result.skipped,
    notIndependent: result.notIndependent,
    moved: result.movedToStage,
    notEmailed,
  };
}

/**
 * Of `people` (without an interview on this stage yet), the ids who may be given one on the
 * application: canInterviewIndependently, asked with the independence rule's own answer for each
 * (feedbackAccess) and the panel's submitted scorecards.
 */
async function independentInterviewers(
  tx: Tx | typeof db,
  applicationId: string,
  role: RoleAccess,
  people: { id: string; kind: UserKind }[],
  visibility: FeedbackVisibility,
): Promise<Set<string>> {
  if (people.length === 0) return new Set();
  const panel = await tx.interview.findMany({
    where: { applicationId },
    select: { interviewerId: true, seat: true, scorecards: { select: { interviewerId: true, status: true } } },
  });
  // The panel's view is the lead seats' (training seats' scorecards are not shown as the panel's feedback).
  const submittedBy = panel
    .filter((i) => i.seat === "LEAD")
    .flatMap((i) => i.scorecards)
    .filter((s) => s.status === "SUBMITTED");
  return new Set(
    people
      .filter((person) => {
        const mine = panel.filter((i) => i.interviewerId === person.id);
        const ownScorecards = mine.flatMap((i) => i.scorecards).filter((s) => s.interviewerId === person.id);
        const access = feedbackAccess(
          person,
          { ...hiringTeamOf(role), ownScorecards, viewerInterviews: mine.length },
          visibility,
        );
        return canInterviewIndependently({
          visibility,
          readsPanelFeedback: access.visible,
          othersSubmitted: submittedBy.filter((s) => s.interviewerId !== person.id).length,
          ownSubmitted: ownScorecards.filter((s) => s.status === "SUBMITTED").length,
        });
      })
      .map((person) => person.id),
  );
}

/**
 * The seats already set on an application's interviews, per stage and interviewer, for the
 * scheduling form (which otherwise showed "Lead" for a shadow and invited a wrong "correction"),
 * and the plan's interviewers who would not be given a new interview on it (they already read the
 * panel's feedback: canInterviewIndependently), so the form says so before anyone submits.
 * For whoever may schedule them (canManagePipeline).
 */
export async function applicationSeats(
  actor: CurrentUser,
  applicationId: string,
): Promise<ActionResult<{ seats: Record<string, Record<string, Seat>>; notIndependent: string[] }>> {
  const app = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      role: {
        select: {
          ownerId: true,
          members: { select: { userId: true, function: true } },
          stages: { select: { interviewers: { select: { userId: true, user: { select: { kind: true } } } } } },
        },
      },
      interviews: { select: { stageId: true, interviewerId: true, seat: true } },
    },
  });
  if (!app) return notFound("That candidate");
  if (!canManagePipeline(actor, app.role))
    return forbidden("Only the role's owner, its recruiter or an admin can schedule interviews.");
  const seats: Record<string, Record<string, Seat>> = {};
  for (const i of app.interviews) (seats[i.stageId] ??= {})[i.interviewerId] = i.seat;
  const people = new Map(app.role.stages.flatMap((s) => s.interviewers).map((i) => [i.userId, i.user.kind]));
  const asked = [...people].map(([id, kind]) => ({ id, kind }));
  const independent = await independentInterviewers(db, applicationId, app.role, asked, await feedbackVisibility());
  return { ok: true, seats, notIndependent: asked.map((p) => p.id).filter((id) => !independent.has(id)) };
}
