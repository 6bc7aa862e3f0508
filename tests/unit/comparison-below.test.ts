import { describe, expect, it } from "vitest";
import { parseComparisonQuery, withTargetedBelow } from "@/lib/validation/comparison";

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
