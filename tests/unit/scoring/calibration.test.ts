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

  it("measures offsets from the panel median, including the rater's own rating", () => {
    const result = calibrate([
      // c1/obs: ratings 1, 2, 3 -> median 2. hawk -1, mid 0, dove +1.
      row("hawk", "c1", "obs", 1),
      row("mid", "c1", "obs", 2),
      row("dove", "c1", "obs", 3),
      // c1/data: 1 and 3 -> lower median 1. hawk 0, dove +2.
      row("hawk", "c1", "data", 1),
      row("dove", "c1", "data", 3),
    ]);
    expect(result.map((r) => r.interviewerId)).toEqual(["dove", "hawk", "mid"]);
    const byId = Object.fromEntries(result.map((r) => [r.interviewerId, r]));
    expect(byId.dove).toMatchObject({ meanOffset: 1.5, comparableRatings: 2 });
    expect(byId.hawk).toMatchObject({ meanOffset: -0.5, comparableRatings: 2 });
    expect(byId.mid).toMatchObject({ meanOffset: 0, comparableRatings: 1 });
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
