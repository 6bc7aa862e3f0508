// Whole-role candidate summary from one flat list of score rows. Pages load every submitted
// score for a role in one query and call this once, instead of one query per candidate.
import { panelConsensus, type Consensus, type InterviewerRating } from "./consensus";
import {
  DISAGREEMENT_SPREAD,
  recommendationSplit,
  recommendationTally,
  type RecommendationTally,
} from "./disagreement";
import { domainGap, roleFit, weightOf, type DomainGap, type Shortfall } from "./gaps";
import type { Recommendation } from "./types";

export type ScoreRow = {
  applicationId: string;
  /** null for a scorecard that carries only a recommendation (no domain rows). */
  domainId: string | null;
  interviewerId: string;
  rating: number | null;
  /** The scorecard's recommendation, repeated on each of its rows. */
  recommendation: Recommendation | null;
  /** Recommended: tells two scorecards by one interviewer (different stages) apart. */
  scorecardId?: string;
  /** When given, anything but SUBMITTED is ignored: drafts never count. */
  status?: "DRAFT" | "SUBMITTED";
  /** The scorecard's submission: an interviewer's latest rating of a domain is their vote. */
  submittedAt?: Date | null;
};

export type RoleTargetInput = { domainId: string; name: string; target: number; weight?: number };

export type CandidateSummaryInput = {
  rows: readonly ScoreRow[];
  targets: readonly RoleTargetInput[];
  /** Applications to include even with no submitted scores yet, in this order. */
  applicationIds?: readonly string[];
};

export type DomainSummary = {
  domainId: string;
  name: string;
  target: number;
  weight: number;
  consensus: Consensus;
  gap: DomainGap;
  disagreement: boolean;
};

export type ApplicationSummary = {
  applicationId: string;
  /** Role domains in role order, then any rated domain the role does not list (target 0). */
  domains: DomainSummary[];
  /** Over the assessed target domains; null = not yet assessed (see roleFit). */
  fit: number | null;
  targetDomains: number;
  assessedDomains: number;
  distance: string;
  shortfalls: Shortfall[];
  tally: RecommendationTally;
  split: boolean;
  scorecards: number;
};

type Acc = { ratings: Map<string, InterviewerRating[]>; recs: Map<string, Recommendation | null> };

export function candidateSummary(input: CandidateSummaryInput): ApplicationSummary[] {
  const apps = new Map<string, Acc>();
  const accFor = (id: string): Acc => {
    let acc = apps.get(id);
    if (!acc) apps.set(id, (acc = { ratings: new Map(), recs: new Map() }));
    return acc;
  };
  for (const id of input.applicationIds ?? []) accFor(id);

  // The single pass over rows: bucket ratings by (application, domain), recommendations by scorecard.
  for (const row of input.rows) {
    if (row.status !== undefined && row.status !== "SUBMITTED") continue;
    const acc = accFor(row.applicationId);
    // One recommendation per scorecard, however many domain rows repeat it.
    acc.recs.set(row.scorecardId ?? row.interviewerId, row.recommendation);
    if (row.domainId === null) continue;
    const entry: InterviewerRating = {
      interviewerId: row.interviewerId,
      rating: row.rating,
      submittedAt: row.submittedAt,
      scorecardId: row.scorecardId,
    };
    const list = acc.ratings.get(row.domainId);
    if (list) list.push(entry);
    else acc.ratings.set(row.domainId, [entry]);
  }

  const roleDomains = input.targets.map((t) => ({ ...t, weight: weightOf(t.weight) }));
  const known = new Set(roleDomains.map((t) => t.domainId));

  return [...apps.entries()].map(([applicationId, acc]) => {
    const extra = [...acc.ratings.keys()]
      .filter((d) => !known.has(d))
      .sort()
      .map((domainId) => ({ domainId, name: domainId, target: 0, weight: 1 }));
    const domains = [...roleDomains, ...extra].map((t): DomainSummary => {
      const c = panelConsensus(acc.ratings.get(t.domainId) ?? []);
      return {
        domainId: t.domainId,
        name: t.name,
        target: t.target,
        weight: t.weight,
        consensus: c,
        gap: domainGap(t.target, c),
        disagreement: c.spread !== null && c.spread >= DISAGREEMENT_SPREAD,
      };
    });
    const fit = roleFit(domains.map((d) => ({ ...d, median: d.consensus.median })));
    const recs = [...acc.recs.values()];
    return {
      applicationId,
      domains,
      fit: fit.fit,
      targetDomains: fit.targetDomains,
      assessedDomains: fit.assessedDomains,
      distance: fit.distance,
      shortfalls: fit.shortfalls,
      tally: recommendationTally(recs),
      split: recommendationSplit(recs),
      scorecards: acc.recs.size,
    };
  });
}
