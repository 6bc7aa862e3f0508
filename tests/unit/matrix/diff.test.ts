import { describe, expect, it } from "vitest";
import { diffIndicators, diffMatrices, movedDomains, similarity, type MatrixSnapshot } from "../../../lib/matrix/diff";
import { seededFile } from "./fixture";

const cellOf = (s: MatrixSnapshot, cluster: string, domain: string, level: number) =>
  s.cells.find((c) => c.cluster === cluster && c.domain === domain && c.level === level)!;

describe("diffIndicators", () => {
  it("finds nothing between identical lists", () => {
    expect(diffIndicators(["a b c", "d e f"], ["a b c", "d e f"])).toEqual({
      added: [],
      removed: [],
      changed: [],
      reordered: false,
    });
  });

  it("reads a reworded indicator as a change, and an unrelated one as remove + add", () => {
    const before = ["Builds a service dashboard with latency and error panels.", "Writes runbooks for on-call."];
    const after = [
      "Builds a service dashboard with latency, error and saturation panels.",
      "Negotiates vendor contracts for telemetry storage.",
    ];
    expect(diffIndicators(before, after)).toEqual({
      added: ["Negotiates vendor contracts for telemetry storage."],
      removed: ["Writes runbooks for on-call."],
      changed: [{ from: before[0], to: after[0] }],
      reordered: false,
    });
  });

  it("treats an inserted indicator as added without disturbing the others, and notices reordering", () => {
    expect(diffIndicators(["one thing", "two things"], ["brand new idea", "one thing", "two things"])).toEqual({
      added: ["brand new idea"],
      removed: [],
      changed: [],
      reordered: false,
    });
    expect(diffIndicators(["one thing", "two things"], ["two things", "one thing"]).reordered).toBe(true);
  });

  it("pairs each old indicator with at most one new one", () => {
    const d = diffIndicators(
      ["Defines SLIs and SLOs for a service."],
      ["Defines SLIs and SLOs for a service and team.", "Defines SLIs and SLOs for every service."],
    );
    expect(d.changed).toHaveLength(1);
    expect(d.added).toHaveLength(1);
  });

  it("scores word overlap", () => {
    expect(similarity("Alpha beta", "beta alpha")).toBe(1);
    expect(similarity("alpha", "gamma")).toBe(0);
  });
});

describe("diffMatrices", () => {
  it("reports no differences between a matrix and itself", () => {
    const d = diffMatrices(seededFile(), seededFile());
    expect(d.summary).toMatchObject({ total: 0, cellsChanged: 0, domainsAdded: 0 });
    expect(d.cells).toEqual([]);
  });

  it("reports an edited cell", () => {
    const a = seededFile();
    const b = seededFile();
    const cell = cellOf(b, "sre", "automation", 2);
    const old = cell.indicators[1]!;
    cell.indicators[1] = `${old.replace(/\.$/, "")} and measures the result.`;
    cell.indicators.push("Automates certificate rotation end to end.");
    const d = diffMatrices(a, b);
    expect(d.cells).toEqual([
      {
        cluster: "sre",
        domain: "automation",
        level: 2,
        added: ["Automates certificate rotation end to end."],
        removed: [],
        changed: [{ from: old, to: cell.indicators[1] }],
        reordered: false,
      },
    ]);
    expect(d.summary).toMatchObject({
      cellsChanged: 1,
      indicatorsAdded: 1,
      indicatorsChanged: 1,
      indicatorsRemoved: 0,
      total: 1,
    });
  });

  it("reports added, removed, renamed and reordered domains, and emphasis changes", () => {
    const a = seededFile();
    const b = seededFile();
    const security = b.domains.pop()!; // retire "security-governance"
    b.cells = b.cells.filter((c) => c.domain !== security.key);
    for (const c of b.clusters) delete c.emphasis[security.key];
    b.domains.push({
      key: "finops",
      name: "Cost & FinOps",
      shortName: "FinOps",
      description: "Cost of telemetry and models.",
    });
    for (const c of b.clusters) c.emphasis.finops = "peripheral";
    for (const cl of b.clusters)
      for (const level of [1, 2, 3] as const)
        b.cells.push({ cluster: cl.key, domain: "finops", level, indicators: [`Level ${level} cost awareness`] });
    b.domains[0]!.name = "Observability";
    [b.domains[1], b.domains[2]] = [b.domains[2]!, b.domains[1]!];
    b.clusters[0]!.emphasis.automation = "supporting";

    const d = diffMatrices(a, b);
    expect(d.domains.added.map((x) => x.key)).toEqual(["finops"]);
    // Where it was placed in the new version's list: last of four (the seeded four, one retired, one added).
    expect(d.domains.added[0]).toMatchObject({ at: 4 });
    expect(d.domains.count).toBe(4);
    expect(d.domains.removed.map((x) => x.key)).toEqual(["security-governance"]);
    expect(d.domains.renamed).toEqual([
      {
        key: "observability",
        from: { name: "Observability & telemetry", shortName: "Observability" },
        to: { name: "Observability", shortName: "Observability" },
      },
    ]);
    expect(d.domains.reordered).toBe(true);
    // A swap of two neighbours names one of them, not every domain after it.
    expect(d.domains.moved).toHaveLength(1);
    expect(d.summary.domainsMoved).toBe(1);

    // Positions are each version's own: a domain added on top moves the one it pushed down a place.
    const c = seededFile();
    c.domains.unshift({ key: "finops", name: "Cost & FinOps", shortName: "FinOps", description: "" });
    const last = c.domains.pop()!;
    c.domains.splice(1, 0, last); // the old last domain, now second under the new one
    const moves = diffMatrices(a, c).domains.moved;
    expect(moves).toEqual([{ key: last.key, from: a.domains.length, to: 2 }]);
    expect(d.emphasis).toEqual([{ cluster: "sre", domain: "automation", from: "core", to: "supporting" }]);
    const removedIndicators = a.cells
      .filter((c) => c.domain === "security-governance")
      .reduce((n, c) => n + c.indicators.length, 0);
    expect(d.summary).toMatchObject({
      domainsAdded: 1,
      domainsRemoved: 1,
      domainsRenamed: 1,
      emphasisChanged: 1,
      cellsChanged: 24,
      indicatorsAdded: 12,
      indicatorsRemoved: removedIndicators,
    });
    // Cells of the new domain come in the newer matrix's order; removed ones after.
    expect(d.cells[0]).toMatchObject({ domain: "finops", cluster: "sre", level: 1 });
    expect(d.cells.at(-1)).toMatchObject({ domain: "security-governance", removed: expect.any(Array) });
  });

  it("does not call additions alone a reorder", () => {
    const a = seededFile();
    const b = seededFile();
    b.domains.unshift({ key: "new-one", name: "New", shortName: "New", description: "A new domain." });
    expect(diffMatrices(a, b).domains.reordered).toBe(false);
  });
});

describe("movedDomains", () => {
  it("names the one domain moved to the top, not the ones it pushed down", () => {
    expect(movedDomains(["a", "b", "c", "d", "e"], ["e", "a", "b", "c", "d"])).toEqual([{ key: "e", from: 5, to: 1 }]);
  });

  it("names nothing when the order is the same, and every domain but one when it is reversed", () => {
    expect(movedDomains(["a", "b", "c"], ["a", "b", "c"])).toEqual([]);
    expect(movedDomains(["a", "b", "c"], ["c", "b", "a"])).toHaveLength(2);
  });

  it("names each of two domains moved independently", () => {
    const moved = movedDomains(["a", "b", "c", "d", "e", "f"], ["b", "c", "a", "d", "f", "e"]);
    expect(moved).toEqual([
      { key: "a", from: 1, to: 3 },
      { key: "e", from: 5, to: 6 },
    ]);
  });
});
