// Job-description inputs, shared by the editor and analyser forms (checked as you type) and the
// services in lib/job-descriptions/ (checked again).
import { z } from "zod";
import { idSchema } from "./id";
import { JD_ANALYSE_MAX } from "./jd-limits";
import { userText } from "./text";

/** What a generated text was generated from (the targets, and the text as generated); see lib/job-descriptions/generate.ts. */
export const generatedFromSchema = z.object({
  targets: z.array(z.object({ domainId: idSchema, target: z.number().int().min(0).max(3) })).max(50),
  text: userText().max(40_000),
});

export const jdSaveSchema = z.object({
  content: userText()
    .trim()
    .min(20, "The job description is nearly empty")
    .max(20_000, "Keep it under 20,000 characters"),
  /** What the text was generated from, as the generator recorded it; omitted = unchanged (a hand edit of the saved text). */
  generatedFrom: generatedFromSchema.nullable().optional(),
  /** When the saved text this edit started from was saved (null: none yet); a later save by someone else is a conflict. */
  basedOn: z.string().max(40).nullable().optional(),
});

export const analyseSchema = z.object({
  text: userText()
    .trim()
    .min(20, "Paste a job description (at least a few lines)")
    .max(JD_ANALYSE_MAX, "That text is too long (50,000 characters max)")
    // Bullets, dashes or digits alone have nothing to read: "0/100" would look like a verdict.
    .refine(
      (t) => (t.match(/\p{L}/gu)?.length ?? 0) >= 10,
      "There are no words to check: paste the job description's text",
    ),
});

/** The first problem with one field of a schema's input, or null: for a single-field form checked on change. */
export function fieldProblem<S extends z.ZodType>(schema: S, value: unknown): string | null {
  const res = schema.safeParse(value);
  return res.success ? null : res.error.issues[0]!.message;
}
