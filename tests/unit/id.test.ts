import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idSchema, paramsAreIds } from "../../lib/validation/id";

describe("ids at the boundary", () => {
  it("accepts the cuids every table uses", () => {
    expect(paramsAreIds({ id: "cmi9x2k0v0000abcd1234efgh" })).toBe(true);
    expect(paramsAreIds({ id: "cmi9x2k0v0000abcd1234efgh", stageId: "cmi9x2k0v0001abcd1234efgh" })).toBe(true);
  });
  it("refuses NUL bytes, paths, quotes, empty and over-long values", () => {
    for (const bad of [
      "",
      "\u0000",
      "../../etc/passwd",
      'x\'; DROP TABLE "User";--',
      "a".repeat(65),
      "id with space",
      "é",
    ]) {
      expect(idSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(paramsAreIds({ id: "ok", other: "\u0000" })).toBe(false);
  });
  it("never throws, whatever the string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => typeof paramsAreIds({ id: s }) === "boolean"));
  });
});
