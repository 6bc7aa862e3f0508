import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { consensus, lowerMedian, plainMedian } from "../../../lib/scoring/consensus";

describe("consensus", () => {
  it("has no evidence (median null, never 0) with no ratings", () => {
    expect(consensus([])).toEqual({ median: null, spread: null, count: 0, min: null, max: null });
  });
  it("treats all not-assessed as no evidence", () => {
    expect(consensus([null, null, undefined])).toEqual({ median: null, spread: null, count: 0, min: null, max: null });
  });
  it("keeps a real 0 (below Level 1) distinct from no evidence", () => {
    expect(consensus([0, null])).toEqual({ median: 0, spread: 0, count: 1, min: 0, max: 0 });
  });
  it("uses the single rating", () => {
    expect(consensus([2])).toMatchObject({ median: 2, spread: 0, count: 1 });
  });
  it("takes the middle of an odd count regardless of order", () => {
    expect(consensus([3, 1, 2])).toMatchObject({ median: 2, min: 1, max: 3, spread: 2 });
  });
  it("takes the LOWER middle for an even count", () => {
    expect(consensus([1, 2]).median).toBe(1);
    expect(consensus([3, 0, 2, 1]).median).toBe(1);
    expect(consensus([2, 3, null, 3, 2]).median).toBe(2);
  });
  it("handles ties", () => {
    expect(consensus([2, 2, 3, 3]).median).toBe(2);
    expect(consensus([1, 3, 3]).median).toBe(3);
  });
  it("rejects ratings off the scale", () => {
    expect(() => consensus([4])).toThrow(RangeError);
    expect(() => consensus([1.5])).toThrow(RangeError);
    expect(() => consensus([-1])).toThrow(RangeError);
  });
  it("plainMedian averages the middle pair (for hours, not levels)", () => {
    expect(plainMedian([])).toBeNull();
    expect(plainMedian([4, 1, 2, 10])).toBe(3);
    expect(plainMedian([5])).toBe(5);
    expect(lowerMedian([4, 1, 2, 10])).toBe(2);
  });
});

describe("consensus properties", () => {
  const rating = fc.option(fc.integer({ min: 0, max: 3 }), { nil: null });
  it("median is an integer on the scale within [min, max], null iff no ratings", () => {
    fc.assert(
      fc.property(fc.array(rating), (ratings) => {
        const c = consensus(ratings);
        const given = ratings.filter((r) => r !== null);
        expect(c.count).toBe(given.length);
        if (given.length === 0) {
          expect(c.median).toBeNull();
          return;
        }
        expect(Number.isInteger(c.median)).toBe(true);
        expect(c.median).toBeGreaterThanOrEqual(c.min ?? NaN);
        expect(c.median).toBeLessThanOrEqual(c.max ?? NaN);
        expect(c.spread).toBe((c.max ?? 0) - (c.min ?? 0));
      }),
    );
  });
  it("at least half the ratings are at or above the median (conservative)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1 }), (ratings) => {
        const m = consensus(ratings).median ?? NaN;
        expect(ratings.filter((r) => r >= m).length * 2).toBeGreaterThanOrEqual(ratings.length);
        expect(ratings.filter((r) => r <= m).length * 2).toBeGreaterThanOrEqual(ratings.length);
      }),
    );
  });
  it("is order independent", () => {
    fc.assert(
      fc.property(fc.array(rating), fc.integer(), (ratings, seed) => {
        const shuffled = [...ratings].sort((a, b) => (((a ?? -1) * 7 + seed) % 5) - (((b ?? -1) * 7 + seed) % 5));
        expect(consensus(shuffled)).toEqual(consensus(ratings));
      }),
    );
  });
});
