// The voluntary self-identification form (public, /self-id/[token]) and the report's inputs.
import { z } from "zod";
import { idSchema } from "./id";
import { userText } from "./text";
import { typedWholeNumber } from "./typed-numbers";

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
    .record(categoryKey, z.string().trim().min(1, "Choose an answer").max(120, "Choose one of the answers offered."))
    .refine((a) => Object.keys(a).length <= 20, "Too many answers"),
});
export type SelfIdAnswersInput = z.input<typeof selfIdAnswersSchema>;

/** A form post's fields (`answer.<key>`) as the schema's shape. */
export function answersFromForm(fields: Record<string, unknown>): unknown {
  const answers: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (k.startsWith("answer.")) answers[k.slice("answer.".length)] = v;
  return { token: fields.token, answers };
}

/**
 * Why a form post was refused, as a code the route puts in the redirect back to the form
 * (`?error=`); the page shows the fixed message, never text from the URL.
 */
export const SELF_ID_FORM_ERRORS = {
  unreadable: "Your answers could not be read; nothing was saved. Choose your answers again and send the form.",
  invalid:
    "Some answers were not among those offered; nothing was saved. Choose from the answers shown and send the form again.",
  link: "This link is no longer valid; nothing was saved. Ask the recruiter who sent it for a new one.",
  "rate-limited":
    "Too many attempts from your network in a short time; nothing was saved. Wait a few minutes and send the form again.",
  failed: "Something went wrong on our side; nothing was saved. Try again in a moment.",
} as const;
export type SelfIdFormError = keyof typeof SELF_ID_FORM_ERRORS;

/** The message for a `?error=` code, or null for none or an unknown one. */
export function selfIdFormErrorMessage(code: unknown): string | null {
  const key = Array.isArray(code) ? code[0] : code;
  return typeof key === "string" && Object.hasOwn(SELF_ID_FORM_ERRORS, key)
    ? SELF_ID_FORM_ERRORS[key as SelfIdFormError]
    : null;
}

/** A token fit to put back in the form's URL (the link's shape), else null. */
export function selfIdTokenForUrl(token: unknown): string | null {
  return typeof token === "string" && selfIdTokenSchema.safeParse(token).success && /^[A-Za-z0-9_-]+$/.test(token)
    ? token
    : null;
}

export const selfIdLinkSchema = z.object({ candidateId: idSchema });

export const fairHiringQuerySchema = z.object({ roleId: idSchema, category: categoryKey });

export const fairHiringMinGroupSchema = z.object({
  minGroup: z.preprocess(
    typedWholeNumber,
    z
      .number({ error: "Enter a whole number" })
      .int("Enter a whole number")
      .min(5, "Five is the smallest group the report may show")
      .max(1000, "Enter at most 1000"),
  ),
});

// ---------------------------------------------------------------- the admin's settings

/** How many questions an organisation may keep (retired ones included): the form sends at most 20 answers. */
export const MAX_SELF_ID_CATEGORIES = 20;

export const selfIdLabelSchema = userText()
  .trim()
  .min(1, "Name the question")
  .max(80, "Keep the question's name under 80 characters");
/** The answers offered, one a line, as typed. */
export const selfIdOptionsTextSchema = userText().max(2_000, "Keep the answers under 2,000 characters");

/** The typed answers as a list: one a line, trimmed, blank lines left out. */
export function optionLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * One self-identification question as the admin form sends it: its name, its answers one a
 * line (2 to 20, each under 120 characters, no repeats; "Prefer not to say" is always added
 * by the form itself, so it is not typed here), and whether it is asked.
 */
export const selfIdCategorySchema = z.object({
  label: selfIdLabelSchema,
  options: selfIdOptionsTextSchema
    .superRefine((text, ctx) => {
      const lines = optionLines(text);
      const seen = new Set<string>();
      let problem: string | null = null;
      for (const l of lines) {
        const k = l.toLowerCase();
        if (l.length > 120) problem = `"${l.slice(0, 30)}…" is longer than 120 characters`;
        else if (k === PREFER_NOT_TO_SAY.toLowerCase())
          problem = `Leave out "${PREFER_NOT_TO_SAY}": every question offers it`;
        else if (seen.has(k)) problem = `"${l}" is listed twice`;
        seen.add(k);
        if (problem) break;
      }
      if (!problem && lines.length < 2) problem = "Offer at least two answers, one a line";
      if (!problem && lines.length > 20) problem = "Offer at most 20 answers";
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform(optionLines),
  active: z.boolean(),
});
export type SelfIdCategoryInput = z.input<typeof selfIdCategorySchema>;

/** A question's save from the admin form: what was typed, and the question's version as the form loaded it. */
export const selfIdCategoryUpdateSchema = selfIdCategorySchema.extend({
  version: z.coerce
    .number({ error: "Reload the page: the form did not say which version of the question it edited." })
    .int()
    .min(1),
});
