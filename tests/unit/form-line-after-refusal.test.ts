import { describe, expect, it } from "vitest";
import { formLineAfterRefusal } from "../../lib/forms/field-errors";

describe("formLineAfterRefusal", () => {
  const taken = "There is already a question with that name.";
  it("says nothing form-wide when the refusal was put at the field it is about", () => {
    expect(formLineAfterRefusal(["label"], { ok: false, message: taken, fieldErrors: { label: taken } })).toBeNull();
  });
  it("keeps the line when no field took it, or a field holds another message", () => {
    expect(formLineAfterRefusal([], { ok: false, message: taken, fieldErrors: { label: taken } })).toBe(taken);
    expect(
      formLineAfterRefusal(["label"], { ok: false, message: "Check the fields.", fieldErrors: { label: taken } }),
    ).toBe("Check the fields.");
    expect(formLineAfterRefusal([], { ok: false, message: "Someone saved it meanwhile." })).toBe(
      "Someone saved it meanwhile.",
    );
  });
});
