import { describe, expect, it } from "vitest";
import { queryRefusal } from "@/lib/validation/list-params";
import {
  comparisonQuerySchema,
  comparisonSortHref,
  domainSort,
  parseComparisonQuery,
  sortDomainId,
  comparisonQueryInScope,
  comparisonSorting,
  type ComparisonQuery,
  type ComparisonScope,
} from "@/lib/validation/comparison";

const scope: ComparisonScope = {
  targets: [
    { domainId: "obs", target: 2 },
    { domainId: "sec", target: 0 },
  ],
  stages: [],
};
const inScope = (query: ComparisonQuery) => comparisonQueryInScope(query, scope);

describe("the comparison's sort by a domain", () => {
  it("reads domain.<id> as that domain's order, and the fixed orders as before", () => {
    expect(parseComparisonQuery({ sort: "domain.obs" }).sort).toBe("domain.obs");
    expect(sortDomainId(parseComparisonQuery({ sort: "domain.obs" }).sort)).toBe("obs");
    expect(sortDomainId(domainSort("sec"))).toBe("sec");
    for (const sort of ["fit", "name", "recent"] as const) {
      expect(parseComparisonQuery({ sort }).sort).toBe(sort);
      expect(sortDomainId(sort)).toBeNull();
    }
    // Repeated: the first value, as every parameter.
    expect(parseComparisonQuery({ sort: ["domain.sec", "name"] }).sort).toBe("domain.sec");
  });

  it("falls back to fit on a malformed value, which the proxy refuses with the parameter's name", () => {
    for (const sort of ["domain.", "domain.a b", "domain.%00", "Domain.obs", "strength", `domain.${"x".repeat(65)}`]) {
      expect(parseComparisonQuery({ sort }).sort).toBe("fit");
      expect(queryRefusal(comparisonQuerySchema, new URLSearchParams({ sort }))).toBe(
        "“sort” must be fit, name, recent or domain.ID (sorted by that domain).",
      );
    }
    expect(parseComparisonQuery({}).sort).toBe("fit");
    expect(queryRefusal(comparisonQuerySchema, new URLSearchParams({ sort: "domain.obs" }))).toBeNull();
  });

  it("drops a domain the comparison has no column for, sorting by fit, and says so", () => {
    const known = parseComparisonQuery({ sort: "domain.sec", q: "ada" });
    expect(inScope(known)).toEqual({ query: known, dropped: [], notes: [] });
    const unknown = inScope(parseComparisonQuery({ sort: "domain.retired", q: "ada" }));
    expect(unknown.dropped).toEqual(["sort"]);
    expect(unknown.notes[0]).toMatch(/sorted by fit\.$/);
    expect(unknown.query.sort).toBe("fit");
    expect(unknown.query.q).toBe("ada");
    const byName = parseComparisonQuery({ sort: "name" });
    expect(inScope(byName)).toEqual({ query: byName, dropped: [], notes: [] });
  });

  it("links another order with the same filters from the first page", () => {
    const query = parseComparisonQuery({ view: "scored", q: "ada", fit: "strong", after: "abc", sort: "name" });
    const href = comparisonSortHref(query, domainSort("obs"));
    const url = new URL(href, "https://example.org/roles/r/compare");
    // Lands on the heat map, not the page's top (round Y).
    expect(url.hash).toBe("#heatmap");
    const params = url.searchParams;
    expect(params.get("sort")).toBe("domain.obs");
    expect(params.get("q")).toBe("ada");
    expect(params.get("fit")).toBe("strong");
    expect(params.get("view")).toBe("scored");
    expect(params.has("after")).toBe(false);
    expect(params.has("before")).toBe(false);
  });
});

describe("the heat map's sortable headers", () => {
  it("link each column's order with the same filters, and name the active one", () => {
    const query = parseComparisonQuery({ sort: "domain.sec", fit: "strong" });
    const sorting = comparisonSorting(query, scope.targets);
    expect(sorting.active).toBe("sec");
    expect(sorting.domainId).toBe("sec");
    expect(Object.keys(sorting.hrefs).sort()).toEqual(["fit", "name", "obs", "sec"]);
    expect(new URL(sorting.hrefs.obs!, "https://example.org/").searchParams.get("sort")).toBe("domain.obs");
    expect(new URL(sorting.hrefs.name!, "https://example.org/").searchParams.get("fit")).toBe("strong");
    expect(comparisonSorting(parseComparisonQuery({ sort: "name" }), scope.targets)).toMatchObject({
      active: "name",
      domainId: null,
    });
    expect(comparisonSorting(parseComparisonQuery({ sort: "recent" }), scope.targets).active).toBeNull();
  });
});

describe("a status the view never lists", () => {
  it("drops a status the view never lists: closed among visible outcomes, hired or rejected among hidden ones", () => {
    const scored = inScope(parseComparisonQuery({ view: "scored", status: "CLOSED", q: "ada" }));
    expect(scored).toMatchObject({ query: { ...scored.query, status: undefined }, dropped: ["status"] });
    expect(scored.notes).toEqual([
      "This tab lists each candidate's real outcome, never “closed”: showing every status.",
    ]);
    expect(inScope(parseComparisonQuery({ view: "hidden", status: "HIRED" })).notes[0]).toMatch(
      /you may not see yet as “closed”/,
    );
    expect(scored.query.q).toBe("ada");
    for (const status of ["HIRED", "REJECTED"]) {
      expect(inScope(parseComparisonQuery({ view: "hidden", status })).dropped).toEqual(["status"]);
    }
  });

  it("keeps a status the view lists, and every status of the exports' view", () => {
    for (const [view, status] of [
      ["scored", "HIRED"],
      ["scored", "ACTIVE"],
      ["hidden", "CLOSED"],
      ["all", "CLOSED"],
      ["all", "HIRED"],
    ]) {
      const query = parseComparisonQuery({ view, status });
      expect(query.status).toBe(status);
      expect(inScope(query)).toEqual({ query, dropped: [], notes: [] });
    }
  });
});

describe("scores on the hidden tab", () => {
  it("drops an order by a domain and score filters, keeps the other order, and says which were dropped", () => {
    const sorted = inScope(parseComparisonQuery({ view: "hidden", sort: "domain.obs", q: "ada" }));
    expect(sorted.dropped).toEqual(["scores"]);
    expect(sorted.query).toMatchObject({ view: "hidden", sort: "fit", q: "ada" });
    expect(sorted.notes).toEqual([
      "Scores never order or filter this tab (they would tell what you may not see): the link's order by a domain does not apply here.",
    ]);
    const filtered = inScope(parseComparisonQuery({ view: "hidden", sort: "recent", fit: "strong", below: "obs" }));
    expect(filtered.query).toMatchObject({ sort: "recent", fit: undefined, below: undefined });
    expect(filtered.notes).toEqual([
      "Scores never order or filter this tab (they would tell what you may not see): the link's fit filter and “below target in” filter do not apply here.",
    ]);
  });

  it("says a dropped parameter once: a domain the role does not target is the 'below' rule's", () => {
    const res = inScope(parseComparisonQuery({ view: "hidden", below: "retired-domain-id" }));
    expect(res.dropped).toEqual(["below"]);
    expect(res.notes).toHaveLength(1);
  });

  it("keeps the same parameters on the visible tab and a hidden tab without them", () => {
    const scored = parseComparisonQuery({ view: "scored", sort: "domain.obs", fit: "strong", below: "obs" });
    expect(inScope(scored)).toEqual({ query: scored, dropped: [], notes: [] });
    const plain = parseComparisonQuery({ view: "hidden", sort: "name" });
    expect(inScope(plain)).toEqual({ query: plain, dropped: [], notes: [] });
  });
});
