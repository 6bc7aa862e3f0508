import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DiffView, namesOf } from "@/components/matrix-editor/diff-view";
import { diffMatrices, type MatrixSnapshot } from "@/lib/matrix/diff";
import { seededFile } from "../matrix/fixture";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const render = (from: MatrixSnapshot & ReturnType<typeof seededFile>, to: typeof from, backward?: boolean) =>
  text(
    renderToStaticMarkup(createElement(DiffView, { diff: diffMatrices(from, to), names: namesOf(from, to), backward })),
  );

describe("DiffView's words for a domain one version lacks", () => {
  it("says retired going forward", () => {
    const older = seededFile();
    const newer = seededFile();
    const security = newer.domains.pop()!;
    newer.cells = newer.cells.filter((c) => c.domain !== security.key);
    for (const c of newer.clusters) delete c.emphasis[security.key];
    const forward = render(older, newer);
    expect(forward).toContain("1 domain retired");
    expect(forward).toContain(`Retired: ${security.name.replace("&", "&amp;")}`);
  });

  it("says removed, never retired, read from a draft back to an older version", () => {
    // The draft adds a domain; compared back to version 1, version 1 merely lacks it.
    const older = seededFile();
    const draft = seededFile();
    draft.domains.push({ key: "finops", name: "Cost & FinOps", shortName: "FinOps", description: "Cost." });
    for (const c of draft.clusters) c.emphasis.finops = "peripheral";
    for (const cl of draft.clusters)
      for (const level of [1, 2, 3] as const)
        draft.cells.push({ cluster: cl.key, domain: "finops", level, indicators: [`Level ${level} cost`] });
    const back = render(draft, older, true);
    expect(back).toContain("1 domain removed");
    expect(back).toContain("Removed: Cost &amp; FinOps");
    expect(back).not.toMatch(/retired/i);
    expect(render(older, draft)).toContain("Added: Cost &amp; FinOps");
  });
});
