import { describe, expect, it } from "vitest";
import { calibrate, type CalibrationScore } from "../../../lib/scoring/calibration";

const at = (h: number) => new Date(Date.UTC(2025, 0, 1) + h * 3_600_000);
const row = (
  interviewerId: string,
  candidateKey: string,
  domainId: string,
  rating: number | null,
  submittedH: number | null = 24,
  scheduledH: number | null = 0,
): CalibrationScore => ({
  interviewerId,
  candidateKey,
  domainId,
  rating,
  submittedAt: submittedH === null ? null : at(submittedH),
  scheduledAt: scheduledH === null ? null : at(scheduledH),
});

describe("calibrate", () => {
  it("returns nothing for no scores", () => {
    expect(calibrate([])).toEqual([]);
  });

  it("measures each rating against the median of the other interviewers' ratings", () => {
    const result = calibrate([
      // c1/obs: ratings 1, 2, 3. hawk vs median(2, 3) = 2.5 -> -1.5; mid vs median(1, 3) = 2 -> 0;
      // dove vs median(1, 2) = 1.5 -> +1.5.
      row("hawk", "c1", "obs", 1),
      row("mid", "c1", "obs", 2),
      row("dove", "c1", "obs", 3),
      // c1/data: 1 and 3. hawk -2, dove +2.
      row("hawk", "c1", "data", 1),
      row("dove", "c1", "data", 3),
    ]);
    expect(result.map((r) => r.interviewerId)).toEqual(["dove", "hawk", "mid"]);
    const byId = Object.fromEntries(result.map((r) => [r.interviewerId, r]));
    expect(byId.dove).toMatchObject({ meanOffset: 1.75, comparableRatings: 2 });
    expect(byId.hawk).toMatchObject({ meanOffset: -1.75, comparableRatings: 2 });
    expect(byId.mid).toMatchObject({ meanOffset: 0, comparableRatings: 1 });
  });

  it("does not lean either way when raters disagree symmetrically", () => {
    // The former yardstick (the lower median including the rater) gave +2 and 0 here: both
    // interviewers read as rating higher than the panel.
    const pairs = calibrate([row("a", "c1", "obs", 1), row("b", "c1", "obs", 3)]);
    expect(pairs.map((r) => r.meanOffset)).toEqual([-2, 2]);
    const three = calibrate([
      row("a", "c1", "obs", 0),
      row("b", "c1", "obs", 1),
      row("c", "c1", "obs", 2),
      row("a", "c2", "obs", 2),
      row("b", "c2", "obs", 1),
      row("c", "c2", "obs", 0),
    ]);
    expect(three.map((r) => r.meanOffset)).toEqual([0, 0, 0]);
  });

  it("uses the other interviewers' latest rating and never the rater's own earlier one", () => {
    const result = calibrate([
      { ...row("a", "c1", "obs", 0, 10), scorecardId: "s1" },
      { ...row("a", "c1", "obs", 2, 20), scorecardId: "s2" },
      { ...row("b", "c1", "obs", 3, 10), scorecardId: "s3" },
      { ...row("b", "c1", "obs", 1, 30), scorecardId: "s4" },
    ]);
    const byId = Object.fromEntries(result.map((r) => [r.interviewerId, r]));
    // a's two ratings (0, 2) against b's latest (1): -1 and +1. b's (3, 1) against a's latest (2): +1 and -1.
    expect(byId.a).toMatchObject({ meanOffset: 0, comparableRatings: 2 });
    expect(byId.b).toMatchObject({ meanOffset: 0, comparableRatings: 2 });
  });

  it("skips units with a single rater and not-assessed entries", () => {
    const [solo] = calibrate([
      row("solo", "c1", "obs", 3),
      row("solo", "c1", "sec", null),
      row("other", "c2", "obs", 1),
    ]).filter((r) => r.interviewerId === "solo");
    expect(solo).toMatchObject({
      meanOffset: null,
      comparableRatings: 0,
      distribution: { 0: 0, 1: 0, 2: 0, 3: 1, notAssessed: 1 },
    });
  });

  it("ignores drafts (no submittedAt)", () => {
    const result = calibrate([row("a", "c1", "obs", 3, null), row("b", "c1", "obs", 0)]);
    expect(result.map((r) => r.interviewerId)).toEqual(["b"]);
    expect(result[0]).toMatchObject({ comparableRatings: 0, scorecards: 1 });
  });

  it("counts scorecards and the median hours to submit per scorecard, not per row", () => {
    const [a] = calibrate([
      row("a", "c1", "obs", 2, 10),
      row("a", "c1", "data", 2, 10), // same scorecard as above
      row("a", "c2", "obs", 1, 30),
      row("a", "c3", "obs", 0, 50, null), // no schedule: counted, but no lateness
      { ...row("a", "c4", "obs", 1, 4), scorecardId: "s4" },
    ]);
    expect(a).toMatchObject({
      scorecards: 4,
      medianHoursToSubmit: 10,
      distribution: { 0: 1, 1: 2, 2: 2, 3: 0, notAssessed: 0 },
    });
  });

  it("has no lateness without dates", () => {
    expect(calibrate([row("a", "c1", "obs", 1, 5, null)])[0]?.medianHoursToSubmit).toBeNull();
  });

  it("rejects ratings off the scale", () => {
    expect(() => calibrate([row("a", "c1", "obs", 7)])).toThrow(RangeError);
  });
});
