import { describe, expect, it } from "vitest";
import { joinWithAnd } from "@/lib/utils";

describe("joinWithAnd", () => {
  it("reads a list as a sentence does", () => {
    expect(joinWithAnd([])).toBe("");
    expect(joinWithAnd(["fit"])).toBe("fit");
    expect(joinWithAnd(["fit", "stage"])).toBe("fit and stage");
    expect(joinWithAnd(["a", "b", "c"])).toBe("a, b and c");
  });
});
