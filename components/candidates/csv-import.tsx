"use client";
import dynamic from "next/dynamic";
import { useRef, useState, useTransition } from "react";
import { commitImportAction, previewImportAction } from "@/lib/candidates/actions";
import { Button } from "@/components/ui/button";
import type { ChangedRow, ImportPreview } from "@/lib/candidates/import";
import { headerProblems, notCsvText } from "@/lib/candidates/csv";
import { LEGACY_ENCODING_NOTE, decodeCsvBytes } from "@/lib/candidates/csv-decode";
import { CSV_TOO_LARGE, MAX_CSV_BYTES, MAX_CSV_LABEL, csvTextSchema, utf8Bytes } from "@/lib/candidates/limits";
import { plural } from "@/lib/utils";

// The preview table (up to 500 rows) loads with the first preview, not with the page.
const CsvImportPreview = dynamic(() => import("./csv-import-preview"), { ssr: false });

/** A failed call (network, server error, body over the limit) is a message, never a silent nothing. */
const CALL_FAILED =
  "The server could not handle that request (the connection dropped, or the file was refused). Nothing was imported; try again, or split the file into smaller ones.";

/** The pasted text checked as it is typed: the server's schema (empty, size), then the header line. */
function pasteError(text: string): string | null {
  const res = csvTextSchema.safeParse(text);
  if (!res.success) return res.error.issues[0]!.message;
  return headerProblems(text)[0] ?? null;
}

export function CsvImport() {
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Said when the chosen file was not UTF-8 and was read as Windows-1252 (lib/candidates/csv-decode.ts).
  const [encodingNote, setEncodingNote] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // Which of the two the pending transition is: "Checking…" is the preview's, not the import's.
  const [previewing, setPreviewing] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [done, setDone] = useState<string | null>(null);
  const [changed, setChanged] = useState<ChangedRow[]>([]);
  // Only pasted text is checked as typed; a chosen file is checked by the preview.
  const pasteIssue = fileName === null && text !== "" ? pasteError(text) : null;
  const importable = preview ? preview.counts.create + preview.counts.merge : 0;
  const runPreview = () => {
    setPreviewing(true);
    start(async () => {
      await checkPreview();
      setPreviewing(false);
    });
  };
  const checkPreview = async () => {
    setMessage(null);
    setDone(null);
    setChanged([]);
    if (utf8Bytes(text) > MAX_CSV_BYTES) return setMessage(CSV_TOO_LARGE);
    try {
      const res = await previewImportAction(text);
      if (!res.ok) return setMessage(res.message);
      setPreview(res.preview);
    } catch {
      setMessage(CALL_FAILED);
    }
  };
  const runCommit = () =>
    start(async () => {
      try {
        const shown = preview
          ? preview.rows.filter((r) => r.action === "create" || r.action === "merge").map((r) => r.line)
          : [];
        const res = await commitImportAction({ text, confirmedLines: shown, fileName: fileName ?? undefined });
        if (!res.ok) return setMessage(res.message);
        setMessage(null);
        setPreview(null);
        setText("");
        setFileName(null);
        // The picker shows no file any more, so choosing the same file again (corrected) is a change.
        if (fileInput.current) fileInput.current.value = "";
        setChanged(res.changed);
        setDone(
          `Imported ${plural(res.created, "new candidate")} and ${plural(res.applications, "application")}${res.merged ? ` (${plural(res.merged, "existing candidate")} got new applications)` : ""}; ${plural(res.skipped, "row")} skipped.${res.changed.length ? ` ${plural(res.changed.length, "row")} changed since the preview: see below.` : ""}`,
        );
      } catch {
        setMessage(CALL_FAILED);
      }
    });
  return (
    <div className="grid gap-4">
      <div className="grid gap-2 rounded-lg border border-border bg-card p-4">
        <label htmlFor="csv-file" className="text-sm font-medium">
          CSV file
        </label>
        <input
          id="csv-file"
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          className="text-sm"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            if (!f) {
              // The picker emptied (the dialog cancelled after a choice): the chosen file's text goes too.
              if (fileName !== null) {
                setFileName(null);
                setText("");
                setPreview(null);
                setEncodingNote(null);
              }
              return;
            }
            setPreview(null);
            setDone(null);
            setEncodingNote(null);
            if (f.size > MAX_CSV_BYTES) {
              setFileName(null);
              setText("");
              setMessage(CSV_TOO_LARGE);
              return;
            }
            // Refused here, whole, with the reason: an empty file, or one that is not text at all
            // (a PNG renamed .csv, an Excel workbook). The server checks the same again.
            const decoded = await f
              .arrayBuffer()
              .then((b) => decodeCsvBytes(new Uint8Array(b)))
              .catch(() => null);
            const content = decoded?.text ?? null;
            const refusal =
              content === null
                ? `Could not read ${f.name}. Choose it again.`
                : content.replace(/^\uFEFF/, "").trim() === ""
                  ? `${f.name} is empty: the first line must name the columns (name, email, …).`
                  : notCsvText(content);
            if (refusal) {
              setFileName(null);
              setText("");
              setMessage(refusal);
              e.target.value = "";
              return;
            }
            setFileName(f.name);
            setText(content!);
            setMessage(null);
            setEncodingNote(decoded?.legacyEncoding ? LEGACY_ENCODING_NOTE : null);
          }}
        />
        {encodingNote ? (
          <p role="status" className="rounded-md border border-warning/40 bg-warning/10 p-2 text-sm">
            {encodingNote}
          </p>
        ) : null}
        <p className="text-xs text-muted-foreground">
          Columns: name, email (required); role, stage, source, headline, phone (optional). Role: the title of an open
          role, or its id when two open roles share a title. The first line must be the header. Up to 10,000 rows and{" "}
          {MAX_CSV_LABEL}.
        </p>
        <details>
          <summary className="cursor-pointer text-sm">Or paste CSV text</summary>
          <label htmlFor="csv-text" className="sr-only">
            CSV text
          </label>
          <textarea
            id="csv-text"
            rows={6}
            value={text}
            aria-invalid={pasteIssue ? true : undefined}
            aria-describedby={pasteIssue ? "csv-text-error" : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setFileName(null);
              setPreview(null);
              setEncodingNote(null);
            }}
            className="mt-2 w-full rounded-md border border-border p-2 font-mono text-xs"
          />
          {pasteIssue ? (
            <p id="csv-text-error" className="text-sm text-danger">
              {pasteIssue}
            </p>
          ) : null}
        </details>
        <div>
          <Button disabled={!text || pending || (!fileName && !!pasteIssue)} onClick={runPreview}>
            {pending && previewing ? "Checking…" : `Preview${fileName ? ` ${fileName}` : ""}`}
          </Button>
        </div>
      </div>
      {message ? (
        <p role="alert" className="text-sm text-danger">
          {message}
        </p>
      ) : null}
      {preview ? (
        <CsvImportPreview preview={preview} pending={pending} importable={importable} onCommit={runCommit} />
      ) : null}
      {done ? (
        <p role="status" className="text-sm text-success">
          {done}
        </p>
      ) : null}
      {changed.length ? (
        <section aria-labelledby="changed-h" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
          <h2 id="changed-h" className="font-semibold">
            Rows that changed between the preview and the import
          </h2>
          <ul className="mt-1 grid gap-1">
            {changed.slice(0, 200).map((c) => (
              <li key={c.line}>
                Line {c.line} ({c.email}): {c.now} — {c.reason}
              </li>
            ))}
          </ul>
          {changed.length > 200 ? <p className="mt-1 text-xs">…and {changed.length - 200} more.</p> : null}
        </section>
      ) : null}
    </div>
  );
}
