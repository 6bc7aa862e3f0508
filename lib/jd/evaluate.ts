// Scores the analyser against a hand-labelled corpus (tests/fixtures/jd-corpus). Pure: the
// caller loads the files, so the unit test and the bench share one definition of "accuracy".
import { mapLine } from "./analyse";
import { DOMAIN_KEYS, LEVELS, type DomainKey, type Level } from "./lexicon";
import type { Target } from "./analyse";

export type ExpectedLine = { line: string; domain: DomainKey | null; level: Level | null };
/** Counts are minimums ("at least this many lines"); booleans and missingDomains are exact. */
export type ExpectedFlags = {
  inflation?: number;
  deflation?: number;
  vague?: number;
  years?: boolean;
  title?: boolean;
  missingDomains?: DomainKey[];
};
export type CorpusDoc = {
  id: string;
  title: string;
  cluster: string;
  targets: Record<DomainKey, Target>;
  text: string;
  expected: ExpectedLine[];
  expectedFlags?: ExpectedFlags;
};

export type ClassStats = {
  label: string;
  support: number;
  predicted: number;
  tp: number;
  precision: number;
  recall: number;
};
export type Miss = { doc: string; line: string; expected: string; got: string; matched: string[] };
export type Evaluation = {
  lines: number;
  /** Share of all lines whose domain (or "no domain") is right. */
  domainAccuracy: number;
  /** Share of lines with a labelled level whose predicted level is right. */
  levelAccuracy: number;
  domains: ClassStats[];
  levels: ClassStats[];
  micro: { domain: { precision: number; recall: number }; level: { precision: number; recall: number } };
  misses: { domain: Miss[]; level: Miss[] };
};

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Precision and recall per class; "none" (null) is an answer but not a class, as in retrieval. */
function perClass<T extends string | number>(
  labels: readonly T[],
  pairs: { want: T | null; got: T | null }[],
  name: (t: T) => string,
): ClassStats[] {
  return labels.map((label) => {
    const support = pairs.filter((p) => p.want === label).length;
    const predicted = pairs.filter((p) => p.got === label).length;
    const tp = pairs.filter((p) => p.want === label && p.got === label).length;
    return { label: name(label), support, predicted, tp, precision: ratio(tp, predicted), recall: ratio(tp, support) };
  });
}

function micro(stats: ClassStats[]) {
  const tp = stats.reduce((s, c) => s + c.tp, 0);
  return {
    precision: ratio(
      tp,
      stats.reduce((s, c) => s + c.predicted, 0),
    ),
    recall: ratio(
      tp,
      stats.reduce((s, c) => s + c.support, 0),
    ),
  };
}

/** A line mapped as part of its document (the analyser reads an ad's lines together). */
export type DocLineMapper = (
  line: string,
  doc: CorpusDoc,
) => { domain: DomainKey | null; level: Level | null; matched?: string[] };

export function evaluateCorpus(docs: CorpusDoc[], map: DocLineMapper = (l) => mapLine(l)): Evaluation {
  const domainPairs: { want: DomainKey | null; got: DomainKey | null }[] = [];
  const levelPairs: { want: Level | null; got: Level | null }[] = [];
  const misses: Evaluation["misses"] = { domain: [], level: [] };
  for (const doc of docs) {
    for (const e of doc.expected) {
      const m = map(e.line, doc);
      domainPairs.push({ want: e.domain, got: m.domain });
      levelPairs.push({ want: e.level, got: m.level });
      if (m.domain !== e.domain)
        misses.domain.push({
          doc: doc.id,
          line: e.line,
          expected: String(e.domain),
          got: String(m.domain),
          matched: m.matched ?? [],
        });
      if (e.level !== null && m.level !== e.level)
        misses.level.push({
          doc: doc.id,
          line: e.line,
          expected: String(e.level),
          got: String(m.level),
          matched: m.matched ?? [],
        });
    }
  }
  const domains = perClass(DOMAIN_KEYS, domainPairs, (d) => d);
  const levels = perClass(LEVELS, levelPairs, (l) => `Level ${l}`);
  const labelled = levelPairs.filter((p) => p.want !== null);
  return {
    lines: domainPairs.length,
    domainAccuracy: ratio(domainPairs.filter((p) => p.want === p.got).length, domainPairs.length),
    levelAccuracy: ratio(labelled.filter((p) => p.want === p.got).length, labelled.length),
    domains,
    levels,
    micro: { domain: micro(domains), level: micro(levels) },
    misses,
  };
}

/** Share of lines with a labelled level that got no level at all. */
export function noLevelShare(docs: CorpusDoc[], map: DocLineMapper = (l) => mapLine(l)): number {
  const labelled = docs.flatMap((d) => d.expected.filter((e) => e.level !== null).map((e) => ({ e, d })));
  return ratio(labelled.filter(({ e, d }) => map(e.line, d).level === null).length, labelled.length);
}

/**
 * Maps labelled lines as the analyser reads them inside their ad: the ad is analysed once, and
 * a labelled line is looked up among the analysed lines by its text (read alone, with the ad's
 * domain as context, when the splitter cut the ad differently).
 */
export function inDocument(
  analyse: (doc: CorpusDoc) => {
    lines: { text: string; domain: DomainKey | null; level: Level | null; matched: string[] }[];
  },
  readAlone: (line: string, doc: CorpusDoc) => { domain: DomainKey | null; level: Level | null; matched: string[] },
): DocLineMapper {
  const cache = new Map<CorpusDoc, ReturnType<typeof analyse>>();
  return (line, doc) => {
    if (!cache.has(doc)) cache.set(doc, analyse(doc));
    return cache.get(doc)!.lines.find((l) => l.text === line) ?? readAlone(line, doc);
  };
}

export type FlagRates = {
  inflated: number;
  inflatedFlagged: number;
  deflated: number;
  deflatedFlagged: number;
  aligned: number;
  alignedFalselyFlagged: number;
  /** Of those, flagged as asking too much / too little: each side has its own thresholds, so each its own count. */
  alignedFalselyInflated: number;
  alignedFalselyDeflated: number;
};

/** Every count zero: the start of a tally. */
export const NO_FLAG_RATES: Readonly<FlagRates> = {
  inflated: 0,
  inflatedFlagged: 0,
  deflated: 0,
  deflatedFlagged: 0,
  aligned: 0,
  alignedFalselyFlagged: 0,
  alignedFalselyInflated: 0,
  alignedFalselyDeflated: 0,
};

/**
 * Line-level flag rates. Truth comes from the labels: a line whose labelled level is above the
 * doc's target for its labelled domain is inflated (a nice-to-have may reach one above), one
 * below is deflated (nice-to-haves are never deflated), equal is aligned. Whether a line is a
 * nice-to-have, and what the analyser flagged, come from analysing the whole document.
 */
export type FlagMiss = {
  doc: string;
  line: string;
  truth: "inflated" | "deflated" | "aligned";
  got: string[];
  level: Level | null;
};

/**
 * The analysed line a labelled line is: the same text, else the one containing it or contained in
 * it (splitting may differ). `textOf` reads a line's text (an analysis line's `text`, a read ad's
 * row's `item.text`).
 */
export function analysedLineFor<L extends { text: string }>(lines: L[], labelled: string): L | undefined;
export function analysedLineFor<L>(lines: L[], labelled: string, textOf: (line: L) => string): L | undefined;
export function analysedLineFor<L>(
  lines: L[],
  labelled: string,
  textOf: (line: L) => string = (l) => (l as { text: string }).text,
): L | undefined {
  return (
    lines.find((l) => textOf(l) === labelled) ??
    lines.find((l) => textOf(l).includes(labelled) || labelled.includes(textOf(l)))
  );
}

export function evaluateFlags(
  docs: CorpusDoc[],
  analyse: (doc: CorpusDoc) => {
    lines: { text: string; optional: boolean; level: Level | null; flags: { kind: string }[] }[];
  },
  onMiss?: (m: FlagMiss) => void,
): FlagRates {
  const r: FlagRates = { ...NO_FLAG_RATES };
  for (const doc of docs) {
    const a = analyse(doc);
    for (const e of doc.expected) {
      if (e.domain === null || e.level === null) continue;
      const got = analysedLineFor(a.lines, e.line);
      const optional = got?.optional ?? false;
      const kinds = new Set(got?.flags.map((f) => f.kind) ?? []);
      const target = doc.targets[e.domain];
      const miss = (truth: FlagMiss["truth"]) =>
        onMiss?.({ doc: doc.id, line: e.line, truth, got: [...kinds], level: got?.level ?? null });
      if (e.level > (optional ? target + 1 : target)) {
        r.inflated++;
        if (kinds.has("inflation")) r.inflatedFlagged++;
        else miss("inflated");
      } else if (!optional && e.level < target) {
        r.deflated++;
        if (kinds.has("deflation")) r.deflatedFlagged++;
        else miss("deflated");
      } else {
        r.aligned++;
        if (kinds.has("inflation") || kinds.has("deflation")) {
          r.alignedFalselyFlagged++;
          if (kinds.has("inflation")) r.alignedFalselyInflated++;
          else r.alignedFalselyDeflated++;
          miss("aligned");
        }
      }
    }
  }
  return r;
}

/** The labelled lines of some documents, for learning word associations (lib/jd/learned.ts). */
export function labelledLines(docs: CorpusDoc[]): { line: string; domain: string | null; level: number | null }[] {
  return docs.flatMap((d) => d.expected.map((e) => ({ line: e.line, domain: e.domain, level: e.level })));
}
