// Plain words for the per-interviewer and per-question figures (the per-domain correlation and
// the AUC have theirs in stats.ts and validity-stats.ts). Pure functions: the pages print them,
// tests/unit/quality/validity-readings.test.ts checks each branch. A reading never goes past
// what the interval allows: when it includes "nothing to see", it says so.
import { MIN_OBSERVATIONS, type Interval } from "./validity-stats";

/** Krippendorff's (2004) conventional bars: α ≥ 0.8 reliable, 0.667–0.8 tentative, below 0.667 not to rely on. */
export const ALPHA_RELIABLE = 0.8;
export const ALPHA_TENTATIVE = 0.667;

export type Tone = "good" | "bad" | "unclear" | "too-few";

const levels = (x: number) => `${Math.abs(x).toFixed(1)} of a level`;

/** The interviewer's mean offset from their panels (their rating − the other interviewers' median). */
export function readPanelOffset(p: { n: number; offset: number | null; interval: Interval | null; enough: boolean }): {
  tone: Tone;
  text: string;
} {
  if (!p.enough || p.offset === null || !p.interval)
    return {
      tone: "too-few",
      text: `Too few to say: ${p.n} of the ${MIN_OBSERVATIONS} ratings shared with a panel needed.`,
    };
  if (p.interval.low > 0)
    return { tone: "bad", text: `Rates higher than their panels, by about ${levels(p.offset)} on average.` };
  if (p.interval.high < 0)
    return { tone: "bad", text: `Rates lower than their panels, by about ${levels(p.offset)} on average.` };
  return { tone: "good", text: "In line with their panels: the interval includes no offset at all." };
}

/** How far their distance from the panel swings from one candidate to the next (sd of the offsets). */
export function readSpread(spread: number | null): string {
  if (spread === null) return "";
  if (spread < 0.5) return "Consistent: usually within half a level of where they normally sit.";
  if (spread < 1) return "Their distance from the panel varies by up to about a level from one candidate to the next.";
  return "Their distance from the panel varies by a level or more from one candidate to the next: worth a calibration session.";
}

/** Krippendorff's alpha over the units they co-rated (all raters of those units), read against his bars with the whole interval. */
export function readAgreement(a: { units: number; alpha: number | null; interval: Interval | null; enough: boolean }): {
  tone: Tone;
  label: string;
  text: string;
} {
  if (!a.enough)
    return {
      tone: "too-few",
      label: "too few to say",
      text: `Too few to say: ${a.units} of the ${MIN_OBSERVATIONS} co-rated candidate × domain units needed.`,
    };
  if (a.alpha === null || !a.interval)
    return { tone: "unclear", label: "cannot say", text: "Cannot say: the ratings on these units hardly vary." };
  const { low, high } = a.interval;
  if (low >= ALPHA_RELIABLE)
    return {
      tone: "good",
      label: "reliable",
      text: "Their panels agree reliably (α of 0.8 or more even at the interval's low end).",
    };
  if (high < ALPHA_TENTATIVE)
    return {
      tone: "bad",
      label: "low",
      text: "Their panels agree poorly (below 0.667 even at the interval's high end): compare notes in a calibration session.",
    };
  if (low >= ALPHA_TENTATIVE && high < ALPHA_RELIABLE)
    return {
      tone: "unclear",
      label: "tentative",
      text: "Tentative: their panels agree well enough for tentative conclusions (between 0.667 and 0.8 across the interval), not for firm ones.",
    };
  return {
    tone: "unclear",
    label: "not settled",
    text: "Not settled: the interval reaches across 0.667 or 0.8, so it could be more than one of reliable, tentative and low.",
  };
}

/** A question's spread: the standard deviation of its ratings, in levels. */
export function readQuestionSpread(sd: number | null, uses: number): string {
  if (uses < MIN_OBSERVATIONS || sd === null) return `Too few to say: ${uses} of the ${MIN_OBSERVATIONS} uses needed.`;
  if (sd < 0.4) return "Little spread: nearly everyone gets the same rating on it.";
  if (sd < 0.8) return "Some spread: ratings mostly fall on two neighbouring levels.";
  return "Wide spread: ratings use most of the scale.";
}

/** What a retirement flag means and what to do about it. */
export const FLAG_TEXT = {
  "everybody-passes": {
    label: "everybody passes",
    what: "Every rating reached the question's level: as a pass or fail it tells the panel nothing about who is stronger (ratings above its level may still vary).",
    todo: "It may be easier than its level: file it a level lower, ask for more depth in the answer anchors, or retire it.",
  },
  "nobody-passes": {
    label: "nobody passes",
    what: "No rating reached the question's level: as a pass or fail it tells the panel nothing about who is stronger (ratings below its level may still vary).",
    todo: "It may be harder than its level or unclear: file it at the level it really tests, reword it if candidates misread it, or retire it.",
  },
} as const;
