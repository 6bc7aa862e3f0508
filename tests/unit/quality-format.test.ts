import { describe, expect, it } from "vitest";
import { range, signed } from "../../components/quality/format";

describe("the quality pages' signed figures", () => {
  it("keep a sign and a digit for a value that would round to zero", () => {
    expect(signed(0.06)).toBe("+0.06");
    expect(signed(-0.05)).toBe("−0.05");
    expect(signed(0)).toBe("0.00");
    expect(signed(0.004)).toBe("+0.004");
    expect(signed(-0.0004)).toBe("−0.0004");
    expect(signed(0.005)).toBe("+0.01");
    expect(range({ low: 0.0031, high: 0.12 }, signed)).toBe("+0.003 to +0.12");
  });
});
