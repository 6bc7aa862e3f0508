// "Would this candidate fit a different role?" and "what level do they show per role cluster?"
import { lowerMedian } from "./consensus";
import { fitRankKey, roleFit, type RoleFit } from "./gaps";
import type { Emphasis } from "./types";

export type FitProfile = {
  id: string;
  label: string;
  targets: Record<string, number>;
  weights?: Record<string, number>;
};

export type ProfileFit = Pick<RoleFit, "fit" | "distance" | "shortfalls" | "targetDomains" | "assessedDomains"> & {
  id: string;
  label: string;
};

/** Scores one candidate's consensus medians against other profiles with the same roleFit formula. */
export function otherFit(
  ratingsByDomain: Record<string, number | null>,
  profiles: readonly FitProfile[],
): ProfileFit[] {
  return profiles
    .map((p) => {
      const r = roleFit(
        Object.entries(p.targets).map(([domainId, target]) => ({
          domainId,
          name: domainId,
          target,
          weight: p.weights?.[domainId],
          median: ratingsByDomain[domainId] ?? null,
        })),
      );
      return { id: p.id, label: p.label, ...r };
    })
    .sort((a, b) => fitRankKey(a) - fitRankKey(b) || a.label.localeCompare(b.label));
}

export type ClusterLevel = {
  /** Lower-middle median of the core domains' medians; null when no core domain was assessed. */
  level: number | null;
  /** Every core domain assessed and at `level` or above — a solid, not a mixed, level. */
  strong: boolean;
  coreDomains: number;
  assessedCoreDomains: number;
};

export function describeLevelByCluster(
  emphasis: Record<string, Emphasis>,
  medians: Record<string, number | null>,
): ClusterLevel {
  const core = Object.keys(emphasis).filter((d) => emphasis[d] === "CORE");
  const assessed = core.map((d) => medians[d] ?? null).filter((m): m is number => m !== null);
  const level = lowerMedian(assessed);
  // An unassessed core domain means we cannot claim "every core domain", so not strong.
  const strong = level !== null && assessed.length === core.length && assessed.every((m) => m >= level);
  return { level, strong, coreDomains: core.length, assessedCoreDomains: assessed.length };
}

export type ClusterFitEntry = { clusterName: string; level: number | null; strong: boolean };

function levelLabel(e: ClusterFitEntry & { level: number }): string {
  if (e.level === 0) return `below Level 1 ${e.clusterName}`;
  return `${e.strong ? "strong " : ""}Level ${e.level} ${e.clusterName}`;
}

/** E.g. "strong Level 2 platform, Level 1 SRE, no evidence for data". Highest level first. */
export function summariseClusterFit(entries: readonly ClusterFitEntry[]): string {
  if (entries.length === 0) return "no clusters to compare";
  const known = entries
    .filter((e): e is ClusterFitEntry & { level: number } => e.level !== null)
    .sort((a, b) => b.level - a.level || Number(b.strong) - Number(a.strong));
  const unknown = entries.filter((e) => e.level === null).map((e) => e.clusterName);
  const parts = known.map(levelLabel);
  if (unknown.length > 0) parts.push(`no evidence for ${unknown.join(", ")}`);
  return parts.join(", ");
}
