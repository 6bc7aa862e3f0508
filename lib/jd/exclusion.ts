// Job-ad checks for wording that shuts people out, beyond retext-equality and retext-profanities:
// native-speaker and age demands, "culture fit", gendered pronouns for the candidate, degree and
// years demands above the role's level, and masculine-coded wording (Gaucher, Friesen & Kay 2011).
// Each warning says why and suggests wording. Synchronous and offline, like the analyser.
import { genderCoding, GENDER_CODED_SOURCE } from "./gender-coded";
import type { DomainKey } from "./lexicon";
import { parseYears } from "./lexicon";
import { compilePhrase, findPhrases, tokenize, type Phrase } from "./nlp";

export type ExclusionWarning = {
  message: string;
  line: number;
  column: number;
  ruleId: string;
  why: string;
  suggestion: string;
};
type Rule = { id: string; phrases: string[]; why: string; suggestion: string };

/** Phrase rules, in the vocabulary's syntax (lib/jd/vocabulary.ts). */
export const EXCLUSION_RULES: Rule[] = [
  {
    id: "native-speaker",
    phrases: [
      "native speaker",
      "native english",
      "native german",
      "native french",
      "native spanish",
      "native level",
      "mother tongue",
      "native language",
      "native like",
    ],
    why: "Asking for a native speaker excludes people by where they grew up, not by how well they communicate; in many countries it is national-origin discrimination.",
    suggestion: 'Say the level of the language the work needs: "fluent written and spoken English".',
  },
  {
    id: "age",
    phrases: [
      "digital native",
      "digital natives",
      "young team",
      "young and dynamic",
      "young dynamic",
      "youthful",
      "recent graduate",
      "recent graduates",
      "fresh graduate",
      "under 30",
      "under 35",
      "energetic young",
      "junior in age",
      "mature candidate",
      "overqualified",
    ],
    why: "Words about age or generation deter older (or younger) applicants and can be age discrimination.",
    suggestion:
      'Describe the skill instead: "comfortable learning new tools" rather than "digital native"; describe the team by its work, not its age.',
  },
  {
    id: "culture-fit",
    phrases: [
      "culture fit",
      "cultural fit",
      "fit our culture",
      "fit in with the team",
      "fits our culture",
      "beer with",
    ],
    why: '"Culture fit" invites hiring people like the current team; it is where bias hides in a debrief.',
    suggestion:
      'Name the behaviour you want ("writes clear postmortems", "asks for help early") or ask for "culture add".',
  },
  {
    id: "gendered-pronoun",
    // Any gendered pronoun: in a job ad it almost always stands for the candidate.
    phrases: [
      "his or her",
      "he or she",
      "he she",
      "s he",
      "he",
      "she",
      "him",
      "his",
      "her",
      "hers",
      "himself",
      "herself",
    ],
    why: "Pronouns for the candidate assume their gender; some readers conclude the ad is not for them.",
    suggestion: 'Address the reader as "you", or use "they".',
  },
  {
    id: "family",
    phrases: ["we are a family", "one big family", "on call family", "like a family", "work hard play hard"],
    why: "Family and work-hard-play-hard language signals that long hours and blurred boundaries are expected, which deters carers and people with a life outside work.",
    suggestion: 'Say what support people get: "on-call is paid and shared across eight people".',
  },
];

const COMPILED = EXCLUSION_RULES.map((r) => ({
  rule: r,
  phrases: r.phrases.map((p) => compilePhrase(p, r.id, 1)) as Phrase<string>[],
}));
const DEGREE = [
  "phd",
  "ph d",
  "doctorate",
  "doctoral degree",
  "master s degree",
  "masters degree",
  "msc",
  "bachelor s degree",
  "bachelors degree",
  "degree required",
  "degree in",
  "university degree",
  "bsc",
];
const DEGREE_PHRASES = DEGREE.map((d) => compilePhrase(d, "degree", 1));
const EQUIVALENT = [
  compilePhrase("or equivalent", "eq", 1),
  compilePhrase("or similar experience", "eq", 1),
  compilePhrase("equivalent experience", "eq", 1),
];

/** Most years an ad may reasonably ask for, by the role's highest target level. */
export const MAX_YEARS: Record<0 | 1 | 2 | 3, number> = { 0: 3, 1: 3, 2: 7, 3: 15 };

export function exclusionWarnings(text: string, targets?: Record<DomainKey, number>): ExclusionWarning[] {
  const out: ExclusionWarning[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const top = targets ? (Math.max(...Object.values(targets)) as 0 | 1 | 2 | 3) : null;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const tokens = tokenize(line);
    for (const { rule, phrases } of COMPILED) {
      const hit = findPhrases(tokens, line, phrases)[0];
      if (hit)
        out.push({
          message: `"${hit.text}": ${rule.why}`,
          line: i + 1,
          column: tokens[hit.from]!.start + 1,
          ruleId: rule.id,
          why: rule.why,
          suggestion: rule.suggestion,
        });
    }
    const degree = findPhrases(tokens, line, DEGREE_PHRASES)[0];
    if (degree) {
      const phd = /ph\s*\.?\s*d|doctor/i.test(degree.text);
      const equivalent = findPhrases(tokens, line, EQUIVALENT).length > 0;
      if (phd && (top === null || top < 3)) {
        const why =
          "A PhD is not what this role's levels ask for; demanding or preferring one narrows the pool to people who could afford years of study.";
        out.push({
          message: `"${degree.text}": ${why}`,
          line: i + 1,
          column: tokens[degree.from]!.start + 1,
          ruleId: "degree-above-level",
          why,
          suggestion:
            'Drop it, or name the skill the degree stands for ("designs and evaluates anomaly-detection models").',
        });
      } else if (!phd && !equivalent) {
        const why = "A degree demand without an alternative shuts out people who learned the work on the job.";
        out.push({
          message: `"${degree.text}": ${why}`,
          line: i + 1,
          column: tokens[degree.from]!.start + 1,
          ruleId: "degree-without-equivalent",
          why,
          suggestion: 'Add "or equivalent experience".',
        });
      }
    }
    const years = parseYears(line);
    if (years !== null && top !== null && years > MAX_YEARS[top]) {
      const why = `${years}+ years is more than a role whose highest target is Level ${top} needs; long years demands deter capable people who learned the skill faster, and say nothing about the level.`;
      out.push({
        message: why,
        line: i + 1,
        column: 1,
        ruleId: "years-above-level",
        why,
        suggestion: `Ask for the skill at the level instead, or at most ${MAX_YEARS[top]} years.`,
      });
    }
  });
  const coding = genderCoding(text);
  if (coding.masculine.length - coding.feminine.length >= 2) {
    const why = `Masculine-coded wording (${coding.masculine.map((w) => `"${w}"`).join(", ")}) outweighs feminine-coded wording (${coding.feminine.length ? coding.feminine.map((w) => `"${w}"`).join(", ") : "none"}); such ads appeal less to women, who judge they would belong less (${GENDER_CODED_SOURCE}).`;
    out.push({
      message: why,
      line: 1,
      column: 1,
      ruleId: "gender-coded",
      why,
      suggestion:
        'Rephrase some of them ("competitive" → "rewarding", "dominant" → "leading", "aggressive targets" → "ambitious but realistic targets") or describe how the team works together.',
    });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
