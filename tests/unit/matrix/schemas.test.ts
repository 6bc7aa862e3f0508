import { describe, expect, it } from "vitest";
import {
  addDomainSchema,
  cellFormSchema,
  cellIndicatorsSchema,
  publishSchema,
  splitIndicatorLines,
} from "../../../lib/matrix/schemas";

describe("draft editor schemas", () => {
  it("reads a textarea as one indicator per line, dropping blanks and bullets", () => {
    expect(splitIndicatorLines("- First thing\r\n\n  • Second thing  \n* Third\n")).toEqual([
      "First thing",
      "Second thing",
      "Third",
    ]);
    // Word's nested bullets and Google Docs' squares; a hyphen inside a line stays.
    expect(splitIndicatorLines("• Top\n\t◦ Nested\n ▪ Square\n– Dash\nRe-reads alerts")).toEqual([
      "Top",
      "Nested",
      "Square",
      "Dash",
      "Re-reads alerts",
    ]);
  });

  it("validates the cell textarea with the file format's rules, naming the indicator", () => {
    expect(cellFormSchema.safeParse({ text: "Explains SLOs\nWrites runbooks" }).success).toBe(true);
    const short = cellFormSchema.safeParse({ text: "Explains SLOs\nok" });
    expect(!short.success && short.error.issues[0]!.message).toBe(
      "Indicator 2: An indicator needs at least 3 characters",
    );
    const empty = cellFormSchema.safeParse({ text: "\n \n" });
    expect(!empty.success && empty.error.issues[0]!.message).toBe("Give at least one indicator");
    const many = cellFormSchema.safeParse({ text: Array.from({ length: 9 }, (_, i) => `Indicator ${i}`).join("\n") });
    expect(!many.success && many.error.issues[0]!.message).toMatch(/At most 8/);
  });

  it("validates service inputs", () => {
    expect(cellIndicatorsSchema.safeParse({ cellId: "c1", indicators: ["Same text", "same TEXT"] }).success).toBe(
      false,
    );
    expect(
      addDomainSchema.safeParse({
        key: "fin-ops",
        name: "FinOps",
        shortName: "FinOps",
        description: "Cost of telemetry and models.",
      }).success,
    ).toBe(true);
    expect(
      addDomainSchema.safeParse({
        key: "Fin Ops",
        name: "FinOps",
        shortName: "FinOps",
        description: "Cost of telemetry and models.",
      }).success,
    ).toBe(false);
    expect(publishSchema.safeParse({ changeNote: "short" }).success).toBe(false);
  });
});
