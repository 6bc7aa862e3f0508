// Interviewer calibration: does someone rate consistently above or below the rest of the panel,
// and how long do they take to submit? Used to coach interviewers, not to re-weight their scores.
import { krippendorffAlphaOrdinal } from "./agreement";
import {
  assertRating,
  latestRatingPerInterviewer,
  lowerMedian,
  plainMedian,
  type InterviewerRating,
} from "./consensus";

export type CalibrationScore = {
  interviewerId: string;
  /** Identifies the candidate (e.g. applicationId); units are candidateKey + domainId. */
  candidateKey: string;
  domainId: string;
  rating: number | null;
  /** null = draft; drafts are ignored because only submitted scorecards count. */
  submittedAt: Date | null;
  scheduledAt: Date | null;
  /** Distinguishes two scorecards by one interviewer for one candidate (different stages). */
  scorecardId?: string;
};

export type RatingDistribution = { 0: number; 1: number; 2: number; 3: number; notAssessed: number };

export type InterviewerCalibration = {
  interviewerId: string;
  /**
   * Mean of (their rating - the median of the other interviewers' ratings of the same unit);
   * positive = rates higher than the rest of the panel. null if never comparable.
   */
  meanOffset: number | null;
  /** Ratings that shared a unit with at least one other interviewer. */
  comparableRatings: number;
  distribution: RatingDistribution;
  scorecards: number;
  /** Median of each scorecard's whole hours (rounded down) from scheduled interview to submission; null without both dates. */
  medianHoursToSubmit: number | null;
};

const HOUR_MS = 3_600_000;

type Acc = {
  distribution: RatingDistribution;
  scorecards: Map<string, number | null>;
  offsets: number[];
};

export function calibrate(scores: readonly CalibrationScore[]): InterviewerCalibration[] {
  const byInterviewer = new Map<string, Acc>();
  const units = new Map<string, { ratings: InterviewerRating[]; raters: Set<string> }>();
  const submitted = scores.filter((s) => s.submittedAt !== null);

  for (const s of submitted) {
    let acc = byInterviewer.get(s.interviewerId);
    if (!acc) {
      acc = { distribution: { 0: 0, 1: 0, 2: 0, 3: 0, notAssessed: 0 }, scorecards: new Map(), offsets: [] };
      byInterviewer.set(s.interviewerId, acc);
    }
    const cardKey = s.scorecardId ?? `${s.candidateKey}\u0000${s.submittedAt?.getTime()}`;
    // Whole hours, rounded down: the database keeps a count per hour (RoleInterviewerHours).
    const hours =
      s.scheduledAt && s.submittedAt ? Math.floor((s.submittedAt.getTime() - s.scheduledAt.getTime()) / HOUR_MS) : null;
    acc.scorecards.set(cardKey, hours);
    if (s.rating === null) {
      acc.distribution.notAssessed++;
      continue;
    }
    assertRating(s.rating);
    acc.distribution[s.rating as 0 | 1 | 2 | 3]++;
    const unitKey = `${s.candidateKey}\u0000${s.domainId}`;
    const unit = units.get(unitKey) ?? { ratings: [], raters: new Set<string>() };
    unit.ratings.push({
      interviewerId: s.interviewerId,
      rating: s.rating,
      submittedAt: s.submittedAt,
      scorecardId: s.scorecardId,
    });
    unit.raters.add(s.interviewerId);
    units.set(unitKey, unit);
  }

  // Second pass needs every unit's ratings, which only exist once all are in. Each rating is
  // measured against the rest of the panel: the conventional median (mean of the two middles)
  // of the other interviewers' latest ratings of the unit. Measuring against a median that
  // includes the rater's own rating, and taking the lower middle on ties, made every offset
  // lean positive (two raters 1 and 3: +2 and 0, where the rest of the panel says +2 and -2).
  for (const s of submitted) {
    if (s.rating === null) continue;
    const unit = units.get(`${s.candidateKey}\u0000${s.domainId}`);
    // A lone rater has no one to be compared with; counting them would pull offsets toward 0.
    if (!unit || unit.raters.size < 2) continue;
    const others = plainMedian(
      latestRatingPerInterviewer(unit.ratings.filter((r) => r.interviewerId !== s.interviewerId)),
    );
    if (others !== null) byInterviewer.get(s.interviewerId)?.offsets.push(s.rating - others);
  }

  return [...byInterviewer.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([interviewerId, acc]) => {
      const hours = [...acc.scorecards.values()].filter((h): h is number => h !== null);
      return {
        interviewerId,
        meanOffset: acc.offsets.length === 0 ? null : acc.offsets.reduce((s, x) => s + x, 0) / acc.offsets.length,
        comparableRatings: acc.offsets.length,
        distribution: acc.distribution,
        scorecards: acc.scorecards.size,
        medianHoursToSubmit: plainMedian(hours),
      };
    });
}

export type RoleAgreement = { roleId: string; alpha: number | null; pairableUnits: number; raters: number };

/**
 * Krippendorff's alpha (ordinal) per role: units = candidate x domain, coders = interviewers,
 * a coder's value in a unit = the lower median of their ratings there (two scorecards by one
 * interviewer for one candidate make one coder). Not-assessed entries and drafts are no
 * values. Roles in first-seen order; a role appears once it has any rating.
 * lib/data/calibration.ts computes the same inputs in PostgreSQL; this is its test oracle.
 */
export function agreementByRole(scores: readonly (CalibrationScore & { roleId: string })[]): RoleAgreement[] {
  // Grouped in one pass (role -> unit -> coder -> ratings), not by re-filtering per unit.
  const byRole = new Map<string, Map<string, Map<string, number[]>>>();
  for (const s of scores) {
    if (s.submittedAt === null || s.rating === null) continue;
    const units = byRole.get(s.roleId) ?? byRole.set(s.roleId, new Map()).get(s.roleId)!;
    const unitKey = `${s.candidateKey}\u0000${s.domainId}`;
    const coders = units.get(unitKey) ?? units.set(unitKey, new Map()).get(unitKey)!;
    const ratings = coders.get(s.interviewerId) ?? coders.set(s.interviewerId, []).get(s.interviewerId)!;
    ratings.push(s.rating);
  }
  return [...byRole].map(([roleId, units]) => {
    const coders = [...new Set([...units.values()].flatMap((c) => [...c.keys()]))];
    const matrix = [...units.values()].map((byCoder) => coders.map((c) => lowerMedian(byCoder.get(c) ?? [])));
    const pairableUnits = matrix.filter((u) => u.filter((v) => v != null).length >= 2).length;
    return { roleId, alpha: krippendorffAlphaOrdinal(matrix), pairableUnits, raters: coders.length };
  });
}
