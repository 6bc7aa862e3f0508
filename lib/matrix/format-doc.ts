// The matrix file format's documentation (docs/matrix-json.md) as HTML for the admin's help page.
// The file is the repository's own, written by its engineers: trusted, rendered without sanitising.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { marked } from "marked";

let cached: string | undefined;

export function matrixFormatHtml(): string {
  if (cached) return cached;
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "docs", "matrix-json.md");
  // The page has its own title: the document's first heading is dropped.
  const text = fs.readFileSync(file, "utf8").replace(/^# .*\n/, "");
  cached = marked.parse(text, { async: false, gfm: true });
  return cached;
}
