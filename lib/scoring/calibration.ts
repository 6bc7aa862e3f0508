// Interviewer calibration: does someone rate consistently above or below the rest of the panel,
// and how long do they take to submit? Used to coach interviewers, not to re-weight their scores.
import { assertRating, lowerMedian, plainMedian } from "./consensus";

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
  /** Mean of (their rating - panel median); positive = rates higher than the panel. null if never comparable. */
  meanOffset: number | null;
  /** Ratings that shared a unit with at least one other interviewer. */
  comparableRatings: number;
  distribution: RatingDistribution;
  scorecards: number;
  /** Median hours from scheduled interview to submission, per scorecard; null without both dates. */
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
  const units = new Map<string, { ratings: number[]; raters: Set<string> }>();
  const submitted = scores.filter((s) => s.submittedAt !== null);

  for (const s of submitted) {
    let acc = byInterviewer.get(s.interviewerId);
    if (!acc) {
      acc = { distribution: { 0: 0, 1: 0, 2: 0, 3: 0, notAssessed: 0 }, scorecards: new Map(), offsets: [] };
      byInterviewer.set(s.interviewerId, acc);
    }
    const cardKey = s.scorecardId ?? `${s.candidateKey}\u0000${s.submittedAt?.getTime()}`;
    const hours = s.scheduledAt && s.submittedAt ? (s.submittedAt.getTime() - s.scheduledAt.getTime()) / HOUR_MS : null;
    acc.scorecards.set(cardKey, hours);
    if (s.rating === null) {
      acc.distribution.notAssessed++;
      continue;
    }
    assertRating(s.rating);
    acc.distribution[s.rating as 0 | 1 | 2 | 3]++;
    const unitKey = `${s.candidateKey}\u0000${s.domainId}`;
    const unit = units.get(unitKey) ?? { ratings: [], raters: new Set<string>() };
    unit.ratings.push(s.rating);
    unit.raters.add(s.interviewerId);
    units.set(unitKey, unit);
  }

  // Second pass needs every unit's median, which only exists once all ratings are in.
  for (const s of submitted) {
    if (s.rating === null) continue;
    const unit = units.get(`${s.candidateKey}\u0000${s.domainId}`);
    // A lone rater is trivially "on consensus"; counting them would pull offsets toward 0.
    if (!unit || unit.raters.size < 2) continue;
    const median = lowerMedian(unit.ratings);
    if (median !== null) byInterviewer.get(s.interviewerId)?.offsets.push(s.rating - median);
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
