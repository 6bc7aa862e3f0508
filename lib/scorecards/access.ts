// Who may see which feedback. ONE rule for every page, export and API call that shows other
// people's scores, evidence, recommendations, consensus, gaps or fit for an application.
//
// 1. Anyone with an interview of their own on the application who has not submitted every
//    scorecard for it sees nothing (unless the organisation chose ALWAYS), whatever their
//    kind: the role's owner, a team recruiter and an admin included. Independence first.
// 2. The hiring leads (admins, the manager who owns the role, recruiters on its team) see
//    everything otherwise.
// 3. Anyone else sees feedback only as an interviewer on the application who has submitted:
//    AFTER_SUBMIT (the default) and ALWAYS show it, NEVER keeps it hidden from interviewers.
//    A manager who neither owns the role nor interviews the candidate sees no feedback.
import { isHiringLead, type HiringTeam } from "../auth/permissions";
import type { FeedbackVisibility, UserKind } from "../generated/prisma/enums";

export type Viewer = { id: string; kind: UserKind };
export type ApplicationFeedbackContext = HiringTeam & {
  /** The viewer's own scorecards for this application's interviews. */
  ownScorecards: { status: "DRAFT" | "SUBMITTED" }[];
  /** How many interviews the viewer has for this application. */
  viewerInterviews: number;
};

/** Why feedback is hidden: decides the message, since "submit first" is wrong for someone with nothing to submit. */
export type HiddenReason = "submit-first" | "never" | "not-on-team";
export type FeedbackAccess = { visible: true } | { visible: false; reason: HiddenReason };

/** The hiring-lead rule lives with the other capability rules (lib/auth/permissions.ts). */
export { isHiringLead };

export function feedbackAccess(
  viewer: Viewer,
  ctx: ApplicationFeedbackContext,
  visibility: FeedbackVisibility,
): FeedbackAccess {
  const lead = isHiringLead(viewer, ctx);
  const onLoop = ctx.viewerInterviews > 0;
  const submitted = ctx.ownScorecards.filter((s) => s.status === "SUBMITTED").length;
  const allSubmitted = onLoop && submitted >= ctx.viewerInterviews;
  if (onLoop && !allSubmitted) {
    if (visibility === "ALWAYS") return { visible: true };
    // Under NEVER a lead still gets to see once they have submitted; a plain interviewer never does.
    return { visible: false, reason: visibility === "NEVER" && !lead ? "never" : "submit-first" };
  }
  if (lead) return { visible: true };
  if (!onLoop) return { visible: false, reason: "not-on-team" };
  return visibility === "NEVER" ? { visible: false, reason: "never" } : { visible: true };
}

/** What to tell the viewer, per reason (pages, exports, API). */
export const HIDDEN_REASON_TEXT: Record<HiddenReason, string> = {
  "submit-first":
    "Other interviewers' feedback on this candidate stays hidden until you have submitted your own scorecard (every one you have for this candidate), so every opinion is formed independently.",
  never:
    "This organisation keeps interviewers' feedback private from other interviewers; the role's owner and its recruiters read it.",
  "not-on-team":
    "Feedback on this candidate is for the role's hiring team (its owner, its recruiters and admins) and for the candidate's interviewers once they have submitted. You are not one of them.",
};

/** "submit-first" on an application that closed first: submitting is no longer possible, so the wait is not the point. */
export const CLOSED_BEFORE_YOU_SUBMITTED =
  "This candidate's application closed before you submitted your scorecard, so it can no longer be submitted, and the other interviewers' feedback stays hidden from you.";

/**
 * The candidate page's sentence for hidden feedback: "submit first" names a wait only while the
 * viewer can still submit (round Y: a withdrawn candidate's page told them to submit).
 */
export function hiddenFeedbackText(reason: HiddenReason, applicationOpen: boolean): string {
  return reason === "submit-first" && !applicationOpen ? CLOSED_BEFORE_YOU_SUBMITTED : HIDDEN_REASON_TEXT[reason];
}

/** The same, for a list of a role's candidates (compare page). */
export const HIDDEN_REASON_ROLE_TEXT: Record<HiddenReason, string> = {
  "submit-first":
    "You interview some of these candidates: the panel's feedback on them stays hidden until you have submitted your own scorecards, so every opinion is formed independently.",
  never:
    "This organisation keeps interviewers' feedback private from other interviewers; the role's owner and its recruiters read it.",
  "not-on-team":
    "You don't own this role and didn't interview these candidates: their scores, evidence and recommendations are for the role's hiring team (its owner, its recruiters, admins) and their interviewers.",
};

/** Short label for a table cell or list entry. */
export const HIDDEN_REASON_LABEL: Record<HiddenReason, string> = {
  "submit-first": "hidden until you submit",
  never: "hidden (interviewers never see others' feedback)",
  "not-on-team": "hidden (not your role)",
};
