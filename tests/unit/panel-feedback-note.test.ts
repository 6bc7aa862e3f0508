import { describe, expect, it } from "vitest";
import { panelFeedbackNote } from "../../lib/scorecards/panel-feedback-note";

const note = (o: Partial<Parameters<typeof panelFeedbackNote>[0]>) =>
  panelFeedbackNote({ submitted: false, closed: false, open: false, visibility: "AFTER_SUBMIT", ...o });

describe("the interview page's sentence on the panel's feedback", () => {
  it("links to the feedback only when the rule opens it and the submit bar does not already", () => {
    expect(note({ open: true })).toEqual({
      link: true,
      text: "Score what you observed. This organisation lets interviewers read each other's feedback before submitting",
    });
    expect(note({ open: true, closed: true })).toEqual({ link: true, text: "The panel's feedback is open to you" });
    expect(note({ open: true, submitted: true }).link).toBe(false);
    expect(note({ open: true, submitted: true }).text).toMatch(/open to you on the candidate's page/);
  });

  it("never promises feedback the rule keeps hidden", () => {
    for (const o of [{}, { submitted: true }, { closed: true }, { visibility: "NEVER" as const }]) {
      expect(note(o).link).toBe(false);
      expect(note(o).text).not.toMatch(/open to you/);
    }
    expect(note({}).text).toMatch(/hidden until you submit/);
    // Under "never", submitting opens nothing: the sentence must not say "until you submit".
    expect(note({ visibility: "NEVER" }).text).not.toMatch(/until you submit/);
    expect(note({ visibility: "NEVER" }).text).toMatch(/only the hiring team/);
    expect(note({ submitted: true, visibility: "NEVER" }).text).toBe(
      "Submitted. Only the hiring team reads the panel's feedback.",
    );
    expect(note({ closed: true }).text).toBe("Other interviewers' feedback stays hidden.");
  });
});
