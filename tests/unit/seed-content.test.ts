import { describe, expect, it } from "vitest";
import { candidateProfiles, evidenceLibrary } from "../../prisma/seed/content/evidence";
import {
  CLUSTER_KEYS,
  DOMAIN_KEYS,
  LEVEL_RANKS,
  cells,
  clusters,
  domains,
  levels,
} from "../../prisma/seed/content/matrix";
import { questionBank } from "../../prisma/seed/content/question-bank";
import { roleTemplates } from "../../prisma/seed/content/role-templates";

const RATINGS = [0, 1, 2, 3] as const;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe("seeded matrix content", () => {
  it("has 4 clusters, 3 levels with the document's 5 bullets each, and 4 domains", () => {
    expect(clusters).toHaveLength(4);
    expect(clusters.map((c) => c.key)).toEqual([...CLUSTER_KEYS]);
    expect(levels).toHaveLength(3);
    expect(levels.map((l) => l.rank)).toEqual([...LEVEL_RANKS]);
    for (const l of levels) expect(l.indicators, l.name).toHaveLength(5);
    expect(domains).toHaveLength(4);
    expect(domains.map((d) => d.key)).toEqual([...DOMAIN_KEYS]);
  });

  it("fills every one of the 48 cells with 3-5 indicators of at most 140 characters", () => {
    let count = 0;
    for (const c of CLUSTER_KEYS)
      for (const d of DOMAIN_KEYS)
        for (const l of LEVEL_RANKS) {
          const list = cells[c][d][l];
          expect(list.length, `${c}/${d}/L${l}`).toBeGreaterThanOrEqual(3);
          expect(list.length, `${c}/${d}/L${l}`).toBeLessThanOrEqual(5);
          for (const text of list) {
            expect(text.trim().length, `${c}/${d}/L${l}`).toBeGreaterThan(0);
            expect(text.length, text).toBeLessThanOrEqual(140);
          }
          count++;
        }
    expect(count).toBe(48);
  });

  it("never repeats an indicator anywhere in the matrix", () => {
    const all: string[] = [];
    for (const c of CLUSTER_KEYS) for (const d of DOMAIN_KEYS) for (const l of LEVEL_RANKS) all.push(...cells[c][d][l]);
    for (const l of levels) all.push(...l.indicators);
    const seen = new Set<string>();
    const dupes = all.filter((t) => (seen.has(t) ? true : (seen.add(t), false)));
    expect(dupes).toEqual([]);
  });

  it("gives each cluster at least one core and one lighter domain", () => {
    for (const c of clusters) {
      const e = DOMAIN_KEYS.map((d) => c.emphasis[d]);
      expect(e, c.key).toContain("core");
      expect(
        e.some((x) => x !== "core"),
        c.key,
      ).toBe(true);
    }
  });
});

describe("question bank", () => {
  it("has exactly 36 questions, 3 per domain x level, with unique kebab-case keys and prompts", () => {
    expect(questionBank).toHaveLength(36);
    for (const d of DOMAIN_KEYS)
      for (const l of LEVEL_RANKS) {
        expect(
          questionBank.filter((q) => q.domainKey === d && q.level === l),
          `${d}/L${l}`,
        ).toHaveLength(3);
      }
    expect(new Set(questionBank.map((q) => q.key)).size).toBe(36);
    expect(new Set(questionBank.map((q) => q.prompt)).size).toBe(36);
    for (const q of questionBank) {
      expect(q.key).toMatch(KEBAB);
      for (const level of LEVEL_RANKS) expect(q.answers[level].trim().length, `${q.key} L${level}`).toBeGreaterThan(0);
    }
  });
});

describe("role templates", () => {
  it("has the ten templates with full target profiles and sane salary ranges", () => {
    expect(roleTemplates).toHaveLength(10);
    expect(new Set(roleTemplates.map((t) => t.key)).size).toBe(10);
    for (const t of roleTemplates) {
      expect(t.key).toMatch(KEBAB);
      expect(Object.keys(t.targets).sort(), t.key).toEqual([...DOMAIN_KEYS].sort());
      for (const d of DOMAIN_KEYS) {
        expect(Number.isInteger(t.targets[d]), `${t.key}/${d}`).toBe(true);
        expect(t.targets[d], `${t.key}/${d}`).toBeGreaterThanOrEqual(0);
        expect(t.targets[d], `${t.key}/${d}`).toBeLessThanOrEqual(3);
      }
      const values = DOMAIN_KEYS.map((d) => t.targets[d]);
      expect(
        values.some((v) => v >= 2),
        t.key,
      ).toBe(true);
      expect(
        values.every((v) => v === 3),
        t.key,
      ).toBe(false);
      expect(t.salaryMin, t.key).toBeGreaterThan(0);
      expect(t.salaryMin, t.key).toBeLessThan(t.salaryMax);
      expect(t.source.length, t.key).toBeGreaterThan(0);
    }
  });

  it("includes the five AI operations roles of the roadmap", () => {
    const titles = roleTemplates.map((t) => t.title);
    for (const title of [
      "AI Operations Engineer",
      "AI Platform Engineer",
      "AI Systems Engineer",
      "AI Automation Engineer",
      "AI Solutions Architect",
    ]) {
      expect(titles).toContain(title);
    }
  });

  it("never asks for Level 3 in a domain its cluster treats as peripheral", () => {
    for (const t of roleTemplates) {
      const cluster = clusters.find((c) => c.key === t.clusterKey);
      expect(cluster, t.key).toBeDefined();
      for (const d of DOMAIN_KEYS)
        if (cluster!.emphasis[d] === "peripheral") expect(t.targets[d], `${t.key}/${d}`).toBeLessThan(3);
    }
  });
});

describe("demo evidence and candidates", () => {
  it("has 4 distinct evidence snippets for every domain and rating", () => {
    const all: string[] = [];
    for (const d of DOMAIN_KEYS)
      for (const r of RATINGS) {
        const list = evidenceLibrary[d][r];
        expect(list, `${d}/${r}`).toHaveLength(4);
        expect(new Set(list).size, `${d}/${r}`).toBe(4);
        for (const text of list) expect(text.trim().length, `${d}/${r}`).toBeGreaterThan(0);
        all.push(...list);
      }
    expect(new Set(all).size).toBe(all.length);
  });

  it("has 14 fictional candidates with unique example.com/example.org emails", () => {
    expect(candidateProfiles).toHaveLength(14);
    expect(new Set(candidateProfiles.map((c) => c.email)).size).toBe(14);
    for (const c of candidateProfiles) {
      expect(c.email).toMatch(/^[a-z0-9.+-]+@example\.(com|org)$/);
      expect(["Referral", "LinkedIn", "Careers page", "Agency", "Conference"]).toContain(c.source);
    }
  });
});
