import { describe, expect, it } from "vitest";
import { parseComparisonQuery, withKnownStage, withTargetedBelow } from "@/lib/validation/comparison";

const targets = [
  { domainId: "obs", target: 2 },
  { domainId: "sec", target: 0 },
];

describe("withTargetedBelow", () => {
  it("keeps a domain the role targets", () => {
    const query = parseComparisonQuery({ below: "obs" });
    expect(withTargetedBelow(query, targets)).toEqual({ query, dropped: false });
  });

  it("drops a domain the role does not target now (not required, retired or another role's), and says so", () => {
    for (const below of ["sec", "retired-domain-id"]) {
      const res = withTargetedBelow(parseComparisonQuery({ below, sort: "name" }), targets);
      expect(res.dropped).toBe(true);
      expect(res.query.below).toBeUndefined();
      expect(res.query.sort).toBe("name");
    }
  });

  it("leaves a query without the filter alone", () => {
    const query = parseComparisonQuery({});
    expect(withTargetedBelow(query, targets)).toEqual({ query, dropped: false });
  });
});

describe("withKnownStage", () => {
  const stages = [{ id: "cm0stage0screen000000000a" }, { id: "cm0stage0design000000000a" }];
  it("keeps a stage of the role and a query without one", () => {
    const query = parseComparisonQuery({ stage: stages[0]!.id });
    expect(withKnownStage(query, stages)).toEqual({ query, dropped: false });
    const none = parseComparisonQuery({});
    expect(withKnownStage(none, stages)).toEqual({ query: none, dropped: false });
    // The filter's own "Not started" is no stage id, and kept (round X).
    const notStarted = parseComparisonQuery({ stage: "not-started" });
    expect(notStarted.stage).toBe("not-started");
    expect(withKnownStage(notStarted, stages)).toEqual({ query: notStarted, dropped: false });
  });

  it("drops a stage that is not the role's (removed from the plan, another role's) and says so", () => {
    const res = withKnownStage(parseComparisonQuery({ stage: "cm0stage0other0000000000a", sort: "name" }), stages);
    expect(res.dropped).toBe(true);
    expect(res.query.stage).toBeUndefined();
    expect(res.query.sort).toBe("name");
  });
});
