// How a candidate's consensus compares with a role's target levels, per domain and overall.

export type GapStatus = "below" | "meets" | "exceeds" | "no-evidence" | "not-required";

export type DomainGap = {
  target: number;
  median: number | null;
  /** target - median (negative when exceeding); null when nobody rated the domain. */
  gap: number | null;
  status: GapStatus;
};

export function domainGap(target: number, consensus: { median: number | null } | number | null): DomainGap {
  const median = typeof consensus === "number" || consensus === null ? consensus : consensus.median;
  if (median === null) return { target, median, gap: null, status: target > 0 ? "no-evidence" : "not-required" };
  const gap = target - median;
  // A rating in a domain the role does not require still counts as evidence (meets/exceeds).
  return { target, median, gap, status: gap > 0 ? "below" : gap === 0 ? "meets" : "exceeds" };
}

export type FitDomain = {
  domainId: string;
  name: string;
  /** 0 = not required, 1..3 = level. */
  target: number;
  /** > 0; defaults to 1. */
  weight?: number;
  median: number | null;
};

export type Shortfall = {
  domainId: string;
  name: string;
  target: number;
  median: number | null;
  /** Levels short of target; null when there is no evidence at all. */
  levelsShort: number | null;
  weight: number;
};

export type RoleFit = {
  /** 0..100, or null when the role sets no target above 0 (nothing to fit against). */
  fit: number | null;
  /** Biggest gaps first; no-evidence domains last. */
  shortfalls: Shortfall[];
  distance: string;
  targetDomains: number;
};

export const FIT_EXPLANATION =
  "Fit is the weighted share of each required domain's target level that the panel's consensus shows: " +
  "a domain at or above its target counts fully, one below counts in proportion (Level 1 of a Level 2 target = half), " +
  "and a domain nobody assessed counts zero. Exceeding a target earns no extra credit, and domains the role does not require are ignored.";

export function weightOf(weight: number | undefined): number {
  const w = weight ?? 1;
  // Weights come from validated role settings; a bad one would silently distort every fit.
  if (!Number.isFinite(w) || w <= 0) throw new RangeError(`weight must be > 0, got ${w}`);
  return w;
}

export function roleFit(domains: readonly FitDomain[]): RoleFit {
  let credited = 0;
  let total = 0;
  const shortfalls: Shortfall[] = [];
  for (const d of domains) {
    if (d.target <= 0) continue;
    const weight = weightOf(d.weight);
    total += weight;
    // Capped at the target: a surplus in one domain must not hide a gap in another.
    if (d.median !== null) credited += (weight * Math.min(d.median, d.target)) / d.target;
    if (d.median === null || d.median < d.target) {
      const levelsShort = d.median === null ? null : d.target - d.median;
      shortfalls.push({ domainId: d.domainId, name: d.name, target: d.target, median: d.median, levelsShort, weight });
    }
  }
  shortfalls.sort((a, b) => (b.levelsShort ?? -1) - (a.levelsShort ?? -1) || a.name.localeCompare(b.name));
  const targetDomains = domains.filter((d) => d.target > 0).length;
  const fit = total === 0 ? null : Math.round((100 * credited) / total);
  return { fit, shortfalls, distance: describeDistance(shortfalls, targetDomains), targetDomains };
}

const LEVEL_WORDS = ["zero", "one", "two", "three"];

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** E.g. "1 domain two levels short, 2 domains one level short, no evidence in 1 target domain". */
export function describeDistance(shortfalls: readonly Pick<Shortfall, "levelsShort">[], targetDomains: number): string {
  if (targetDomains === 0) return "no target levels set";
  if (shortfalls.length === 0) return "meets every target";
  const byGap = new Map<number, number>();
  let noEvidence = 0;
  for (const s of shortfalls) {
    if (s.levelsShort === null) noEvidence++;
    else byGap.set(s.levelsShort, (byGap.get(s.levelsShort) ?? 0) + 1);
  }
  const parts = [...byGap.entries()]
    .sort(([a], [b]) => b - a)
    .map(([gap, n]) => `${plural(n, "domain")} ${LEVEL_WORDS[gap] ?? String(gap)} level${gap === 1 ? "" : "s"} short`);
  if (noEvidence > 0) parts.push(`no evidence in ${plural(noEvidence, "target domain")}`);
  return parts.join(", ");
}
