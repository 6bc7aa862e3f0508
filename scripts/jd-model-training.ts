// Training the JD analyser's learned models (lib/jd/model.ts) and cross-validating them. Shared by
// scripts/jd-learn.ts (writes lib/jd/model-data.json), scripts/jd-cv.ts (leave-one-ad-out figures
// and the flag threshold), the bench and the unit tests. Learns only from the matrix indicators
// and the learnable directories (scripts/jd-learning-lines.ts), never from a held-out set.
import { readAd, adSetting, analyseJobDescription, type AnalyseOptions } from "../lib/jd/analyse";
import {
  analysedLineFor,
  evaluateCorpus,
  evaluateFlags,
  inDocument,
  NO_FLAG_RATES,
  noLevelShare,
  type CorpusDoc,
  type FlagRates,
} from "../lib/jd/evaluate";
import { lineFeatures } from "../lib/jd/features";
import { readLineDetailed } from "../lib/jd/read-line";
import { tokenize } from "../lib/jd/nlp";
import {
  reweigh,
  train,
  type Example,
  type Features,
  type FlagPair,
  type JdModel,
  type LevelWeights,
} from "../lib/jd/model";
import { DOMAIN_KEYS, type Level } from "../lib/jd/lexicon";
import { matrixLines } from "./jd-learning-lines";
import { lineFlags, mapLine } from "../lib/jd/analyse";

export const DOMAIN_CLASSES = ["none", ...DOMAIN_KEYS];
export const LEVEL_CLASSES = ["1", "2", "3"];
/** Lexicon-only reading options: the features must not depend on anything learned. */
const LEX: AnalyseOptions = { model: null, learned: null };

export type LineExample = { features: Features; domain: string; level: string | null };

/** The labelled lines of one ad, read as the analyser reads them inside the ad (heading, ad's domain, title). */
export function docExamples(doc: CorpusDoc): LineExample[] {
  const ad = readAd(doc.text, LEX, doc.title);
  return doc.expected.map((e) => {
    const row = analysedLineFor(ad.rows, e.line, (r) => r.item.text);
    const detail =
      row?.detail ?? readLineDetailed(e.line, { learned: null, prior: ad.prior, junior: ad.junior }).detail;
    const setting = row
      ? adSetting(ad, row)
      : {
          prior: ad.prior,
          junior: ad.junior,
          optional: false,
          section: "none" as const,
          adCues: ad.cues,
        };
    return {
      features: lineFeatures(detail, setting),
      domain: e.domain ?? "none",
      level: e.level === null ? null : String(e.level),
    };
  });
}

/** The matrix indicators as examples: rubric wording, no ad around them. */
export function matrixExamples(): LineExample[] {
  return matrixLines().map((l) => ({
    features: lineFeatures(readLineDetailed(l.line, { learned: null, tokens: tokenize(l.line) }).detail),
    domain: l.domain ?? "none",
    level: l.level === null ? null : String(l.level),
  }));
}

export type FitOptions = {
  iterations?: number;
  l2?: number;
  matrix?: boolean;
  flagThreshold?: number;
  flagThresholdWithoutCue?: number | null;
  inflation?: FlagPair | null;
  levelWeights?: LevelWeights | null;
};

export function fit(ads: LineExample[][], matrix: LineExample[], options: FitOptions = {}): JdModel {
  const lines = [...(options.matrix === false ? [] : matrix), ...ads.flat()];
  const opts = { iterations: options.iterations, l2: options.l2 };
  const domain = train(
    lines.map((l): Example => ({ features: l.features, label: l.domain })),
    DOMAIN_CLASSES,
    opts,
  );
  const level = train(
    lines.filter((l) => l.level !== null).map((l): Example => ({ features: l.features, label: l.level! })),
    LEVEL_CLASSES,
    opts,
  );
  return {
    version: 1,
    domain,
    level,
    flagThreshold: options.flagThreshold ?? 0.5,
    flagThresholdWithoutCue: options.flagThresholdWithoutCue ?? null,
    inflation: options.inflation ?? null,
    ...(options.levelWeights ? { levelWeights: options.levelWeights } : {}),
    trainedOn: { lines: lines.length, ads: ads.length },
  };
}

/** The analyser with a given model, as the bench and the evaluation read it. */
export function analyserWith(model: JdModel | null) {
  const options: AnalyseOptions = model ? { model } : {};
  const analyse = (d: CorpusDoc) => analyseJobDescription(d.text, { title: d.title, targets: d.targets }, options);
  const map = inDocument(analyse, (l, d) =>
    mapLine(l, undefined, { ...options, prior: readAd(d.text, LEX, d.title).prior }),
  );
  return { analyse, map };
}

/** An analysis' lines flagged again at another threshold (the reading does not depend on it). */
function reflag(
  a: ReturnType<typeof analyseJobDescription>,
  doc: CorpusDoc,
  threshold: number,
  withoutCue: number | null = null,
) {
  const perDomain = new Map<string, number>();
  for (const l of a.lines) if (l.domain) perDomain.set(l.domain, (perDomain.get(l.domain) ?? 0) + 1);
  return {
    lines: a.lines.map((l) => ({
      ...l,
      flags: lineFlags(l, doc.targets, l.domain ? (perDomain.get(l.domain) ?? 0) : 0, [], threshold, withoutCue),
    })),
  };
}

export const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((0.1 + i * 0.05) * 100) / 100);
/** The thresholds tried for lines without a level cue: never below the cued lines' one (stricter), up to 0.95. */
const PAIRS = THRESHOLDS.flatMap((t) => THRESHOLDS.filter((t2) => t2 >= t).map((t2) => [t, t2] as const));
/** A pair of thresholds (cued lines, lines without a cue) as a map key. */
export const pairKey = (t: number, t2: number) => `${t.toFixed(2)}|${t2.toFixed(2)}`;

export type CvResult = {
  lines: number;
  domainRight: number;
  levelled: number;
  levelRight: number;
  noLevel: number;
  /** Flag rates at each candidate threshold. */
  flags: Map<number, FlagRates>;
  /**
   * Flag rates when lines without a level cue are flagged too, under their own threshold: per
   * pair of thresholds (cued lines, lines without a cue; pairKey), the second never below the first.
   */
  flagsWithoutCue: Map<string, FlagRates>;
  /** Each levelled line the level model read: its labelled level and the fold model's level probabilities (with the options' levelWeights, if any). */
  levelSamples: LevelSample[];
};

const addRates = (a: FlagRates, b: FlagRates): FlagRates => ({
  inflated: a.inflated + b.inflated,
  inflatedFlagged: a.inflatedFlagged + b.inflatedFlagged,
  deflated: a.deflated + b.deflated,
  deflatedFlagged: a.deflatedFlagged + b.deflatedFlagged,
  aligned: a.aligned + b.aligned,
  alignedFalselyFlagged: a.alignedFalselyFlagged + b.alignedFalselyFlagged,
  alignedFalselyInflated: a.alignedFalselyInflated + b.alignedFalselyInflated,
  alignedFalselyDeflated: a.alignedFalselyDeflated + b.alignedFalselyDeflated,
});

/**
 * The rates of flagging deflation with one pair of thresholds and inflation with another: a line is
 * read either above the allowed level or below the target, never both, so each side's counts are
 * those of its own pair.
 */
export const sidedRates = (below: FlagRates, above: FlagRates): FlagRates => ({
  inflated: above.inflated,
  inflatedFlagged: above.inflatedFlagged,
  deflated: below.deflated,
  deflatedFlagged: below.deflatedFlagged,
  aligned: below.aligned,
  alignedFalselyInflated: above.alignedFalselyInflated,
  alignedFalselyDeflated: below.alignedFalselyDeflated,
  alignedFalselyFlagged: above.alignedFalselyInflated + below.alignedFalselyDeflated,
});

/** A pair's cross-validated rates: lines without a cue flagged under `withoutCue`, or never (null). */
const pairRates = (r: Pick<CvResult, "flags" | "flagsWithoutCue">, p: FlagPair) =>
  p.withoutCue === null ? r.flags.get(p.threshold) : r.flagsWithoutCue.get(pairKey(p.threshold, p.withoutCue));

/** The cross-validated rates of a model's thresholds (deflation's pair, and inflation's when it has its own). */
export function modelRates(
  r: Pick<CvResult, "flags" | "flagsWithoutCue">,
  m: Pick<JdModel, "flagThreshold" | "flagThresholdWithoutCue" | "inflation">,
): FlagRates | undefined {
  const below = pairRates(r, { threshold: m.flagThreshold, withoutCue: m.flagThresholdWithoutCue ?? null });
  const above = m.inflation ? pairRates(r, m.inflation) : below;
  return below && above ? sidedRates(below, above) : undefined;
}

/**
 * Leave-one-ad-out: each ad read by a model trained on the matrix and every other ad. With `folds`
 * (k), k-fold by ad instead (ad i in fold i mod k; a quicker, noisier estimate for experiments).
 */
export function leaveOneAdOut(
  docs: CorpusDoc[],
  options: FitOptions = {},
  onDoc?: (doc: CorpusDoc, r: CvResult) => void,
  folds?: number,
  onAnalysis?: (doc: CorpusDoc, analysis: ReturnType<typeof analyseJobDescription>) => void,
  groupOf?: (doc: CorpusDoc) => number,
): CvResult {
  const matrix = matrixExamples();
  const examples = docs.map(docExamples);
  const total: CvResult = {
    lines: 0,
    domainRight: 0,
    levelled: 0,
    levelRight: 0,
    noLevel: 0,
    flags: new Map(),
    flagsWithoutCue: new Map(),
    levelSamples: [],
  };
  const k = folds && folds > 1 && folds < docs.length ? folds : docs.length;
  // By default ads are dealt to folds in turn; with groupOf, whole groups are (every ad of one
  // writer's set in one fold), so a fold's model never saw its author's style.
  const foldOf = docs.map((doc, i) => (groupOf ? groupOf(doc) : i) % k);
  const models = new Map<number, JdModel>();
  const modelFor = (i: number) => {
    const fold = foldOf[i]!;
    if (!models.has(fold)) {
      models.clear();
      models.set(
        fold,
        fit(
          examples.filter((_, j) => foldOf[j] !== fold),
          matrix,
          options,
        ),
      );
    }
    return models.get(fold)!;
  };
  const order = docs.map((_, i) => i).sort((a, b) => foldOf[a]! - foldOf[b]! || a - b);
  for (const i of order) {
    const doc = docs[i]!;
    const model = modelFor(i);
    const a = analyserWith(model);
    const analysis = a.analyse(doc);
    onAnalysis?.(doc, analysis);
    const ev = evaluateCorpus([doc], a.map);
    const levelled = doc.expected.filter((e) => e.level !== null).length;
    const r: CvResult = {
      lines: ev.lines,
      domainRight: Math.round(ev.domainAccuracy * ev.lines),
      levelled,
      levelRight: Math.round(ev.levelAccuracy * levelled),
      noLevel: Math.round(noLevelShare([doc], a.map) * levelled),
      flags: new Map(THRESHOLDS.map((t) => [t, evaluateFlags([doc], () => reflag(analysis, doc, t))])),
      flagsWithoutCue: new Map(
        PAIRS.map(([t, t2]) => [pairKey(t, t2), evaluateFlags([doc], () => reflag(analysis, doc, t, t2))]),
      ),
      levelSamples: levelSamples(doc, analysis),
    };
    onDoc?.(doc, r);
    total.lines += r.lines;
    total.domainRight += r.domainRight;
    total.levelled += r.levelled;
    total.levelRight += r.levelRight;
    total.noLevel += r.noLevel;
    for (const [t, f] of r.flags) total.flags.set(t, addRates(total.flags.get(t) ?? NO_FLAG_RATES, f));
    for (const [t, f] of r.flagsWithoutCue)
      total.flagsWithoutCue.set(t, addRates(total.flagsWithoutCue.get(t) ?? NO_FLAG_RATES, f));
    total.levelSamples.push(...r.levelSamples);
  }
  return total;
}

/** A labelled level and the level model's probabilities for that line, as the fold's model read it. */
export type LevelSample = { want: Level; p: number[] };

function levelSamples(doc: CorpusDoc, analysis: ReturnType<typeof analyseJobDescription>): LevelSample[] {
  return doc.expected.flatMap((e) => {
    if (e.level === null) return [];
    const l = analysedLineFor(analysis.lines, e.line);
    return l?.probabilities ? [{ want: e.level, p: l.probabilities.level }] : [];
  });
}

/** The weights tried on Level 1 and on Level 3 (Level 2's stays 1): from half to one and a half. */
export const LEVEL_WEIGHT_STEPS = Array.from({ length: 11 }, (_, i) => Math.round((0.5 + i * 0.1) * 10) / 10);

/**
 * The level weights that read the most cross-validated levels right (ties: the weights nearest to
 * none, so that a flat optimum changes nothing). Null when no weights beat the model's own reading.
 */
export function chooseLevelWeights(samples: LevelSample[]): LevelWeights | null {
  const right = (w: LevelWeights) =>
    samples.filter((s) => {
      const p = reweigh(s.p, w);
      return p.indexOf(Math.max(...p)) + 1 === s.want;
    }).length;
  const distance = (w: LevelWeights) => Math.abs(Math.log(w[0])) + Math.abs(Math.log(w[2]));
  const none: LevelWeights = [1, 1, 1];
  let best = { w: none, n: right(none) };
  for (const w1 of LEVEL_WEIGHT_STEPS)
    for (const w3 of LEVEL_WEIGHT_STEPS) {
      const w: LevelWeights = [w1, 1, w3];
      const n = right(w);
      if (n > best.n || (n === best.n && distance(w) < distance(best.w))) best = { w, n };
    }
  return distance(best.w) === 0 ? null : best.w;
}

export const flagRecall = (f: FlagRates) =>
  (f.inflatedFlagged + f.deflatedFlagged) / Math.max(1, f.inflated + f.deflated);
export const falseFlagRate = (f: FlagRates) => f.alignedFalselyFlagged / Math.max(1, f.aligned);

/**
 * The most cross-validated false flags on aligned lines a threshold pair may have: one point under
 * the issue's 5%, because aligned lines in an ad nobody here wrote read differently from the
 * training sets' (chosen in stop 34, before the pair it picks was measured on any held-out set).
 */
export const MAX_CV_FALSE_FLAGS = 0.04;

const score = (f: FlagRates) => flagRecall(f) - 3 * falseFlagRate(f);

/**
 * The flag thresholds: for each side (deflation, inflation), a pair of one threshold for lines with
 * a level cue and (never lower) one for lines without, or null when lines without a cue are best
 * never flagged on that side. Of every combination of a deflation pair and an inflation pair, the one
 * that catches the most mismatches under cross-validation while its false flags stay within
 * MAX_CV_FALSE_FLAGS (ties: fewer false flags, then the stricter thresholds, deflation's first).
 * When none does, the one with the best recall minus three times the false-flag rate.
 */
export function chooseThresholds(r: Pick<CvResult, "flags" | "flagsWithoutCue">): {
  flagThreshold: number;
  flagThresholdWithoutCue: number | null;
  inflation: FlagPair;
} {
  const pairs: { p: FlagPair; f: FlagRates }[] = [
    ...[...r.flags].map(([threshold, f]) => ({ p: { threshold, withoutCue: null }, f })),
    ...PAIRS.flatMap(([threshold, withoutCue]) => {
      const f = r.flagsWithoutCue.get(pairKey(threshold, withoutCue));
      return f ? [{ p: { threshold, withoutCue }, f }] : [];
    }),
  ];
  if (!pairs.length) throw new Error("chooseThresholds: no cross-validated flag rates");
  const strictness = (p: FlagPair) => [p.threshold, p.withoutCue ?? 2];
  const combos = pairs.flatMap((below) =>
    pairs.map((above) => ({ below: below.p, above: above.p, f: sidedRates(below.f, above.f) })),
  );
  const within = combos.filter((c) => falseFlagRate(c.f) <= MAX_CV_FALSE_FLAGS);
  const rank = within.length ? flagRecall : score;
  const stricter = (a: (typeof combos)[number], b: (typeof combos)[number]) => {
    const [x, y] = [
      [...strictness(a.below), ...strictness(a.above)],
      [...strictness(b.below), ...strictness(b.above)],
    ];
    const i = x.findIndex((v, k) => v !== y[k]);
    return i < 0 ? 0 : y[i]! - x[i]!;
  };
  const [best] = (within.length ? within : combos).sort(
    (a, b) => rank(b.f) - rank(a.f) || falseFlagRate(a.f) - falseFlagRate(b.f) || stricter(a, b),
  );
  return {
    flagThreshold: best!.below.threshold,
    flagThresholdWithoutCue: best!.below.withoutCue,
    inflation: best!.above,
  };
}
