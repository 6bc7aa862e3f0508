// The interviewer's own readiness page says what to do next in plain words.
import { describe, expect, it } from "vitest";
import { agreementText, differenceText, nextSteps } from "../../../lib/readiness/next-steps";

const base = {
  name: "Security & governance",
  status: "in-training" as const,
  shadows: { done: 1, required: 2 },
  reverseShadows: { done: 0, required: 1 },
  calibrationPassed: false,
  qualification: null,
};

describe("next steps on /readiness", () => {
  it("lists what is missing, in order, with counts in words", () => {
    const steps = nextSteps(base, { passMark: 70, exerciseAvailable: true });
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/^Sit in on 1 more interview as a shadow where Security & governance is in focus/);
    expect(steps[1]).toMatch(/^Lead 1 more interview on Security & governance with a qualified interviewer watching/);
    expect(steps[2]).toContain("at least 70%");
  });

  it("says to ask for an exercise when the domain has none, and plural counts", () => {
    const steps = nextSteps({ ...base, shadows: { done: 0, required: 3 } }, { passMark: 80, exerciseAvailable: false });
    expect(steps[0]).toContain("3 more interviews");
    expect(steps[2]).toContain("ask a manager to create one");
  });

  it("has one sentence once ready to claim or qualified", () => {
    expect(nextSteps({ ...base, status: "ready-to-claim" }, { passMark: 70, exerciseAvailable: true })).toEqual([
      "Every step is done: claim your qualification to rate Security & governance on your own.",
    ]);
    expect(
      nextSteps(
        { ...base, status: "qualified", qualification: { how: "GRANTED" } },
        { passMark: 70, exerciseAvailable: true },
      )[0],
    ).toMatch(/^Nothing to do/);
  });

  it("words agreement (rounded down, like the pass mark) and per-item differences", () => {
    expect(agreementText(2, 3)).toBe("2 of 3 rated as the panel did (66%)");
    expect(differenceText(2, 2)).toBe("same level");
    expect(differenceText(3, 2)).toBe("1 level higher");
    expect(differenceText(0, 2)).toBe("2 levels lower");
  });
});
