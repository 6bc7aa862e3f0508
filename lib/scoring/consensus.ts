// Consensus of a panel's ratings for one domain.
import { MAX_LEVEL, type RatingValue } from "./types";

export type Consensus = {
  /** Lower-middle median of the given ratings; null means "no evidence", never 0. */
  median: number | null;
  /** max - min; null with no ratings. */
  spread: number | null;
  /** Number of ratings given (not-assessed entries are not counted). */
  count: number;
  min: number | null;
  max: number | null;
};

/** Ratings outside the scale are a data bug upstream; fail loudly rather than skew a median. */
export function assertRating(rating: number): void {
  if (!Number.isInteger(rating) || rating < 0 || rating > MAX_LEVEL) {
    throw new RangeError(`rating must be an integer 0..${MAX_LEVEL}, got ${rating}`);
  }
}

/**
 * Median that, for an even count, takes the LOWER of the two middle values.
 * Why: averaging (e.g. 1 and 2 -> 1.5) would produce a level that does not exist in the
 * matrix, and rounding up would credit a level half the panel did not see. Taking the lower
 * middle stays on the integer scale and is the conservative call for a hiring decision.
 */
export function lowerMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

/** Conventional median (mean of the two middle values) for continuous quantities such as hours. */
export function plainMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const hi = Math.floor(sorted.length / 2);
  const upper = sorted[hi] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[hi - 1] ?? upper) + upper) / 2;
}

export function consensus(ratings: readonly RatingValue[]): Consensus {
  const given: number[] = [];
  for (const r of ratings) {
    if (r === null || r === undefined) continue;
    assertRating(r);
    given.push(r);
  }
  if (given.length === 0) return { median: null, spread: null, count: 0, min: null, max: null };
  const min = Math.min(...given);
  const max = Math.max(...given);
  return { median: lowerMedian(given), spread: max - min, count: given.length, min, max };
}
