// Candidate CSV import, pure part: parse, map columns, validate every row, find duplicates
// inside the file. The database part (lib/candidates/import.ts) resolves roles, stages and
// existing candidates, then imports in one transaction after the recruiter confirms.
import Papa from "papaparse";
import { z } from "zod";
import { userText } from "../validation/text";
import { emailAddress } from "../validation/auth";

export const MAX_ROWS = 10_000;
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
  name: userText().trim().min(2, "Name is missing").max(120, "Name is too long"),
  email: emailAddress("the candidate's"),
  role: userText().trim().max(120),
  source: userText().trim().max(60, "Source is too long (60 characters max)"),
  stage: userText().trim().max(80),
  headline: userText().trim().max(160, "Headline is too long (160 characters max)"),
  phone: userText()
    .trim()
    .max(40)
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

const PARSE = { header: true, skipEmptyLines: "greedy", transformHeader: (h: string) => h.trim().toLowerCase() } as const;

/** Which header maps to which column, the ignored ones, and the missing required ones (as messages). */
function mapHeaders(headers: string[]) {
  const mapping = new Map<string, Column>();
  const unknownColumns: string[] = [];
  for (const h of headers) {
    const col = (COLUMNS as readonly string[]).includes(h) ? (h as Column) : ALIASES[h];
    if (col) mapping.set(h, col);
    else if (h) unknownColumns.push(h);
  }
  const missing = (["name", "email"] as const)
    .filter((c) => ![...mapping.values()].includes(c))
    .map((c) => `The file has no “${c}” column (found: ${headers.join(", ") || "none"}).`);
  return { mapping, unknownColumns, missing };
}

/** The header line's problems only (cheap: parses one row), for checking pasted text as it is typed. */
export function headerProblems(text: string): string[] {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { ...PARSE, preview: 1 });
  return mapHeaders(result.meta.fields ?? []).missing;
}

export function parseCandidateCsv(text: string): ParsedCsv {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), PARSE);
  const { mapping, unknownColumns, missing } = mapHeaders(result.meta.fields ?? []);
  const fileErrors: string[] = [...missing];
  if (result.data.length > MAX_ROWS) fileErrors.push(`The file has ${result.data.length} rows; import at most ${MAX_ROWS} at a time.`);
  if (fileErrors.length) return { rows: [], fileErrors, unknownColumns };

  const firstLineByEmail = new Map<string, number>();
  const rows = result.data.map((raw, i): ParsedRow => {
    const line = i + 2; // line 1 is the header
    const values = Object.fromEntries(COLUMNS.map((c) => [c, ""])) as Record<Column, string>;
    for (const [h, v] of Object.entries(raw)) {
      const col = mapping.get(h);
      if (col) values[col] = (v ?? "").toString();
    }
    const parsed = csvRowSchema.safeParse(values);
    const issues: RowIssue[] = parsed.success
      ? []
      : parsed.error.issues.map((iss) => ({ column: (iss.path[0] as Column) ?? "row", message: iss.message }));
    let firstLineWithEmail: number | null = null;
    if (parsed.success) {
      const seen = firstLineByEmail.get(parsed.data.email);
      if (seen) firstLineWithEmail = seen;
      else firstLineByEmail.set(parsed.data.email, line);
    }
    return { line, values, data: parsed.success ? parsed.data : null, issues, firstLineWithEmail };
  });
  for (const e of result.errors) {
    const row = rows.find((r) => r.line === (e.row ?? -10) + 2);
    if (row && e.code !== "UndetectableDelimiter") row.issues.push({ column: "row", message: e.message });
  }
  return { rows, fileErrors, unknownColumns };
}
