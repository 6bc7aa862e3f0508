import { describe, expect, it } from "vitest";
import { createExerciseSchema } from "../../../lib/validation/readiness";

const message = (items: unknown) =>
  createExerciseSchema.safeParse({ domainId: "c0000000000000000000000000", items }).error?.issues[0]?.message;

describe("a new calibration exercise's size", () => {
  it("says what it wants in words, never zod's 'expected int'", () => {
    expect(message("7.5")).toBe("Give a whole number of items, 3 to 12");
    expect(message("seven")).toBe("Give a whole number of items, 3 to 12");
    expect(message("2")).toBe("An exercise has 3 to 12 items");
    expect(message("13")).toBe("An exercise has 3 to 12 items");
    expect(createExerciseSchema.parse({ domainId: "c0000000000000000000000000", items: "8" }).items).toBe(8);
  });
});
