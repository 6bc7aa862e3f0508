// The features the learned models (lib/jd/model.ts) read from one requirement line: what the NLP
// pipeline gives (lemmas of content words, lemma bigrams, the asked verb and what it acts on) and
// what the lexicon saw (its per-domain scores, the known tools and practices it matched, the level
// cues of the sentence, a heading over the line), plus the ad around it (its main domain, an
// entry-level title, a nice-to-have). Names are prefixed by kind so the model's explanations can
// say which kind of evidence decided.
import { DOMAIN_KEYS, DOMAIN_NAMES, type DomainKey } from "./lexicon";
import { contentWords } from "./learned";
import { SCOPE_DEPENDENT } from "./level-cues";
import type { Features } from "./model";
import type { LineDetail } from "./read-line";

export type LineSetting = {
  /** The domain most of the ad's lines are about. */
  prior?: DomainKey | null;
  /** The ad's title is entry-level. */
  junior?: boolean;
  /** The line is a nice-to-have. */
  optional?: boolean;
  /**
   * Inside an ad: what the heading over the line says it is, the role's work ("does": "What
   * you'll do") or what the person brings ("brings": "Requirements"), or "none" when no heading
   * says. Absent for a line read alone.
   */
  section?: "does" | "brings" | "none";
  /** Inside an ad: the share of its cued lines whose cues read Level 1, 2 and 3 (the ad's register). */
  adCues?: readonly [number, number, number];
};
// The role's targets are not a feature of either model (they were a domain hint until 2026-12-02):
// they pulled a line towards the domains the role targets most, so a line in a domain the role
// barely targets, the very line an inflation flag is for, read as another domain; over 172 ads the
// hint gained nothing in cross-validation (domain 90.6% with it, 90.4% without, 10-fold by ad).

/** Words too common to make a bigram mean anything. */
const GLUE = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "of",
  "to",
  "in",
  "for",
  "with",
  "on",
  "our",
  "your",
  "we",
  "you",
  "be",
  "is",
  "are",
]);

export const FEATURE_KINDS = {
  w: "word",
  b: "word pair",
  v: "asked verb",
  vo: "verb and object",
  o: "object word",
  lx: "vocabulary score",
  t: "known term",
  ctx: "section heading",
  prior: "the ad's main domain",
  cue: "level cue",
  cl: "level read from the sentence",
  sec: "section (the role's work or what the person brings)",
  adcue: "the levels the ad's other lines ask",
} as const;

export function lineFeatures(d: LineDetail, setting: LineSetting = {}): Features {
  const f: Features = new Map();
  const on = (name: string, value = 1) => f.set(name, (f.get(name) ?? 0) + value);
  // Words inside neutral phrases (vocabulary.ts: a team's name, a trait such as "data-driven") name no skill: no word features.
  const neutral = new Set(d.neutral ?? []);
  const kept = neutral.size ? d.tokens.filter((_, i) => !neutral.has(i)) : d.tokens;
  // A verb whose level depends on its scope ("lead", "own") is two different asks: "lead the
  // migration from Graphite to Prometheus" (a system) and "lead the adoption ... across the
  // company" (the organisation). Its word, pairs and verb features carry the lexicon's reading of
  // the scope, so the models learn the two apart instead of one "lead" that mostly meant Level 3.
  const scoped =
    d.verb && SCOPE_DEPENDENT[d.verb] !== undefined && d.cueLevel !== null
      ? `${d.verb}@${d.cueLevel === 3 ? "org" : "system"}`
      : null;
  const words = contentWords(kept);
  for (const w of words) on(`w:${scoped && w === d.verb ? scoped : w}`);
  const lemmas = kept
    .map((t) => (scoped && t.lemma === d.verb ? scoped : t.lemma))
    .filter((l) => !GLUE.has(l) && !/^\d+$/.test(l));
  for (let i = 0; i + 1 < lemmas.length; i++) f.set(`b:${lemmas[i]}_${lemmas[i + 1]}`, 1);
  if (d.verb) {
    const verb = scoped ?? d.verb;
    on(`v:${verb}`);
    const obj = d.object.filter((l) => words.includes(l));
    if (obj[0]) on(`vo:${verb}_${obj[0]}`);
    for (const o of obj) f.set(`o:${o}`, 1);
  } else on("v:none");
  // The lexicon's evidence, as numbers the model weighs: a term worth 3 is a tool or practice of one domain.
  for (const k of DOMAIN_KEYS) {
    const s = d.scores[k] ?? 0;
    if (s > 0) on(`lx:${k}`, Math.min(3, s / 3));
  }
  const ranked = DOMAIN_KEYS.filter((k) => (d.scores[k] ?? 0) >= 2).sort(
    (a, b) => (d.scores[b] ?? 0) - (d.scores[a] ?? 0),
  );
  on(ranked[0] ? `lxtop:${ranked[0]}` : "lxtop:none");
  for (const h of d.hits) if (h.weight === 3) f.set(`t:${h.key}`, 1);
  if (d.ctx) on(`ctx:${d.ctx}`, d.declared ? 3 : 1);
  if (setting.prior) on(`prior:${setting.prior}`);
  // Level: the cues the sentence gives, and the level they read together.
  for (const c of d.cues) on(`cue:${c.level}`, c.weight / 3);
  on(d.cueLevel ? `cl:${d.cueLevel}` : "cl:none");
  if (d.cueLevel && d.verb) on(`clv:${d.cueLevel}_${d.verb}`);
  if (setting.junior) on("junior");
  if (setting.optional) on("optional");
  if (setting.section) on(`sec:${setting.section}`);
  setting.adCues?.forEach((share, i) => {
    if (share > 0) on(`adcue:${i + 1}`, share);
  });
  if (d.tokens.length > 25) on("long");
  return f;
}

/** A feature's name in words, for explanations ("w:kafka" -> "kafka"). */
export function featureWords(name: string): string | null {
  const kind = name.slice(0, name.indexOf(":"));
  // "lead@org" is the word "lead" read with its scope (see lineFeatures).
  const rest = name.slice(name.indexOf(":") + 1).replace(/@(org|system)/g, "");
  if (kind === "w" || kind === "o" || kind === "v") return rest === "none" ? null : rest;
  if (kind === "b" || kind === "vo") return rest.replace(/_/g, " ");
  return null;
}

/**
 * A feature in plain words, for explaining a level the models read without a cue: a word in
 * quotes ("terraform"), or what the other kinds of evidence are ("its section (what the person
 * brings)", "the levels the ad's other lines ask"). Null for what says nothing to a reader (no cue,
 * no verb, the bias of long lines).
 */
export function featureReason(name: string): string | null {
  const words = featureWords(name);
  if (words !== null) return `"${words}"`;
  const kind = name.includes(":") ? name.slice(0, name.indexOf(":")) : name;
  const rest = name.slice(name.indexOf(":") + 1);
  if (kind === "sec")
    return rest === "brings"
      ? "its section (what the person brings)"
      : rest === "does"
        ? "its section (the role's work)"
        : null;
  if (kind === "adcue") return "the levels the ad's other lines ask";
  if (kind === "junior") return "an entry-level title";
  if (kind === "optional") return "a nice-to-have";
  if (kind === "t" || kind === "lx" || kind === "lxtop")
    return rest in DOMAIN_NAMES ? `the ${DOMAIN_NAMES[rest as DomainKey]} terms it names` : null;
  if (kind === "ctx") return "the heading over it";
  if (kind === "prior") return "the ad's main domain";
  return null;
}
