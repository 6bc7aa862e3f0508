// Candidate CSV import, pure part: parse, map columns, validate every row, find duplicates
// inside the file. The database part (lib/candidates/import.ts) resolves roles, stages and
// existing candidates, then imports in one transaction after the recruiter confirms.
import Papa from "papaparse";
import { z } from "zod";
import { cleanUserText, singleLineText, toSingleLine, userText } from "../validation/text";
import { emailAddress } from "../validation/auth";

export const MAX_ROWS = 10_000;
/** What every refusal of an unreadable file asks for. */
export const SAVE_AS_UTF8 = "Save it from your spreadsheet as “CSV UTF-8 (comma-separated)” and choose that file.";
export const COLUMNS = ["name", "email", "role", "source", "stage", "headline", "phone"] as const;
export type Column = (typeof COLUMNS)[number];
const ALIASES: Record<string, Column> = {
  "full name": "name",
  candidate: "name",
  "e-mail": "email",
  "email address": "email",
  position: "role",
  "role title": "role",
  job: "role",
  title: "headline",
};

export const csvRowSchema = z.object({
  name: singleLineText()
    .trim()
    .min(2, {
      error: (iss) =>
        String(iss.input ?? "") === ""
          ? "Name is missing"
          : "Name is too short: give at least 2 characters (a full name is best)",
    })
    .max(120, "Name is too long (120 characters max)"),
  email: emailAddress("the candidate's"),
  role: singleLineText().trim().max(120, "Role is too long (120 characters max)"),
  source: singleLineText().trim().max(60, "Source is too long (60 characters max)"),
  stage: singleLineText().trim().max(80, "Stage is too long (80 characters max)"),
  headline: singleLineText().trim().max(160, "Headline is too long (160 characters max)"),
  phone: userText()
    .trim()
    .max(40, "Phone is too long (40 characters max)")
    .regex(/^[+0-9 ()./-]*$/, "Phone may only contain digits, spaces and + ( ) . / -"),
});
export type CsvRow = z.infer<typeof csvRowSchema>;

export type RowIssue = { column: Column | "row"; message: string };
/** `firstLineWithEmail`: an earlier valid line with the same email (same person); import.ts decides merge or duplicate by role. */
export type ParsedRow = {
  line: number;
  values: Record<Column, string>;
  data: CsvRow | null;
  issues: RowIssue[];
  firstLineWithEmail: number | null;
};
export type ParsedCsv = { rows: ParsedRow[]; fileErrors: string[]; unknownColumns: string[] };

const PARSE = {
  header: true,
  skipEmptyLines: "greedy",
  transformHeader: (h: string) => h.trim().toLowerCase(),
} as const;

/**
 * Which header maps to which column, the ignored ones, and the missing required ones (as
 * messages). `renamed` is Papa's record of repeated headers ("email_1" for a second "email"): a
 * repeated column, or a second header naming the same column ("email" and "e-mail"), is ignored
 * and said so, where the later one used to replace the first's values unannounced.
 */
function mapHeaders(headers: string[], renamed?: Record<string, string> | null) {
  const mapping = new Map<string, Column>();
  const unknownColumns: string[] = [];
  const used = new Set<Column>();
  for (const h of headers) {
    const original = renamed?.[h] ?? h;
    const col = (COLUMNS as readonly string[]).includes(original) ? (original as Column) : ALIASES[original];
    if (col && used.has(col)) unknownColumns.push(`${original} (another “${col}” column; the first is used)`);
    else if (col) {
      mapping.set(h, col);
      used.add(col);
    } else if (original) unknownColumns.push(h === original ? h : `${original} (repeated)`);
  }
  // As typed: Papa names repeated headers "_1", "_2"…, which are not in the file.
  const found = headers.map((h) => renamed?.[h] ?? h);
  const foundText = found.some(Boolean)
    ? ` (found: ${found.map((h) => h || "(blank)").join(", ")}).`
    : ": the first line has no column names.";
  const missing = (["name", "email"] as const)
    .filter((c) => ![...mapping.values()].includes(c))
    .map((c) => `The file has no “${c}” column${foundText}`);
  return { mapping, unknownColumns, missing };
}

/** Papa's record of the headers it renamed (not in its types): new name → the name in the file. */
const renamedHeadersOf = (result: Papa.ParseResult<unknown>) =>
  (result.meta as { renamedHeaders?: Record<string, string> | null }).renamedHeaders;

/** The header line's problems only (cheap: parses one row), for checking pasted text as it is typed. */
export function headerProblems(text: string): string[] {
  const { body, delimiter } = excelSeparatorLine(text.replace(/^\uFEFF/, ""));
  const result = Papa.parse<Record<string, string>>(body, { ...PARSE, delimiter, preview: 1 });
  return mapHeaders(result.meta.fields ?? [], renamedHeadersOf(result)).missing;
}

/**
 * Excel's "sep=;" first line (written by some exports, and by people making Excel open a
 * semicolon file): it names the delimiter and is not the header. `offset`: lines it took.
 */
function excelSeparatorLine(text: string): { body: string; delimiter: string | undefined; offset: number } {
  const sep = /^sep=(.)[ \t]*\r?\n/i.exec(text);
  return sep
    ? { body: text.slice(sep[0].length), delimiter: sep[1], offset: 1 }
    : { body: text, delimiter: undefined, offset: 0 };
}

/**
 * Text that was UTF-8 read as Windows-1252 ("ZoÃ« Ng" for "Zoë Ng", "â€™" for "’"): what a file
 * mixing the two encodings gives, line by line. No name is written that way: such a value is
 * refused like an unreadable character, naming it.
 */
const GARBLED = /Ã[\u0080-\u00BF]|Â[\u00A0-\u00BF]|â€/;

/**
 * Why this text is not a CSV file at all, or null: what a file chosen by mistake looks like once
 * read as UTF-8 text (an image, a PDF, an Excel workbook, a UTF-16 export). NUL characters and
 * undecodable bytes never occur in a CSV a person means to import; saying what the file seems to
 * be beats listing "columns" made of binary noise. Text holding U+FFFD anywhere is refused too,
 * naming its line, so a garbled name is never stored.
 */
export function notCsvText(text: string): string | null {
  const head = text.slice(0, 4096);
  if (head.length === 0) return null;
  let odd = 0;
  for (const ch of head) if (ch === "\uFFFD" || (ch < " " && ch !== "\t" && ch !== "\n" && ch !== "\r")) odd++;
  if (head.includes("\u0000") || odd / head.length >= 0.01) {
    if (head.startsWith("PK\u0003\u0004"))
      return `This file is not CSV text: it looks like an Excel workbook (or another zip file). ${SAVE_AS_UTF8}`;
    if (head.startsWith("%PDF")) return `This file is not CSV text: it looks like a PDF. ${SAVE_AS_UTF8}`;
    if (/^\uFFFDPNG|^GIF8|^\uFFFD\uFFFD\uFFFD/.test(head))
      return `This file is not CSV text: it looks like an image. ${SAVE_AS_UTF8}`;
    if (
      /^(\uFFFD\uFFFD)?[\x20-\x7e]\u0000[\x20-\x7e]\u0000/.test(head) ||
      /^(\uFFFD\uFFFD)?\u0000[\x20-\x7e]\u0000[\x20-\x7e]/.test(head)
    )
      return `This file is saved as UTF-16 (“Unicode text”), which the import cannot read. ${SAVE_AS_UTF8}`;
    // Control characters mean binary; U+FFFD alone means text read in another encoding (below).
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(head))
      return `This file is not CSV text (it contains binary data). ${SAVE_AS_UTF8}`;
  }
  const unreadable = unreadableCharacterLine(text);
  return unreadable === null
    ? null
    : `Line ${unreadable} has characters that could not be read (shown as “\uFFFD”): the text was saved or copied in another encoding, and names would be stored garbled. ${SAVE_AS_UTF8}`;
}

const line = (text: string, index: number) => text.slice(0, index).split("\n").length;

/**
 * The first line holding U+FFFD, the character a decoder puts where it could not read the bytes:
 * text that went through a wrong decoding before it reached the import (pasted from another
 * program, sent by an old page). A name is never stored with it.
 */
export function unreadableCharacterLine(text: string): number | null {
  const at = text.indexOf("\uFFFD");
  return at < 0 ? null : line(text, at);
}

/**
 * Each record's first line in the file, as an editor numbers them: a record spans several lines
 * when a quoted value holds line breaks, and blank lines are skipped, so "record n + 1" named the
 * wrong line. Papa's step reports where each record ends; the next starts after it.
 */
function recordLines(text: string, records: number, delimiter?: string): number[] {
  const ends: number[] = [];
  let used = delimiter ?? ",";
  Papa.parse<Record<string, string>>(text, {
    ...PARSE,
    delimiter,
    step: (r) => {
      ends.push(r.meta.cursor);
      used = r.meta.delimiter;
    },
  });
  // A line of only spaces and delimiters is empty to Papa too (skipEmptyLines: "greedy").
  const emptyLines = new RegExp(`^(?:[ \\t${used.replace(/[\\\]^-]/g, "\\$&")}]*\\r?\\n)*`);
  const lines: number[] = [];
  let at = 0;
  let line = 1;
  const advance = (to: number) => {
    for (let i = at; i < to; i++) if (text.charCodeAt(i) === 10) line++;
    at = to;
  };
  let start = text.indexOf("\n") + 1; // after the header line
  for (let i = 0; i < records; i++) {
    // Skip the empty lines before the record (skipEmptyLines: "greedy" leaves them out).
    const blank = emptyLines.exec(text.slice(start, start + 10_000))?.[0].length ?? 0;
    advance(start + blank);
    lines.push(line);
    start = ends[i] ?? text.length;
  }
  return lines;
}

export function parseCandidateCsv(text: string): ParsedCsv {
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "")
    return {
      rows: [],
      fileErrors: ["The file is empty: the first line must name the columns (name, email, …)."],
      unknownColumns: [],
    };
  const binary = notCsvText(text);
  if (binary) return { rows: [], fileErrors: [binary], unknownColumns: [] };
  const { body, delimiter, offset } = excelSeparatorLine(text);
  const result = Papa.parse<Record<string, string>>(body, { ...PARSE, delimiter });
  const { mapping, unknownColumns, missing } = mapHeaders(result.meta.fields ?? [], renamedHeadersOf(result));
  const fileErrors: string[] = [...missing];
  // An unclosed quote swallows every later line into one value: refuse the file rather than
  // preview rows that silently lost the lines after it.
  const quote = result.errors.find((e) => e.code === "MissingQuotes" || e.code === "InvalidQuotes");
  if (quote)
    fileErrors.push(
      `Line ${line(body, quote.index ?? 0) + offset}: a value opens a quote (") that is never closed properly, so the lines after it would be read as one value. Close the quote or remove it, then preview again.`,
    );
  if (!fileErrors.length && result.data.length === 0)
    fileErrors.push("The file has a header line but no candidates: add one candidate per line below it.");
  if (result.data.length > MAX_ROWS)
    fileErrors.push(
      `The file has ${result.data.length.toLocaleString("en")} rows; import at most ${MAX_ROWS.toLocaleString("en")} at a time.`,
    );
  if (fileErrors.length) return { rows: [], fileErrors, unknownColumns };

  const firstLineByEmail = new Map<string, number>();
  const lines = recordLines(body, result.data.length, delimiter).map((n) => n + offset);
  const rows = result.data.map((raw, i): ParsedRow => {
    const line = lines[i]!;
    const values = Object.fromEntries(COLUMNS.map((c) => [c, ""])) as Record<Column, string>;
    for (const [h, v] of Object.entries(raw)) {
      const col = mapping.get(h);
      // Shown in the preview as it will be stored (direction overrides and controls removed, one line).
      if (col) values[col] = toSingleLine(cleanUserText((v ?? "").toString()));
    }
    const garbled = COLUMNS.filter((c) => GARBLED.test(values[c])).map((c): RowIssue => ({
      column: c,
      message: `“${values[c]}” looks garbled: this line was saved in another encoding than the rest of the file. ${SAVE_AS_UTF8}`,
    }));
    const parsed = garbled.length ? null : csvRowSchema.safeParse(values);
    const issues: RowIssue[] = !parsed
      ? garbled
      : parsed.success
        ? []
        : parsed.error.issues.map((iss) => ({ column: (iss.path[0] as Column) ?? "row", message: iss.message }));
    let firstLineWithEmail: number | null = null;
    if (parsed?.success) {
      const seen = firstLineByEmail.get(parsed.data.email);
      if (seen) firstLineWithEmail = seen;
      else firstLineByEmail.set(parsed.data.email, line);
    }
    return { line, values, data: parsed?.success ? parsed.data : null, issues, firstLineWithEmail };
  });
  for (const e of result.errors) {
    const row = e.row === undefined ? undefined : rows[e.row];
    if (row && e.code !== "UndetectableDelimiter") row.issues.push({ column: "row", message: e.message });
  }
  return { rows, fileErrors, unknownColumns };
}
