// The per-interviewer and per-question statistics against worked examples.
import { describe, expect, it } from "vitest";
import { krippendorffAlphaOrdinal } from "../../../lib/scoring/agreement";
import {
  auc,
  aucFromRankSum,
  aucInterval,
  bootstrapAlphaInterval,
  hanleyMcNeilSe,
  meanAndSd,
  meanInterval,
  patternAlpha,
  readAuc,
  wilsonInterval,
  type UnitPattern,
} from "../../../lib/quality/validity-stats";
import { rng } from "../../setup/random";

describe("wilsonInterval", () => {
  it("matches the published values (Newcombe 1998, 95%): 5/10 → 0.2366–0.7634, 0/10 → 0–0.2775, 10/10 → 0.7225–1", () => {
    const half = wilsonInterval(5, 10)!;
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
    const none = wilsonInterval(0, 10)!;
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const all = wilsonInterval(10, 10)!;
    expect(all.low).toBeCloseTo(0.7225, 4);
    expect(all.high).toBe(1);
  });

  it("hand-computed 81/263 (Newcombe's example): 0.2553–0.3662; null for no observations", () => {
    const ci = wilsonInterval(81, 263)!;
    expect(ci.low).toBeCloseTo(0.2553, 4);
    expect(ci.high).toBeCloseTo(0.3662, 4);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe("auc", () => {
  it("is the share of strong–weak pairs the strong one wins, ties half (hand-computed 5/6)", () => {
    // Pairs: 3>1, 3>2, 2>1, 2=2, 2>1, 2=2 → 1+1+1+½+1+½ = 5 of 6.
    expect(auc([3, 2, 2], [1, 2])).toBeCloseTo(5 / 6, 12);
    expect(auc([3, 3], [0, 1])).toBe(1);
    expect(auc([0], [1, 2])).toBe(0);
    expect(auc([2, 2], [2])).toBe(0.5);
    expect(auc([], [1])).toBeNull();
  });

  it("from the strong group's rank sum (what SQL returns) equals the pair count, on random data", () => {
    const rand = rng(16);
    for (let t = 0; t < 50; t++) {
      const strong = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => Math.floor(rand() * 4));
      const weak = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => Math.floor(rand() * 4));
      const all = [...strong, ...weak];
      const rank = (v: number) => all.filter((x) => x < v).length + (all.filter((x) => x === v).length + 1) / 2;
      const rankSum = strong.reduce((s, v) => s + rank(v), 0);
      expect(aucFromRankSum(rankSum, strong.length, weak.length)).toBeCloseTo(auc(strong, weak)!, 12);
    }
  });
});

describe("Hanley–McNeil", () => {
  it("reproduces the paper's example (A = 0.893 with 51 abnormal and 58 normal images: SE 0.032)", () => {
    // Q1 = 0.893/1.107 = 0.80669, Q2 = 2·0.893²/1.893 = 0.84252;
    // SE² = (0.095551 + 50·0.009241 + 57·0.045075) / 2958 = 0.0010571 → SE = 0.03251.
    expect(hanleyMcNeilSe(0.893, 51, 58)).toBeCloseTo(0.03251, 4);
  });

  it("gives A ± 1.96·SE clipped to 0..1, and null without both groups", () => {
    const ci = aucInterval(0.8, 5, 5)!;
    const se = hanleyMcNeilSe(0.8, 5, 5);
    expect(ci.low).toBeCloseTo(0.8 - 1.959964 * se, 6);
    expect(ci.high).toBeCloseTo(Math.min(1, 0.8 + 1.959964 * se), 6);
    expect(aucInterval(1, 6, 6)!.high).toBe(1);
    expect(aucInterval(0.7, 0, 6)).toBeNull();
  });

  it("reads 'too few' below five in a group, and better than chance only when the interval clears 0.5", () => {
    expect(readAuc(0.9, aucInterval(0.9, 4, 20), 4, 20).verdict).toBe("too-few");
    expect(readAuc(0.95, aucInterval(0.95, 20, 20), 20, 20).verdict).toBe("separates");
    expect(readAuc(0.6, aucInterval(0.6, 6, 6), 6, 6).verdict).toBe("unclear");
    expect(readAuc(0.05, aucInterval(0.05, 20, 20), 20, 20).verdict).toBe("inverse");
  });
});

describe("mean offset", () => {
  it("mean and sample sd from n, Σx, Σx² (1, 2, 3, 4: 2.5 and 1.2910), interval mean ± 1.96·sd/√n", () => {
    const { mean, sd } = meanAndSd(4, 10, 30);
    expect(mean).toBe(2.5);
    expect(sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
    const ci = meanInterval(mean, sd, 4)!;
    expect(ci.low).toBeCloseTo(2.5 - (1.959964 * 1.290994) / 2, 5);
    expect(meanAndSd(1, 2, 4)).toEqual({ mean: 2, sd: null });
    expect(meanAndSd(0, 0, 0)).toEqual({ mean: null, sd: null });
  });
});

describe("Krippendorff's alpha from level counts", () => {
  const toPatterns = (units: number[][]): UnitPattern[] => {
    const m = new Map<string, UnitPattern>();
    for (const u of units) {
      const counts = [0, 1, 2, 3].map((l) => u.filter((v) => v === l).length) as [number, number, number, number];
      const key = counts.join();
      m.set(key, { counts, units: (m.get(key)?.units ?? 0) + 1 });
    }
    return [...m.values()];
  };

  it("equals the ordinal alpha of lib/scoring on the same units (random panels of 1–4 raters)", () => {
    const rand = rng(2026);
    for (let t = 0; t < 30; t++) {
      const units = Array.from({ length: 5 + Math.floor(rand() * 30) }, () => {
        const truth = Math.floor(rand() * 4);
        return Array.from({ length: 1 + Math.floor(rand() * 4) }, () =>
          Math.max(0, Math.min(3, truth + Math.round((rand() - 0.5) * 2))),
        );
      });
      const expected = krippendorffAlphaOrdinal(units);
      const got = patternAlpha(toPatterns(units));
      if (expected === null) expect(got).toBeNull();
      else expect(got).toBeCloseTo(expected, 10);
    }
  });

  it("hand-computed: two coders, units (1,1), (2,2), (1,2) → ordinal alpha 4/9", () => {
    // Coincidences: o11 = 2, o22 = 2, o12 = o21 = 1; n1 = n2 = 3, n = 6. Ordinal δ²(1,2) = (n1 + n2 − (n1 + n2)/2)² = 9.
    // alpha = 1 − (n − 1)·Σ o_ck δ² / Σ n_c n_k δ² (c < k) = 1 − 5·(1·9)/(3·3·9) = 1 − 5/9.
    const alpha = patternAlpha(
      toPatterns([
        [1, 1],
        [2, 2],
        [1, 2],
      ]),
    );
    expect(alpha).toBeCloseTo(1 - 5 / 9, 10);
  });

  it("bootstrap interval: deterministic, contains the estimate, narrower with more units", () => {
    const rand = rng(7);
    const make = (n: number) =>
      toPatterns(
        Array.from({ length: n }, () => {
          const truth = Math.floor(rand() * 4);
          return [truth, Math.max(0, Math.min(3, truth + (rand() < 0.3 ? 1 : 0))), truth];
        }),
      );
    const small = make(15);
    const big = make(300);
    const a = bootstrapAlphaInterval(small)!;
    expect(bootstrapAlphaInterval(small)).toEqual(a);
    const est = patternAlpha(small)!;
    expect(a.low).toBeLessThanOrEqual(est);
    expect(a.high).toBeGreaterThanOrEqual(est);
    const b = bootstrapAlphaInterval(big)!;
    expect(b.high - b.low).toBeLessThan(a.high - a.low);
    expect(bootstrapAlphaInterval([{ counts: [1, 1, 0, 0], units: 1 }])).toBeNull();
  });
});
