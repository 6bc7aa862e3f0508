// Reads one requirement line: which domain it is about (the per-domain vocabulary, a domain
// sub-heading, learned word associations) and which level it asks for (what the sentence asks
// the person to do, read from its verbs, framing, qualifiers, scope and object). Deterministic.
import { LEARNING_LOOP, OPTIONAL_MARKERS } from "./level-cues";
import { askVerbs, objectSpan, readLevel, type Votes } from "./read-level";
import { DOMAIN_KEYS, parseYears, type DomainKey, type Level } from "./lexicon";
import { leans, type ExtraDomain, type Learned, contentWords } from "./learned";
import {
  compilePhrase,
  findPhrases,
  markerPhrases,
  longestFirst,
  tokenize,
  type Hit,
  type Phrase,
  type Token,
} from "./nlp";
import { NEUTRAL_PHRASES, SHARED_WORDS, VAGUE_TERMS, VOCABULARY } from "./vocabulary";

export type LevelBasis = "explicit" | "learned" | "default";
export type MappedLine = {
  domain: DomainKey | null;
  level: Level | null;
  /** 0..1: how clearly one domain wins, how much evidence there is, and how clearly one level does. */
  confidence: number;
  /** The words that decided the domain and the level, in reading order. */
  matched: string[];
  /** Why the level: the cues that decided it, in plain words. */
  levelReason: string;
  /** "explicit": read from the line's own words; "learned"/"default": no cue, a back-off. */
  levelBasis: LevelBasis | null;
  /**
   * A level the models read without a cue ("learned"): the evidence that weighed most for it, in
   * plain words (the words in quotes, or "its section (what the person brings)"...), strongest first.
   */
  levelEvidence?: string[];
  years: number | null;
  vague: string[];
  /** The line marks itself a nice-to-have ("Nice to have: Flink", "Kafka is a plus"). */
  optional: boolean;
  /** An organisation-added domain that this line is about, when none of the built-in ones is. */
  extraDomain: string | null;
  /** A shared word ("alert") was settled by neither the line nor the ad: reading it with the ad's domain may change it. */
  needsPrior: boolean;
  /** When the learned model read the line: the probability of its domain, and of each level (1, 2, 3). */
  probabilities?: {
    domain: number;
    level: [number, number, number];
    /** The probability of each built-in domain (the rest is "no domain"). */
    domains?: Record<DomainKey, number>;
  };
};
export type ReadOptions = {
  context?: string;
  /** The line's tokens, when the caller tokenised a whole ad at once. */
  tokens?: Token[];
  learned?: Learned | null;
  extraDomains?: ExtraDomain[];
  /** What the rest of the ad is about: settles words operations share ("alert" in a SOC ad is security). */
  prior?: DomainKey | null;
  /** The ad's title is an entry-level one (Intern, Graduate, Junior): a feature of the level model, not a rule. */
  junior?: boolean;
};

/** A domain or a level needs at least this much evidence: one weak hint is not a mapping. */
const MIN_DOMAIN = 2;
/** A domain sub-heading ("### Observability & telemetry") counts like a usual term for the lines under it. */
const CONTEXT_WEIGHT = 2;
/** What the main verb acts on counts this much more than the rest of the line. */
const OBJECT_BOOST = 1.5;
/** A domain word that is the asked verb itself ("securing", "automate"). */
const VERB_BOOST = 2;
/** Two domains this close are a close call: the ad's own domain settles it. */
const CLOSE_CALL = 1.5;
/** A heading that names both a domain and a level outweighs anything in the line. */
const DECLARED_WEIGHT = 100;
/** Learned word leans are weak: at most this much per domain. */
const LEARNED_CAP = 2;

/** Every vocabulary entry (vocabulary.ts), compiled: key its domain, weight its weight, source the entry. */
export const VOCABULARY_PHRASES: Phrase<DomainKey>[] = DOMAIN_KEYS.flatMap((d) =>
  ([3, 2, 1] as const).flatMap((w) => VOCABULARY[d][w].map((s) => compilePhrase(s, d, w))),
);
const DOMAIN_PHRASES: Phrase<DomainKey | null>[] = [
  ...VOCABULARY_PHRASES,
  ...NEUTRAL_PHRASES.map((s) => compilePhrase<DomainKey | null>(s, null, 0)),
];
const VAGUE: Phrase<"vague">[] = VAGUE_TERMS.map((s) => compilePhrase(s, "vague" as const, 1));
const OPTIONAL: Phrase<true>[] = markerPhrases(OPTIONAL_MARKERS);
const LOOP_FROM = markerPhrases(LEARNING_LOOP.from);
const LOOP_INTO = markerPhrases(LEARNING_LOOP.into);
const NOT_SECURITY_AFTER_SECURE = new Set([
  "budget",
  "funding",
  "buy",
  "headcount",
  "sponsorship",
  "approval",
  "investment",
  "support",
  "agreement",
]);

/** Words that are a domain term as nouns but not as verbs ("what the metrics mean"). */
const NOUN_ONLY = new Set(["mean", "page", "signal", "trust", "control", "release", "patch"]);
/** Words that, before "team(s)", name who you work with ("the SRE, platform and security teams"). */
const TEAM_WORDS = new Set([
  "sre",
  "platform",
  "security",
  "secops",
  "data",
  "ml",
  "ai",
  "reliability",
  "infrastructure",
  "operations",
  "ops",
  "devops",
  "engineering",
  "product",
  "finance",
  "compliance",
  "fraud",
  "analytics",
  "science",
  "network",
  "it",
  "support",
  "legal",
  "risk",
  "privacy",
  "and",
  "or",
  "the",
  "our",
  "other",
  "soc",
  "cloud",
]);

/** Tokens inside team names, which claim no domain. */
function teamTokens(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    // "across engineering, security and finance": departments, not skills.
    if (t.norm === "across") for (let j = i + 1; j < tokens.length && TEAM_WORDS.has(tokens[j]!.norm); j++) out.add(j);
    if (t.lemma !== "team" && t.norm !== "teams") return;
    for (let j = i - 1; j >= 0 && TEAM_WORDS.has(tokens[j]!.norm); j--) out.add(j);
  });
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The domain a sub-heading names ("### Observability & telemetry: Level 2"); headings repeat, so they are remembered. */
const headingDomains = new Map<string, DomainKey | null>();
function contextDomain(heading: string): DomainKey | null {
  if (!headingDomains.has(heading)) {
    if (headingDomains.size > 500) headingDomains.clear();
    headingDomains.set(heading, readLine(heading, { learned: null }).domain);
  }
  return headingDomains.get(heading) ?? null;
}

/** What the lexicon saw in a line, beyond its answer: the inputs of the learned model (lib/jd/features.ts). */
export type LineDetail = {
  tokens: Token[];
  /** Each domain's lexicon score (vocabulary, heading, learning loop), before the ad's domain settles close calls. */
  scores: Partial<Record<DomainKey, number>>;
  /** Vocabulary hits that count for a domain. */
  hits: { key: DomainKey; weight: number; text: string; source: string }[];
  /** The domain a heading or leading label names, and whether it names a level too. */
  ctx: DomainKey | null;
  declared: boolean;
  /** Level cues the sentence gives (verbs, framing, scope). */
  cues: { level: Level; weight: number; text: string; why: string }[];
  /** The level the cues read, or null. */
  cueLevel: Level | null;
  /** The main asked verb's lemma and the words it acts on. */
  verb: string | null;
  object: string[];
  /** Indices of the tokens inside neutral phrases (a team's name, a trait: "data-driven"), which name no skill. */
  neutral?: number[];
};

/** Maps one requirement line to a domain and a level, with the evidence. Deterministic. */
export function readLine(line: string, options: ReadOptions = {}): MappedLine {
  return readLineDetailed(line, options).mapped;
}

/** readLine, with what the lexicon saw (for the learned model). */
export function readLineDetailed(line: string, options: ReadOptions = {}): { mapped: MappedLine; detail: LineDetail } {
  const tokens = options.tokens ?? tokenize(line);
  const teams = teamTokens(tokens);
  const optional = findPhrases(tokens, line, OPTIONAL).length > 0;
  // A leading label ("Nice to have:", "Observability & telemetry:") is not the ask; an imperative
  // before a colon is ("Define the group's telemetry strategy: the standards, the schemas ...",
  // "Establish the model governance: approvals, audit and explainability rules"): what follows lists
  // what it covers.
  const label = /^\s*([^:]{1,60}):\s+\S/.exec(line);
  const labelEnd = (label?.[1] ?? "").length;
  const asksFirst = label ? askVerbs(tokens.filter((t) => t.start < labelEnd))[0] : undefined;
  const imperative = asksFirst?.main === true && asksFirst.token.norm === asksFirst.token.lemma;
  const askFrom =
    label && !imperative && (label[1] ?? "").trim().split(/\s+/).length <= 6
      ? tokens.findIndex((t) => t.start > labelEnd)
      : 0;
  const ask = askFrom > 0 ? tokens.slice(askFrom) : tokens;
  const vagueHits = longestFirst(findPhrases(tokens, line, VAGUE));
  // Domain evidence: vocabulary hits outside team names and buzzwords, the heading, then learned leans.
  const found = longestFirst(findPhrases(tokens, line, DOMAIN_PHRASES));
  const neutral = found
    .filter((h) => h.key === null)
    .flatMap((h) => Array.from({ length: h.to - h.from }, (_, i) => h.from + i));
  const hits = found.filter((h): h is Hit<DomainKey> => {
    if (h.key === null || vagueHits.some((v) => h.from < v.to && v.from < h.to)) return false;
    const t = tokens[h.from]!;
    if (h.to - h.from === 1 && ((NOUN_ONLY.has(t.lemma) && t.pos === "VERB") || teams.has(h.from))) return false;
    // "secure the budget" is winning money, not security work.
    if (t.lemma === "secure" && tokens.slice(h.to, h.to + 4).some((x) => NOT_SECURITY_AFTER_SECURE.has(x.lemma)))
      return false;
    return true;
  });
  // A heading over the line, or a leading label ("Automation & integration: ..."), may name the domain.
  const labelText = askFrom > 0 ? (label?.[1] ?? "").trim() : "";
  const ctxText = options.context ?? (labelText ? labelText : undefined);
  const ctx = ctxText ? contextDomain(ctxText) : null;
  const score = new Map<DomainKey, number>();
  const add = (d: DomainKey, w: number) => score.set(d, (score.get(d) ?? 0) + w);
  // What the main verb acts on says most about the domain ("Build policy-as-code checks into CI/CD").
  // The asked verb itself can name the domain ("Secure", "Automate", "Instrument"): that is the work, so it counts double.
  const main = askVerbs(ask)[0];
  const objectTokens = new Set(main ? objectSpan(ask, main.index).map((t) => t.start) : []);
  const verbAt = main?.token.start;
  const weightOf = (h: Hit<DomainKey>) =>
    h.weight *
    (tokens[h.from]!.start === verbAt ? VERB_BOOST : objectTokens.has(tokens[h.from]!.start) ? OBJECT_BOOST : 1);
  const shared = hits.filter((h) => SHARED_WORDS[h.source]);
  for (const h of hits) if (!SHARED_WORDS[h.source]) add(h.key, weightOf(h));
  // Shared operations words go to whichever of their domains the line (else the ad) is about.
  let needsPrior = false;
  for (const h of shared) {
    const options_ = SHARED_WORDS[h.source]!;
    if (
      (score.get([...options_].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0))[0]!) ?? 0) === 0 &&
      !options.prior
    )
      needsPrior = true;
    const best = [...options_].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0))[0]!;
    const to =
      (score.get(best) ?? 0) > 0
        ? best
        : options.prior && options_.includes(options.prior)
          ? options.prior
          : options_[0]!;
    h.key = to;
  }
  for (const h of shared) add(h.key, weightOf(h));
  // A heading or label that names a level too ("### Security & governance: Level 1") is a deliberate
  // grouping by the ad's author: its lines are that domain's. A plain one is a hint.
  const declared = ctx !== null && /\blevel\s*[123]\b/i.test(ctxText ?? "");
  if (ctx) add(ctx, declared ? DECLARED_WEIGHT : labelText && !options.context ? 2 * CONTEXT_WEIGHT : CONTEXT_WEIGHT);
  const loop = findPhrases(tokens, line, LOOP_FROM).length > 0 && findPhrases(tokens, line, LOOP_INTO).length > 0;
  if (loop) add("data-ml", 3); // learning from incidents into models is the data/ML domain's Level 3
  const covered = new Set(hits.flatMap((h) => tokens.slice(h.from, h.to).map((t) => t.lemma)));
  const learnedWords: { word: string; key: DomainKey }[] = [];
  if (options.learned) {
    const perDomain = new Map<DomainKey, number>();
    for (const l of leans(
      contentWords(tokens).filter((w) => !covered.has(w)),
      options.learned.domain,
    )) {
      const d = l.key as DomainKey;
      const room = LEARNED_CAP - (perDomain.get(d) ?? 0);
      if (room <= 0 || !DOMAIN_KEYS.includes(d)) continue;
      perDomain.set(d, (perDomain.get(d) ?? 0) + Math.min(room, l.share));
      add(d, Math.min(room, l.share));
      learnedWords.push({ word: l.word, key: d });
    }
  }
  const heavy = (k: DomainKey) => hits.filter((h) => h.key === k && h.weight === 3).length;
  const first = (k: DomainKey) => hits.find((h) => h.key === k)?.from ?? Infinity;
  const ranked = [...score].sort(
    (a, b) =>
      b[1] - a[1] ||
      heavy(b[0]) - heavy(a[0]) ||
      first(a[0]) - first(b[0]) ||
      DOMAIN_KEYS.indexOf(a[0]) - DOMAIN_KEYS.indexOf(b[0]),
  );
  let top = ranked[0];
  const second = ranked[1];
  const close =
    top !== undefined &&
    second !== undefined &&
    top[1] - second[1] < CLOSE_CALL &&
    top[1] >= MIN_DOMAIN &&
    ctx === null;
  if (close && options.prior && second && second[0] === options.prior) top = second;
  if (close && !options.prior) needsPrior = true;
  let domain = top && top[1] >= MIN_DOMAIN ? top[0] : null;
  // An organisation's own domain wins a line its words describe better than any built-in one.
  let extraDomain: string | null = null;
  if (options.extraDomains?.length) {
    const lemmas = new Set(tokens.map((t) => t.lemma));
    const best = options.extraDomains
      .map((x) => ({ x, s: Object.entries(x.words).reduce((s, [w, n]) => s + (lemmas.has(w) ? n : 0), 0) }))
      .sort((a, b) => b.s - a.s)[0];
    if (best && best.s >= 3 && best.s > (top?.[1] ?? 0)) [extraDomain, domain] = [best.x.key, null];
  }
  // Level: what the sentence asks; failing any cue, the learned lean of its words, else Level 2.
  // A heading that names a level ("### Security & governance: Level 1") says what its lines ask.
  const headingLevel = ctxText ? /\blevel\s*([123])\b/i.exec(ctxText) : null;
  const topics = new Set(
    hits.filter((h) => h.to - h.from > 1).flatMap((h) => tokens.slice(h.from + 1, h.to).map((t) => t.start)),
  );
  const terms = new Set(
    hits.filter((h) => h.to - h.from > 1).flatMap((h) => tokens.slice(h.from, h.to).map((t) => t.start)),
  );
  const read = readLevel(
    ask,
    headingLevel && !/\blevel\s*[123]\b/i.test(line) ? `${line} (${headingLevel[0]})` : line,
    { topics, terms },
  );
  let level = read.level;
  let basis: LevelBasis | null = level === null ? null : "explicit";
  let levelReason = read.cues.map((c) => c.why).join(", ");
  if (level === null && (domain !== null || extraDomain !== null)) {
    const votes: Votes = { 1: 0, 2: 0, 3: 0 };
    for (const l of options.learned ? leans(contentWords(tokens), options.learned.level) : [])
      votes[Number(l.key) as Level] += l.share;
    const best = ([2, 1, 3] as const).reduce((a, b) => (votes[b] > votes[a] ? b : a));
    if (votes[best] > 0)
      [level, basis, levelReason] = [best, "learned", "no level cue; words like these were read this way before"];
    else [level, basis, levelReason] = [2, "default", "no level cue; read as Level 2, the most common ask"];
  }
  const total = [...score.values()].reduce((s, n) => s + n, 0);
  const domainConf = domain === null || !top ? (extraDomain ? 0.5 : 0) : (top[1] / total) * (1 - Math.exp(-top[1] / 3));
  const levelConf = basis === "explicit" ? 0.6 + 0.4 * read.margin : basis ? 0.4 : 0.6;
  const confidence = round2(domainConf * levelConf);
  const evidence = [
    ...(ctx && domain === ctx ? [{ at: -1, text: `section: ${ctxText}` }] : []),
    ...hits.filter((h) => h.key === domain).map((h) => ({ at: tokens[h.from]!.start, text: h.text })),
    // Learned words are shown only when they decided the domain on their own.
    ...learnedWords
      .filter((w) => w.key === domain && !hits.some((h) => h.key === domain))
      .map((w) => ({ at: tokens.find((t) => t.lemma === w.word)?.start ?? 0, text: w.word })),
    ...(basis === "explicit" ? read.cues.map((c) => ({ at: tokens[c.from]?.start ?? 0, text: c.text })) : []),
  ].sort((a, b) => a.at - b.at);
  const matched = evidence
    .filter((e, i, all) => all.findIndex((x) => x.text.toLowerCase() === e.text.toLowerCase()) === i)
    .map((e) => e.text);
  const vague = [...new Set(vagueHits.map((h) => h.text.toLowerCase()))];
  const detail: LineDetail = {
    tokens,
    scores: Object.fromEntries(score),
    hits: hits.map((h) => ({ key: h.key, weight: h.weight, text: h.text, source: h.source })),
    ctx,
    declared,
    cues: read.cues.map((c) => ({ level: c.level, weight: c.weight, text: c.text, why: c.why })),
    cueLevel: read.level,
    verb: main?.token.lemma ?? null,
    object: main ? objectSpan(ask, main.index).map((t) => t.lemma) : [],
    neutral,
  };
  const mapped: MappedLine = {
    domain,
    level: domain || extraDomain || basis === "explicit" ? level : null,
    confidence,
    matched,
    levelReason,
    levelBasis: level === null ? null : basis,
    years: parseYears(line),
    vague,
    optional,
    extraDomain,
    needsPrior,
  };
  return { mapped, detail };
}
