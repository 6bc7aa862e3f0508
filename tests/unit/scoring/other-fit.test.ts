import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeLevelByCluster, otherFit, summariseClusterFit } from "../../../lib/scoring/other-fit";

describe("otherFit", () => {
  const medians = { obs: 2, data: 1, auto: 3, sec: null };
  it("scores each profile with the roleFit formula, best first", () => {
    const result = otherFit(medians, [
      { id: "ds", label: "Data", targets: { data: 3, obs: 1 } }, // (1/3 + 1)/2 = 67
      { id: "sre", label: "SRE", targets: { obs: 2, auto: 2, sec: 0 } }, // 100
      { id: "sec", label: "Security", targets: { sec: 2, obs: 1 }, weights: { sec: 3 } }, // sec not assessed: obs only -> 100, partial
    ]);
    // Fully assessed profiles first, then the partly assessed one however high its fit so far.
    expect(result.map((r) => [r.id, r.fit])).toEqual([
      ["sre", 100],
      ["ds", 67],
      ["sec", 100],
    ]);
    expect(result[0]?.distance).toBe("meets every target");
    expect(result[2]).toMatchObject({
      assessedDomains: 1,
      targetDomains: 2,
      distance: "not yet assessed in 1 target domain",
    });
  });
  it("puts profiles without targets last and breaks ties by label", () => {
    const result = otherFit(medians, [
      { id: "x", label: "Empty", targets: {} },
      { id: "b", label: "B", targets: { obs: 1 } },
      { id: "a", label: "A", targets: { auto: 1 } },
    ]);
    expect(result.map((r) => r.id)).toEqual(["a", "b", "x"]);
  });
});

describe("describeLevelByCluster", () => {
  const emphasis = { obs: "CORE", data: "CORE", auto: "CORE", sec: "SUPPORTING", ml: "PERIPHERAL" } as const;
  it("takes the lower-middle median of core domains only", () => {
    expect(describeLevelByCluster(emphasis, { obs: 2, data: 3, auto: 2, sec: 0, ml: 0 })).toEqual({
      level: 2,
      strong: true,
      coreDomains: 3,
      assessedCoreDomains: 3,
    });
    expect(describeLevelByCluster(emphasis, { obs: 1, data: 3, auto: 2 })).toMatchObject({ level: 2, strong: false });
  });
  it("is not strong when a core domain is unassessed", () => {
    expect(describeLevelByCluster(emphasis, { obs: 2, data: 2, auto: null })).toMatchObject({
      level: 2,
      strong: false,
      assessedCoreDomains: 2,
    });
  });
  it("has no level with no core evidence", () => {
    expect(describeLevelByCluster(emphasis, {})).toMatchObject({ level: null, strong: false });
    expect(describeLevelByCluster({ sec: "SUPPORTING" }, { sec: 3 })).toMatchObject({ level: null, coreDomains: 0 });
  });
  it("strong means every core domain is at the level or above", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 6 }), (levels) => {
        const em = Object.fromEntries(levels.map((_l, i) => [`d${i}`, "CORE" as const]));
        const med = Object.fromEntries(levels.map((l, i) => [`d${i}`, l]));
        const r = describeLevelByCluster(em, med);
        expect(r.strong).toBe(levels.every((l) => l >= (r.level ?? Infinity)));
        expect(r.strong).toBe(Math.min(...levels) === r.level);
      }),
    );
  });
});

describe("summariseClusterFit", () => {
  it("reads like a sentence fragment, highest level first", () => {
    expect(
      summariseClusterFit([
        { clusterName: "SRE", level: 1, strong: false },
        { clusterName: "platform", level: 2, strong: true },
      ]),
    ).toBe("strong Level 2 platform, Level 1 SRE");
  });
  it("handles below Level 1 and missing evidence", () => {
    expect(
      summariseClusterFit([
        { clusterName: "data", level: null, strong: false },
        { clusterName: "ML", level: 0, strong: true },
      ]),
    ).toBe("below Level 1 ML, no evidence for data");
    expect(summariseClusterFit([])).toBe("no clusters to compare");
  });
});
