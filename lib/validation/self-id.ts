// The voluntary self-identification form (public, /self-id/[token]) and the report's inputs.
import { z } from "zod";
import { idSchema } from "./id";

/** The answer every category offers, whatever its options: stored as a null value. */
export const PREFER_NOT_TO_SAY = "Prefer not to say";

const categoryKey = z.string().regex(/^[a-z0-9_-]{1,40}$/, "Unknown question");

export const selfIdTokenSchema = z.string().min(20, "This link is incomplete").max(200, "This link is malformed");

/**
 * What the form sends: the link's token and, per category key, one of its options or
 * PREFER_NOT_TO_SAY. A category left out is not answered (nothing stored for it). Whether each
 * value is one of its category's options is checked against the database (lib/fair-hiring/self-id.ts).
 */
export const selfIdAnswersSchema = z.object({
  token: selfIdTokenSchema,
  answers: z
    .record(categoryKey, z.string().trim().min(1, "Choose an answer").max(120, "Choose one of the answers offered"))
    .refine((a) => Object.keys(a).length <= 20, "Too many answers"),
});
export type SelfIdAnswersInput = z.input<typeof selfIdAnswersSchema>;

/** A form post's fields (`answer.<key>`) as the schema's shape. */
export function answersFromForm(fields: Record<string, unknown>): unknown {
  const answers: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (k.startsWith("answer.")) answers[k.slice("answer.".length)] = v;
  return { token: fields.token, answers };
}

export const selfIdLinkSchema = z.object({ candidateId: idSchema });

export const fairHiringQuerySchema = z.object({ roleId: idSchema, category: categoryKey });

export const fairHiringMinGroupSchema = z.object({
  minGroup: z.coerce
    .number({ error: "Enter a whole number" })
    .int("Enter a whole number")
    .min(5, "Five is the smallest group the report may show")
    .max(1000, "Enter at most 1000"),
});
