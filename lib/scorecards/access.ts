// Who may see which feedback. The independence rule: an interviewer sees nobody else's
// scores, evidence or recommendation for a candidate until they have submitted their own
// (organisation setting AFTER_SUBMIT, the default; ALWAYS and NEVER are the alternatives).
import type { FeedbackVisibility, UserKind } from "../generated/prisma/enums";

export type Viewer = { id: string; kind: UserKind };
export type ApplicationFeedbackContext = {
  roleOwnerId: string;
  /** Recruiters and interviewers on the hiring team of the role. */
  teamUserIds: string[];
  /** The viewer's own scorecards for this application's interviews. */
  ownScorecards: { status: "DRAFT" | "SUBMITTED" }[];
  /** Does the viewer have an interview for this application? */
  viewerInterviews: number;
};

export function canSeeOthersFeedback(viewer: Viewer, ctx: ApplicationFeedbackContext, visibility: FeedbackVisibility): boolean {
  if (viewer.kind === "ADMIN") return true;
  if (viewer.kind === "MANAGER" && ctx.roleOwnerId === viewer.id) return true;
  if (viewer.kind === "RECRUITER" && ctx.teamUserIds.includes(viewer.id)) return true;
  if (ctx.viewerInterviews === 0) return false; // not on this candidate's loop
  if (visibility === "ALWAYS") return true;
  if (visibility === "NEVER") return false;
  return ctx.ownScorecards.length > 0 && ctx.ownScorecards.every((s) => s.status === "SUBMITTED") && ctx.ownScorecards.length >= ctx.viewerInterviews;
}
