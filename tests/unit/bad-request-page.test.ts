import { describe, expect, it } from "vitest";
import { badFilterHtml, badFilterText, wantsHtml } from "../../lib/security/bad-request-page";

describe("the 400 for a filter a page cannot use", () => {
  it("gives a browser a page and any other client the sentence", () => {
    expect(wantsHtml("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).toBe(true);
    expect(wantsHtml("*/*")).toBe(false);
    expect(wantsHtml(null)).toBe(false);
    expect(badFilterText("“sort” must be fit, name or recent.")).toBe(
      "Bad request: “sort” must be fit, name or recent. Remove it from the address (or correct it) and try again.",
    );
  });
  it("names the parameter, links to the page without its query, and escapes what it shows", () => {
    const html = badFilterHtml("“stage” is not a known stage.", "/pipeline/roles/abc");
    expect(html).toContain("“stage” is not a known stage.");
    expect(html).toContain('<a href="/pipeline/roles/abc">');
    expect(html).not.toContain("<script");
    expect(badFilterHtml("x", "//evil.example/roles")).toContain('<a href="/evil.example/roles">');
    const odd = badFilterHtml('<img src=x onerror="alert(1)">', '/x"><script>');
    expect(odd).not.toContain("<img");
    expect(odd).not.toContain("<script>");
    expect(odd).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
  it("keeps apostrophes as they are, so the sentence reads the same in both forms", () => {
    expect(badFilterHtml("“action” must be one of the audit log's actions.", "/admin/audit")).toContain(
      "audit log's actions.",
    );
  });
});
