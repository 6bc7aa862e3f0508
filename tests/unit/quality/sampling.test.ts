import { describe, expect, it } from "vitest";
import { seededRandom as prng } from "../../../lib/random";
import { binomial, multinomial } from "../../../lib/quality/sampling";

function moments(draw: () => number, times: number) {
  const xs = Array.from({ length: times }, draw);
  const mean = xs.reduce((s, x) => s + x, 0) / times;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (times - 1);
  return { xs, mean, variance };
}

describe("binomial", () => {
  // Each regime of the sampler: trial by trial, geometric jumps, normal approximation, and p > 0.5.
  it.each([
    [20, 0.3],
    [5_000, 0.002],
    [14_000, 0.25],
    [900, 0.97],
  ])("n=%d p=%d has the binomial mean and variance, within n", (n, p) => {
    const rand = prng(11);
    const { xs, mean, variance } = moments(() => binomial(n, p, rand), 4_000);
    const sd = Math.sqrt(n * p * (1 - p));
    // 4,000 draws: the sample mean is within 4 standard errors of n*p.
    expect(Math.abs(mean - n * p)).toBeLessThan((4 * sd) / Math.sqrt(4_000) + 0.5);
    expect(variance / (n * p * (1 - p))).toBeGreaterThan(0.85);
    expect(variance / (n * p * (1 - p))).toBeLessThan(1.15);
    expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x <= n)).toBe(true);
  });

  it("gives the edges exactly", () => {
    const rand = prng(1);
    expect(binomial(0, 0.5, rand)).toBe(0);
    expect(binomial(10, 0, rand)).toBe(0);
    expect(binomial(10, 1, rand)).toBe(10);
  });
});

describe("multinomial", () => {
  it("hands out every draw, in proportion to the weights, the same way for the same seed", () => {
    const weights = [7_000, 2_000, 900, 100, 0];
    const draws = Array.from({ length: 500 }, (_, i) => multinomial(10_000, weights, prng(i)));
    for (const d of draws) {
      expect(d.reduce((s, k) => s + k, 0)).toBe(10_000);
      expect(d[4]).toBe(0);
    }
    const share = weights.map((_, i) => draws.reduce((s, d) => s + d[i]!, 0) / (500 * 10_000));
    expect(share[0]).toBeCloseTo(0.7, 2);
    expect(share[1]).toBeCloseTo(0.2, 2);
    expect(share[2]).toBeCloseTo(0.09, 2);
    expect(share[3]).toBeCloseTo(0.01, 2);
    expect(multinomial(10_000, weights, prng(3))).toEqual(multinomial(10_000, weights, prng(3)));
  });
});
