// The hiring-quality statistics against worked examples.
import { describe, expect, it } from "vitest";
import { averageRanks, fisherInterval, MIN_HIRES, readCorrelation, spearman } from "../../../lib/quality/stats";
import { milestoneLabel } from "../../../lib/quality/milestones";
import { checkInDaysSchema, checkInSchema } from "../../../lib/validation/check-in";

describe("spearman", () => {
  it("gives tied values the mean of their ranks", () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([2, 2, 2])).toEqual([2, 2, 2]);
  });

  it("matches the textbook example (IQ against hours of TV a week: ρ = −29/165)", () => {
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    expect(spearman(iq, tv)).toBeCloseTo(-29 / 165, 12);
  });

  it("is 1 for any increasing relation, −1 for a decreasing one, null when one side does not vary", () => {
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 16])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [8, 4, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2, 3], [2, 2, 2])).toBeNull();
  });

  it("with ties is Pearson's r of the average ranks (hand-computed: x = 1,2,2,3 and y = 1,3,2,3 give 5/6)", () => {
    // Ranks x: 1, 2.5, 2.5, 4; ranks y: 1, 3.5, 2, 3.5; both have mean 2.5. Deviations x: −1.5, 0, 0, 1.5;
    // y: −1.5, 1, −0.5, 1. Σxy = 2.25 + 1.5 = 3.75; Σx² = 4.5; Σy² = 2.25 + 1 + 0.25 + 1 = 4.5; r = 3.75 / 4.5.
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 3])).toBeCloseTo(5 / 6, 12);
  });
});

describe("fisherInterval", () => {
  it("uses Fisher's z with the Spearman standard error √(1.06 / (n − 3)) (ρ = 0.5, n = 28: 0.1447 to 0.7411)", () => {
    const ci = fisherInterval(0.5, 28)!;
    expect(ci.low).toBeCloseTo(0.14470202, 6);
    expect(ci.high).toBeCloseTo(0.74108746, 6);
  });

  it("is symmetric in the sign of ρ, stays within −1..1, and is null below four pairs", () => {
    const a = fisherInterval(0.3, 50)!;
    const b = fisherInterval(-0.3, 50)!;
    expect(a.low).toBeCloseTo(-b.high, 12);
    const one = fisherInterval(1, 12)!;
    expect(one.high).toBeLessThanOrEqual(1);
    expect(fisherInterval(0.9, 3)).toBeNull();
  });
});

describe("readCorrelation", () => {
  it("says too few below the threshold, whatever ρ", () => {
    expect(readCorrelation(0.95, MIN_HIRES - 1).verdict).toBe("too-few");
    expect(readCorrelation(0.95, MIN_HIRES - 1).text).toMatch(/Too few hires to say/);
  });
  it("reads an interval above zero as predicting, one across zero as unclear, one below as inverse", () => {
    expect(readCorrelation(0.6, 40).verdict).toBe("predicts");
    expect(readCorrelation(0.5, 10).verdict).toBe("unclear"); // the interval at n = 10 reaches below zero
    expect(readCorrelation(-0.6, 40).verdict).toBe("inverse");
    expect(readCorrelation(null, 40).verdict).toBe("no-spread");
  });
});

describe("check-in inputs", () => {
  const base = {
    applicationId: "app1",
    milestoneDays: 90,
    overall: 3,
    wouldHireAgain: true,
    note: "",
    ratings: [{ domainId: "d1", rating: 2, evidence: "Ran the incident review." }],
  };
  it("needs evidence for a rated domain and at least one rated domain", () => {
    expect(checkInSchema.safeParse(base).success).toBe(true);
    expect(checkInSchema.safeParse({ ...base, ratings: [{ domainId: "d1", rating: 2, evidence: "" }] }).success).toBe(
      false,
    );
    expect(
      checkInSchema.safeParse({ ...base, ratings: [{ domainId: "d1", rating: null, evidence: "" }] }).success,
    ).toBe(false);
    expect(checkInSchema.safeParse({ ...base, overall: 0 }).success).toBe(false);
  });
  it("reads the admin's days as a sorted list and refuses duplicates or odd values", () => {
    expect(checkInDaysSchema.parse({ checkInDays: "365, 90 182" }).checkInDays).toEqual([90, 182, 365]);
    expect(checkInDaysSchema.safeParse({ checkInDays: "90, 90" }).success).toBe(false);
    expect(checkInDaysSchema.safeParse({ checkInDays: "7" }).success).toBe(false);
    expect(checkInDaysSchema.safeParse({ checkInDays: "ninety" }).success).toBe(false);
    expect(checkInDaysSchema.safeParse({ checkInDays: "" }).success).toBe(false);
    // Each refusal says what is wrong with what was typed, as typed.
    const message = (checkInDays: string) => checkInDaysSchema.safeParse({ checkInDays }).error?.issues[0]?.message;
    expect(message("90, -5")).toBe("“-5” is before the hire: each check-in at least 14 days after it");
    expect(message("9007199254740993")).toMatch(/^9007199254740993 days is too late/);
    expect(message("ninety")).toMatch(/^“ninety” is not a whole number of days/);
  });
  it("labels milestones in days, then months", () => {
    expect([90, 182, 365, 730].map(milestoneLabel)).toEqual(["90-day", "6-month", "12-month", "2-year"]);
  });
});
