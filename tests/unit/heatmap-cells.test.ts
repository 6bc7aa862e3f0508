import { describe, expect, it } from "vitest";
import { heatmapCells } from "@/lib/data/heatmap-cells";
import type { ComparisonDomain } from "@/lib/data/role-comparison";
import { domainGap } from "@/lib/scoring/gaps";

const domain = (domainId: string, target: number, median: number | null): ComparisonDomain => ({
  domainId,
  name: domainId,
  target,
  weight: 1,
  consensus: { median, spread: median === null ? null : 0, count: median === null ? 0 : 1, min: median, max: median },
  gap: domainGap(target, median),
  disagreement: false,
});

describe("heatmapCells", () => {
  it("follows the targets' order, not the row's, and keeps level, gap and status", () => {
    const cells = heatmapCells([{ domainId: "b" }, { domainId: "a" }], [domain("a", 2, 3), domain("b", 3, 1)]);
    expect(cells).toEqual([
      [1, 2, "below"],
      [3, -1, "exceeds"],
    ]);
  });

  it("a domain nobody rated, or one missing from the row, is not assessed (never level 0)", () => {
    const cells = heatmapCells([{ domainId: "a" }, { domainId: "z" }], [domain("a", 2, null)]);
    expect(cells).toEqual([
      [null, 0, "no-evidence"],
      [null, 0, "no-evidence"],
    ]);
  });
});
