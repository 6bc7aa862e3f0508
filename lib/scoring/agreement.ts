// Krippendorff's alpha: inter-rater reliability that tolerates missing ratings and any number
// of coders per unit. A unit is one (candidate, domain) pair; its entries are the coders' values.
// Formulation: coincidence matrix o_ck, marginals n_c, n = Σ n_c, and
//   alpha = 1 - (n - 1) · Σ_{c,k} o_ck δ²_ck / Σ_{c,k} n_c n_k δ²_ck
// (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011).

export type AlphaMetric = "nominal" | "ordinal" | "interval";
export type ReliabilityUnits = readonly (readonly (number | null | undefined)[])[];

type Matrix = number[][];

const at = (row: readonly number[] | undefined, i: number): number => row?.[i] ?? 0;

/**
 * δ² between the i-th and j-th sorted distinct values.
 * Ordinal uses the marginals: (Σ_{g=c..k} n_g − (n_c + n_k)/2)², so distance depends on how
 * many values fall between two ranks, not on the numbers themselves.
 */
function distance(
  metric: AlphaMetric,
  values: readonly number[],
  cumulative: readonly number[],
  marginals: readonly number[],
) {
  return (c: number, k: number): number => {
    if (c === k) return 0;
    if (metric === "nominal") return 1;
    if (metric === "interval") return (at(values, c) - at(values, k)) ** 2;
    const [lo, hi] = c < k ? [c, k] : [k, c];
    const between = at(cumulative, hi) - (lo > 0 ? at(cumulative, lo - 1) : 0);
    return (between - (at(marginals, lo) + at(marginals, hi)) / 2) ** 2;
  };
}

/**
 * The inputs alpha needs, which is all a database has to return: the coincidence matrix as
 * cells (value c, value k, weight o_ck), each unit with m_u >= 2 pairable values adding
 * n_c·n_k/(m_u − 1) to (c, k) (n_c·(n_c − 1)/(m_u − 1) on the diagonal), and how many units
 * were pairable. For ratings that is at most 4 x 4 cells.
 */
export type Coincidences = { cells: readonly { c: number; k: number; weight: number }[]; pairableUnits: number };

/** Coincidences of the given units (the JavaScript form of what lib/data/calibration.ts asks PostgreSQL for). */
export function coincidences(units: ReliabilityUnits): Coincidences {
  const cells = new Map<string, { c: number; k: number; weight: number }>();
  let pairableUnits = 0;
  for (const unit of units) {
    const given = unit.filter((v): v is number => v !== null && v !== undefined);
    for (const v of given) if (!Number.isFinite(v)) throw new RangeError(`value must be finite, got ${v}`);
    if (given.length < 2) continue;
    pairableUnits++;
    const counts = new Map<number, number>();
    for (const v of given) counts.set(v, (counts.get(v) ?? 0) + 1);
    // Each ordered pair of values from different coders contributes 1/(m_u - 1).
    const weight = 1 / (given.length - 1);
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) {
        const key = `${c}\u0000${k}`;
        const cell = cells.get(key) ?? { c, k, weight: 0 };
        cell.weight += nc * (c === k ? nk - 1 : nk) * weight;
        cells.set(key, cell);
      }
    }
  }
  return { cells: [...cells.values()], pairableUnits };
}

/**
 * Alpha from its coincidence matrix. Returns null when fewer than 2 units have at least 2
 * values (nothing to compare) or when every pairable value is the same (expected disagreement
 * 0: reliability is undefined, not perfect). Values whose marginal is 0 take no part.
 */
export function alphaFromCoincidences({ cells, pairableUnits }: Coincidences, metric: AlphaMetric): number | null {
  if (pairableUnits < 2) return null;
  const marginalOf = new Map<number, number>();
  for (const { c, weight } of cells) marginalOf.set(c, (marginalOf.get(c) ?? 0) + weight);
  const values = [...marginalOf]
    .filter(([, m]) => m > 0)
    .map(([v]) => v)
    .sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const size = values.length;
  const o: Matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const { c, k, weight } of cells) {
    const i = index.get(c);
    const j = index.get(k);
    if (i === undefined || j === undefined) continue;
    const row = o[i];
    if (row) row[j] = at(row, j) + weight;
  }

  const marginals = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = marginals.reduce((s, x) => s + x, 0);
  const cumulative: number[] = [];
  marginals.reduce((acc, x, i) => (cumulative[i] = acc + x), 0);
  const delta = distance(metric, values, cumulative, marginals);

  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = c + 1; k < size; k++) {
      const d = delta(c, k);
      observed += at(o[c], k) * d;
      expected += at(marginals, c) * at(marginals, k) * d;
    }
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

/** Alpha of the given units: see alphaFromCoincidences for when it is null. */
export function krippendorffAlpha(units: ReliabilityUnits, metric: AlphaMetric): number | null {
  return alphaFromCoincidences(coincidences(units), metric);
}

/** Levels are ordered but not evenly spaced, so ordinal is the metric to report for ratings. */
export const krippendorffAlphaOrdinal = (units: ReliabilityUnits) => krippendorffAlpha(units, "ordinal");
export const krippendorffAlphaInterval = (units: ReliabilityUnits) => krippendorffAlpha(units, "interval");
export const krippendorffAlphaNominal = (units: ReliabilityUnits) => krippendorffAlpha(units, "nominal");
