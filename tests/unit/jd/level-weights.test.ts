// The level weights: chosen by cross-validation for the most levels read right, applied to the
// level model's probabilities before the level and the flags are read.
import { describe, expect, it } from "vitest";
import { mapLine } from "../../../lib/jd/analyse";
import { readModel, reweigh, type JdModel } from "../../../lib/jd/model";
import { MODEL } from "../../../lib/jd/trained";
import { chooseLevelWeights, type LevelSample } from "../../../scripts/jd-model-training";

describe("reweigh", () => {
  it("scales each level's probability and renormalises", () => {
    const p = reweigh([0.5, 0.4, 0.1], [0.5, 1, 1]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(p[0]).toBeCloseTo(0.25 / 0.75, 10);
    expect(p[1]).toBeCloseTo(0.4 / 0.75, 10);
  });

  it("leaves the probabilities alone without weights", () => {
    const p = [0.2, 0.3, 0.5];
    expect(reweigh(p, null)).toBe(p);
    expect(reweigh(p, undefined)).toBe(p);
  });
});

describe("the model reader and level weights", () => {
  const good = JSON.parse(JSON.stringify(MODEL));
  it("accepts three positive weights, or none", () => {
    expect(readModel({ ...good, levelWeights: [0.7, 1, 1.1] }).levelWeights).toEqual([0.7, 1, 1.1]);
    expect(readModel({ ...good, levelWeights: null }).levelWeights).toBeNull();
  });
  it.each([[[0.7, 1]], [[0, 1, 1]], [[-1, 1, 1]], [["a", 1, 1]], [0.7]])("refuses %j", (levelWeights) =>
    expect(() => readModel({ ...good, levelWeights })).toThrow(/levelWeights/),
  );
});

describe("chooseLevelWeights", () => {
  // A model that leans to Level 1: Level 2 lines read 0.5/0.45/0.05.
  const leaning: LevelSample[] = [
    ...Array.from({ length: 30 }, () => ({ want: 2 as const, p: [0.5, 0.45, 0.05] })),
    ...Array.from({ length: 30 }, () => ({ want: 1 as const, p: [0.8, 0.15, 0.05] })),
    ...Array.from({ length: 30 }, () => ({ want: 3 as const, p: [0.1, 0.2, 0.7] })),
  ];

  it("weighs Level 1 down when the model reads Level 2 lines as Level 1, and keeps what it read right", () => {
    const w = chooseLevelWeights(leaning)!;
    expect(w[0]).toBeLessThan(0.9);
    expect(w[1]).toBe(1);
    // Every sample right under the chosen weights.
    for (const s of leaning) {
      const p = reweigh(s.p, w);
      expect(p.indexOf(Math.max(...p)) + 1).toBe(s.want);
    }
  });

  it("of weights that read as many right, takes the nearest to none", () =>
    // 0.8 is the first step below 0.9 that turns 0.5/0.45 around (0.4 < 0.45); 0.5-0.8 tie.
    expect(chooseLevelWeights(leaning)![0]).toBe(0.8));

  it("chooses none when the model's own reading is already the best", () => {
    const calibrated: LevelSample[] = [
      { want: 1, p: [0.6, 0.3, 0.1] },
      { want: 2, p: [0.3, 0.6, 0.1] },
      { want: 3, p: [0.1, 0.3, 0.6] },
    ];
    expect(chooseLevelWeights(calibrated)).toBeNull();
    expect(chooseLevelWeights([])).toBeNull();
  });
});

describe("a model with level weights", () => {
  it("reads the level, its probabilities and its flags from the weighed probabilities", () => {
    const line = "Use the Grafana dashboards to check how the services are doing.";
    const plain = mapLine(line, undefined, { model: { ...MODEL, levelWeights: null } as JdModel });
    expect(plain.level).toBe(1);
    const weighed = mapLine(line, undefined, { model: { ...MODEL, levelWeights: [0.001, 1, 1] } as JdModel });
    expect(weighed.level).not.toBe(1);
    expect(weighed.probabilities!.level[0]).toBeLessThan(plain.probabilities!.level[0]);
    expect(weighed.probabilities!.level.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });
});
