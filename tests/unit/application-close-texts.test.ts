import { describe, expect, it } from "vitest";
import { cancelledAheadText, notRestoredText } from "../../lib/applications/status";

describe("what a close and a reopening say about interviews", () => {
  it("counts the interviews a close cancelled, one interviewer or several", () => {
    expect(cancelledAheadText(0)).toBe("");
    expect(cancelledAheadText(undefined)).toBe("");
    expect(cancelledAheadText(1)).toBe("The interview still ahead was cancelled and its interviewer emailed.");
    expect(cancelledAheadText(3)).toBe("The 3 interviews still ahead were cancelled and their interviewers emailed.");
  });

  it("names on reopening each interview the close cancelled, in the order given", () => {
    expect(notRestoredText([])).toBe("");
    expect(notRestoredText([{ stage: "Screen", interviewer: "Mei Tanaka" }])).toBe(
      "The interview cancelled when they were closed (Screen with Mei Tanaka) is not restored: schedule it again if it should still take place.",
    );
    expect(
      notRestoredText([
        { stage: "Screen", interviewer: "Mei Tanaka" },
        { stage: "Design", interviewer: "Tomás García" },
      ]),
    ).toBe(
      "The 2 interviews cancelled when they were closed (Screen with Mei Tanaka; Design with Tomás García) are not restored: schedule them again if they should still take place.",
    );
  });
});
