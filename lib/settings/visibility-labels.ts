// The feedback-visibility setting in words: the admin page's choices and the audit log's entries.
import type { FeedbackVisibility } from "../generated/prisma/enums";

// Short enough for the admin page's select in its narrow card at 1280 (round X: the recommended
// choice was cut off); the text under the select says what each means.
export const FEEDBACK_VISIBILITY_LABEL: Record<FeedbackVisibility, string> = {
  AFTER_SUBMIT: "After submitting their own",
  ALWAYS: "Always",
  NEVER: "Never (hiring team only)",
};
