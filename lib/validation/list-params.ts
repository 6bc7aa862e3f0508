// Query parameters of the pages, read with zod. Each page declares its parameters once, as one
// z.object of the helpers below; that one declaration gives
// - the lenient parse the page uses: a parameter that is repeated reads as its first value, one
//   that is malformed is dropped (the page's default), never a 500;
// - the strict check proxy.ts makes before the page runs (lib/security/page-query.ts): every
//   value of a declared parameter, repeated ones included, must be one the page can use, or the
//   address gets a 400 naming the parameter. An empty value (a form's blank field) is no filter,
//   and parameters a page does not declare (utm_source…) are not its filters: both pass.
import { z } from "zod";
import { isCursor } from "../paging/cursor";
import { LAST_PAGE } from "../paging/last-page";
import { idSchema } from "./id";
import { OPEN_BUCKETS } from "../interviews/buckets";
import { cleanUserText } from "./text";

type RawParams = Record<string, string | string[] | undefined>;

/** How proxy.ts checks one value of a declared parameter, and what it says when the value fails. */
type StrictCheck = { schema: z.ZodType; reason: string };
const STRICT = new WeakMap<z.ZodType, StrictCheck>();

/**
 * Declares `lenient` (what the page parses) as a query parameter whose every value must pass
 * `strict`; `reason` completes the sentence “<name>” …, e.g. "is not a known stage.".
 */
export function declareParam<T extends z.ZodType>(lenient: T, strict: z.ZodType, reason: string): T {
  STRICT.set(lenient, { schema: strict, reason });
  return lenient;
}

export const CANNOT_USE = "has a value this page cannot use.";

/** Why `params` cannot be used by a page declaring `query` (a sentence naming the parameter), or null. */
export function queryRefusal(query: z.ZodObject, params: URLSearchParams): string | null {
  for (const [name, param] of Object.entries(query.shape)) {
    const check = STRICT.get(param as z.ZodType);
    if (!check) continue; // undeclaredParams() fails the unit test instead
    for (const value of params.getAll(name)) {
      // An empty value is a form's field left blank ("Any stage"): no filter, as the page reads it.
      if (value !== "" && !check.schema.safeParse(value).success) return `“${name}” ${check.reason}`;
    }
  }
  return null;
}

/** The parameters of `query` not built with these helpers (so with no strict check): must be none. */
export function undeclaredParams(query: z.ZodObject): string[] {
  return Object.entries(query.shape)
    .filter(([, param]) => !STRICT.has(param as z.ZodType))
    .map(([name]) => name);
}

/** "must be a, b or c." */
export function mustBeOneOf(values: readonly string[]): string {
  const list = values.length === 1 ? values[0] : `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;
  return `must be ${list}.`;
}

/** The first value of a repeated parameter. */
const single = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** An optional parameter: its first value if repeated, dropped (undefined) when malformed; proxy.ts refuses what `schema` refuses. */
export const optional = <T extends z.ZodType>(schema: T, reason = CANNOT_USE) =>
  declareParam(z.preprocess(single, schema.optional()).catch(undefined), schema, reason);

/** One of `values`: its first value if repeated, `fallback` when missing or unknown. */
export const choiceParam = <T extends readonly [string, ...string[]]>(
  values: T,
  fallback: T[number],
  reason = mustBeOneOf(values),
) => declareParam(z.preprocess(single, z.enum(values).default(fallback)).catch(fallback), z.enum(values), reason);

/** A value `schema` accepts: its first value if repeated, `fallback` when missing or malformed. */
export const fallbackParam = <S extends string>(schema: z.ZodType<S>, fallback: S, reason: string) =>
  declareParam(
    z
      .preprocess(single, schema.optional())
      .transform((v): S => v ?? fallback)
      .catch(() => fallback as Awaited<S>),
    schema,
    reason,
  );

/** A flag that is on when its value is "1". */
export const flagParam = optional(z.literal("1"), "can only be 1.");

const CURSOR_FORMAT = z
  .string()
  .max(2000)
  .regex(/^[A-Za-z0-9_-]+$/);
/** A cursor (base64url); decodeCursor checks its content for the list. proxy.ts refuses anything that is not a cursor. */
export const cursorParam = declareParam(
  optional(CURSOR_FORMAT),
  CURSOR_FORMAT.refine((raw) => raw === LAST_PAGE || isCursor(raw)),
  "is not a page of this list.",
);
/** A name/email search: cleaned, trimmed, at most `max` characters; empty reads as no search. */
export const textSearchParam = (max: number) => {
  const schema = z
    .string()
    .overwrite(cleanUserText)
    .trim()
    .max(max)
    .transform((s) => s || undefined);
  return optional(schema, `is longer than the ${max} characters a search can have.`);
};
export const searchParam = textSearchParam(100);
export const idParam = optional(idSchema);
/** A key of a cluster or self-id question (lower case, digits, "-" and "_"). */
export const keyParam = optional(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), "is not a key this page knows.");
/** A whole number from `min` to `max`. */
export const wholeNumberParam = (min: number, max: number) =>
  optional(
    z
      .string()
      .regex(/^\d{1,15}$/)
      .transform(Number)
      .pipe(z.number().min(min).max(max)),
    `must be a whole number from ${min} to ${max}.`,
  );

export const pagingSchema = z.object({ after: cursorParam, before: cursorParam });

/** `after` / `before` of a paged list. */
export function pagingParams(raw: RawParams): { after?: string; before?: string } {
  return pagingSchema.parse(raw);
}

export const candidateListSchema = pagingSchema.extend({ q: searchParam });
/** The recruiter's candidate list: cursor and name/email search. */
export function candidateListParams(raw: RawParams): { after?: string; before?: string; q?: string } {
  return candidateListSchema.parse(raw);
}

/** My interviews: one open section paged on its own (`list`), else the overview. */
export const myInterviewsSchema = candidateListSchema.extend({
  list: optional(z.enum(OPEN_BUCKETS), mustBeOneOf(OPEN_BUCKETS)),
});
export function myInterviewsParams(raw: RawParams) {
  return myInterviewsSchema.parse(raw);
}

/** A stage in a URL: a stage id, or "not-started" for applications not yet in a stage. */
export const NOT_STARTED = "not-started";
/** The board's list of active candidates without any interview (any stage). */
export const NO_INTERVIEWS = "no-interviews";
export const stageParam = optional(
  z.union([z.literal(NOT_STARTED), z.literal(NO_INTERVIEWS), idSchema]),
  "is not a known stage.",
);
export const boardSchema = pagingSchema.extend({ stage: stageParam });
export function boardParams(raw: RawParams): { after?: string; before?: string; stage?: string } {
  return boardSchema.parse(raw);
}
