// The feedback-visibility setting in words: the admin page's choices and the audit log's entries.
import type { FeedbackVisibility } from "../generated/prisma/enums";

export const FEEDBACK_VISIBILITY_LABEL: Record<FeedbackVisibility, string> = {
  AFTER_SUBMIT: "After they submit their own",
  ALWAYS: "Always",
  NEVER: "Never (only the hiring team sees feedback)",
};
