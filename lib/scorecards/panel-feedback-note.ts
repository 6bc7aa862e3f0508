// The interview page's sentence on the panel's feedback: what the independence rule gives this
// viewer on this candidate now. `hidden` is the rule's own answer (kit.panelFeedbackHidden, a
// query: null when the viewer reads the feedback); this only words it, so the sentence cannot
// promise more or less than the candidate page shows.
import type { HiddenReason } from "./access";

/** `link`: the sentence goes on ": see the panel's feedback", linking to the candidate's page. */
export type PanelFeedbackNote = { text: string; link: boolean };

export function panelFeedbackNote({
  submitted,
  closed,
  hidden,
}: {
  /** This interview's scorecard is submitted. */
  submitted: boolean;
  /** The application no longer takes scorecards (closed, withdrawn, erased). */
  closed: boolean;
  hidden: HiddenReason | null;
}): PanelFeedbackNote {
  if (hidden === null) {
    // After submitting, the submit bar carries the link ("See the panel's feedback"): said once.
    if (submitted)
      return { link: false, text: "Submitted: the panel's feedback is open to you on the candidate's page." };
    return {
      link: true,
      text: closed
        ? "The panel's feedback is open to you"
        : "Score what you observed. This organisation lets interviewers read each other's feedback before submitting",
    };
  }
  if (hidden === "submit-first") {
    if (!submitted)
      return closed
        ? { link: false, text: "Other interviewers' feedback stays hidden." }
        : { link: false, text: "Score what you observed; other interviewers' feedback stays hidden until you submit." };
    // This one is in; another interview of theirs with this candidate is not (round Y).
    return closed
      ? {
          link: false,
          text: "Submitted. Your other scorecard for this candidate can no longer be submitted (the application closed), so the panel's feedback stays hidden from you.",
        }
      : {
          link: false,
          text: "Submitted. The panel's feedback opens once you submit your other scorecard for this candidate too (My interviews lists it).",
        };
  }
  // "never" (and "not-on-team", which an interviewer on the panel cannot be): submitting opens nothing.
  if (submitted) return { link: false, text: "Submitted. Only the hiring team reads the panel's feedback." };
  if (closed) return { link: false, text: "Other interviewers' feedback stays hidden." };
  return {
    link: false,
    text: "Score what you observed. Other interviewers' feedback stays hidden: in this organisation only the hiring team reads it.",
  };
}
