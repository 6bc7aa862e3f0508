// Statistics of the per-interviewer and per-question hiring-quality pages, as plain functions (no
// I/O): a proportion's Wilson interval, the area under the ROC curve with its Hanley–McNeil
// interval, a mean's interval, and a percentile bootstrap of Krippendorff's alpha over the units
// an interviewer co-rated. The SQL of lib/quality/interviewers.ts and questions.ts returns the
// sums these need; tests/unit/quality/validity-stats.test.ts checks them against worked examples.
import { alphaFromCoincidences, type Coincidences } from "../scoring/agreement";
import { seededRandom } from "../random";
import { multinomial } from "./sampling";

export const Z_95 = 1.959963984540054;

export type Interval = { low: number; high: number };

/**
 * Below this many observations a figure is not printed: the page says "too few to say". The
 * same 10 as the per-domain page (MIN_HIRES of stats.ts) so the pages read alike, and for the
 * same reason: at 10 the intervals are already wide (a pass rate of 5 of 10 spans 24–76%, a
 * mean offset's interval is ±0.6 levels at a typical spread of 1, a bootstrap alpha's interval
 * spans about 0.6); below it they span most of the scale and a number invites a verdict.
 */
export const MIN_OBSERVATIONS = 10;

/**
 * AUC needs later-strong AND later-weak hires: below this many in either group the page says
 * "too few to say". With 5 against 5 an AUC of 0.8 has a Hanley–McNeil SE of about 0.14
 * (interval 0.52 to 1): barely informative, and below it the normal approximation is poor.
 */
export const MIN_PER_GROUP = 5;

/** Wilson score interval of a proportion x/n at 95% (null for n = 0). Stays within 0..1, sensible at 0 and n. */
export function wilsonInterval(x: number, n: number, z = Z_95): Interval | null {
  if (n <= 0) return null;
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Exactly 0 and 1 at the ends (floating point would leave 0.9999999999999999).
  return { low: x <= 0 ? 0 : Math.max(0, centre - half), high: x >= n ? 1 : Math.min(1, centre + half) };
}

/**
 * The area under the ROC curve from the Mann–Whitney U: the chance that a randomly chosen
 * later-strong hire got a higher interview rating than a randomly chosen later-weak one, ties
 * counting half. `strong` and `weak` are the interview ratings of each group. Null when a group
 * is empty.
 */
export function auc(strong: readonly number[], weak: readonly number[]): number | null {
  if (strong.length === 0 || weak.length === 0) return null;
  let wins = 0;
  for (const s of strong) for (const w of weak) wins += s > w ? 1 : s === w ? 0.5 : 0;
  return wins / (strong.length * weak.length);
}

/**
 * AUC from the sum of the strong group's average ranks among all ratings (what SQL computes):
 * (R − nS(nS + 1)/2) / (nS · nW).
 */
export function aucFromRankSum(strongRankSum: number, nStrong: number, nWeak: number): number | null {
  if (nStrong === 0 || nWeak === 0) return null;
  return (strongRankSum - (nStrong * (nStrong + 1)) / 2) / (nStrong * nWeak);
}

/**
 * Hanley & McNeil (1982) standard error of an AUC: Q1 = A/(2 − A), Q2 = 2A²/(1 + A),
 * SE² = [A(1 − A) + (nS − 1)(Q1 − A²) + (nW − 1)(Q2 − A²)] / (nS · nW).
 */
export function hanleyMcNeilSe(a: number, nStrong: number, nWeak: number): number {
  const q1 = a / (2 - a);
  const q2 = (2 * a * a) / (1 + a);
  const v = (a * (1 - a) + (nStrong - 1) * (q1 - a * a) + (nWeak - 1) * (q2 - a * a)) / (nStrong * nWeak);
  return Math.sqrt(Math.max(0, v));
}

/** 95% interval A ± 1.96 · SE (Hanley–McNeil), clipped to 0..1. */
export function aucInterval(a: number | null, nStrong: number, nWeak: number): Interval | null {
  if (a === null || nStrong === 0 || nWeak === 0) return null;
  const half = Z_95 * hanleyMcNeilSe(a, nStrong, nWeak);
  return { low: Math.max(0, a - half), high: Math.min(1, a + half) };
}

/** Mean and sample standard deviation from n, Σx and Σx² (what SQL sums); sd null below 2. */
export function meanAndSd(n: number, sum: number, sumSquares: number): { mean: number | null; sd: number | null } {
  if (n <= 0) return { mean: null, sd: null };
  const mean = sum / n;
  if (n < 2) return { mean, sd: null };
  const variance = Math.max(0, (sumSquares - n * mean * mean) / (n - 1));
  return { mean, sd: Math.sqrt(variance) };
}

/** 95% interval of a mean, mean ± 1.96 · sd/√n (normal approximation; used from MIN_OBSERVATIONS on). */
export function meanInterval(mean: number | null, sd: number | null, n: number): Interval | null {
  if (mean === null || sd === null || n < 2) return null;
  const half = (Z_95 * sd) / Math.sqrt(n);
  return { low: mean - half, high: mean + half };
}

/** A unit's ratings as counts per level 0..3 (ApplicationDomainConsensus.coders0..3), and how many units look like that. */
export type UnitPattern = { counts: readonly [number, number, number, number]; units: number };

/** The coincidence matrix of units given as level counts (each unit with m ≥ 2 values adds n_c·n_k/(m − 1)). */
export function patternCoincidences(patterns: readonly UnitPattern[]): Coincidences {
  const weight = new Map<string, { c: number; k: number; weight: number }>();
  let pairableUnits = 0;
  for (const { counts, units } of patterns) {
    const m = counts.reduce((a, b) => a + b, 0);
    if (m < 2 || units <= 0) continue;
    pairableUnits += units;
    for (let c = 0; c < 4; c++) {
      for (let k = 0; k < 4; k++) {
        const w = (counts[c]! * (c === k ? counts[k]! - 1 : counts[k]!) * units) / (m - 1);
        if (w === 0) continue;
        const key = `${c}/${k}`;
        const cell = weight.get(key) ?? { c, k, weight: 0 };
        cell.weight += w;
        weight.set(key, cell);
      }
    }
  }
  return { cells: [...weight.values()], pairableUnits };
}

/** Ordinal Krippendorff's alpha of units given as level counts (the calibration page's metric). */
export function patternAlpha(patterns: readonly UnitPattern[]): number | null {
  return alphaFromCoincidences(patternCoincidences(patterns), "ordinal");
}

/**
 * 95% percentile bootstrap interval of the ordinal alpha: resample the units with replacement
 * (as many as there are), recompute alpha, take the 2.5th and 97.5th percentiles of the
 * resamples where alpha is defined. Units are the thing sampled (candidates × domains), as in
 * Krippendorff's own bootstrap (Hayes & Krippendorff 2007). Deterministic (seeded). Null
 * when fewer than half the resamples give an alpha.
 */
export function bootstrapAlphaInterval(patterns: readonly UnitPattern[], resamples = 1000, seed = 16): Interval | null {
  const usable = patterns.filter((p) => p.units > 0 && p.counts.reduce((a, b) => a + b, 0) >= 2);
  const total = usable.reduce((s, p) => s + p.units, 0);
  if (total < 2) return null;
  const rand = seededRandom(seed);
  const alphas: number[] = [];
  const weights = usable.map((p) => p.units);
  for (let r = 0; r < resamples; r++) {
    // `total` units drawn with replacement: how often each pattern comes back.
    const drawn = multinomial(total, weights, rand);
    const a = patternAlpha(usable.map((p, i) => ({ counts: p.counts, units: drawn[i]! })));
    if (a !== null) alphas.push(a);
  }
  if (alphas.length < resamples / 2) return null;
  alphas.sort((a, b) => a - b);
  const pick = (q: number) => alphas[Math.min(alphas.length - 1, Math.max(0, Math.floor(q * alphas.length)))]!;
  return { low: pick(0.025), high: pick(0.975) };
}

/** Plain words for an AUC (the usual bands for a diagnostic test). */
export function readAuc(
  a: number | null,
  ci: Interval | null,
  nStrong: number,
  nWeak: number,
): { verdict: AucVerdict; text: string } {
  if (nStrong < MIN_PER_GROUP || nWeak < MIN_PER_GROUP)
    return {
      verdict: "too-few",
      text: `Too few to say: ${nStrong} later-strong and ${nWeak} later-weak hires (${MIN_PER_GROUP} of each needed).`,
    };
  if (a === null || !ci) return { verdict: "too-few", text: "Too few to say." };
  if (ci.low > 0.5)
    return {
      verdict: "separates",
      text: "Its ratings separated later-strong from later-weak hires better than chance.",
    };
  if (ci.high < 0.5)
    return {
      verdict: "inverse",
      text: "Later-weak hires scored higher on it than later-strong ones: review the question.",
    };
  return { verdict: "unclear", text: "Not clearly better than a coin toss (the interval includes 0.5)." };
}
export type AucVerdict = "too-few" | "separates" | "inverse" | "unclear";
