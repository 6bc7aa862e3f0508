// The fair-hiring report's statistics, plain (no I/O) so they are unit-tested against known
// values: pass-through rates, the four-fifths rule's adverse impact ratio, Fisher's exact test
// (two-sided, in log space so large counts do not overflow) and small-group suppression.

/**
 * One group's counts at one stage: `passed` of `decided` moved on (the rest were turned down
 * there). `compare: false`: a row that is shown (and may be suppressed) but is not a group to
 * compare, such as the people who did not disclose.
 */
export type GroupCounts = { group: string; decided: number; passed: number; compare?: false };

/** EEOC Uniform Guidelines (29 CFR 1607.4(D)): a selection rate under 4/5 of the highest group's is evidence of adverse impact. */
export const FOUR_FIFTHS = 0.8;
/** Fisher's p below this is reported as "unlikely to be chance" (two-sided, no correction for the many comparisons). */
export const SIGNIFICANCE = 0.05;

const logFactorialCache: number[] = [0];
/** ln(n!), summed once and cached (exact enough: a sum of n logarithms, n ≤ a few hundred thousand). */
export function logFactorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`logFactorial(${n})`);
  for (let k = logFactorialCache.length; k <= n; k++) logFactorialCache[k] = logFactorialCache[k - 1]! + Math.log(k);
  return logFactorialCache[n]!;
}

/**
 * Fisher's exact test for the 2×2 table [[a, b], [c, d]] (rows: the two groups; columns: passed,
 * not passed), two-sided as R's fisher.test and SciPy compute it: the sum of the probabilities,
 * under fixed margins (hypergeometric), of every table no more likely than the observed one.
 * Probabilities are compared and summed in log space (log-sum-exp), with R's relative tolerance
 * of 1e-7 for tables as likely as the observed one. Null when a margin is zero (nothing to test).
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number | null {
  for (const x of [a, b, c, d]) if (!Number.isInteger(x) || x < 0) throw new RangeError("Fisher's test needs counts");
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  if (row1 === 0 || row2 === 0 || col1 === 0 || col1 === n) return null;
  const base = logFactorial(row1) + logFactorial(row2) + logFactorial(col1) + logFactorial(n - col1) - logFactorial(n);
  const logP = (x: number) =>
    base - logFactorial(x) - logFactorial(row1 - x) - logFactorial(col1 - x) - logFactorial(row2 - col1 + x);
  const lo = Math.max(0, col1 - row2);
  const hi = Math.min(row1, col1);
  const observed = logP(a);
  const cutoff = observed + Math.log1p(1e-7);
  const kept: number[] = [];
  for (let x = lo; x <= hi; x++) {
    const lp = logP(x);
    if (lp <= cutoff) kept.push(lp);
  }
  const max = Math.max(...kept);
  const p = Math.exp(max) * kept.reduce((s, lp) => s + Math.exp(lp - max), 0);
  return Math.min(1, p);
}

export type GroupResult = GroupCounts & {
  /** passed / decided; null when nobody in the group was decided at this stage. */
  rate: number | null;
  /** rate / the highest rate among the groups shown; null for the reference group itself or when undefined. */
  impactRatio: number | null;
  /** Fisher's two-sided p against the reference group; null when not computed. */
  pValue: number | null;
  /** Under the four-fifths line. */
  adverse: boolean;
  /** Too few people to show: counts, rate and tests are withheld. */
  suppressed: boolean;
  /** Withheld because it was at an earlier stage of the report (compareStages). */
  suppressedEarlier: boolean;
  /** The group with the highest rate, which the others are compared with. */
  reference: boolean;
};

/**
 * Which groups to withhold at one stage: any with fewer than `minGroup` people decided there
 * (primary suppression), any withheld at an earlier stage of the same report (`earlier`, see
 * `compareStages`), and, when exactly one group is withheld, the next smallest too (secondary
 * suppression), so that the withheld group cannot be worked out by subtracting the shown groups
 * from the stage's total on the pipeline board. An empty group withheld beside a single one with
 * people protects nothing (a reader who knows nobody of it reached the stage subtracts as
 * before), so the next smallest is withheld then too: two withheld groups with people in them, or
 * none.
 */
export function suppressedGroups(
  groups: GroupCounts[],
  minGroup: number,
  earlier: ReadonlySet<string> = new Set(),
): Set<string> {
  const hidden = new Set(groups.filter((g) => g.decided < minGroup || earlier.has(g.group)).map((g) => g.group));
  const hiddenWithPeople = groups.filter((g) => hidden.has(g.group) && g.decided > 0).length;
  if ((hidden.size === 1 || hiddenWithPeople === 1) && groups.length > 1) {
    const next = groups
      .filter((g) => !hidden.has(g.group))
      .sort((x, y) => x.decided - y.decided || x.group.localeCompare(y.group))[0];
    if (next) hidden.add(next.group);
  }
  // Nor may the withheld groups together have nobody moved on, or nobody turned down: that total,
  // read off the stage's, would give each of them away ("none of them passed"). The next smallest
  // group with someone of the missing kind is withheld too; with nobody left of that kind the
  // stage total says it already.
  const of = (f: (g: GroupCounts) => number) => groups.reduce((s, g) => s + (hidden.has(g.group) ? f(g) : 0), 0);
  while (of((g) => g.decided) > 0) {
    const nonePassed = of((g) => g.passed) === 0;
    const noneTurnedDown = of((g) => g.decided - g.passed) === 0;
    if (!nonePassed && !noneTurnedDown) break;
    const next = groups
      .filter((g) => !hidden.has(g.group) && (nonePassed ? g.passed > 0 : g.decided > g.passed))
      .sort((x, y) => x.decided - y.decided || x.group.localeCompare(y.group))[0];
    if (!next) break;
    hidden.add(next.group);
  }
  return hidden;
}

/**
 * One stage of one category: each group's pass-through rate, its adverse impact ratio (its rate
 * over the highest shown group's rate, the four-fifths rule) and Fisher's exact test of its 2×2
 * table against that reference group. Suppressed groups take no part: they are neither the
 * reference nor compared, and their figures are withheld. `earlier`: the groups withheld at the
 * report's earlier stages, withheld here too.
 */
export function compareGroups(
  groups: GroupCounts[],
  minGroup: number,
  earlier: ReadonlySet<string> = new Set(),
): GroupResult[] {
  const hidden = suppressedGroups(groups, minGroup, earlier);
  const rateOf = (g: GroupCounts) => (g.decided > 0 ? g.passed / g.decided : null);
  const shown = groups.filter((g) => !hidden.has(g.group) && g.decided > 0 && g.compare !== false);
  // One group shown is compared with nobody: it is no comparison point either.
  const ref =
    shown.length < 2
      ? null
      : shown.reduce<GroupCounts | null>((best, g) => (!best || rateOf(g)! > rateOf(best)! ? g : best), null);
  const refRate = ref ? rateOf(ref)! : null;
  return groups.map((g) => {
    if (hidden.has(g.group))
      return {
        ...g,
        decided: 0,
        passed: 0,
        rate: null,
        impactRatio: null,
        pValue: null,
        adverse: false,
        suppressed: true,
        suppressedEarlier: earlier.has(g.group),
        reference: false,
      };
    const rate = rateOf(g);
    const shownRow = { suppressed: false, suppressedEarlier: false, reference: false };
    if (g.compare === false) return { ...g, ...shownRow, rate, impactRatio: null, pValue: null, adverse: false };
    const reference = ref !== null && g.group === ref.group;
    const impactRatio = reference || rate === null || refRate === null || refRate === 0 ? null : rate / refRate;
    const pValue =
      reference || rate === null || !ref
        ? null
        : fisherExactTwoSided(g.passed, g.decided - g.passed, ref.passed, ref.decided - ref.passed);
    return {
      ...g,
      ...shownRow,
      rate,
      impactRatio,
      pValue,
      adverse: impactRatio !== null && impactRatio < FOUR_FIFTHS,
      reference,
    };
  });
}

/**
 * Every stage of one report, in pipeline order, the hires among everyone with an outcome last.
 * The stages are one linked table, not separate ones: the people who moved on from a stage are
 * the people with an outcome at the next (once nobody is still at it), and those who moved on
 * from the last stage are the hires. Suppressed stage by stage, a group withheld at one stage
 * could be read off its neighbours: a group withheld only to protect another from the next
 * stage's "with an outcome", then the small one from the stage total; a group small at the last
 * stage alone from the previous stage's "moved on" and its hires. So a group withheld at a stage
 * stays withheld at every later one and in the hires: its count with an outcome at the first such
 * stage is the previous stage's "moved on" (as any shown rate's numerator is), but how many of
 * them moved on, there or later, is never shown, alone or by subtraction.
 */
export function compareStages(stages: GroupCounts[][], minGroup: number): GroupResult[][] {
  let earlier = new Set<string>();
  return stages.map((groups) => {
    const results = compareGroups(groups, minGroup, earlier);
    earlier = new Set([...earlier, ...results.filter((r) => r.suppressed).map((r) => r.group)]);
    return results;
  });
}

/** How a group's row reads, in words, for the table and the CSV. */
export function reading(r: GroupResult): string {
  if (r.suppressedEarlier) return "Withheld since an earlier stage";
  if (r.suppressed) return "Too few people to show";
  if (r.compare === false) return "Not compared";
  if (r.reference) return "Highest rate: the comparison point";
  if (r.rate === null || r.impactRatio === null) return "No comparison";
  const sig = r.pValue !== null && r.pValue < SIGNIFICANCE;
  if (r.adverse && sig) return "Below four-fifths; unlikely to be chance";
  if (r.adverse) return "Below four-fifths; could be chance at this size";
  if (sig) return "Lower rate, within four-fifths; unlikely to be chance";
  return "Within four-fifths";
}
