// Signals that a panel does not agree, shown so a debrief discusses them rather than averaging them away.
import { consensus } from "./consensus";
import { RECOMMENDATIONS, type RatingValue, type Recommendation } from "./types";

/** Two levels apart means interviewers saw materially different candidates; one level is normal noise. */
export const DISAGREEMENT_SPREAD = 2;

export function domainDisagreement(ratings: readonly RatingValue[]): boolean {
  const { spread } = consensus(ratings);
  return spread !== null && spread >= DISAGREEMENT_SPREAD;
}

const POSITIVE: ReadonlySet<Recommendation> = new Set(["YES", "STRONG_YES"]);
const NEGATIVE: ReadonlySet<Recommendation> = new Set(["NO", "STRONG_NO"]);

/** True when someone wants to hire and someone does not. NO_DECISION sides with neither. */
export function recommendationSplit(recs: readonly (Recommendation | null | undefined)[]): boolean {
  return recs.some((r) => r != null && POSITIVE.has(r)) && recs.some((r) => r != null && NEGATIVE.has(r));
}

export type RecommendationTally = Record<Recommendation, number>;

export function emptyTally(): RecommendationTally {
  return { STRONG_NO: 0, NO: 0, YES: 0, STRONG_YES: 0, NO_DECISION: 0 };
}

/** Counts per value; missing recommendations (null) are not counted. */
export function recommendationTally(recs: readonly (Recommendation | null | undefined)[]): RecommendationTally {
  const tally = emptyTally();
  for (const r of recs) if (r != null && RECOMMENDATIONS.includes(r)) tally[r]++;
  return tally;
}
