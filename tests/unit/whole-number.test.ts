import { describe, expect, it } from "vitest";
import { readinessSettingsSchema, weeklyLimitSchema } from "../../lib/validation/readiness";
import { fairHiringMinGroupSchema } from "../../lib/validation/self-id";
import { salaryBandSchema } from "../../lib/validation/role";
import { moneyFromInput, typedWholeNumber } from "../../lib/validation/typed-numbers";

const settings = {
  shadowsRequired: "2",
  reverseShadowsRequired: "1",
  calibrationPassMark: "80",
  weeklyInterviewLimit: "5",
};

describe("whole numbers typed in a form", () => {
  it("reads digits as the number, blank as missing and anything else as not a number", () => {
    expect(typedWholeNumber(" 12 ")).toBe(12);
    expect(typedWholeNumber("+3")).toBe(3);
    expect(typedWholeNumber("")).toBeUndefined();
    expect(typedWholeNumber("   ")).toBeUndefined();
    for (const typo of ["e", "-", "1e", "3-", "2.5", "1,000", "0x10", "12345678901"])
      expect(typedWholeNumber(typo)).toBeNaN();
    expect(typedWholeNumber(7)).toBe(7);
    expect(typedWholeNumber(null)).toBeNull();
  });

  it("refuses a blank or mistyped readiness setting instead of saving 0", () => {
    expect(readinessSettingsSchema.parse(settings)).toEqual({
      shadowsRequired: 2,
      reverseShadowsRequired: 1,
      calibrationPassMark: 80,
      weeklyInterviewLimit: 5,
    });
    expect(readinessSettingsSchema.parse({ ...settings, shadowsRequired: "0" }).shadowsRequired).toBe(0);
    for (const typed of ["", "e", "-1", "21", "1.5"]) {
      const res = readinessSettingsSchema.safeParse({ ...settings, shadowsRequired: typed });
      expect(res.success).toBe(false);
      expect(res.error!.issues[0]).toMatchObject({
        path: ["shadowsRequired"],
        message: "Give a whole number of shadow seats, 0 to 20",
      });
    }
    expect(readinessSettingsSchema.safeParse({ ...settings, weeklyInterviewLimit: "" }).error!.issues[0]!.message).toBe(
      "Give the default weekly limit, 1 to 50 interviews",
    );
  });

  it("refuses a person's limit that is not a whole number; blank (null) is the default", () => {
    const userId = "cmxayl3db0006fn7duuhasww7";
    expect(weeklyLimitSchema.parse({ userId, limit: null }).limit).toBeNull();
    expect(weeklyLimitSchema.parse({ userId, limit: typedWholeNumber("4") }).limit).toBe(4);
    const typo = weeklyLimitSchema.safeParse({ userId, limit: typedWholeNumber("3-") });
    expect(typo.error!.issues[0]!.message).toMatch(/^Give a whole number of interviews, 0 to 50/);
  });

  it("refuses a blank minimum group size with its own message, not 'five is the smallest'", () => {
    expect(fairHiringMinGroupSchema.parse({ minGroup: "12" }).minGroup).toBe(12);
    expect(fairHiringMinGroupSchema.safeParse({ minGroup: "" }).error!.issues[0]!.message).toBe("Enter a whole number");
    expect(fairHiringMinGroupSchema.safeParse({ minGroup: "4" }).error!.issues[0]!.message).toMatch(/^Five/);
  });
});

describe("a salary typed in a form", () => {
  it("reads amounts as people write them, and leaves anything else for the schema to refuse", () => {
    expect(moneyFromInput("$150,000")).toBe(150_000);
    expect(moneyFromInput("150 000")).toBe(150_000);
    expect(moneyFromInput("150k")).toBe(150_000);
    expect(moneyFromInput("92.5K")).toBe(92_500);
    // Copied from a page or a chat, with invisible format characters (round V).
    expect(moneyFromInput("\u200e$140\u200b000")).toBe(140_000);
    expect(typedWholeNumber("30\u200b")).toBe(30);
    expect(typedWholeNumber("\u2060\u200b")).toBeUndefined();
    expect(moneyFromInput("")).toBeNull();
    for (const typo of ["1e6", "150kk", "k", "--5", "150,5k"]) expect(moneyFromInput(typo)).toBeNaN();
    // Read, so the schema says "above zero" rather than "whole dollars" (exploratory round I).
    expect(moneyFromInput("-5")).toBe(-5);
    for (const amount of [-5, 0]) {
      const res = salaryBandSchema.safeParse({ salaryMin: amount, salaryMax: 10, currency: "USD", status: "OPEN" });
      expect(res.error?.issues[0]?.message).toBe("Enter an amount above zero");
    }
    // A whole amount far too large says so (it read "whole dollars" past 12 digits).
    const huge = moneyFromInput("99999999999999999999");
    expect(huge).toBe(1e20);
    const res = salaryBandSchema.safeParse({ salaryMin: 10, salaryMax: huge, currency: "USD", status: "OPEN" });
    expect(res.error?.issues[0]?.message).toBe("That looks too large");
    expect(
      salaryBandSchema.safeParse({ salaryMin: 10, salaryMax: 12.5, currency: "USD", status: "OPEN" }).error?.issues[0]
        ?.message,
    ).toBe("Whole amounts only");
  });
});
