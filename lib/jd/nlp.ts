// Tokens, lemmas and parts of speech from wink-nlp's English model, and a phrase matcher over
// them. The model is pure JavaScript data in an npm package: offline and deterministic.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type Token = {
  /** As written. */
  text: string;
  /** Lower case, punctuation inside the word removed ("ci/cd" is split before this). */
  norm: string;
  lemma: string;
  pos: string;
  /** Character offsets into the line. */
  start: number;
  end: number;
  /** norm, lemma and suffix-stripped forms: what a vocabulary word may match. */
  stems: string[];
};

let nlp: ReturnType<typeof winkNLP> | null = null;
const instance = () => (nlp ??= winkNLP(model, ["sbd", "pos"]));

const WORD_PART = /[\p{L}\p{N}]+/gu;

/**
 * The line's word tokens. Punctuation is dropped; a token with punctuation inside ("CI/CD",
 * "self-healing", "OPA/Gatekeeper") becomes its parts, so phrases match across it. A bullet's
 * first word is lower-cased before tagging: the model reads a capitalised imperative
 * ("Designs", "Present") as a proper noun.
 */
export function tokenize(line: string): Token[] {
  return tokenizeMany([line])[0] ?? [];
}

const lowerFirst = (line: string) =>
  line.replace(/^(\s*)(\p{Lu})(\p{Ll})/u, (_m, sp: string, a: string, b: string) => `${sp}${a.toLowerCase()}${b}`);

/** Tokens of many lines in one pass of the model (several times faster than one pass per line). */
export function tokenizeMany(lines: string[]): Token[][] {
  const n = instance();
  const its = n.its;
  // One line per row; the row break keeps the model from reading across lines.
  const rows = lines.map((l) => lowerFirst(l.replace(/\n/g, " ")));
  const joined = rows.join("\n");
  const doc = n.readDoc(joined);
  const values = doc.tokens().out(its.value) as string[];
  // wink-nlp's own typings reject its.lemma in out() (it takes the model add-ons); it works at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const starts: number[] = [];
  let offset = 0;
  for (const r of rows) {
    starts.push(offset);
    offset += r.length + 1;
  }
  const out: Token[][] = lines.map(() => []);
  let cursor = 0;
  let row = 0;
  values.forEach((value, i) => {
    const at = joined.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    cursor = start + value.length;
    while (row + 1 < starts.length && start >= starts[row + 1]!) row++;
    const parts = [...value.matchAll(WORD_PART)];
    if (parts.length === 0) return;
    const whole = parts.length === 1 && parts[0]![0] === value;
    const line = lines[row]!;
    for (const p of parts) {
      const s = start - starts[row]! + (p.index ?? 0);
      const norm = p[0].toLowerCase();
      const lemma = whole ? (lemmas[i] ?? norm).toLowerCase() : norm;
      // The model splits some acronyms as contractions ("IAM" → "I" + "AM"): glue parts with no gap back together.
      const prev = out[row]!.at(-1);
      if (prev && prev.end === s && /^[\p{Lu}\d]+$/u.test(prev.text) && /^[\p{Lu}\d]+$/u.test(p[0])) {
        const text = line.slice(prev.start, s + p[0].length);
        const n = text.toLowerCase();
        out[row]![out[row]!.length - 1] = {
          ...prev,
          text,
          norm: n,
          lemma: n,
          pos: "PROPN",
          end: s + p[0].length,
          stems: [n],
        };
        continue;
      }
      out[row]!.push({
        text: line.slice(s, s + p[0].length),
        norm,
        lemma,
        pos: pos[i] ?? "X",
        start: s,
        end: s + p[0].length,
        stems: [...new Set([norm, lemma, ...(norm.length > 3 ? stems(norm) : [])])],
      });
    }
  });
  return out;
}

/** A compiled phrase: its words, each matched by form or lemma, a prefix (`word*`) or exact case (`=Word`). */
export type Phrase<K> = {
  key: K;
  weight: number;
  source: string;
  words: { w: string; prefix: boolean; exact: boolean }[];
};

export function compilePhrase<K>(source: string, key: K, weight: number): Phrase<K> {
  const words = source
    .split(/[\s/-]+/)
    .filter(Boolean)
    .map((raw) => {
      const exact = raw.startsWith("=");
      const prefix = raw.endsWith("*");
      const w = raw
        .replace(/^=/, "")
        .replace(/\*$/, "")
        .replace(/[^\p{L}\p{N}]/gu, "");
      return { w: exact ? w : w.toLowerCase(), prefix, exact };
    })
    .filter((x) => x.w.length > 0);
  return { key, weight, source, words };
}

/** A list of phrases that only mark something (a loop word, an object kind): each found or not, no key or weight. */
export function markerPhrases(sources: readonly string[]): Phrase<true>[] {
  return sources.map((s) => compilePhrase(s, true as const, 1));
}

/** Light suffix stripping for words the model did not lemmatise (plural tool names, "-ing" forms). */
export function stems(word: string): string[] {
  const out = [word];
  if (word.endsWith("ies")) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) out.push(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss")) out.push(word.slice(0, -1));
  if (word.endsWith("ing")) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.endsWith("ed")) out.push(word.slice(0, -2), word.slice(0, -1));
  return out;
}

function wordMatches(t: Token, w: { w: string; prefix: boolean; exact: boolean }): boolean {
  if (w.exact) return t.text === w.w;
  if (w.prefix) return t.norm.startsWith(w.w);
  return t.stems.includes(w.w);
}

export type Hit<K> = { key: K; weight: number; source: string; from: number; to: number; text: string };

/** Phrases by their first word, so a line is checked only against phrases that can start at each token. */
type PhraseIndex<K> = { byWord: Map<string, Phrase<K>[]>; prefixed: Map<string, Phrase<K>[]> };
/** Prefixed words are indexed by their first letters: a prefix shorter than this matches too much to be useful anyway. */
const PREFIX_KEY = 3;
const indexes = new WeakMap<Phrase<unknown>[], PhraseIndex<unknown>>();

function indexFor<K>(phrases: Phrase<K>[]): PhraseIndex<K> {
  const cached = indexes.get(phrases as Phrase<unknown>[]);
  if (cached) return cached as PhraseIndex<K>;
  const idx: PhraseIndex<K> = { byWord: new Map(), prefixed: new Map() };
  for (const p of phrases) {
    const w = p.words[0];
    if (!w) continue;
    if (w.prefix) {
      const key = w.w.slice(0, PREFIX_KEY);
      idx.prefixed.set(key, [...(idx.prefixed.get(key) ?? []), p]);
    } else {
      const key = w.w.toLowerCase();
      const list = idx.byWord.get(key) ?? [];
      list.push(p);
      idx.byWord.set(key, list);
    }
  }
  indexes.set(phrases as Phrase<unknown>[], idx as PhraseIndex<unknown>);
  return idx;
}

/** Where each phrase matches, as token ranges [from, to). All matches, overlapping ones included. */
export function findPhrases<K>(tokens: Token[], line: string, phrases: Phrase<K>[]): Hit<K>[] {
  const idx = indexFor(phrases);
  const hits: Hit<K>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const candidates = new Set<Phrase<K>>();
    for (const p of idx.prefixed.get(t.norm.slice(0, PREFIX_KEY)) ?? []) candidates.add(p);
    for (const k of t.stems) for (const p of idx.byWord.get(k) ?? []) candidates.add(p);
    for (const p of candidates) {
      const n = p.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let j = 0; j < n && ok; j++) ok = wordMatches(tokens[i + j]!, p.words[j]!);
      if (ok)
        hits.push({
          key: p.key,
          weight: p.weight,
          source: p.source,
          from: i,
          to: i + n,
          text: line.slice(tokens[i]!.start, tokens[i + n - 1]!.end),
        });
    }
  }
  return hits;
}

/** Longest matches first; a match overlapping a longer (or earlier, equally long) one is dropped. */
export function longestFirst<K>(hits: Hit<K>[]): Hit<K>[] {
  const sorted = [...hits].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from || b.weight - a.weight);
  const kept: Hit<K>[] = [];
  for (const h of sorted) if (!kept.some((k) => h.from < k.to && k.from < h.to)) kept.push(h);
  return kept.sort((a, b) => a.from - b.from);
}
