// Consensus of a panel's ratings for one domain.
import { MAX_LEVEL, type RatingValue } from "./types";

export type Consensus = {
  /** Lower-middle median of the given ratings; null means "no evidence", never 0. */
  median: number | null;
  /** max - min; null with no ratings. */
  spread: number | null;
  /** Number of ratings given (not-assessed entries are not counted); for a panel, interviewers with a rating. */
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

/** One interviewer's rating of one domain on one of their scorecards. */
export type InterviewerRating = {
  interviewerId: string;
  rating: RatingValue;
  /** When the scorecard was submitted; a missing time counts as earliest. */
  submittedAt?: Date | null;
  /** Breaks ties on submission time (greater id wins), as the database does. */
  scorecardId?: string;
};

function later(a: InterviewerRating, b: InterviewerRating): boolean {
  const ta = a.submittedAt?.getTime() ?? -Infinity;
  const tb = b.submittedAt?.getTime() ?? -Infinity;
  if (ta !== tb) return ta > tb;
  return (a.scorecardId ?? "") > (b.scorecardId ?? "");
}

/**
 * The panel counts interviewers, not scorecards: an interviewer who rated a domain on two
 * scorecards (two stages) has one vote, the rating from their latest submitted scorecard that
 * rated it ("not assessed" on a later one does not erase an earlier rating). The consensus
 * trigger (migration consensus_counts_interviewers) applies the same rule in SQL.
 */
export function latestRatingPerInterviewer(entries: readonly InterviewerRating[]): number[] {
  const pick = new Map<string, InterviewerRating>();
  for (const e of entries) {
    if (e.rating === null || e.rating === undefined) continue;
    const prev = pick.get(e.interviewerId);
    if (!prev || later(e, prev)) pick.set(e.interviewerId, e);
  }
  return [...pick.values()].map((e) => e.rating as number);
}

/** The panel's consensus for one domain: one rating per interviewer (see latestRatingPerInterviewer). */
export function panelConsensus(entries: readonly InterviewerRating[]): Consensus {
  return consensus(latestRatingPerInterviewer(entries));
}
