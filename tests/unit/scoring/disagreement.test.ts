import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { domainDisagreement, recommendationSplit, recommendationTally } from "../../../lib/scoring/disagreement";
import { RECOMMENDATIONS } from "../../../lib/scoring/types";

describe("domainDisagreement", () => {
  it("flags a spread of two levels or more among given ratings", () => {
    expect(domainDisagreement([1, 3])).toBe(true);
    expect(domainDisagreement([0, 2, 1])).toBe(true);
    expect(domainDisagreement([1, 2, 2])).toBe(false);
  });
  it("ignores not-assessed and needs two ratings", () => {
    expect(domainDisagreement([])).toBe(false);
    expect(domainDisagreement([3])).toBe(false);
    expect(domainDisagreement([null, 0, null])).toBe(false);
  });
});

describe("recommendations", () => {
  it("splits only when both a hire and a no-hire voice exist", () => {
    expect(recommendationSplit(["YES", "NO"])).toBe(true);
    expect(recommendationSplit(["STRONG_YES", "NO_DECISION", "STRONG_NO"])).toBe(true);
    expect(recommendationSplit(["YES", "STRONG_YES", "NO_DECISION"])).toBe(false);
    expect(recommendationSplit(["NO", "NO_DECISION", null])).toBe(false);
    expect(recommendationSplit([])).toBe(false);
  });
  it("tallies every value, skipping missing ones", () => {
    expect(recommendationTally(["YES", "YES", "NO_DECISION", null, "STRONG_NO"])).toEqual({
      STRONG_NO: 1,
      NO: 0,
      YES: 2,
      STRONG_YES: 0,
      NO_DECISION: 1,
    });
    expect(recommendationTally([])).toEqual({ STRONG_NO: 0, NO: 0, YES: 0, STRONG_YES: 0, NO_DECISION: 0 });
  });
  it("tally sums to the number of given recommendations", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom(...RECOMMENDATIONS), { nil: null })), (recs) => {
        const total = Object.values(recommendationTally(recs)).reduce((s, x) => s + x, 0);
        expect(total).toBe(recs.filter((r) => r !== null).length);
      }),
    );
  });
});
