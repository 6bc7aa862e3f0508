// Statistics of the hiring-quality page, as plain functions: Spearman's rank correlation (the
// definition the SQL of lib/quality/report.ts is tested against), its confidence interval and
// the sentence the page prints. No I/O.

/**
 * Below this many hires with both an interview consensus and an on-the-job rating in a domain,
 * the page says "too few hires to say" instead of a number. Why 10: the interval is what says
 * how little a small sample shows, and at n = 10 even a strong ρ = 0.5 has a 95% interval of
 * about −0.2 to 0.86 (it cannot rule out "no relationship"); below that the Fisher
 * approximation the interval rests on is itself poor (it assumes n well above 4) and the
 * interval spans nearly −1..1, so a printed ρ would only invite reading noise as a verdict.
 */
export const MIN_HIRES = 10;

/** 1-based ranks, ties sharing the mean of the ranks they span (what Spearman's ρ needs). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.v === order[start]!.v) end++;
    const mean = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!.i] = mean;
    start = end + 1;
  }
  return ranks;
}

/** Pearson's r; null with fewer than two pairs or when either side does not vary. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's ρ: Pearson's r of the average ranks (correct with ties). */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  return pearson(averageRanks(xs), averageRanks(ys));
}

const Z_95 = 1.959963984540054;

/**
 * 95% confidence interval of a rank correlation by Fisher's z transform: atanh(ρ) ± 1.96·se,
 * back through tanh. For Spearman's ρ the standard error is √(1.06 / (n − 3)) (Fieller, Hartley
 * & Pearson 1957), a little wider than Pearson's 1/√(n − 3). Null below four pairs.
 */
export function fisherInterval(r: number | null, n: number): { low: number; high: number } | null {
  if (r === null || n < 4) return null;
  const z = Math.atanh(Math.max(-0.999999, Math.min(0.999999, r)));
  const half = Z_95 * Math.sqrt(1.06 / (n - 3));
  return { low: Math.tanh(z - half), high: Math.tanh(z + half) };
}

export type Verdict = "too-few" | "no-spread" | "predicts" | "inverse" | "unclear";

/** Cohen's conventional labels for the size of a correlation. */
export function strength(r: number): string {
  const a = Math.abs(r);
  return a < 0.1 ? "negligible" : a < 0.3 ? "weak" : a < 0.5 ? "moderate" : "strong";
}

/** What the page says about one domain's correlation, in plain words. */
export function readCorrelation(r: number | null, n: number): { verdict: Verdict; text: string } {
  if (n < MIN_HIRES)
    return {
      verdict: "too-few",
      text: `Too few hires to say: ${n} of the ${MIN_HIRES} needed have both an interview rating and an on-the-job rating here.`,
    };
  const ci = fisherInterval(r, n);
  if (r === null || !ci)
    return {
      verdict: "no-spread",
      text: "Cannot say: the interview ratings or the on-the-job ratings are all the same level, so there is nothing to rank.",
    };
  if (ci.low > 0)
    return {
      verdict: "predicts",
      text: `The interview's rating here predicted how hires did (${strength(r)} relationship): higher-rated candidates tended to be rated higher on the job.`,
    };
  if (ci.high < 0)
    return {
      verdict: "inverse",
      text: "Higher interview ratings here went with lower ratings on the job: review this domain's questions and level anchors.",
    };
  return {
    verdict: "unclear",
    text: "No clear relationship yet: the interval includes zero, so the interview's rating here may or may not predict the job.",
  };
}
