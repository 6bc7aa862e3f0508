// Candidates on a role: add, move between stages, reject or withdraw (scheduling interviews:
// lib/interviews/schedule.ts). Admins, the role's owner and the recruiter(s) on its own team may do this; all
// audited. Adding needs an open role; scheduling needs an open role, a published plan and an
// active application. Nothing is written for an erased candidate. Once the owner has recorded a
// decision, only the owner or an admin changes the status (see lib/applications/status.ts), and
// nobody sets or undoes an outcome while they owe a scorecard on the candidate (outcomeRefusal).
import "server-only";
import { conflict, forbidden, invalid, notFound, refused, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { canManagePipeline, outcomeRefusal } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { addToRoleSchema, moveSchema } from "../validation/application";
import { decisionWord } from "../validation/decision";
import type { InterviewInvitation } from "../interviews/calendar";
import { cancelInterviewsAhead, interviewsCancelledAtClose, sendCancellations } from "../interviews/close-cancel";
import { OUTCOME_REFUSAL_TEXT, pendingOwnInterviews } from "./decision";
import { decisionSurvives, STATUS_NOW, staleStatusText, type CancelledAtClose } from "./status";

export const ERASED = "This candidate's personal data was erased; their application can no longer be changed.";

const roleTeam = {
  select: {
    id: true,
    ownerId: true,
    status: true,
    planPublishedAt: true,
    members: { select: { userId: true, function: true } },
  },
} as const;

async function loadApplication(tx: Tx, applicationId: string, actor: CurrentUser) {
  return tx.application.findUnique({
    where: { id: applicationId },
    include: {
      role: roleTeam,
      candidate: { select: { erasedAt: true, name: true } },
      currentStage: { select: { name: true } },
      _count: { select: { interviews: pendingOwnInterviews(actor.id) } },
    },
  });
}

export async function addCandidateToRole(
  actor: CurrentUser,
  raw: unknown,
): Promise<ActionResult<{ applicationId: string; merged: boolean }>> {
  const parsed = addToRoleSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { roleId, candidate } = parsed.data;
  return db.$transaction(async (tx) => {
    const role = await tx.role.findUnique({ where: { id: roleId }, ...roleTeam });
    if (!role) return notFound("That role");
    if (!canManagePipeline(actor, role))
      return forbidden("Only the role's owner, its recruiter or an admin can add candidates to it.");
    if (role.status !== "OPEN")
      return refused(`Candidates can be added only to an open role; this one is ${role.status.toLowerCase()}.`);
    // The same email is the same person: reuse the candidate instead of duplicating them.
    const existing = await tx.candidate.findUnique({ where: { email: candidate.email } });
    const person =
      existing ??
      (await tx.candidate.create({
        data: {
          name: candidate.name,
          email: candidate.email,
          source: candidate.source || null,
          headline: candidate.headline || null,
        },
      }));
    if (await tx.application.findUnique({ where: { candidateId_roleId: { candidateId: person.id, roleId } } })) {
      return {
        ok: false as const,
        kind: "invalid" as const,
        message: `${person.name} is already a candidate for this role.`,
        fieldErrors: { "candidate.email": "Already a candidate for this role" },
      };
    }
    const first = await tx.interviewStage.findFirst({ where: { roleId }, orderBy: { position: "asc" } });
    const app = await tx.application.create({
      data: { candidateId: person.id, roleId, currentStageId: first?.id ?? null },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "application.created",
        entityType: "Application",
        entityId: app.id,
        data: { roleId, candidateId: person.id, merged: !!existing },
      },
      tx,
    );
    return { ok: true as const, applicationId: app.id, merged: !!existing };
  });
}

/** Prisma filter: the application's interviews already held whose interviewer has not submitted a scorecard. */
const heldWithoutScorecard = (applicationId: string, now: Date) =>
  ({
    applicationId,
    scheduledAt: { lte: now },
    scorecards: { none: { status: "SUBMITTED" } },
  }) as const;

const heldUnsubmittedText = (n: number) =>
  `${n === 1 ? "One interview already held has" : `${n} interviews already held have`} no submitted scorecard; rejecting now closes ${n === 1 ? "it" : "them"}: drafts can no longer be submitted unless the candidate is reopened. Reject anyway, or wait for the scorecards.`;

/** `decisionCleared`: the status change withdrew the owner's decision (see status.ts). */
export async function moveApplication(
  actor: CurrentUser,
  raw: unknown,
): Promise<ActionResult<{ decisionCleared: boolean; cancelledInterviews: number; notRestored: CancelledAtClose[] }>> {
  const parsed = moveSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { applicationId, stageId, status, reason, expectedStatus, expectedStageId, withoutOutstanding } = parsed.data;
  let cancelled: InterviewInvitation[] = [];
  const result = await db.$transaction(async (tx) => {
    // Two moves at once: the second waits here, then sees where the first put the candidate.
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${applicationId} FOR UPDATE`;
    const app = await loadApplication(tx, applicationId, actor);
    if (!app) return notFound("That candidate");
    if (!canManagePipeline(actor, app.role))
      return forbidden("Only the role's owner, its recruiter or an admin can move candidates.");
    if (app.candidate.erasedAt) return refused(ERASED);
    if (stageId && !(await tx.interviewStage.findFirst({ where: { id: stageId, roleId: app.roleId } })))
      return refused("That stage is not part of this role's plan.", "stageId");
    // Someone who owes a scorecard on the candidate may not learn an outcome from a refusal
    // (the independence rule hides it from them until they submit): they get a plain one.
    const owesScorecard = app._count.interviews > 0;
    const changedMeanwhile = conflict(
      "This candidate changed since this page loaded: nothing was changed. The page now shows where they are.",
    );
    if (expectedStatus && expectedStatus !== app.status)
      return owesScorecard ? changedMeanwhile : conflict(staleStatusText(app.candidate.name, app.status));
    // A stage move from a page that showed another stage would overwrite a colleague's move.
    if (stageId && expectedStageId !== undefined && expectedStageId !== (app.currentStageId ?? null))
      return conflict(
        `${app.candidate.name} was moved to ${app.currentStage?.name ?? "no stage"} since this page loaded: nothing was changed. The page now shows where they are.`,
      );
    const statusChanges = status != null && status !== app.status;
    // Nothing would change: say where the candidate is (most often moved meanwhile, in another
    // tab or by a colleague: a conflict, so the page refreshes), rather than record a move from a
    // stage to itself.
    if (!statusChanges && (!stageId || stageId === app.currentStageId))
      return stageId
        ? conflict(`${app.candidate.name} is already at ${app.currentStage?.name ?? "that stage"}: nothing to move.`)
        : owesScorecard
          ? changedMeanwhile
          : conflict(`${app.candidate.name} is already ${STATUS_NOW[app.status]}: nothing to change.`);
    // A closed candidate stays where they closed: moving one needs reopening first.
    if (!statusChanges && app.status !== "ACTIVE")
      return owesScorecard
        ? changedMeanwhile
        : conflict(
            `${app.candidate.name} is ${STATUS_NOW[app.status]}: reopen them before moving them to another stage.`,
          );
    const refusal = statusChanges
      ? outcomeRefusal(actor, { ...app, pendingOwnInterviews: app._count.interviews }, { status })
      : null;
    if (refusal === "decided" && app.decision) {
      return forbidden(
        `The role's owner recorded a decision on this candidate (${decisionWord(app.decision)}); only they or an admin can change the status.`,
      );
    }
    if (refusal) return forbidden(OUTCOME_REFUSAL_TEXT[refusal]);
    // Rejecting closes the drafts of interviews already held: that evidence is lost unless the
    // person rejecting meant it (interviews still ahead are simply not held). Withdrawing closes
    // them too, without asking (it is the candidate's choice), and the audit counts them as well.
    const heldUnsubmitted =
      (status === "REJECTED" || status === "WITHDRAWN") && app.status === "ACTIVE"
        ? await tx.interview.count({ where: heldWithoutScorecard(applicationId, new Date()) })
        : 0;
    if (status === "REJECTED" && heldUnsubmitted > 0 && withoutOutstanding !== heldUnsubmitted) {
      // The count the form echoes back when the person confirms (another tab may add one meanwhile).
      const question = heldUnsubmittedText(heldUnsubmitted);
      return {
        ok: false as const,
        kind: "invalid" as const,
        message: question,
        fieldErrors: { withoutOutstanding: question, outstandingCount: String(heldUnsubmitted) },
      };
    }
    const decisionCleared = statusChanges && !decisionSurvives(app.decision, status);
    // Closing the application (rejected, withdrawn) cancels the interviews still ahead of it.
    if (statusChanges && status !== "ACTIVE" && app.status === "ACTIVE")
      cancelled = await cancelInterviewsAhead(tx, applicationId, actor.id);
    // Reopening does not bring back what the close cancelled: the person reopening is told which.
    const notRestored =
      status === "ACTIVE" && app.status !== "ACTIVE" ? await interviewsCancelledAtClose(tx, applicationId) : [];
    await tx.application.update({
      where: { id: applicationId },
      data: {
        ...(stageId && stageId !== app.currentStageId ? { currentStageId: stageId, stageEnteredAt: new Date() } : {}),
        ...(status ? { status } : {}),
        ...(decisionCleared ? { decision: null, decisionRationale: null, decidedAt: null, decidedById: null } : {}),
      },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "application.moved",
        entityType: "Application",
        entityId: applicationId,
        data: {
          fromStage: app.currentStageId,
          toStage: stageId ?? app.currentStageId,
          fromStatus: app.status,
          toStatus: status ?? app.status,
          ...(reason ? { reason } : {}),
          ...(heldUnsubmitted ? { outstandingScorecards: heldUnsubmitted } : {}),
          ...(decisionCleared
            ? {
                decisionCleared: {
                  decision: app.decision,
                  rationale: app.decisionRationale,
                  decidedById: app.decidedById,
                },
              }
            : {}),
        },
      },
      tx,
    );
    return { ok: true as const, decisionCleared, cancelledInterviews: cancelled.length, notRestored };
  });
  if (result.ok && cancelled.length) await sendCancellations(cancelled);
  return result;
}
