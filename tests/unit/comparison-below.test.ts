import { describe, expect, it } from "vitest";
import { comparisonQueryInScope, parseComparisonQuery, type ComparisonScope } from "@/lib/validation/comparison";

const scope: ComparisonScope = {
  targets: [
    { domainId: "obs", target: 2 },
    { domainId: "sec", target: 0 },
  ],
  stages: [{ id: "cm0stage0screen000000000a" }, { id: "cm0stage0design000000000a" }],
};

describe("a 'below target in' domain the role does not target now", () => {
  it("keeps a domain the role targets", () => {
    const query = parseComparisonQuery({ below: "obs" });
    expect(comparisonQueryInScope(query, scope)).toEqual({ query, dropped: [], notes: [] });
  });

  it("drops a domain the role does not target now (not required, retired or another role's), and says so", () => {
    for (const below of ["sec", "retired-domain-id"]) {
      const res = comparisonQueryInScope(parseComparisonQuery({ below, sort: "name" }), scope);
      expect(res.dropped).toEqual(["below"]);
      expect(res.query.below).toBeUndefined();
      expect(res.query.sort).toBe("name");
      expect(res.notes).toEqual([
        "The link's “below target in” domain is not one this role targets now (retired, or from another role): showing every domain.",
      ]);
    }
  });

  it("leaves a query without the filter alone", () => {
    const query = parseComparisonQuery({});
    expect(comparisonQueryInScope(query, scope)).toEqual({ query, dropped: [], notes: [] });
  });
});

describe("a stage that is not one of the role's", () => {
  it("keeps a stage of the role and a query without one", () => {
    const query = parseComparisonQuery({ stage: scope.stages[0]!.id });
    expect(comparisonQueryInScope(query, scope)).toEqual({ query, dropped: [], notes: [] });
    // The filter's own "Not started" is no stage id, and kept (round X).
    const notStarted = parseComparisonQuery({ stage: "not-started" });
    expect(notStarted.stage).toBe("not-started");
    expect(comparisonQueryInScope(notStarted, scope)).toEqual({ query: notStarted, dropped: [], notes: [] });
  });

  it("says the pipeline board's 'no interviews yet' is not a filter here, rather than a removed stage (round Y)", () => {
    const res = comparisonQueryInScope(parseComparisonQuery({ stage: "no-interviews" }), scope);
    expect(res.dropped).toEqual(["stage"]);
    expect(res.notes).toEqual([
      "The comparison has no “no interviews yet” filter (the pipeline board has): showing every stage.",
    ]);
  });

  it("drops a stage that is not the role's (removed from the plan, another role's) and says so", () => {
    const res = comparisonQueryInScope(
      parseComparisonQuery({ stage: "cm0stage0other0000000000a", sort: "name" }),
      scope,
    );
    expect(res.dropped).toEqual(["stage"]);
    expect(res.query.stage).toBeUndefined();
    expect(res.query.sort).toBe("name");
  });
});

describe("several parameters out of scope at once", () => {
  it("drops each, keeps the rest, and says each once in the page's order", () => {
    const res = comparisonQueryInScope(
      parseComparisonQuery({
        below: "gone",
        stage: "cm0stage0other0000000000a",
        sort: "domain.gone",
        status: "CLOSED",
        q: "ada",
        fit: "strong",
      }),
      scope,
    );
    expect(res.dropped.sort()).toEqual(["below", "sort", "stage", "status"]);
    expect(res.query).toMatchObject({ sort: "fit", q: "ada", fit: "strong", view: "scored" });
    expect(res.query.below ?? res.query.stage ?? res.query.status).toBeUndefined();
    const { notes } = res;
    expect(notes).toHaveLength(4);
    expect(notes[0]).toMatch(/below target in/);
    expect(notes[3]).toMatch(/stage/);
  });
});
