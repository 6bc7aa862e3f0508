// The fair-hiring statistics against known values: Fisher's exact test against a reference
// table (R's fisher.test / SciPy's fisher_exact, each row also checked with exact fractions),
// the four-fifths rule on the EEOC's own worked example, and small-group suppression.
import { describe, expect, it } from "vitest";
import {
  compareGroups,
  fisherExactTwoSided,
  logFactorial,
  reading,
  suppressedGroups,
} from "../../../lib/fair-hiring/stats";

/** [a, b, c, d] for [[a, b], [c, d]], and the two-sided p SciPy 1.17 gives (equal to exact rational arithmetic to 1e-15). */
const REFERENCE: [number, number, number, number, number][] = [
  [3, 1, 1, 3, 0.48571428571428565], // Fisher's lady tasting tea: 34/70
  [1, 9, 11, 3, 0.0027594561852200836], // the dieting example of Wikipedia's "Fisher's exact test"
  [10, 20, 30, 40, 0.5044757698516285],
  [0, 5, 5, 0, 0.007936507936507938], // 2 / C(10, 5)
  [12, 5, 29, 2, 0.08026855207410463],
  [45, 55, 60, 40, 0.04716548538301931],
  [2, 8, 7, 3, 0.06977851869492736],
  [30, 10, 20, 20, 0.03683483307622306],
  [120, 380, 180, 320, 4.4876725448801666e-5],
  [500, 1500, 700, 1300, 6.074382000789649e-12],
  [2000, 8000, 2600, 7400, 7.058287961804007e-24], // n = 20,000: factorials far beyond a double, fine in logs
  [7, 3, 7, 3, 1], // identical rows
  [1, 0, 0, 1, 1],
];

describe("fisherExactTwoSided", () => {
  it.each(REFERENCE)("[[%i, %i], [%i, %i]] gives p = %f", (a, b, c, d, p) => {
    const got = fisherExactTwoSided(a, b, c, d)!;
    expect(Math.abs(got - p) / p).toBeLessThan(1e-9);
  });

  it("is symmetric: swapping the rows or the columns does not change p", () => {
    expect(fisherExactTwoSided(9, 1, 3, 11)).toBeCloseTo(fisherExactTwoSided(1, 9, 11, 3)!, 14);
    expect(fisherExactTwoSided(11, 3, 1, 9)).toBeCloseTo(fisherExactTwoSided(1, 9, 11, 3)!, 14);
  });

  it("is null when a margin is empty (everyone passed, nobody passed, or a group is empty)", () => {
    expect(fisherExactTwoSided(5, 0, 7, 0)).toBeNull();
    expect(fisherExactTwoSided(0, 5, 0, 7)).toBeNull();
    expect(fisherExactTwoSided(0, 0, 3, 4)).toBeNull();
  });

  it("refuses what are not counts", () => {
    expect(() => fisherExactTwoSided(1.5, 2, 3, 4)).toThrow(RangeError);
    expect(() => fisherExactTwoSided(-1, 2, 3, 4)).toThrow(RangeError);
  });

  it("logFactorial is ln n! (10! = 3,628,800; 170! is near the largest double)", () => {
    expect(logFactorial(0)).toBe(0);
    expect(Math.exp(logFactorial(10))).toBeCloseTo(3628800, 6);
    expect(logFactorial(170)).toBeCloseTo(706.5730622457874, 9);
  });
});

describe("compareGroups (four-fifths rule)", () => {
  it("reproduces the Uniform Guidelines' example: 48 of 80 white and 12 of 40 Black applicants hired, ratio 0.5", () => {
    // 29 CFR 1607 Questions and Answers, Q 12: 60% against 30%, an impact ratio of 30/60 = 0.5 < 0.8.
    const [white, black] = compareGroups(
      [
        { group: "White", decided: 80, passed: 48 },
        { group: "Black", decided: 40, passed: 12 },
      ],
      10,
    );
    expect(white).toMatchObject({ reference: true, rate: 0.6, impactRatio: null, pValue: null, adverse: false });
    expect(black!.rate).toBeCloseTo(0.3, 12);
    expect(black!.impactRatio).toBeCloseTo(0.5, 12);
    expect(black!.adverse).toBe(true);
    // Fisher on [[12, 28], [48, 32]] (SciPy): 0.003409221767849183.
    expect(Math.abs(black!.pValue! - 0.003409221767849183) / 0.003409221767849183).toBeLessThan(1e-9);
    expect(reading(black!)).toBe("Below four-fifths; unlikely to be chance");
  });

  it("a ratio of exactly 0.8 is not adverse; just under it is", () => {
    const at = compareGroups(
      [
        { group: "A", decided: 50, passed: 25 },
        { group: "B", decided: 50, passed: 20 },
      ],
      10,
    );
    expect(at[1]!.impactRatio).toBeCloseTo(0.8, 12);
    expect(at[1]!.adverse).toBe(false);
    const under = compareGroups(
      [
        { group: "A", decided: 50, passed: 25 },
        { group: "B", decided: 50, passed: 19 },
      ],
      10,
    );
    expect(under[1]!.impactRatio).toBeCloseTo(0.76, 12);
    expect(under[1]!.adverse).toBe(true);
    expect(reading(under[1]!)).toBe("Below four-fifths; could be chance at this size");
  });

  it("compares with the highest-rate group whichever order the groups come in", () => {
    const out = compareGroups(
      [
        { group: "Low", decided: 20, passed: 5 },
        { group: "High", decided: 20, passed: 15 },
        { group: "Mid", decided: 20, passed: 10 },
      ],
      5,
    );
    expect(out.map((r) => r.reference)).toEqual([false, true, false]);
    expect(out[0]!.impactRatio).toBeCloseTo(1 / 3, 12);
    expect(out[2]!.impactRatio).toBeCloseTo(2 / 3, 12);
  });
});

describe("small-group suppression", () => {
  it("withholds every group under the threshold, and nothing else when two or more are withheld", () => {
    const groups = [
      { group: "A", decided: 40, passed: 20 },
      { group: "B", decided: 4, passed: 1 },
      { group: "C", decided: 9, passed: 9 },
    ];
    expect([...suppressedGroups(groups, 10)].sort()).toEqual(["B", "C"]);
  });

  it("withholds the next smallest too when only one group is small (no working it out from the stage total)", () => {
    const groups = [
      { group: "A", decided: 40, passed: 20 },
      { group: "B", decided: 25, passed: 10 },
      { group: "C", decided: 3, passed: 0 },
    ];
    expect([...suppressedGroups(groups, 10)].sort()).toEqual(["B", "C"]);
    const out = compareGroups(groups, 10);
    expect(out[2]).toMatchObject({ suppressed: true, decided: 0, passed: 0, rate: null, pValue: null });
    expect(out[1]).toMatchObject({ suppressed: true, rate: null });
    // The one group left is compared with nobody: not a comparison point either.
    expect(out[0]).toMatchObject({ suppressed: false, reference: false, impactRatio: null, pValue: null });
    expect(reading(out[0]!)).toBe("No comparison");
    expect(reading(out[2]!)).toBe("Too few people to show");
  });

  it("does not count an empty group as the second withheld one: the next smallest with people goes too", () => {
    // 104 decided; withholding only Non-binary (4) and the empty Another gender would leave
    // 104 − 40 − 60 = 4 for a reader who knows nobody of Another gender got this far.
    const groups = [
      { group: "Woman", decided: 40, passed: 30 },
      { group: "Man", decided: 60, passed: 40 },
      { group: "Non-binary", decided: 4, passed: 2 },
      { group: "Another gender", decided: 0, passed: 0 },
    ];
    expect([...suppressedGroups(groups, 10)].sort()).toEqual(["Another gender", "Non-binary", "Woman"]);
    // Two small groups with people: nothing more is withheld.
    const two = groups.map((g) => (g.group === "Another gender" ? { ...g, decided: 3, passed: 1 } : g));
    expect([...suppressedGroups(two, 10)].sort()).toEqual(["Another gender", "Non-binary"]);
    // Only empty groups small: a zero is withheld with the next smallest, as one small group always was.
    const none = groups.map((g) => (g.group === "Non-binary" ? { ...g, decided: 0, passed: 0 } : g));
    expect([...suppressedGroups(none, 10)].sort()).toEqual(["Another gender", "Non-binary"]);
  });

  it("does not let the withheld groups together show that none of them moved on, or none was turned down", () => {
    // 3 + 4 withheld, none moved on: the stage's 50 moved on less the shown 20 + 30 would say so of each.
    const groups = [
      { group: "A", decided: 40, passed: 20 },
      { group: "B", decided: 60, passed: 30 },
      { group: "C", decided: 3, passed: 0 },
      { group: "D", decided: 4, passed: 0 },
      { group: "E", decided: 12, passed: 0 },
    ];
    // E (12) is smaller than A but moved nobody on either: A is the next with someone who did.
    expect([...suppressedGroups(groups, 10)].sort()).toEqual(["A", "C", "D"]);
    const allPassed = groups.map((g) => (g.group === "C" || g.group === "D" ? { ...g, passed: g.decided } : g));
    expect([...suppressedGroups(allPassed, 10)].sort()).toEqual(["C", "D", "E"]);
    // Everyone at the stage turned down: the stage total says it already, nothing more is withheld.
    const nobody = groups.map((g) => ({ ...g, passed: 0 }));
    expect([...suppressedGroups(nobody, 10)].sort()).toEqual(["C", "D"]);
  });

  it("a suppressed group is never the reference, however high its rate", () => {
    const out = compareGroups(
      [
        { group: "A", decided: 30, passed: 12 },
        { group: "B", decided: 30, passed: 9 },
        { group: "C", decided: 3, passed: 3 },
        { group: "D", decided: 2, passed: 1 },
      ],
      5,
    );
    expect(out[0]!.reference).toBe(true);
    expect(out[1]!.impactRatio).toBeCloseTo(0.75, 12);
    expect(out[2]!.suppressed && out[3]!.suppressed).toBe(true);
  });

  it("shows everything at or above the threshold", () => {
    expect(
      suppressedGroups(
        [
          { group: "A", decided: 10, passed: 1 },
          { group: "B", decided: 10, passed: 2 },
        ],
        10,
      ).size,
    ).toBe(0);
  });
});
