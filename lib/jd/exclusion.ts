// Job-ad checks for wording that shuts people out, beyond retext-equality and retext-profanities:
// native-speaker and age demands, "culture fit", gendered pronouns for the candidate, degree and
// years demands above the role's level, and masculine-coded wording (Gaucher, Friesen & Kay 2011).
// Each warning says why and suggests wording. Synchronous and offline, like the analyser.
import { genderCoding, GENDER_CODED_SOURCE } from "./gender-coded";
import type { DomainKey } from "./lexicon";
import { parseYears } from "./lexicon";
import { compilePhrase, findPhrases, longestFirst, tokenize, type Hit, type Phrase, type Token } from "./nlp";

export type ExclusionWarning = {
  message: string;
  line: number;
  column: number;
  ruleId: string;
  why: string;
  suggestion: string;
};
type Rule = {
  id: string;
  phrases: string[];
  /** A wording fixed phrases cannot list (words between), matched over the line's tokens. */
  match?: (tokens: Token[], line: string) => Hit<string> | null;
  why: string;
  suggestion: string;
};

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
      // "young" before people ("young, energetic team", "younger candidates") is `match` below,
      // with any adjectives between; these are the fixed phrases.
      "digital native",
      "digital natives",
      "young and dynamic",
      "young at heart",
      "youthful",
      "youngster*",
      "millennial*",
      "gen z",
      "generation z",
      "recent graduate",
      "recent graduates",
      "fresh graduate",
      "fresh graduates",
      "under 30",
      "under 35",
      "junior in age",
      "mature candidate",
      "overqualified",
    ],
    match: youngPeople,
    why: "Words about age or generation deter older (or younger) applicants and can be age discrimination.",
    suggestion:
      'Describe the skill instead: "comfortable learning new tools" rather than "digital native"; describe the team by its work, not its age ("a team of six SREs who share on-call").',
  },
  {
    id: "hero-words",
    // Not "wizard": an install or setup wizard is a thing, not a person.
    phrases: [
      "rock star",
      "rockstar",
      "ninja",
      "guru",
      "unicorn",
      "superhero",
      "superstar",
      "jedi",
      // The tokenizer splits "10x" into "10" and "x".
      "10 x engineer",
      "10 x developer",
    ],
    why: 'Hero words describe a self-image, not the work: people who would not call themselves a "rockstar" or a "ninja" (more often women, and people new to the field) read the ad as not meant for them, and the words say nothing about the skill or the level asked.',
    suggestion:
      'Name the work and the level instead: "an SRE who leads incident response and writes clear postmortems" rather than "rockstar SRE ninja".',
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

/** Age words that, before a word for people, ask for people of an age. */
const AGE_WORDS = new Set(["young", "younger", "youngest", "youthful"]);
/**
 * Words for people (and teams of them), by lemma. "young company", "young startup" or "young
 * field" are left alone: they tell the organisation's or the field's age, which any applicant
 * can join, not the age of the people wanted.
 */
const PEOPLE = new Set(
  (
    "team teammate people person man woman guy gal folk talent professional graduate grad colleague staff " +
    "crew squad workforce employee hire recruit individual member mind blood generation candidate applicant " +
    "worker engineer developer analyst scientist architect specialist administrator operator programmer coder " +
    "hacker techie designer manager leader"
  ).split(" "),
);
/** Between the age word and the people word: descriptive words only ("young, energetic and driven team"). */
const BETWEEN_POS = new Set(["ADJ", "ADV", "CCONJ", "VERB", "NOUN", "PROPN", "NUM"]);
/** At most this many words between them. */
const MAX_BETWEEN = 4;

const isPeople = (t: Token) => t.stems.some((s) => PEOPLE.has(s)) || PEOPLE.has(t.lemma);

/**
 * "young, energetic team", "young and dynamic team", "young dynamic people", "energetic young
 * engineers", "younger candidates": an age word, then up to four descriptive words (commas,
 * "and", "&" between them), then a word for people, within one sentence. Not a surname ("Sarah
 * Young, team lead", "Young's modulus").
 */
export function youngPeople(tokens: Token[], line: string): Hit<string> | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!AGE_WORDS.has(t.norm)) continue;
    // A possessive ("Young's modulus") or a surname after a capitalised name ("Sarah Young").
    if (/^\s*['’]s\b/.test(line.slice(t.end))) continue;
    const prev = tokens[i - 1];
    if (prev && /^\p{Lu}/u.test(t.text) && prev.pos === "PROPN" && /^\p{Lu}/u.test(prev.text)) continue;
    for (let j = i + 1; j < tokens.length && j <= i + MAX_BETWEEN + 1; j++) {
      const next = tokens[j]!;
      // Only spaces, commas, "&", hyphens and slashes between words: a full stop, colon or bracket ends the phrase.
      if (!/^[\s,&/–-]*$/.test(line.slice(tokens[j - 1]!.end, next.start))) break;
      if (isPeople(next)) {
        // Adjectives just before the age word are part of it ("energetic young engineers").
        let from = i;
        while (
          from > 0 &&
          tokens[from - 1]!.pos === "ADJ" &&
          /^[\s,]*$/.test(line.slice(tokens[from - 1]!.end, tokens[from]!.start))
        )
          from--;
        return {
          key: "age",
          weight: 1,
          source: "young people",
          from,
          to: j + 1,
          text: line.slice(tokens[from]!.start, next.end),
        };
      }
      if (!BETWEEN_POS.has(next.pos) && next.norm !== "and") break;
    }
  }
  return null;
}

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
  // Abbreviated and possessive forms (exploratory round I): "BS/MS in CS", "B.S. in", "Bachelor's in".
  "bachelor s in",
  "bachelors in",
  "master s in",
  "masters in",
  "bs in",
  "b s in",
  "bs ms",
  "bs or ms",
  "b s or m s",
  "m s in",
  "ms degree",
  "bs degree",
  "ba in",
];
const DEGREE_PHRASES = DEGREE.map((d) => compilePhrase(d, "degree", 1));
const EQUIVALENT = [
  compilePhrase("or equivalent", "eq", 1),
  compilePhrase("or similar experience", "eq", 1),
  compilePhrase("equivalent experience", "eq", 1),
  compilePhrase("equal experience", "eq", 1),
  compilePhrase("comparable experience", "eq", 1),
  compilePhrase("or the same experience", "eq", 1),
  compilePhrase("bootcamp", "eq", 1),
  compilePhrase("self taught", "eq", 1),
];

/** "to a high degree", "a degree of autonomy", "360 degree": the word as a measure, not a qualification. */
const MEASURE_BEFORE = new Set([
  "high",
  "higher",
  "certain",
  "large",
  "great",
  "greater",
  "some",
  "varying",
  "lesser",
  "significant",
  "any",
  "what",
]);

const ORDINALS = new Set(["first", "second", "third", "fourth", "fifth", "sixth"]);

/**
 * A degree named by its field or kind before the word ("a Computer Science degree", "Engineering
 * degree from INPT", "Master degree", "Degree from UCT"), which the fixed phrases ("degree in",
 * "bachelor's degree") miss. The words just before it that name it are part of the hit.
 */
function degreeWord(tokens: Token[], line: string): Hit<string> | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.norm !== "degree" && t.norm !== "degrees") continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (next?.norm === "of") continue;
    if (prev && (/^\d/.test(prev.norm) || MEASURE_BEFORE.has(prev.norm))) continue;
    // Kinship in law ("related within the fourth civil degree"), not a qualification.
    if (tokens.slice(Math.max(0, i - 2), i).some((p) => ORDINALS.has(p.norm))) continue;
    if (prev?.norm === "a" && tokens[i - 2]?.norm === "to") continue; // "to a degree"
    let from = i;
    while (
      from > 0 &&
      i - from < 3 &&
      ["NOUN", "PROPN", "ADJ"].includes(tokens[from - 1]!.pos) &&
      /^[\s]*$/.test(line.slice(tokens[from - 1]!.end, tokens[from]!.start))
    )
      from--;
    return {
      key: "degree",
      weight: 1,
      source: "degree",
      from,
      to: i + 1,
      text: line.slice(tokens[from]!.start, t.end),
    };
  }
  return null;
}

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
      const found = findPhrases(tokens, line, phrases);
      const matched = rule.match?.(tokens, line);
      if (matched) found.push(matched);
      // Every wording of the rule on the line is named ("Rockstar", "ninja"), once each.
      const hits = longestFirst(found);
      const hit = hits[0];
      if (hit)
        out.push({
          message: `${[...new Set(hits.map((h) => `"${h.text}"`))].join(", ")}: ${rule.why}`,
          line: i + 1,
          column: tokens[hit.from]!.start + 1,
          ruleId: rule.id,
          why: rule.why,
          suggestion: rule.suggestion,
        });
    }
    const degree = findPhrases(tokens, line, DEGREE_PHRASES)[0] ?? degreeWord(tokens, line);
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
