import { describe, expect, it } from "vitest";
import { downloadSlug } from "../../lib/exports/download-slug";

describe("a download's file name from a title", () => {
  it("keeps letters and digits of any script, hyphens between words, none at the ends", () => {
    expect(downloadSlug("Senior AI Operations Engineer", "x")).toBe("senior-ai-operations-engineer");
    expect(downloadSlug("🚀 مهندس Test role X7 <script>alert(1)</script>", "x")).toBe(
      "مهندس-test-role-x7-script-alert-1-script",
    );
    expect(downloadSlug("Ingénieur·e SRE", "x")).toBe("ingénieur-e-sre");
    expect(downloadSlug("数据平台工程师", "x")).toBe("数据平台工程师");
  });

  it("falls back when the title has no letters or digits", () => {
    expect(downloadSlug("🚀 — !!", "job-description")).toBe("job-description");
    expect(downloadSlug("", "job-description")).toBe("job-description");
  });
});
