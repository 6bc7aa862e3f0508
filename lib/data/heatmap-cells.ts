import type { GapStatus } from "@/lib/scoring/gaps";
import type { ComparisonDomain } from "./role-comparison";

/** One heat-map cell, in the order of the targets: consensus level (null: not assessed), gap to target, status. */
export type HeatmapCell = [consensus: number | null, gap: number, status: GapStatus];

/** A comparison row's domains as heat-map cells, in the order of the role's targets (missing: not assessed). */
export function heatmapCells(targets: { domainId: string }[], domains: ComparisonDomain[]): HeatmapCell[] {
  return targets.map((t) => {
    const d = domains.find((x) => x.domainId === t.domainId);
    return d ? [d.consensus.median ?? null, d.gap.gap ?? 0, d.gap.status] : [null, 0, "no-evidence"];
  });
}
