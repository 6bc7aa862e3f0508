// CSV downloads start with the UTF-8 byte-order mark: without it Excel reads the file in the
// system's legacy code page and the demo's "Bergström" and "García" arrive as "BergstrÃ¶m".
import { describe, expect, it } from "vitest";
import { CSV_BOM, csvFilename, csvResponse } from "../../lib/exports/csv-response";

async function* chunks(...parts: string[]) {
  for (const p of parts) yield p;
}

describe("csvResponse", () => {
  it("streams the byte-order mark, then the chunks, as UTF-8", async () => {
    const res = csvResponse({ chunks: chunks("candidate,domain\r\n", "Avery Bergström 017,Observability") }, "x.csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes)).toBe(
      "candidate,domain\r\nAvery Bergström 017,Observability",
    );
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="x.csv"');
  });

  it("reads past empty chunks (a batch with nothing to write) instead of stalling", async () => {
    const res = csvResponse({ chunks: chunks("header", "", "", "\r\nrow", "") }, "x.csv");
    expect(await res.text()).toBe("header\r\nrow"); // text() drops the mark
  });

  it("sends only the mark for an empty export", async () => {
    const res = csvResponse({ chunks: chunks() }, "empty.csv");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new TextEncoder().encode(CSV_BOM));
  });
});

describe("csvFilename", () => {
  it("names the download after the role, so two roles' exports do not overwrite each other", () => {
    expect(csvFilename("DevSecOps Engineer, AI Pipelines", "scores")).toBe(
      "devsecops-engineer-ai-pipelines-scores.csv",
    );
    expect(csvFilename("AI Platform Engineer", "gaps")).toBe("ai-platform-engineer-gaps.csv");
  });

  it("keeps the header ASCII: accents dropped, other scripts and symbols left out", () => {
    expect(csvFilename("Ingénieur·e SRE (Zürich)", "scores")).toBe("ingenieur-e-sre-zurich-scores.csv");
    expect(csvFilename('"; rm -rf /', "gaps")).toBe("rm-rf-gaps.csv");
    expect(csvFilename("平台工程师", "scores")).toBe("role-scores.csv");
  });

  it("cuts a long title at 60 characters without a trailing dash", () => {
    const name = csvFilename(`${"a".repeat(59)} b`, "scores");
    expect(name).toBe(`${"a".repeat(59)}-scores.csv`);
  });
});
