import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createFormControl } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { FormField } from "@/components/ui/form-field";

type Values = { name: string; stages: { title: string }[] };
const makeForm = () => createFormControl<Values>({ defaultValues: { name: "Ada", stages: [{ title: "Screen" }] } });
type Form = ReturnType<typeof makeForm>;

const render = (form: Form, props: { name: "name" | "stages.0.title"; max?: number }) =>
  renderToStaticMarkup(
    // A render function for children, in a .ts file (no JSX): createElement's children argument takes nodes only.
    // eslint-disable-next-line react/no-children-prop
    createElement(FormField<Values>, {
      form,
      id: "f",
      label: "Name",
      ...props,
      children: (c) => createElement("input", c),
    }),
  );
const attr = (html: string, tag: string, name: string) =>
  new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];

describe("FormField", () => {
  it("registers the control under the field's name, with the label's id", () => {
    const html = render(makeForm(), { name: "name" });
    expect(attr(html, "input", "name")).toBe("name");
    expect(attr(html, "input", "id")).toBe("f");
    expect(attr(html, "label", "for")).toBe("f");
    expect(attr(html, "input", "aria-invalid")).toBe("false");
  });

  it("shows the field's error, nested paths included, and points the control at it", () => {
    const form = makeForm();
    form.setError("stages.0.title", { message: "Give the stage a title." });
    const html = render(form, { name: "stages.0.title" });
    expect(attr(html, "input", "aria-invalid")).toBe("true");
    expect(attr(html, "input", "aria-describedby")).toBe("f-err");
    expect(html).toMatch(/<p id="f-err"[^>]*>Give the stage a title\.<\/p>/);
  });

  it("does not show another field's error", () => {
    const form = makeForm();
    form.setError("stages.0.title", { message: "Give the stage a title." });
    const html = render(form, { name: "name" });
    expect(html).not.toContain("Give the stage a title.");
    expect(attr(html, "input", "aria-invalid")).toBe("false");
  });

  it("with max, counts the value's characters under the field and is described by the count", () => {
    const form = makeForm();
    form.setError("name", { message: "Too long." });
    const html = render(form, { name: "name", max: 80 });
    expect(attr(html, "input", "aria-describedby")).toBe("f-count f-err");
    expect(html).toMatch(/<p id="f-count"[^>]*>3 \/ 80 characters<\/p>/);
  });

  it("past the limit, says so once: the count's 'over' line, not the schema's too-long message as well", () => {
    const form = createFormControl<Values>({ defaultValues: { name: "A".repeat(85), stages: [] } });
    form.setError("name", { type: "too_big", message: "Keep the name under 80 characters" });
    const html = render(form, { name: "name", max: 80 });
    expect(html).toMatch(/<p id="f-count"[^>]*>5 characters over the 80 limit: Shorten it to save\.<\/p>/);
    expect(html).not.toContain("Keep the name under 80 characters");
    expect(html).not.toContain('id="f-err"');
    expect(attr(html, "input", "aria-invalid")).toBe("true");
    expect(attr(html, "input", "aria-describedby")).toBe("f-count");
  });

  it("past the limit, still shows any other error (a server message, a different rule)", () => {
    const form = createFormControl<Values>({ defaultValues: { name: "A".repeat(85), stages: [] } });
    form.setError("name", { type: "server", message: "Somebody else has this name." });
    const html = render(form, { name: "name", max: 80 });
    expect(html).toMatch(/<p id="f-err"[^>]*>Somebody else has this name\.<\/p>/);
  });
});
