// The fair-hiring report's stages are one linked table: on a closed role the people who moved on
// from a stage are the people with an outcome at the next, the last stage's "moved on" are the
// hires, and every stage's totals are on the pipeline board. This test plays a reader who knows
// all that and solves for withheld figures, on random pipelines: stage-by-stage suppression gives
// small groups away (the attack works), the report's linked suppression (compareStages) does not.
import { describe, expect, it } from "vitest";
import { compareGroups, compareStages, type GroupCounts, type GroupResult } from "@/lib/fair-hiring/stats";
import { seededRandom } from "@/lib/random";

/** A closed role: everyone is turned down at one stage or hired; counted as passThroughSql counts. */
function closedPipeline(seed: number) {
  const r = seededRandom(seed);
  const stageCount = 2 + Math.floor(r() * 4);
  const names = ["A", "B", "C", "D", "E"].slice(0, 2 + Math.floor(r() * 4));
  const people: { group: string; rejectedAt: number | null }[] = [];
  const sizes = [...names.map((g) => [g, r() < 0.4 ? 1 + Math.floor(r() * 12) : 15 + Math.floor(r() * 80)] as const)];
  sizes.push(["Not disclosed", Math.floor(r() * 14)]);
  for (const [group, size] of sizes) {
    const pass = 0.35 + r() * 0.5;
    for (let i = 0; i < size; i++) {
      let at: number | null = null;
      for (let s = 0; s < stageCount && at === null; s++) if (r() > pass) at = s;
      people.push({ group, rejectedAt: at });
    }
  }
  const groups = sizes.map(([g]) => g);
  const counts = (inTable: (p: (typeof people)[number]) => [boolean, boolean]): GroupCounts[] =>
    groups.map((group) => {
      let decided = 0;
      let passed = 0;
      for (const p of people.filter((x) => x.group === group)) {
        const [d, q] = inTable(p);
        decided += d ? 1 : 0;
        passed += q ? 1 : 0;
      }
      return group === "Not disclosed" ? { group, decided, passed, compare: false } : { group, decided, passed };
    });
  const tables: GroupCounts[][] = [];
  for (let k = 0; k < stageCount; k++)
    tables.push(counts((p) => [p.rejectedAt === null || p.rejectedAt >= k, p.rejectedAt === null || p.rejectedAt > k]));
  tables.push(counts((p) => [true, p.rejectedAt === null])); // hires among everyone with an outcome
  return tables;
}

type Eq = { vars: string[]; coef: number[]; total: number };

/**
 * What the reader can work out: the shown figures, each table's totals, and the links between
 * tables, solved by substitution (an equation with one unknown left) and by non-negativity (a sum
 * of unknown counts that is zero makes each zero). Returns the small groups' withheld "moved on"
 * figures it found: a group with 1..minGroup-1 people decided at a stage whose outcome there is
 * out.
 */
function attack(truth: GroupCounts[][], shown: GroupResult[][], minGroup: number): string[] {
  const last = truth.length - 1; // the hires table
  const known = new Map<string, number>();
  const d = (t: number, g: string) => `d${t}:${g}`;
  const p = (t: number, g: string) => `p${t}:${g}`;
  const groups = truth[0]!.map((g) => g.group);
  const eqs: Eq[] = [];
  truth.forEach((table, t) => {
    eqs.push({
      vars: groups.map((g) => d(t, g)),
      coef: groups.map(() => 1),
      total: table.reduce((s, g) => s + g.decided, 0),
    });
    eqs.push({
      vars: groups.map((g) => p(t, g)),
      coef: groups.map(() => 1),
      total: table.reduce((s, g) => s + g.passed, 0),
    });
    shown[t]!.forEach((g) => {
      if (!g.suppressed) {
        known.set(d(t, g.group), g.decided);
        known.set(p(t, g.group), g.passed);
      }
    });
  });
  // Counts are never negative: withheld groups that together turned nobody down each passed all.
  truth.forEach((table, t) => {
    const hidden = shown[t]!.filter((g) => g.suppressed).map((g) => g.group);
    const shownTurnedDown = shown[t]!.reduce((s, g) => s + (g.suppressed ? 0 : g.decided - g.passed), 0);
    const turnedDown = table.reduce((s, g) => s + g.decided - g.passed, 0);
    if (turnedDown === shownTurnedDown)
      for (const g of hidden) eqs.push({ vars: [d(t, g), p(t, g)], coef: [1, -1], total: 0 });
  });
  for (const g of groups) {
    for (let k = 0; k + 1 < last; k++) eqs.push({ vars: [d(k + 1, g), p(k, g)], coef: [1, -1], total: 0 });
    eqs.push({ vars: [p(last, g), p(last - 1, g)], coef: [1, -1], total: 0 });
    eqs.push({ vars: [d(last, g), d(0, g)], coef: [1, -1], total: 0 });
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const eq of eqs) {
      const unknown = eq.vars.map((v, i) => [v, eq.coef[i]!] as const).filter(([v]) => !known.has(v));
      if (unknown.length === 0) continue;
      const rest = eq.total - eq.vars.reduce((s, v, i) => s + (known.get(v) ?? 0) * eq.coef[i]!, 0);
      if (unknown.length === 1) {
        known.set(unknown[0]![0], rest / unknown[0]![1] + 0);
        changed = true;
      } else if (rest === 0 && unknown.every(([, c]) => c === 1)) {
        for (const [v] of unknown) known.set(v, 0);
        changed = true;
      }
    }
  }
  const found: string[] = [];
  truth.forEach((table, t) => {
    // Nobody moved on at all, or nobody was turned down: the stage total says it of every group.
    const passed = table.reduce((s, g) => s + g.passed, 0);
    if (passed === 0 || passed === table.reduce((s, g) => s + g.decided, 0)) return;
    table.forEach((g) => {
      if (
        shown[t]![table.indexOf(g)]!.suppressed &&
        g.decided > 0 &&
        g.decided < minGroup &&
        known.has(p(t, g.group))
      ) {
        expect(known.get(p(t, g.group))).toBe(g.passed); // the attack is sound: what it finds is true
        found.push(`table ${t}, ${g.group}: ${g.passed} of ${g.decided}`);
      }
    });
  });
  return found;
}

const MIN = 10;
const SEEDS = Array.from({ length: 400 }, (_, i) => i + 1);

describe("fair-hiring suppression across stages (a reader solving the linked tables)", () => {
  it("stage by stage, small groups' outcomes can be worked out (the attack works)", () => {
    const leaky = SEEDS.filter((seed) => {
      const truth = closedPipeline(seed);
      return (
        attack(
          truth,
          truth.map((t) => compareGroups(t, MIN)),
          MIN,
        ).length > 0
      );
    });
    expect(leaky.length).toBeGreaterThan(SEEDS.length / 2); // 249 of 400 when written
  });

  it("linked suppression gives no small group's outcome away, on any of 400 random closed roles", () => {
    const leaks = SEEDS.flatMap((seed) => {
      const truth = closedPipeline(seed);
      return attack(truth, compareStages(truth, MIN), MIN).map((l) => `seed ${seed}: ${l}`);
    });
    expect(leaks).toEqual([]);
  });

  it("keeps a group withheld from its first withheld stage on, and says so", () => {
    const stage = (a: number, aPassed: number, b: number): GroupCounts[] => [
      { group: "A", decided: a, passed: aPassed },
      { group: "B", decided: b, passed: Math.floor(b / 2) },
      { group: "C", decided: 60, passed: 30 },
    ];
    const [first, second, third] = compareStages([stage(40, 8, 50), stage(8, 5, 25), stage(5, 3, 12)], MIN);
    expect(first!.every((g) => !g.suppressed)).toBe(true);
    // Second stage: A is small, B (the next smallest) protects it.
    expect(second!.map((g) => g.suppressed)).toEqual([true, true, false]);
    expect(second!.map((g) => g.suppressedEarlier)).toEqual([false, false, false]);
    // Third: both stay withheld although B still has 12, or B's 12 would give away A's 5 at the second.
    expect(third!.map((g) => [g.suppressed, g.suppressedEarlier])).toEqual([
      [true, true],
      [true, true],
      [false, false],
    ]);
  });
});
