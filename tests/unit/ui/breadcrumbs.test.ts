import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Breadcrumbs, type Crumb } from "@/components/ui/breadcrumbs";

const render = (items: Crumb[]) => renderToStaticMarkup(createElement(Breadcrumbs, { items }));
/** Each <li>'s markup, in order. */
const itemsOf = (html: string) => [...html.matchAll(/<li\b[^>]*>(.*?)<\/li>/g)].map((m) => m[1] ?? "");

describe("Breadcrumbs", () => {
  const trail: Crumb[] = [
    { href: "/admin", label: "People & matrix" },
    { href: "/admin/matrix", label: "Matrix versions" },
    { label: "Matrix file format" },
  ];

  it("is a named navigation landmark holding an ordered list, one item per crumb", () => {
    const html = render(trail);
    expect(html).toMatch(/^<nav aria-label="Breadcrumb"[^>]*><ol\b/);
    expect(html).toMatch(/<\/ol><\/nav>$/);
    expect(itemsOf(html)).toHaveLength(3);
  });

  it("links every ancestor, in order, and marks only the last item as the current page", () => {
    const html = render(trail);
    const hrefs = [...html.matchAll(/<a\b[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(["/admin", "/admin/matrix"]);
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    const last = itemsOf(html).at(-1) ?? "";
    expect(last).toMatch(/<span aria-current="page"[^>]*>Matrix file format<\/span>/);
    expect(last).not.toContain("<a ");
    expect(itemsOf(html)[0]).toContain(">People &amp; matrix</a>");
  });

  it("does not link the current page even when given its address", () => {
    const html = render([
      { href: "/roles/1", label: "SRE" },
      { href: "/roles/1/plan", label: "Interview plan" },
    ]);
    expect(html).not.toContain('href="/roles/1/plan"');
    expect(itemsOf(html)[1]).toMatch(/aria-current="page"[^>]*>Interview plan</);
  });

  it("hides the separators from screen readers and puts none before the first item", () => {
    const items = itemsOf(render(trail));
    expect(items[0]).not.toContain('aria-hidden="true"');
    expect(items[1]).toMatch(/^<span aria-hidden="true"[^>]*>\/<\/span>/);
  });

  it("cuts long labels instead of widening the page, keeping the full text as the title", () => {
    const long = "Senior Site Reliability Engineer, Observability and Incident Response Platform";
    const html = render([{ href: "/roles/1", label: long }, { label: "Interview plan" }]);
    expect(html).toMatch(/<ol class="[^"]*flex-wrap/);
    expect(html).toMatch(new RegExp(`<a [^>]*title="${long}"[^>]*class="[^"]*truncate`));
  });
});
