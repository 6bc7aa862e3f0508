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
function distance(metric: AlphaMetric, values: readonly number[], cumulative: readonly number[], marginals: readonly number[]) {
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
 * Returns null when fewer than 2 units have at least 2 values (nothing to compare) or when every
 * pairable value is the same (expected disagreement 0: reliability is undefined, not perfect).
 */
export function krippendorffAlpha(units: ReliabilityUnits, metric: AlphaMetric): number | null {
  const pairable: number[][] = [];
  for (const unit of units) {
    const given = unit.filter((v): v is number => v !== null && v !== undefined);
    for (const v of given) if (!Number.isFinite(v)) throw new RangeError(`value must be finite, got ${v}`);
    if (given.length >= 2) pairable.push(given);
  }
  if (pairable.length < 2) return null;

  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const size = values.length;
  const o: Matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));

  for (const unit of pairable) {
    const counts = new Map<number, number>();
    for (const v of unit) {
      const i = index.get(v) ?? 0;
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    // Each ordered pair of values from different coders contributes 1/(m_u - 1).
    const weight = 1 / (unit.length - 1);
    for (const [c, nc] of counts) {
      const row = o[c];
      if (!row) continue;
      for (const [k, nk] of counts) row[k] = at(row, k) + nc * (c === k ? nk - 1 : nk) * weight;
    }
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

/** Levels are ordered but not evenly spaced, so ordinal is the metric to report for ratings. */
export const krippendorffAlphaOrdinal = (units: ReliabilityUnits) => krippendorffAlpha(units, "ordinal");
export const krippendorffAlphaInterval = (units: ReliabilityUnits) => krippendorffAlpha(units, "interval");
export const krippendorffAlphaNominal = (units: ReliabilityUnits) => krippendorffAlpha(units, "nominal");
