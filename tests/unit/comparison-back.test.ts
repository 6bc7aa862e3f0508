// The way back from a candidate to the comparison page they were opened from: the comparison's
// query travels as `back`, and only a query the comparison itself accepts is linked to.
import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/paging/cursor";
import { comparisonBackHref, comparisonBackQuery, parseComparisonQuery } from "@/lib/validation/comparison";
import { candidatePageQuerySchema } from "@/lib/validation/page-queries";

const ROLE = "cmx57o5l1009ysx7d852051eh";
const APP = "cmx57o5l1009ysx7d852051ei";

describe("the comparison's query carried to a candidate", () => {
  it("comes back as the same comparison page: filters, sort, search and page", () => {
    const after = encodeCursor(["O’Brien", APP], 50);
    const query = parseComparisonQuery({ sort: "name", q: "o’brien garcía", fit: "strong", below: ROLE, after });
    const back = comparisonBackQuery(query);
    const { back: parsed } = candidatePageQuerySchema.parse({ back });
    expect(parsed).toBe(back);
    const href = comparisonBackHref(ROLE, parsed!, APP);
    expect(href.startsWith(`/roles/${ROLE}/compare?`)).toBe(true);
    expect(href.endsWith(`#row-${APP}`)).toBe(true);
    const url = new URL(href, "http://app.test");
    expect(parseComparisonQuery(Object.fromEntries(url.searchParams))).toEqual(query);
  });

  it("links to the comparison's first page when it was opened from there with no query", () => {
    expect(comparisonBackHref(ROLE, "", APP)).toBe(`/roles/${ROLE}/compare#row-${APP}`);
  });

  it("drops a query the comparison would refuse, and any parameter it does not read", () => {
    const parse = (back: string) => candidatePageQuerySchema.parse({ back }).back;
    expect(parse("sort=bogus")).toBeUndefined();
    expect(parse("after=!!")).toBeUndefined();
    expect(parse("x".repeat(2001))).toBeUndefined();
    expect(comparisonBackHref(ROLE, "sort=name&utm_source=mail&next=%2F%2Fevil.example&sort=fit", APP)).toBe(
      `/roles/${ROLE}/compare?sort=name#row-${APP}`,
    );
  });
});
