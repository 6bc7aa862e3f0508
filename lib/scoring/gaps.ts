// How a candidate's consensus compares with a role's target levels, per domain and overall.

export type GapStatus = "below" | "meets" | "exceeds" | "no-evidence" | "not-required";

/** A domain's gap status in words: the gap table's Status column, the heat map and the gap chart's labels. */
export const GAP_STATUS_TEXT: Record<GapStatus, string> = {
  below: "below target",
  meets: "meets target",
  exceeds: "exceeds target",
  "no-evidence": "not yet assessed",
  "not-required": "not required",
};

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

/**
 * The status a candidate's page reads for a domain: a domain the role does not target (not
 * required, or retired since the panel rated it) has no gap to show, whatever was rated there;
 * "exceeds target" over a target of none read as praise for nothing. `domainGap` keeps
 * meets/exceeds for such a rating (evidence for the heat map, CSV and API).
 */
export function shownGapStatus(gap: DomainGap): GapStatus {
  return gap.target === 0 ? "not-required" : gap.status;
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
  /** Levels short of target; null when nobody has assessed the domain yet. */
  levelsShort: number | null;
  weight: number;
};

export type RoleFit = {
  /**
   * 0..100 over the target domains the panel has assessed; null when none is assessed yet
   * ("not yet assessed", never 0) or the role sets no target above 0.
   */
  fit: number | null;
  /** Biggest gaps first; not-yet-assessed domains last. */
  shortfalls: Shortfall[];
  distance: string;
  targetDomains: number;
  /** Target domains with a consensus; fit rests on these only. */
  assessedDomains: number;
};

export const FIT_EXPLANATION =
  "Fit is the weighted share of each assessed required domain's target level that the panel's consensus shows: " +
  "a domain at or above its target counts fully, one below counts in proportion (Level 1 of a Level 2 target = half); " +
  "a domain nobody has assessed yet is left out (not counted as zero) and named, exceeding a target earns no extra credit, " +
  "and domains the role does not require are ignored.";

export function weightOf(weight: number | undefined): number {
  const w = weight ?? 1;
  // Weights come from validated role settings; a bad one would silently distort every fit.
  if (!Number.isFinite(w) || w <= 0) throw new RangeError(`weight must be > 0, got ${w}`);
  return w;
}

export function roleFit(domains: readonly FitDomain[]): RoleFit {
  let credited = 0;
  let assessedWeight = 0;
  let assessedDomains = 0;
  const shortfalls: Shortfall[] = [];
  for (const d of domains) {
    if (d.target <= 0) continue;
    const weight = weightOf(d.weight);
    // Missing evidence is unknown, not failure: only assessed domains enter the fit.
    if (d.median !== null) {
      assessedDomains++;
      assessedWeight += weight;
      // Capped at the target: a surplus in one domain must not hide a gap in another.
      credited += (weight * Math.min(d.median, d.target)) / d.target;
    }
    if (d.median === null || d.median < d.target) {
      const levelsShort = d.median === null ? null : d.target - d.median;
      shortfalls.push({ domainId: d.domainId, name: d.name, target: d.target, median: d.median, levelsShort, weight });
    }
  }
  shortfalls.sort((a, b) => (b.levelsShort ?? -1) - (a.levelsShort ?? -1) || a.name.localeCompare(b.name));
  const targetDomains = domains.filter((d) => d.target > 0).length;
  const fit = assessedWeight === 0 ? null : Math.round((100 * credited) / assessedWeight);
  return { fit, shortfalls, distance: describeDistance(shortfalls, targetDomains), targetDomains, assessedDomains };
}

/** A fit for people: "72/100", "72/100 (3 of 4 target domains assessed)", "not yet assessed". */
export function fitText({
  fit,
  targetDomains,
  assessedDomains,
}: Pick<RoleFit, "fit" | "targetDomains" | "assessedDomains">): string {
  if (targetDomains === 0) return "no target levels set";
  if (fit === null || assessedDomains === 0) return NOT_ASSESSED;
  if (assessedDomains < targetDomains)
    return `${fit}/100 (${assessedDomains} of ${targetDomains} target domains assessed)`;
  return `${fit}/100`;
}

/**
 * Sort key for "best fit first" (ascending): every target domain assessed first, by fit; then
 * those with some target domain not yet assessed, by their fit so far (a lone strong domain
 * must not outrank a whole interview loop); then those with none assessed. The comparison's
 * SQL (lib/data/role-comparison.ts) sorts by the same key.
 */
export function fitRankKey({
  fit,
  targetDomains,
  assessedDomains,
}: Pick<RoleFit, "fit" | "targetDomains" | "assessedDomains">): number {
  if (fit === null || assessedDomains === 0) return 1;
  return assessedDomains < targetDomains ? -fit : -fit - 200;
}

/** The one phrase for a domain or candidate nobody has assessed yet: never 0, never a full-length gap. */
export const NOT_ASSESSED = "not yet assessed";

const LEVEL_WORDS = ["zero", "one", "two", "three"];

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** E.g. "1 domain two levels short, 2 domains one level short, not yet assessed in 1 target domain". */
/**
 * The fit and the distance as sentences for a printed summary: "Fit 82/100. 1 domain one level
 * short." The distance is left out when nothing is assessed (it would repeat "not yet assessed").
 */
export function fitSentences(r: Pick<RoleFit, "fit" | "targetDomains" | "assessedDomains" | "distance">): string {
  const fit = `Fit ${fitText(r)}.`;
  if (r.fit === null || r.assessedDomains === 0) return fit;
  return `${fit} ${r.distance.charAt(0).toUpperCase()}${r.distance.slice(1)}.`;
}

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
  if (noEvidence === targetDomains) return `${NOT_ASSESSED} in any target domain`;
  if (noEvidence > 0) parts.push(`${NOT_ASSESSED} in ${plural(noEvidence, "target domain")}`);
  return parts.join(", ");
}
