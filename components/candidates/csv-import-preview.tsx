"use client";
// The CSV import's preview: what each line would do, errors first, then skips and merges (what the
// recruiter must see before confirming), and the confirm button.
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { ImportPreview } from "@/lib/candidates/import";
import { formatCount, plural } from "@/lib/utils";

const ACTION = {
  create: ["success", "new"],
  merge: ["default", "merge"],
  duplicate: ["muted", "skip"],
  error: ["danger", "error"],
} as const;

type Row = ImportPreview["rows"][number];

/** The preview shows at most this many lines (the browser's page stays light on a 10,000-row file). */
const SHOWN_MAX = 500;
/**
 * What needs the recruiter's eye first: errors, skips, merges into someone already on file, then
 * new people whose name an earlier line has (PLAIN: a plain new candidate).
 */
const PLAIN = 4;
const attention = (r: Row) =>
  r.action === "error" ? 0 : r.action === "duplicate" ? 1 : r.action === "merge" ? 2 : r.namesake ? 3 : PLAIN;

function Result({ r }: { r: Row }) {
  return (
    <>
      <Badge variant={ACTION[r.action][0]}>{ACTION[r.action][1]}</Badge>{" "}
      {r.issues.length ? (
        r.issues.map((i) => (
          <span key={i.column + i.message} className="block text-danger">
            Line {r.line}, {i.column}: {i.message}
          </span>
        ))
      ) : (
        <span className="text-muted-foreground">{r.note}</span>
      )}
    </>
  );
}

export default function CsvImportPreview({
  preview,
  pending,
  importable,
  onCommit,
}: {
  preview: ImportPreview;
  pending: boolean;
  importable: number;
  onCommit: () => void;
}) {
  // A file refused as a whole (no name column, an unclosed quote, too many rows) has no rows:
  // its reasons only, without counts of nothing, an empty table and "Import 0 candidates".
  const refused = preview.fileErrors.length > 0 && preview.rows.length === 0;
  const shown = [...preview.rows].sort((a, b) => attention(a) - attention(b) || a.line - b.line).slice(0, SHOWN_MAX);
  return (
    <section aria-labelledby="preview-h" className="grid gap-3">
      <h2 id="preview-h" className="text-lg font-semibold">
        {refused ? "This file cannot be imported" : "Preview: nothing is imported until you confirm"}
      </h2>
      {preview.fileErrors.map((e) => (
        <p key={e} role="alert" className="text-sm text-danger">
          {e}
        </p>
      ))}
      {preview.unknownColumns.length ? (
        <p className="text-sm text-warning">Ignored columns: {preview.unknownColumns.join(", ")}</p>
      ) : null}
      {refused ? null : (
        <PreviewRows preview={preview} shown={shown} pending={pending} importable={importable} onCommit={onCommit} />
      )}
    </section>
  );
}

function PreviewRows({
  preview,
  shown,
  pending,
  importable,
  onCommit,
}: {
  preview: ImportPreview;
  shown: ImportPreview["rows"];
  pending: boolean;
  importable: number;
  onCommit: () => void;
}) {
  return (
    <>
      <p className="flex flex-wrap gap-2 text-sm" aria-live="polite">
        <Badge variant="success">{formatCount(preview.counts.create)} new</Badge>
        <Badge>{formatCount(preview.counts.merge)} merge</Badge>
        <Badge variant="muted">{formatCount(preview.counts.duplicate)} skipped</Badge>
        <Badge variant="danger">{formatCount(preview.counts.error)} with errors</Badge>
      </p>
      {/* On a phone each line is a card (a five-column table would need sideways scrolling), in a
          box of its own so the confirm button stays near (500 cards were 69,000 px). */}
      <ul
        className="grid max-h-[70vh] gap-2 overflow-auto rounded-lg sm:hidden"
        aria-label="Import preview"
        tabIndex={0}
      >
        {shown.map((r) => (
          <li
            key={r.line}
            className={`rounded-lg border p-3 text-sm ${r.action === "error" ? "border-red-200 bg-red-50" : "border-border bg-card"}`}
          >
            <p className="font-medium">
              Line {r.line}: <span className="break-words">{r.name || "—"}</span>
            </p>
            <p className="break-all text-muted-foreground">{r.email || "no email"}</p>
            {r.role ? (
              <p className="break-words text-muted-foreground">
                {r.role}
                {r.stage ? ` · ${r.stage}` : ""}
              </p>
            ) : null}
            <p className="mt-1">
              <Result r={r} />
            </p>
          </li>
        ))}
      </ul>
      <ScrollRegion
        label="Import preview"
        className="hidden max-h-[28rem] overflow-auto rounded-lg border border-border bg-card sm:block"
      >
        <table className="w-full min-w-[40rem] text-sm">
          <thead className="sticky top-0 bg-muted text-left">
            <tr>
              <th scope="col" className="p-2">
                Line
              </th>
              <th scope="col" className="p-2">
                Name
              </th>
              <th scope="col" className="p-2">
                Email
              </th>
              <th scope="col" className="p-2">
                Role
              </th>
              <th scope="col" className="p-2">
                Result
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {shown.map((r) => (
              <tr key={r.line} className={r.action === "error" ? "bg-red-50" : ""}>
                <th scope="row" className="p-2 text-left font-normal">
                  {r.line}
                </th>
                <td className="p-2">{r.name}</td>
                <td className="p-2">{r.email}</td>
                <td className="p-2">
                  {r.role}
                  {r.stage ? ` · ${r.stage}` : ""}
                </td>
                <td className="p-2">
                  <Result r={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {preview.rows.length > SHOWN_MAX ? (
        <p className="text-xs text-muted-foreground">
          Showing {formatCount(SHOWN_MAX)} of {formatCount(preview.rows.length)} lines: errors first, then skipped
          lines, then merges, then new people of one name.{" "}
          {preview.rows.filter((r) => attention(r) < PLAIN).length <= SHOWN_MAX
            ? "Every line left out is a new candidate."
            : "Some lines that need a look are not shown: fix the errors and preview again."}
        </p>
      ) : null}
      {importable === 0 ? (
        // Every row is skipped: a button reading "Import 0 candidates" offered nothing to do.
        <p className="text-sm text-muted-foreground">
          Nothing to import: every row is skipped. Fix the file and preview again.
        </p>
      ) : (
        <div>
          <Button disabled={pending} onClick={onCommit}>
            {pending ? "Importing…" : `Import ${plural(importable, "candidate")}`}
          </Button>
        </div>
      )}
    </>
  );
}
