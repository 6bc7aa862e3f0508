import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FieldSet } from "@/components/ui/fieldset";

type Props = Omit<Parameters<typeof FieldSet>[0], "children" | "id" | "legend">;
// Two controls answered together, as a salary band's ends or a radio group's options.
const render = (props: Props = {}) =>
  renderToStaticMarkup(
    // eslint-disable-next-line react/no-children-prop
    createElement(FieldSet, {
      id: "band",
      legend: "Salary band",
      ...props,
      children: (c) =>
        createElement(
          Fragment,
          null,
          createElement("input", { ...c, name: "min" }),
          createElement("input", { ...c, name: "max" }),
        ),
    }),
  );
const inputs = (html: string) => [...html.matchAll(/<input\b[^>]*>/g)].map((m) => m[0]);
const attrOf = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe("FieldSet", () => {
  it("is a fieldset named by its legend; without an error its controls are valid and described by nothing", () => {
    const html = render();
    expect(html).toMatch(/^<fieldset id="band"[^>]*><legend[^>]*>Salary band<\/legend>/);
    expect(inputs(html).map((i) => attrOf(i, "aria-invalid"))).toEqual(["false", "false"]);
    expect(inputs(html).map((i) => attrOf(i, "aria-describedby"))).toEqual([undefined, undefined]);
    expect(html).not.toContain('id="band-err"');
  });

  it("with one error: every control invalid and described by it, the fieldset too, shown once", () => {
    const html = render({ error: "The band's top is below its bottom." });
    expect(inputs(html).map((i) => attrOf(i, "aria-invalid"))).toEqual(["true", "true"]);
    expect(inputs(html).map((i) => attrOf(i, "aria-describedby"))).toEqual(["band-err", "band-err"]);
    expect(attrOf(/<fieldset\b[^>]*>/.exec(html)![0], "aria-describedby")).toBe("band-err");
    expect(html.match(/The band&#x27;s top is below its bottom\./g)).toHaveLength(1);
  });

  it("reads the description, then further ids, then the error; the legend's classes can be replaced", () => {
    const html = render({
      description: "Yearly, in USD.",
      describedBy: "band-note",
      error: "Required.",
      legendClassName: "sr-only text-xs",
    });
    expect(inputs(html).map((i) => attrOf(i, "aria-describedby"))).toEqual([
      "band-hint band-note band-err",
      "band-hint band-note band-err",
    ]);
    expect(html).toMatch(/<p id="band-hint"[^>]*>Yearly, in USD\.<\/p>/);
    const legend = (attrOf(/<legend\b[^>]*>/.exec(html)![0], "class") ?? "").split(" ");
    expect(legend).toEqual(["sr-only", "text-xs"]);
  });

  it("disables its controls as a group", () => {
    expect(render({ disabled: true })).toMatch(/^<fieldset id="band" disabled=""/);
  });
});
