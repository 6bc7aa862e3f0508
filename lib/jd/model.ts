// Small multinomial logistic-regression models over sparse named features (lib/jd/features.ts):
// one for a line's domain, one for its level. Trained by scripts/jd-learn.ts (full-batch
// gradient descent with L2, fixed iteration count: deterministic), stored as JSON
// (lib/jd/model-data.json) and read back by readModel, which checks the shape.

/** A line's features: name -> value (1 for a present word; a lexicon score for the score features). */
export type Features = Map<string, number>;

/** One classifier: per feature, one weight per class; plus one bias per class. */
export type Classifier<C extends string = string> = {
  classes: C[];
  bias: number[];
  weights: Record<string, number[]>;
};

/** A labelled line; weight (1 by default) scales its pull on the fit. */
export type Example<C extends string = string> = { features: Features; label: C; weight?: number };

export type TrainOptions = { iterations?: number; l2?: number; rate?: number; minCount?: number };

/** Class probabilities (softmax of the scores), in the classifier's class order. */
export function predict<C extends string>(model: Classifier<C>, features: Features): number[] {
  const z = [...model.bias];
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (!w) continue;
    for (let c = 0; c < z.length; c++) z[c]! += (w[c] ?? 0) * value;
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/** The features that pushed most towards a class (weight times value, positive only), strongest first. */
export function contributions<C extends string>(
  model: Classifier<C>,
  features: Features,
  cls: C,
  n = 5,
): { name: string; value: number }[] {
  const c = model.classes.indexOf(cls);
  if (c < 0) return [];
  const out: { name: string; value: number }[] = [];
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (!w) continue;
    // Relative to the mean over classes: what favours this class over the others.
    const mean = w.reduce((s, v) => s + v, 0) / w.length;
    const v = ((w[c] ?? 0) - mean) * value;
    if (v > 0) out.push({ name, value: v });
  }
  return out.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name)).slice(0, n);
}

/**
 * Fits the weights by full-batch gradient descent with AdaGrad steps and L2 regularisation.
 * Features seen fewer than minCount times are left out. Deterministic: same examples, same model.
 */
export function train<C extends string>(
  examples: Example<C>[],
  classes: C[],
  options: TrainOptions = {},
): Classifier<C> {
  const { iterations = 150, l2 = 0.002, rate = 0.5, minCount = 2 } = options;
  const counts = new Map<string, number>();
  for (const ex of examples) for (const name of ex.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minCount).map(([name]) => name);
  names.sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const K = classes.length;
  const W = new Float64Array(names.length * K);
  const b = new Float64Array(K);
  const gW = new Float64Array(W.length);
  const gb = new Float64Array(K);
  const hW = new Float64Array(W.length);
  const hb = new Float64Array(K);
  const rows = examples.map((ex) => ({
    idx: [...ex.features].filter(([n]) => index.has(n)).map(([n, v]) => [index.get(n)!, v] as const),
    y: classes.indexOf(ex.label),
    w: ex.weight ?? 1,
  }));
  const N = Math.max(
    1e-9,
    rows.reduce((s, r) => s + r.w, 0),
  );
  const z = new Float64Array(K);
  for (let it = 0; it < iterations; it++) {
    gW.fill(0);
    gb.fill(0);
    for (const r of rows) {
      if (r.y < 0) continue;
      for (let c = 0; c < K; c++) z[c] = b[c]!;
      for (const [i, v] of r.idx) for (let c = 0; c < K; c++) z[c]! += W[i * K + c]! * v;
      let max = -Infinity;
      for (let c = 0; c < K; c++) max = Math.max(max, z[c]!);
      let sum = 0;
      for (let c = 0; c < K; c++) sum += z[c] = Math.exp(z[c]! - max);
      for (let c = 0; c < K; c++) {
        const g = (z[c]! / sum - (c === r.y ? 1 : 0)) * r.w;
        gb[c]! += g / N;
        for (const [i, v] of r.idx) gW[i * K + c]! += (g * v) / N;
      }
    }
    for (let j = 0; j < W.length; j++) {
      const g = gW[j]! + l2 * W[j]!;
      hW[j]! += g * g;
      W[j]! -= (rate * g) / (Math.sqrt(hW[j]!) + 1e-8);
    }
    for (let c = 0; c < K; c++) {
      hb[c]! += gb[c]! * gb[c]!;
      b[c]! -= (rate * gb[c]!) / (Math.sqrt(hb[c]!) + 1e-8);
    }
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const weights: Record<string, number[]> = {};
  names.forEach((n, i) => {
    const w = Array.from(W.subarray(i * K, i * K + K), round);
    if (w.some((v) => Math.abs(v) >= 0.02)) weights[n] = w;
  });
  return { classes: [...classes], bias: Array.from(b, round), weights };
}

/** The stored models: domain ("none" or a domain key), level ("1".."3"), and the flag thresholds. */
/** A flag threshold for lines whose sentence gives a level cue, and one (or none: never flagged) for lines without. */
export type FlagPair = { threshold: number; withoutCue: number | null };
export type LevelWeights = [number, number, number];

/** Level probabilities with each level's weight applied, renormalised to sum to 1 (unchanged without weights). */
export function reweigh(p: number[], weights: LevelWeights | null | undefined): number[] {
  if (!weights) return p;
  const w = p.map((v, i) => v * (weights[i] ?? 1));
  const sum = w.reduce((a, b) => a + b, 0);
  return sum > 0 ? w.map((v) => v / sum) : p;
}

export type JdModel = {
  version: 1;
  domain: Classifier;
  level: Classifier;
  /**
   * A line is flagged for asking too much (too little) only when the models' probability that
   * it asks above (below) its domain's target, summed over the domains it may be about,
   * reaches this; chosen by leave-one-ad-out cross-validation (npm run jd:cv).
   */
  flagThreshold: number;
  /**
   * The same for a line whose sentence gives no level cue (its level read by the level model from
   * its words and the ad around it): its own threshold (never below the cued lines' one), chosen by the same
   * cross-validation so that false flags on aligned lines stay within 5% over both kinds of line.
   * Such a flag names the model's strongest evidence. Absent or null: those lines are never flagged.
   */
  flagThresholdWithoutCue?: number | null;
  /**
   * Lines read above the level the role allows have their own pair, chosen by the same
   * cross-validation as the pair above but separately: a reading above the target is more often
   * right than one below it (held-out sets missed inflated lines more than deflated ones), so each
   * side gets the thresholds that catch the most of its own kind of mismatch within one budget of
   * false flags (chooseThresholds). Absent: the pair above serves both sides.
   */
  inflation?: FlagPair | null;
  /**
   * Weights on the level model's probabilities (Level 1, 2, 3; renormalised after), chosen by the
   * same cross-validation for the most levels read right (chooseLevelWeights). The fit leans to
   * Level 1: its commonest cross-validated error is a Level 2 line read as Level 1, five times the
   * reverse. Absent: the probabilities as the model gives them.
   */
  levelWeights?: LevelWeights | null;
  /** Lines and ads it was trained on, for the record. */
  trainedOn: { lines: number; ads: number };
};

function isClassifier(x: unknown): x is Classifier {
  if (typeof x !== "object" || x === null) return false;
  const c = x as Classifier;
  if (!Array.isArray(c.classes) || c.classes.length < 2 || !c.classes.every((k) => typeof k === "string")) return false;
  if (!Array.isArray(c.bias) || c.bias.length !== c.classes.length || !c.bias.every(Number.isFinite)) return false;
  if (typeof c.weights !== "object" || c.weights === null) return false;
  return Object.values(c.weights).every(
    (w) => Array.isArray(w) && w.length === c.classes.length && w.every(Number.isFinite),
  );
}

const isShare = (x: unknown) => typeof x === "number" && x >= 0 && x <= 1;
const isFlagPair = (x: unknown): x is FlagPair =>
  typeof x === "object" &&
  x !== null &&
  isShare((x as FlagPair).threshold) &&
  ((x as FlagPair).withoutCue === null || isShare((x as FlagPair).withoutCue));

/** Reads stored model JSON, refusing anything that is not a complete model (a wrong file fails loudly, not silently). */
export function readModel(data: unknown): JdModel {
  if (typeof data !== "object" || data === null) throw new Error("JD model: not an object");
  const m = data as JdModel;
  if (m.version !== 1) throw new Error(`JD model: unknown version ${String(m.version)}`);
  if (!isClassifier(m.domain)) throw new Error("JD model: bad domain classifier");
  if (!isClassifier(m.level)) throw new Error("JD model: bad level classifier");
  if (!m.domain.classes.includes("none")) throw new Error("JD model: the domain classifier has no 'none' class");
  if (m.level.classes.join() !== "1,2,3") throw new Error("JD model: level classes must be 1, 2, 3");
  if (typeof m.flagThreshold !== "number" || !(m.flagThreshold >= 0 && m.flagThreshold <= 1))
    throw new Error("JD model: flagThreshold must be between 0 and 1");
  const t2 = m.flagThresholdWithoutCue;
  if (t2 !== undefined && t2 !== null && (typeof t2 !== "number" || !(t2 >= 0 && t2 <= 1)))
    throw new Error("JD model: flagThresholdWithoutCue must be between 0 and 1, or null");
  const inflation = m.inflation;
  if (inflation !== undefined && inflation !== null && !isFlagPair(inflation))
    throw new Error(
      "JD model: inflation must be { threshold, withoutCue } between 0 and 1 (withoutCue may be null), or null",
    );
  const lw = m.levelWeights;
  if (
    lw !== undefined &&
    lw !== null &&
    !(Array.isArray(lw) && lw.length === 3 && lw.every((v) => typeof v === "number" && v > 0 && Number.isFinite(v)))
  )
    throw new Error("JD model: levelWeights must be three positive numbers (Level 1, 2, 3), or null");
  return m;
}
