import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Field } from "@/components/ui/field";

type Props = Omit<Parameters<typeof Field>[0], "children" | "id" | "label">;
const render = (props: Props = {}) =>
  renderToStaticMarkup(
    // A render function for children, in a .ts file (no JSX): createElement's children argument takes nodes only.
    // eslint-disable-next-line react/no-children-prop
    createElement(Field, {
      id: "p-name",
      label: "Name",
      ...props,
      children: (c) => createElement("input", { ...c, name: "name" }),
    }),
  );
const attr = (html: string, tag: string, name: string) =>
  new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];

describe("Field", () => {
  it("labels the control by its id", () => {
    const html = render();
    expect(attr(html, "label", "for")).toBe("p-name");
    expect(attr(html, "input", "id")).toBe("p-name");
    expect(attr(html, "input", "name")).toBe("name");
  });

  it("without an error: valid, described by nothing, no error element", () => {
    const html = render();
    expect(attr(html, "input", "aria-invalid")).toBe("false");
    expect(attr(html, "input", "aria-describedby")).toBeUndefined();
    expect(html).not.toContain('id="p-name-err"');
  });

  it("with an error: invalid and described by the element that shows the message", () => {
    const html = render({ error: "Name is required." });
    expect(attr(html, "input", "aria-invalid")).toBe("true");
    expect(attr(html, "input", "aria-describedby")).toBe("p-name-err");
    expect(html).toMatch(/<p id="p-name-err"[^>]*>Name is required\.<\/p>/);
  });

  it("reads the description first, then further ids, then the error", () => {
    const html = render({ description: "As on their ID.", describedBy: "p-name-count", error: "Too long." });
    expect(attr(html, "input", "aria-describedby")).toBe("p-name-hint p-name-count p-name-err");
    expect(html).toMatch(/<p id="p-name-hint"[^>]*>As on their ID\.<\/p>/);
    expect(html.indexOf('id="p-name-hint"')).toBeLessThan(html.indexOf('id="p-name-err"'));
  });

  it("can be marked invalid when its message is shown elsewhere", () => {
    const html = render({ invalid: true });
    expect(attr(html, "input", "aria-invalid")).toBe("true");
    expect(html).not.toContain('id="p-name-err"');
  });

  it("renders what comes after (a character count) below the error", () => {
    const html = render({ error: "Too long.", after: createElement("p", { id: "p-name-count" }, "12 / 80") });
    expect(html.indexOf('id="p-name-err"')).toBeLessThan(html.indexOf('id="p-name-count"'));
  });

  it("lets the caller's label classes replace the kit's (not both in the class list, so no CSS-order contest)", () => {
    const label = (
      attr(render({ labelClassName: "text-xs font-normal text-muted-foreground" }), "label", "class") ?? ""
    ).split(" ");
    expect(label).toEqual(["text-xs", "font-normal", "text-muted-foreground"]);
    expect((attr(render(), "label", "class") ?? "").split(" ")).toEqual(
      expect.arrayContaining(["text-sm", "font-medium"]),
    );
  });
});
