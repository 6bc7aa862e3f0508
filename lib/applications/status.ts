// Plain rules (no I/O) tying an application's status to the owner's decision, and what a
// viewer may see of that status.
import type { ApplicationStatus, Decision } from "../generated/prisma/enums";
import type { FeedbackAccess } from "../scorecards/access";

/** The status a recorded decision puts the application in (lib/applications/decision.ts). */
export const STATUS_OF_DECISION: Record<Decision, ApplicationStatus> = {
  HIRE: "HIRED",
  NO_HIRE: "REJECTED",
  HOLD: "ACTIVE",
};

/**
 * A status change on a decided application withdraws the decision when the new status no
 * longer matches it (reopening a hire or a no-hire, rejecting a hire, withdrawing a held
 * candidate): the decision is cleared, the audit keeps it, and the debrief records a new one.
 */
export function decisionSurvives(decision: Decision | null, status: ApplicationStatus): boolean {
  return decision == null || STATUS_OF_DECISION[decision] === status;
}

/** Closed in the pipeline (rejected or withdrawn there), not by the recorded decision. */
export function closedInPipeline(status: ApplicationStatus, decision: Decision | null): boolean {
  return status !== "ACTIVE" && (decision == null || STATUS_OF_DECISION[decision] !== status);
}

/**
 * A decision that would change the status of a candidate closed in the pipeline (hire or hold a
 * rejected one, anything on a withdrawn one) waits until they are reopened: recording it must
 * never silently reopen or hire them. "No hire" on a rejected candidate keeps them rejected.
 */
export function decisionWaitsForReopen(status: ApplicationStatus, current: Decision | null, next: Decision): boolean {
  return closedInPipeline(status, current) && STATUS_OF_DECISION[next] !== status;
}

/** HIRED and REJECTED are the panel's outcome; withdrawn is the candidate's own choice. */
export const OUTCOMES: ApplicationStatus[] = ["HIRED", "REJECTED"];

/**
 * A closed candidate's status as a refusal names it ("This candidate is rejected; …"): someone
 * who owes a scorecard on them reads "closed", since the independence rule hides the panel's
 * outcome from them until they submit.
 */
export function closedStatusText(status: ApplicationStatus, owesScorecard: boolean): string {
  return owesScorecard && OUTCOMES.includes(status) ? "closed" : status.toLowerCase();
}

/**
 * A status as a viewer may read it: CLOSED is an outcome (hired or rejected) they may not see.
 * Every list, filter and page says "closed" for it, as the interview page does to a panelist
 * who can no longer submit, so no view reads "in process" for a candidate another calls closed.
 */
export type VisibleStatus = ApplicationStatus | "CLOSED";
export const VISIBLE_STATUSES = [
  "ACTIVE",
  "HIRED",
  "REJECTED",
  "WITHDRAWN",
  "CLOSED",
] as const satisfies readonly VisibleStatus[];

/**
 * The status a viewer may see: someone without access to the application's feedback (an
 * interviewer who hasn't submitted, a manager outside the role) reads an outcome as CLOSED,
 * since hired or rejected would tell them what the panel concluded.
 */
export function visibleStatus(
  status: ApplicationStatus,
  access: FeedbackAccess,
): { status: VisibleStatus; statusHidden: boolean } {
  if (access.visible || !OUTCOMES.includes(status)) return { status, statusHidden: false };
  return { status: "CLOSED", statusHidden: true };
}

/** Where an application stands as a viewer may read it: its stage while in process, else its visible status. */
export function standingText(status: VisibleStatus, stageName: string | null | undefined): string {
  return status === "ACTIVE" ? (stageName ?? "Not started") : VISIBLE_STATUS_TEXT[status];
}

/** A visible status as a list reads it (standingText shows an ACTIVE candidate by stage instead). */
export const VISIBLE_STATUS_TEXT: Record<VisibleStatus, string> = {
  ACTIVE: "in process",
  HIRED: "hired",
  REJECTED: "rejected",
  WITHDRAWN: "withdrawn",
  CLOSED: "closed",
};

/** What a status reads as in "<name> is already …". */
export const STATUS_NOW: Record<ApplicationStatus, string> = {
  ACTIVE: "in process",
  HIRED: "hired",
  REJECTED: "rejected",
  WITHDRAWN: "withdrawn",
};

/** A page's action on a candidate whose status changed since it loaded: nothing is done. */
export const staleStatusText = (name: string, status: ApplicationStatus) =>
  `${name} is ${STATUS_NOW[status]} now (changed since this page loaded): nothing was changed. The page now shows where they are.`;

/** An interview cancelled when the application closed, as its reopening names it. */
export type CancelledAtClose = { stage: string; interviewer: string };

/** After a reopening: the interviews cancelled at the close are not restored (empty when none were). */
export function notRestoredText(cancelled: CancelledAtClose[]): string {
  if (!cancelled.length) return "";
  const which = cancelled.map((c) => `${c.stage} with ${c.interviewer}`).join("; ");
  return cancelled.length === 1
    ? `The interview cancelled when they were closed (${which}) is not restored: schedule it again if it should still take place.`
    : `The ${cancelled.length} interviews cancelled when they were closed (${which}) are not restored: schedule them again if they should still take place.`;
}

/** After a close (rejection, withdrawal, hire, no hire): the interviews still ahead it cancelled (empty when none). */
export function cancelledAheadText(n: number | undefined): string {
  if (!n) return "";
  return n === 1
    ? "The interview still ahead was cancelled and its interviewer emailed."
    : `The ${n} interviews still ahead were cancelled and their interviewers emailed.`;
}
