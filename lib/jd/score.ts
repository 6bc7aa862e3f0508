// The alignment score of a job description and its explanation in plain words: what each flag
// costs, and what the score leaves out.
import { DOMAIN_NAMES, type DomainKey } from "./lexicon";
import type { AnalysedLine, FlagKind } from "./flags";
import { joinWithAnd, plural } from "../utils";

/** Score penalties, documented here so the explanation and the tests agree. */
export const PENALTIES = { inflation: 10, deflation: 8, vague: 5, years: 5, missingDomain: 15, title: 10 } as const;
/** Line penalties count in full up to this many lines; longer texts scale them down to a share. */
export const LINE_NORMALISATION = 10;

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** What each kind of flagged line means to a recruiter, for the score's explanation. */
const IN_PLAIN_WORDS: Record<FlagKind, (n: number) => string> = {
  inflation: (n) => `${n === 1 ? "1 line asks" : `${n} lines ask`} for more than the role needs`,
  deflation: (n) => `${n === 1 ? "1 line asks" : `${n} lines ask`} for less than the role needs`,
  vague: (n) =>
    `${n === 1 ? "1 line says" : `${n} lines say`} nothing a candidate could show (buzzwords, or no skill named)`,
  years: (n) => `${n === 1 ? "1 line demands" : `${n} lines demand`} years of experience out of line with the level`,
};
const share = (scale: number) =>
  scale === 0.5 ? "half" : scale === 0.25 ? "a quarter" : `${Math.round(scale * 100)}%`;

/** 100 minus penalties: per flagged line (scaled for long texts), per missing domain and for the title; explained in plain words. */
export function alignmentScore(
  lines: AnalysedLine[],
  missingDomains: DomainKey[],
  title: string | null,
): { score: number; scoreExplanation: string } {
  if (lines.length === 0)
    return {
      score: 0,
      scoreExplanation: "Alignment 0/100: no requirement lines were found to compare with what the role needs.",
    };
  const scale = Math.min(1, LINE_NORMALISATION / lines.length);
  const count = (k: FlagKind) => lines.filter((l) => l.flags.some((f) => f.kind === k)).length;
  const parts: { points: number; why: string }[] = [];
  for (const k of ["inflation", "deflation", "vague", "years"] as const) {
    const n = count(k);
    if (n) parts.push({ points: n * PENALTIES[k] * scale, why: IN_PLAIN_WORDS[k](n) });
  }
  if (missingDomains.length) {
    const list = joinWithAnd(missingDomains.map((d) => DOMAIN_NAMES[d]));
    parts.push({
      points: missingDomains.length * PENALTIES.missingDomain,
      why: `the ad never asks for ${list}, which the role needs`,
    });
  }
  if (title)
    parts.push({ points: PENALTIES.title, why: "the title's seniority does not match the levels the ad asks for" });
  const raw = 100 - parts.reduce((s, p) => s + p.points, 0);
  const score = Math.max(0, Math.min(100, Math.round(raw)));
  if (!parts.length)
    return {
      score,
      scoreExplanation: `Alignment ${score}/100: every line asks for the level the role needs, none is vague, every skill the role needs is asked for, and the title matches.`,
    };
  const list = parts.map((p, i) => `${fmt(p.points)} ${i === 0 ? "points " : ""}because ${p.why}`);
  const joined = list.length > 1 ? `${list.slice(0, -1).join(", ")}, and ${list[list.length - 1]}` : (list[0] ?? "");
  const scaled =
    scale < 1
      ? ` Long ads lose less per line: with ${lines.length} requirement lines, each flagged line costs ${share(scale)} of its usual points.`
      : "";
  return {
    score,
    scoreExplanation: `Alignment ${score}/100: an ad starts at 100; this one loses ${joined}.${scaled}${raw < 0 ? " The score does not go below 0." : ""}`,
  };
}

/** What the score does not count: inclusive language (checked separately) and lines whose level no cue in them says. */
export function scoreExclusions(lines: AnalysedLine[]): string {
  // A line without a cue that the models read surely enough to flag is in the score; the rest are not.
  const noLevel = lines.filter(
    (l) =>
      (l.domain !== null || l.extraDomain !== null) &&
      l.levelBasis !== "explicit" &&
      !l.flags.some((f) => f.kind === "inflation" || f.kind === "deflation"),
  ).length;
  const levelPart = noLevel
    ? `${plural(noLevel, "line")} that ${noLevel === 1 ? "names" : "name"} a skill but not how much of it (no word in ${noLevel === 1 ? "it" : "them"} says whether the person uses, builds or leads it, so ${noLevel === 1 ? "it is" : "they are"} checked against the target only when lines worded like ${noLevel === 1 ? "it" : "them"} clearly asked one level; say "configure", "design", "define the strategy for"... to have ${noLevel === 1 ? "it" : "them"} checked)`
    : "lines that name a skill but not how much of it (none here)";
  return `Not in the score: inclusive-language warnings (listed separately below) and ${levelPart}.`;
}
