// Query parameters of the paged lists, read with zod. A URL is user input: a parameter that is
// repeated, too long or malformed is ignored (the list's default), never a 500.
import { z } from "zod";
import { idSchema } from "./id";
import { cleanUserText } from "./text";

type RawParams = Record<string, string | string[] | undefined>;

/** The first value of a repeated parameter. */
const single = (v: unknown) => (Array.isArray(v) ? v[0] : v);
/** An optional parameter: its first value if repeated, dropped (undefined) when malformed. */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(single, schema.optional()).catch(undefined);

/** One of `values`: its first value if repeated, `fallback` when missing or unknown. */
export const choiceParam = <T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(single, z.enum(values).default(fallback)).catch(fallback);

/** A cursor (base64url); decodeCursor checks its content. */
export const cursorParam = optional(
  z
    .string()
    .max(2000)
    .regex(/^[A-Za-z0-9_-]+$/),
);
/** A name/email search: cleaned, trimmed, at most 100 characters; empty reads as no search. */
export const searchParam = optional(
  z
    .string()
    .overwrite(cleanUserText)
    .trim()
    .max(100)
    .transform((s) => s || undefined),
);
export const idParam = optional(idSchema);

export const pagingSchema = z.object({ after: cursorParam, before: cursorParam });

/** `after` / `before` of a paged list. */
export function pagingParams(raw: RawParams): { after?: string; before?: string } {
  return pagingSchema.parse(raw);
}

const candidateListSchema = pagingSchema.extend({ q: searchParam });
/** The recruiter's candidate list: cursor and name/email search. */
export function candidateListParams(raw: RawParams): { after?: string; before?: string; q?: string } {
  return candidateListSchema.parse(raw);
}

/** A stage in a URL: a stage id, or "not-started" for applications not yet in a stage. */
export const NOT_STARTED = "not-started";
/** The board's list of active candidates without any interview (any stage). */
export const NO_INTERVIEWS = "no-interviews";
export const stageParam = optional(z.union([z.literal(NOT_STARTED), z.literal(NO_INTERVIEWS), idSchema]));
const boardSchema = pagingSchema.extend({ stage: stageParam });
export function boardParams(raw: RawParams): { after?: string; before?: string; stage?: string } {
  return boardSchema.parse(raw);
}
