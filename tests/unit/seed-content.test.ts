import { describe, expect, it } from "vitest";
import { candidateProfiles, evidenceLibrary } from "../../prisma/seed/content/evidence";
import { CLUSTER_KEYS, DOMAIN_KEYS, LEVEL_RANKS, cells, clusters, domains, levels } from "../../prisma/seed/content/matrix";
import { questionBank } from "../../prisma/seed/content/question-bank";
import { roleTemplates } from "../../prisma/seed/content/role-templates";

describe("seeded matrix content", () => {
  it("has 4 clusters, 3 levels with the document's 5 bullets each, and 4 domains", () => {
    expect(clusters.map((c) => c.key)).toEqual([...CLUSTER_KEYS]);
    expect(levels.map((l) => l.indicators.length)).toEqual([5, 5, 5]);
    expect(domains.map((d) => d.key)).toEqual([...DOMAIN_KEYS]);
  });

  it("fills every one of the 48 cells with 3-5 indicators, none repeated anywhere", () => {
    const all: string[] = [];
    for (const c of CLUSTER_KEYS) for (const d of DOMAIN_KEYS) for (const l of LEVEL_RANKS) {
      const list = cells[c][d][l];
      expect(list.length, `${c}/${d}/L${l}`).toBeGreaterThanOrEqual(3);
      expect(list.length, `${c}/${d}/L${l}`).toBeLessThanOrEqual(5);
      for (const text of list) expect(text.length, text).toBeLessThanOrEqual(140);
      all.push(...list);
    }
    expect(all.length).toBeGreaterThanOrEqual(144);
    expect(new Set(all).size).toBe(all.length);
  });

  it("gives each cluster at least one core and one lighter domain", () => {
    for (const c of clusters) {
      const e = Object.values(c.emphasis);
      expect(e).toContain("core");
      expect(e.some((x) => x !== "core")).toBe(true);
    }
  });
});

describe("catalogue content", () => {
  it("has at least two questions per domain x level with unique keys and three answer levels", () => {
    for (const d of DOMAIN_KEYS) for (const l of LEVEL_RANKS) expect(questionBank.filter((q) => q.domainKey === d && q.level === l).length).toBeGreaterThanOrEqual(2);
    expect(new Set(questionBank.map((q) => q.key)).size).toBe(questionBank.length);
    expect(questionBank.every((q) => q.answers[1] && q.answers[2] && q.answers[3])).toBe(true);
  });

  it("has the ten role templates with full target profiles and sane salary ranges", () => {
    expect(roleTemplates).toHaveLength(10);
    expect(new Set(roleTemplates.map((t) => t.key)).size).toBe(10);
    for (const t of roleTemplates) {
      expect(Object.keys(t.targets).sort()).toEqual([...DOMAIN_KEYS].sort());
      expect(Object.values(t.targets).some((v) => v >= 2)).toBe(true);
      expect(t.salaryMin).toBeLessThan(t.salaryMax);
    }
  });

  it("has evidence for every domain and rating, and demo candidates with example emails", () => {
    for (const d of DOMAIN_KEYS) for (const r of [0, 1, 2, 3] as const) expect(new Set(evidenceLibrary[d][r]).size).toBeGreaterThanOrEqual(3);
    expect(candidateProfiles.length).toBeGreaterThanOrEqual(14);
    expect(candidateProfiles.every((c) => /@example\.(com|org)$/.test(c.email))).toBe(true);
  });
});
