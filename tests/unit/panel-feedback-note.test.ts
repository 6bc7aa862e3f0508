import { describe, expect, it } from "vitest";
import { panelFeedbackNote } from "../../lib/scorecards/panel-feedback-note";
import { CLOSED_BEFORE_YOU_SUBMITTED, hiddenFeedbackText } from "../../lib/scorecards/access";

const note = (o: Partial<Parameters<typeof panelFeedbackNote>[0]>) =>
  panelFeedbackNote({ submitted: false, closed: false, hidden: "submit-first", ...o });

describe("the interview page's sentence on the panel's feedback", () => {
  it("links to the feedback only when the rule opens it and the submit bar does not already", () => {
    expect(note({ hidden: null })).toEqual({
      link: true,
      text: "Score what you observed. This organisation lets interviewers read each other's feedback before submitting",
    });
    expect(note({ hidden: null, closed: true })).toEqual({ link: true, text: "The panel's feedback is open to you" });
    expect(note({ hidden: null, submitted: true }).link).toBe(false);
    expect(note({ hidden: null, submitted: true }).text).toMatch(/open to you on the candidate's page/);
  });

  it("never promises feedback the rule keeps hidden", () => {
    for (const o of [{}, { submitted: true }, { closed: true }, { hidden: "never" as const }]) {
      expect(note(o).link).toBe(false);
      expect(note(o).text).not.toMatch(/open to you/);
    }
    expect(note({}).text).toMatch(/hidden until you submit/);
    // Under "never", submitting opens nothing: the sentence must not say "until you submit".
    expect(note({ hidden: "never" }).text).not.toMatch(/until you submit/);
    expect(note({ hidden: "never" }).text).toMatch(/only the hiring team/);
    expect(note({ submitted: true, hidden: "never" }).text).toBe(
      "Submitted. Only the hiring team reads the panel's feedback.",
    );
    expect(note({ closed: true }).text).toBe("Other interviewers' feedback stays hidden.");
  });

  it("submitted with another scorecard of theirs still owed: says that one opens it, or that it no longer can (round Y)", () => {
    expect(note({ submitted: true }).text).toBe(
      "Submitted. The panel's feedback opens once you submit your other scorecard for this candidate too (My interviews lists it).",
    );
    expect(note({ submitted: true }).text).not.toMatch(/hiring team/);
    expect(note({ submitted: true, closed: true }).text).toMatch(/can no longer be submitted/);
  });
});

describe("the candidate page's sentence on hidden feedback", () => {
  it("asks to submit only while the viewer still can (round Y: a withdrawn candidate's page said submit)", () => {
    expect(hiddenFeedbackText("submit-first", true)).toMatch(/until you have submitted your own scorecard/);
    expect(hiddenFeedbackText("submit-first", false)).toBe(CLOSED_BEFORE_YOU_SUBMITTED);
    expect(hiddenFeedbackText("never", false)).toMatch(/keeps interviewers' feedback private/);
  });
});
