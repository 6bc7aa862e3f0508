import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Select } from "@/components/ui/select";
import { INPUT_CLASS } from "@/components/ui/field-classes";

const options = ["ADMIN", "MANAGER", "INTERVIEWER"].map((v) => createElement("option", { key: v, value: v }, v));
const render = (props: Parameters<typeof Select>[0]) => renderToStaticMarkup(createElement(Select, props, options));
const classesOf = (html: string) => (/<select\b[^>]*\sclass="([^"]*)"/.exec(html)?.[1] ?? "").split(" ");

describe("Select", () => {
  it("passes its attributes through to a native select: name, id, aria, the default value's option selected", () => {
    const html = render({
      id: "p-kind",
      name: "kind",
      defaultValue: "MANAGER",
      "aria-invalid": true,
      "aria-describedby": "p-kind-err",
    });
    expect(html).toMatch(/^<select\b/);
    expect(html).toContain('id="p-kind"');
    expect(html).toContain('name="kind"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="p-kind-err"');
    expect(html).toMatch(/<option value="MANAGER" selected="">/);
    expect(html).not.toMatch(/<option value="ADMIN" selected/);
  });

  it("has the Input's border, background, phone text size, disabled and invalid states", () => {
    const classes = classesOf(render({}));
    for (const c of [
      "rounded-md",
      "border",
      "border-border",
      "bg-card",
      "text-base",
      "sm:text-sm",
      "disabled:opacity-50",
      "aria-[invalid=true]:border-danger",
    ]) {
      expect(INPUT_CLASS.split(" ")).toContain(c);
      expect(classes).toContain(c);
    }
    expect(classes).toContain("h-10");
  });

  it("takes a height by size and keeps the caller's classes (width), with no native size attribute", () => {
    const html = render({ size: "xs", className: "w-full sm:w-56" });
    const classes = classesOf(html);
    expect(classes).toEqual(expect.arrayContaining(["h-8", "w-full", "sm:w-56"]));
    expect(classes).not.toContain("h-10");
    expect(html).not.toMatch(/\ssize=/);
    expect(classesOf(render({ size: "sm" }))).toContain("h-9");
  });
});

describe("selects in pages and components", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".tsx") ? [path.join(dir, e.name)] : [],
    );
  it("are the kit's Select, not a hand-styled <select>", () => {
    const raw = ["app", "components"]
      .flatMap((d) => files(d))
      .filter((f) => f !== path.join("components", "ui", "select.tsx"))
      .filter((f) => /<select\b/.test(readFileSync(f, "utf8")));
    expect(raw).toEqual([]);
  });
});
