import { describe, expect, it } from "vitest";
import { checkInDaysSchema } from "@/lib/validation/check-in";

const parse = (checkInDays: string) => checkInDaysSchema.safeParse({ checkInDays });
/** The messages, each with the path the form shows it at. */
const problems = (text: string) => {
  const r = parse(text);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
};

describe("checkInDaysSchema", () => {
  it("reads days in any order and separator, sorted", () => {
    expect(parse("365, 90;182").data).toEqual({ checkInDays: [90, 182, 365] });
    expect(parse(" 90 ").data).toEqual({ checkInDays: [90] });
    // Pasted with invisible format characters (zero-width space, direction mark, soft hyphen): round V.
    expect(parse("30\u200b, 9\u00ad0, \u200e182\ufeff").data).toEqual({ checkInDays: [30, 90, 182] });
  });

  it("says on the field itself what is wrong with the value typed", () => {
    expect(problems("abc")).toEqual([
      { path: "checkInDays", message: "“abc” is not a whole number of days: write days separated by commas" },
    ]);
    expect(problems("90, abc")[0]!.message).toMatch(/^“abc” is not a whole number/);
    expect(problems("-5")[0]!.message).toMatch(/^“-5” is before the hire/);
    expect(problems("1.5")[0]!.message).toMatch(/^“1.5” is not a whole number/);
    expect(problems("0")).toEqual([
      { path: "checkInDays", message: "0 days is too soon: each check-in at least 14 days after the hire" },
    ]);
    expect(problems("99999")).toEqual([
      {
        path: "checkInDays",
        message: "99999 days is too late: each check-in at most three years (1,095 days) after the hire",
      },
    ]);
    expect(problems("")).toEqual([{ path: "checkInDays", message: "Keep at least one check-in" }]);
    expect(problems("90, 90")).toEqual([{ path: "checkInDays", message: "Each check-in on a different day" }]);
    expect(problems("30, 60, 90, 120, 150, 180, 210")).toEqual([
      { path: "checkInDays", message: "At most 6 check-ins" },
    ]);
    expect(problems("9".repeat(201))[0]!.path).toBe("checkInDays");
  });
});
