// The JSON file format for a whole competency matrix (documented in docs/matrix-json.md).
// Pure zod, no server imports: the draft editor's forms validate with the same field
// schemas the service and the importer use, so the browser and the server agree.
import { z } from "zod";
import { singleLineText, userText } from "../validation/text";
import { locateJsonError } from "./json-syntax";
import { domainLabelKey } from "./domain-names";

export const MATRIX_FORMAT = "aiops-matrix";
export const MATRIX_FORMAT_VERSION = 1;
export const MATRIX_LEVELS = [1, 2, 3] as const;
export const EMPHASES = ["core", "supporting", "peripheral"] as const;
export const MAX_INDICATORS = 8;
/** Far above a real matrix (~30 kB), and under the 1 MB server-action body limit. */
export const MAX_FILE_CHARS = 512_000;
const MAX_ERRORS = 50;

export type EmphasisName = (typeof EMPHASES)[number];

// ---------------------------------------------------------------- field schemas (shared with forms)

export const keySchema = z
  .string()
  .trim()
  .min(2, "A key needs at least 2 characters")
  .max(40, "Keep the key under 40 characters")
  .regex(
    /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
    'Use lowercase letters, digits and single hyphens, e.g. "incident-response"',
  );
export const indicatorSchema = userText()
  .trim()
  .min(3, "An indicator needs at least 3 characters")
  .max(300, "Keep each indicator under 300 characters");
const indicatorList = (min: 0 | 1) =>
  z
    .array(indicatorSchema)
    .min(min, "Give at least one indicator")
    .max(MAX_INDICATORS, `At most ${MAX_INDICATORS} indicators per cell`)
    .superRefine((list, ctx) => {
      const seen = new Map<string, number>();
      list.forEach((t, j) => {
        const prev = seen.get(t.toLowerCase());
        if (prev !== undefined) ctx.addIssue({ code: "custom", path: [j], message: `Repeats indicator ${prev + 1}` });
        else seen.set(t.toLowerCase(), j);
      });
    });
/** A cell as the editor saves it: at least one indicator. */
export const indicatorListSchema = indicatorList(1);
export const domainNameSchema = singleLineText()
  .trim()
  .min(2, "Name the domain")
  .max(80, "Keep the name under 80 characters");
export const domainShortNameSchema = singleLineText()
  .trim()
  .min(2, "Give a short name")
  .max(24, "Keep the short name under 24 characters");
export const domainDescriptionSchema = userText()
  .trim()
  .min(10, "Describe the domain in a sentence")
  .max(600, "Keep the description under 600 characters");

export const domainSchema = z.strictObject({
  key: keySchema,
  name: domainNameSchema,
  shortName: domainShortNameSchema,
  description: domainDescriptionSchema,
});
const levelSchema = z.literal(MATRIX_LEVELS, { error: "Level must be 1, 2 or 3" });

const clusterSchema = z.strictObject({
  key: keySchema,
  name: singleLineText().trim().min(1).max(120),
  summary: userText().trim().max(1000),
  emphasis: z.record(z.string(), z.enum(EMPHASES, { error: 'Emphasis must be "core", "supporting" or "peripheral"' })),
});

// A file may hold empty cells: a draft exported right after a domain was added has them, and
// must import back as it was. Publishing refuses a version with an empty cell, as in the editor.
const cellSchema = z.strictObject({
  cluster: z.string(),
  domain: z.string(),
  level: levelSchema,
  indicators: indicatorList(0),
});

// Levels are organisation-wide, not versioned: exported for readers, ignored on import.
const proficiencySchema = z.strictObject({
  rank: levelSchema,
  name: z.string(),
  summary: z.string(),
  indicators: z.array(z.string()).optional(),
});

// Where the file came from; informational, ignored on import.
const sourceSchema = z.strictObject({
  number: z.number().int().nullable(),
  status: z.enum(["DRAFT", "PUBLISHED"]),
  changeNote: z.string().nullable(),
  exportedAt: z.string(),
});

const baseFileSchema = z.strictObject({
  format: z.literal(MATRIX_FORMAT, { error: `"format" must be "${MATRIX_FORMAT}"` }),
  formatVersion: z.literal(MATRIX_FORMAT_VERSION, {
    error: `"formatVersion" must be ${MATRIX_FORMAT_VERSION}; this installation reads only that version`,
  }),
  source: sourceSchema.optional(),
  levels: z.array(proficiencySchema).optional(),
  clusters: z.array(clusterSchema).min(1, "List at least one cluster"),
  domains: z.array(domainSchema).min(1, "List at least one domain"),
  cells: z.array(cellSchema),
});

export type MatrixFile = z.output<typeof baseFileSchema>;
// Cross-checks wait until every field is well-formed: one mistyped domain key would
// otherwise also report each of its cells and emphases as unknown.
export const matrixFileSchema = baseFileSchema.superRefine((file, ctx) => crossCheck(file, ctx), {
  when: (payload) => payload.issues.length === 0,
});

type Ctx = z.RefinementCtx;

const FIELD_WORD = { key: "Key", name: "Name", shortName: "Short name" } as const;

/** Each `field` once per list: keys exactly, names as people read them (domainLabelKey). */
function duplicates<T extends Partial<Record<keyof typeof FIELD_WORD, string>>>(
  ctx: Ctx,
  list: T[],
  where: "clusters" | "domains",
  field: keyof typeof FIELD_WORD = "key",
) {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const value = item[field] ?? "";
    const key = field === "key" ? value : domainLabelKey(value);
    const first = seen.get(key);
    if (first !== undefined)
      ctx.addIssue({
        code: "custom",
        path: [where, i, field],
        message: `${FIELD_WORD[field]} "${value}" is already used by ${where}[${first}]`,
      });
    else seen.set(key, i);
  });
}

/** Checks no schema can express alone: keys exist, and every cluster x domain x level cell appears exactly once. */
function crossCheck(file: MatrixFile, ctx: Ctx) {
  duplicates(ctx, file.clusters, "clusters");
  duplicates(ctx, file.domains, "domains");
  duplicates(ctx, file.domains, "domains", "name");
  duplicates(ctx, file.domains, "domains", "shortName");
  const clusterKeys = new Set(file.clusters.map((c) => c.key));
  const domainKeys = new Set(file.domains.map((d) => d.key));
  file.clusters.forEach((c, i) => {
    for (const key of Object.keys(c.emphasis)) {
      if (!domainKeys.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["clusters", i, "emphasis", key],
          message: `There is no domain "${key}" in "domains"`,
        });
    }
    for (const d of file.domains) {
      if (!(d.key in c.emphasis))
        ctx.addIssue({
          code: "custom",
          path: ["clusters", i, "emphasis"],
          message: `Missing the emphasis for domain "${d.key}"`,
        });
    }
  });
  const seen = new Map<string, number>();
  file.cells.forEach((cell, i) => {
    if (!clusterKeys.has(cell.cluster))
      ctx.addIssue({
        code: "custom",
        path: ["cells", i, "cluster"],
        message: `There is no cluster "${cell.cluster}" in "clusters"`,
      });
    if (!domainKeys.has(cell.domain))
      ctx.addIssue({
        code: "custom",
        path: ["cells", i, "domain"],
        message: `There is no domain "${cell.domain}" in "domains"`,
      });
    const id = `${cell.cluster}/${cell.domain}/${cell.level}`;
    const first = seen.get(id);
    if (first !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["cells", i],
        message: `Same cluster, domain and level as cells[${first}]`,
      });
    else seen.set(id, i);
  });
  for (const c of file.clusters) {
    for (const d of file.domains) {
      for (const level of MATRIX_LEVELS) {
        if (!seen.has(`${c.key}/${d.key}/${level}`))
          ctx.addIssue({
            code: "custom",
            path: ["cells"],
            message: `Missing the cell for cluster "${c.key}", domain "${d.key}", level ${level}`,
          });
      }
    }
  }
}

// ---------------------------------------------------------------- parsing

export type MatrixJsonError = { path: string; message: string; line?: number; column?: number };
/** `total`: how many problems there are when more than the `errors` listed (at most MAX_ERRORS). */
export type ParseResult = { ok: true; data: MatrixFile } | { ok: false; errors: MatrixJsonError[]; total?: number };

/** "The file has 60 problems (the first 50 are listed); nothing was changed." */
export function problemsText(errors: readonly MatrixJsonError[], total = errors.length): string {
  const count = total === 1 ? "a problem" : `${total.toLocaleString("en")} problems`;
  const listed = total > errors.length ? ` (the first ${errors.length} are listed)` : "";
  return `The file has ${count}${listed}; nothing was changed.`;
}

/** `["cells", 12, "indicators", 0]` -> `cells[12].indicators[0]`; odd keys are quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(p))) out += out ? `.${String(p)}` : String(p);
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out || "(file)";
}

/** "cell sre / observability / level 2", so an admin can find cells[37] in a long file. */
function cellContext(raw: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== "cells" || typeof path[1] !== "number") return "";
  const cell = (raw as { cells?: unknown[] }).cells?.[path[1]] as
    { cluster?: unknown; domain?: unknown; level?: unknown } | undefined;
  if (!cell || typeof cell !== "object") return "";
  return ` (cell ${String(cell.cluster)} / ${String(cell.domain)} / level ${String(cell.level)})`;
}

export function parseMatrixJson(text: string): ParseResult {
  if (text.length > MAX_FILE_CHARS)
    return {
      ok: false,
      errors: [{ path: "(file)", message: `The file is too large (over ${MAX_FILE_CHARS / 1000} kB)` }],
    };
  const body = text.replace(/^\uFEFF/, ""); // editors on Windows add a byte-order mark
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    const at = locateJsonError(body);
    const where = at ? { line: at.line, column: at.column } : {};
    return {
      ok: false,
      errors: [{ path: "(file)", message: `Not valid JSON: ${at?.message ?? "syntax error"}`, ...where }],
    };
  }
  // null, a list, a number: the schema's "expected object, received null" said nothing a person can act on.
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    return {
      ok: false,
      errors: [
        { path: "(file)", message: "The file holds no matrix: it must be one JSON object ({ … }), as an export is" },
      ],
    };
  const result = matrixFileSchema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors = result.error.issues.slice(0, MAX_ERRORS).flatMap((issue): MatrixJsonError[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((k) => ({
        path: formatPath([...issue.path, k]),
        message: `Unknown field "${k}"${cellContext(raw, issue.path)}`,
      }));
    }
    return [{ path: formatPath(issue.path), message: issue.message + cellContext(raw, issue.path) }];
  });
  const { length } = result.error.issues;
  return length > MAX_ERRORS ? { ok: false, errors, total: length } : { ok: false, errors };
}

export function stringifyMatrix(file: MatrixFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
