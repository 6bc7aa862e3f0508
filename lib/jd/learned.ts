// Word associations learned from labelled lines: which domain and which level the content words
// of a line lean to. A back-off only: the curated vocabulary and the level reading decide first,
// and this fills in words they don't know. The same learner gives an organisation's own domains
// a vocabulary from their matrix indicators. Counting only, so it is deterministic and cheap.
import { tokenize, type Token } from "./nlp";

export type LabelledLine = { line: string; domain: string | null; level: number | null };
/** Per word: how often it appeared in lines of each domain / level. */
export type Learned = {
  domain: Record<string, Record<string, number>>;
  level: Record<string, Record<string, number>>;
  lines: number;
};

const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);
const STOP = new Set([
  "be",
  "have",
  "do",
  "will",
  "can",
  "you",
  "we",
  "our",
  "your",
  "their",
  "team",
  "teams",
  "work",
  "make",
  "get",
  "experience",
  "year",
  "years",
  "good",
  "new",
  "other",
  "help",
  "use",
  "need",
  "want",
  "role",
  "able",
  "ability",
  "skill",
  "skills",
  "knowledge",
  "understanding",
  "level",
  "include",
  "such",
  "e",
  "g",
  "etc",
]);

/** The words a line is learned from and scored by: content words, by lemma. */
export function contentWords(tokens: Token[]): string[] {
  return [
    ...new Set(
      tokens
        .filter((t) => CONTENT_POS.has(t.pos) && t.norm.length > 1 && !STOP.has(t.lemma) && !/^\d+$/.test(t.norm))
        .map((t) => t.lemma),
    ),
  ];
}

export function learn(lines: LabelledLine[]): Learned {
  const out: Learned = { domain: {}, level: {}, lines: lines.length };
  for (const l of lines) {
    for (const w of contentWords(tokenize(l.line))) {
      if (l.domain) (out.domain[w] ??= {})[l.domain] = (out.domain[w]?.[l.domain] ?? 0) + 1;
      if (l.level) (out.level[w] ??= {})[String(l.level)] = (out.level[w]?.[String(l.level)] ?? 0) + 1;
    }
  }
  return out;
}

/** Words seen at least this often, and leaning this much to one class, count as evidence. */
const MIN_COUNT = 2;
const MIN_SHARE = 0.7;

export type Lean = { word: string; key: string; share: number };

/** Each word's lean towards one class, when it has one. */
export function leans(words: string[], table: Record<string, Record<string, number>>): Lean[] {
  const out: Lean[] = [];
  for (const word of words) {
    const counts = table[word];
    if (!counts) continue;
    const total = Object.values(counts).reduce((s, n) => s + n, 0);
    const [key, n] = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ["", 0];
    if (total >= MIN_COUNT && n / total >= MIN_SHARE) out.push({ word, key, share: n / total });
  }
  return out;
}

/** A domain an organisation added, with its vocabulary learned from its own matrix indicators. */
export type ExtraDomain = {
  key: string;
  name: string;
  words: Record<string, number>;
  /** The role's target in it, when known. */ target?: number;
};

/**
 * Vocabulary for an organisation's own domain: the content words of its indicators (and name)
 * that the built-in domains' indicators use less, weighted 3 (name words and words in several
 * of its indicators) or 2.
 */
export function learnExtraDomain(key: string, name: string, indicators: string[], others: string[] = []): ExtraDomain {
  const mine = new Map<string, number>();
  for (const text of indicators) for (const w of contentWords(tokenize(text))) mine.set(w, (mine.get(w) ?? 0) + 1);
  const theirs = new Map<string, number>();
  for (const text of others) for (const w of contentWords(tokenize(text))) theirs.set(w, (theirs.get(w) ?? 0) + 1);
  const words: Record<string, number> = {};
  for (const w of contentWords(tokenize(name))) words[w] = 3;
  for (const [w, n] of mine) {
    const elsewhere = theirs.get(w) ?? 0;
    // Words the built-in domains use as much are not this domain's ("design", "pipeline").
    if (elsewhere / Math.max(1, others.length) >= n / Math.max(1, indicators.length)) continue;
    words[w] = Math.max(words[w] ?? 0, n >= 2 ? 3 : 2);
  }
  return { key, name, words };
}
