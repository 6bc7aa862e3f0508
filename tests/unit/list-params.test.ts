import { describe, expect, it } from "vitest";
import { boardParams, candidateListParams, NOT_STARTED, pagingParams } from "../../lib/validation/list-params";

describe("list query params", () => {
  it("keeps well-formed values", () => {
    expect(candidateListParams({ q: "  Ada Lovelace ", after: "eyJhIjoxfQ", extra: "x" })).toEqual({
      q: "Ada Lovelace",
      after: "eyJhIjoxfQ",
      before: undefined,
    });
    expect(boardParams({ stage: NOT_STARTED, before: "abc_-" })).toEqual({
      stage: NOT_STARTED,
      before: "abc_-",
      after: undefined,
    });
    expect(boardParams({ stage: "cmabc123" }).stage).toBe("cmabc123");
  });

  it("ignores malformed, repeated-beyond-the-first and oversized values instead of failing", () => {
    expect(candidateListParams({ q: ["first", "second"] }).q).toBe("first");
    expect(candidateListParams({ q: "x".repeat(101) }).q).toBeUndefined();
    expect(candidateListParams({ q: "   " }).q).toBeUndefined();
    expect(candidateListParams({ q: "a\u0000b" }).q).toBe("ab");
    expect(pagingParams({ after: "not a cursor!", before: "x".repeat(2001) })).toEqual({
      after: undefined,
      before: undefined,
    });
    expect(boardParams({ stage: "../../etc" }).stage).toBeUndefined();
    expect(boardParams({ stage: ["a/b"] }).stage).toBeUndefined();
    expect(pagingParams({})).toEqual({ after: undefined, before: undefined });
  });
});
