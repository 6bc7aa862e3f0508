// The job title a pasted job description gives itself: a "Title:" line near the top, or a
// first line that looks like a title (a heading, or a short line that isn't a sentence or a
// section name). The analyser checks this title's seniority against the levels the text asks
// for; with no title in the text it falls back to the role's own title.
import { isBullet, isSectionHeading, markupHeading } from "./split";

const TITLE_LABEL = /^(?:job|role|position)?\s*title\s*:\s*(.+)$|^(?:position|role|job)\s*:\s*(.+)$/i;
const MAX_TITLE_WORDS = 10;
/** A "Title:" line counts only near the top, where ads put it. */
const LABEL_SCAN_LINES = 12;

const tidy = (s: string) =>
  s
    .replace(/\*\*|__/g, "")
    .replace(/\s+/g, " ")
    .trim();
const titleLike = (s: string) =>
  s.length >= 2 &&
  s.length <= 120 &&
  s.split(" ").length <= MAX_TITLE_WORDS &&
  !/[.!?;,]$/.test(s) &&
  !/^(you|we|our|this|the|join)\b/i.test(s) &&
  !isSectionHeading(s);

export function detectTitle(text: string): string | null {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .filter((l) => l.trim() !== "");
  for (const raw of lines.slice(0, LABEL_SCAN_LINES)) {
    const m = TITLE_LABEL.exec(tidy(markupHeading(raw) ?? raw.replace(/^\s*[-*•]\s+/, "")));
    const value = m ? tidy(m[1] ?? m[2] ?? "") : "";
    if (value && titleLike(value)) return value;
  }
  const first = lines[0];
  if (first === undefined || isBullet(first)) return null;
  const heading = markupHeading(first);
  const candidate = tidy(heading ?? first);
  // A plain first line must also not end in a colon ("Responsibilities:") to count.
  if (!titleLike(candidate) || (heading === null && candidate.endsWith(":"))) return null;
  return candidate;
}

/**
 * Seniority words in titles. `means`: the levels a title with the word can mean (Junior and
 * Associate 1; Mid and Senior 2; Lead, Staff, Architect and Principal 2 or 3; Head of, Director,
 * VP and above 3), against which the text contradicts the title when most of its lines are two
 * levels away (titleFlag). `expects`: the band of targets the role should have, for the check of
 * the role's own targets and for reading an entry-level ad (max 1). The highest rung in a title
 * wins ("Senior Director"); "Lead" alone is the team-lead rung.
 */
type Lvl = 1 | 2 | 3;
export type Rung = { word: string; rank: number; means: Lvl[]; expects: { min: Lvl; max: Lvl } };
export const SENIORITY: { pattern: RegExp; word: string; means: Lvl[]; expects: Rung["expects"] }[] = [
  {
    pattern: /\b(intern|internship|trainee|apprentice)\b/i,
    word: "Intern/Trainee",
    means: [1],
    expects: { min: 1, max: 1 },
  },
  { pattern: /\b(graduate|grad|entry[- ]level)\b/i, word: "Graduate", means: [1], expects: { min: 1, max: 1 } },
  { pattern: /\b(junior|jr\.?)(?![a-z])/i, word: "Junior", means: [1], expects: { min: 1, max: 1 } },
  { pattern: /\bassociate\b(?!\s+director)/i, word: "Associate", means: [1], expects: { min: 1, max: 2 } },
  {
    pattern: /\b(mid[- ]level|mid|intermediate)\b|\b(engineer|developer|analyst)\s+ii\b/i,
    word: "Mid",
    means: [2],
    expects: { min: 1, max: 2 },
  },
  {
    pattern: /\b(senior|sr\.?)(?![a-z])|\b(engineer|developer|analyst)\s+iii\b/i,
    word: "Senior",
    means: [2],
    expects: { min: 2, max: 3 },
  },
  { pattern: /\blead\b/i, word: "Lead", means: [2, 3], expects: { min: 2, max: 3 } },
  { pattern: /\bstaff\b/i, word: "Staff", means: [2, 3], expects: { min: 3, max: 3 } },
  { pattern: /\barchitect\b/i, word: "Architect", means: [2, 3], expects: { min: 3, max: 3 } },
  { pattern: /\bprincipal\b/i, word: "Principal", means: [2, 3], expects: { min: 3, max: 3 } },
  { pattern: /\bhead of\b|\bhead,/i, word: "Head of", means: [3], expects: { min: 3, max: 3 } },
  { pattern: /\b(director|directeur|directora?)\b/i, word: "Director", means: [3], expects: { min: 3, max: 3 } },
  { pattern: /\b(vp|vice[- ]president|svp|evp)\b/i, word: "VP", means: [3], expects: { min: 3, max: 3 } },
  { pattern: /\bdistinguished\b/i, word: "Distinguished", means: [3], expects: { min: 3, max: 3 } },
  { pattern: /\bfellow\b/i, word: "Fellow", means: [3], expects: { min: 3, max: 3 } },
  { pattern: /\b(chief|cto|ciso|cdo)\b/i, word: "Chief", means: [3], expects: { min: 3, max: 3 } },
];

/** The most senior rung a title names (the table's order), or null for a plain title ("SRE"). */
export function titleRung(title: string): Rung | null {
  let found: Rung | null = null;
  SENIORITY.forEach((s, rank) => {
    const m = s.pattern.exec(title);
    if (m) found = { word: m[0].replace(/[,.]$/, "").trim(), rank, means: s.means, expects: s.expects };
  });
  return found;
}
