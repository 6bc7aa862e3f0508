// The interview page's sentence on the panel's feedback: what the independence rule gives this
// viewer on this candidate now. `open` is the rule's own answer (kit.panelFeedbackOpen, a query);
// this only words it, so the sentence cannot promise more or less than the candidate page shows.
import type { FeedbackVisibility } from "../generated/prisma/enums";

/** `link`: the sentence goes on ": see the panel's feedback", linking to the candidate's page. */
export type PanelFeedbackNote = { text: string; link: boolean };

export function panelFeedbackNote({
  submitted,
  closed,
  open,
  visibility,
}: {
  submitted: boolean;
  /** The draft can no longer be saved (its application closed). */
  closed: boolean;
  open: boolean;
  visibility: FeedbackVisibility;
}): PanelFeedbackNote {
  // After submitting, the submit bar carries the link ("See the panel's feedback"): said once.
  if (submitted && open)
    return { link: false, text: "Submitted: the panel's feedback is open to you on the candidate's page." };
  if (open)
    return {
      link: true,
      text: closed
        ? "The panel's feedback is open to you"
        : "Score what you observed. This organisation lets interviewers read each other's feedback before submitting",
    };
  if (closed) return { link: false, text: "Other interviewers' feedback stays hidden." };
  if (submitted) return { link: false, text: "Submitted. Only the hiring team reads the panel's feedback." };
  if (visibility === "NEVER")
    return {
      link: false,
      text: "Score what you observed. Other interviewers' feedback stays hidden: in this organisation only the hiring team reads it.",
    };
  return { link: false, text: "Score what you observed; other interviewers' feedback stays hidden until you submit." };
}
