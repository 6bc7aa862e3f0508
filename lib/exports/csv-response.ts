// CSV downloads as a spreadsheet opens them. Excel reads a CSV without a byte-order mark in the
// system's legacy code page, so "Bergström" arrives as "BergstrÃ¶m"; with the UTF-8 BOM it reads
// UTF-8 (Google Sheets, LibreOffice, Papa Parse and Python's csv with utf-8-sig ignore the mark).
// This app's own CSV import strips it too (lib/candidates/csv.ts).

import { titleSlug } from "./download-slug";

/** The UTF-8 byte-order mark every CSV download starts with. */
export const CSV_BOM = "\uFEFF";

/**
 * A download's file name from what it is about ("DevSecOps Engineer, AI Pipelines" and "scores":
 * devsecops-engineer-ai-pipelines-scores.csv), so several roles' exports do not overwrite each other
 * in a Downloads folder. ASCII only (accents dropped), since it goes into a header.
 */
export function csvFilename(title: string, what: string): string {
  return `${titleSlug(title, { ascii: true, max: 60 }) || "role"}-${what}.csv`;
}

/** A CSV download: the mark, then the chunks as they are produced (a whole text is one chunk). */
export function csvResponse(res: { chunks: AsyncIterable<string> | Iterable<string> }, filename: string): Response {
  const encoder = new TextEncoder();
  const { chunks } = res;
  const iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM));
        return;
      }
      // A chunk may be empty (a batch of rows with nothing to write): read on, or the stream,
      // pulled again only after something is enqueued, would never finish.
      for (;;) {
        const { value, done } = await iterator.next();
        if (done) return controller.close();
        if (value) return controller.enqueue(encoder.encode(value));
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
