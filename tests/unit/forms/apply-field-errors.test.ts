import { createFormControl } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { applyFieldErrors } from "@/lib/forms/field-errors";

type Values = { name: string; email: string; stages: { title: string }[] };

function makeForm() {
  return createFormControl<Values>({ defaultValues: { name: "", email: "", stages: [{ title: "" }] } });
}
const errorAt = (
  form: ReturnType<typeof makeForm>,
  name: Parameters<ReturnType<typeof makeForm>["getFieldState"]>[0],
) => form.getFieldState(name).error?.message;

describe("applyFieldErrors", () => {
  it("puts each server message under its field, nested paths included, and says which it set", () => {
    const form = makeForm();
    const set = applyFieldErrors(form, {
      ok: false,
      fieldErrors: { name: "Name is required.", "stages.0.title": "Give the stage a title." },
    });
    expect(set).toEqual(["name", "stages.0.title"]);
    expect(errorAt(form, "name")).toBe("Name is required.");
    expect(errorAt(form, "stages.0.title")).toBe("Give the stage a title.");
    expect(errorAt(form, "email")).toBeUndefined();
  });

  it("never treats _form (the input as a whole) as a field", () => {
    const form = makeForm();
    expect(applyFieldErrors(form, { ok: false, fieldErrors: { _form: "That request was malformed." } })).toEqual([]);
    expect(form.getFieldState("_form" as "name").error).toBeUndefined();
  });

  it("keeps to the fields named, by list or by test", () => {
    const form = makeForm();
    const res = { ok: false, fieldErrors: { name: "Too long.", email: "Not an email.", roleId: "Unknown role." } };
    expect(applyFieldErrors(form, res, ["email"])).toEqual(["email"]);
    expect(errorAt(form, "name")).toBeUndefined();
    expect(errorAt(form, "email")).toBe("Not an email.");
    const other = makeForm();
    expect(applyFieldErrors(other, res, (k) => k !== "roleId")).toEqual(["name", "email"]);
  });

  it("does nothing for a success or a failure without field errors", () => {
    const form = makeForm();
    expect(applyFieldErrors(form, { ok: true })).toEqual([]);
    expect(applyFieldErrors(form, { ok: false })).toEqual([]);
    expect(errorAt(form, "name")).toBeUndefined();
  });
});
