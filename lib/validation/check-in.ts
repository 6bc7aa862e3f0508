// Quality-of-hire inputs, shared by the forms (checked as you type) and lib/quality (checked again).
import { z } from "zod";
import { idSchema } from "./id";
import { userText } from "./text";
import { withoutFormatCharacters } from "./typed-numbers";

export const OVERALL_LABEL: Record<number, string> = {
  1: "Well below expectations",
  2: "Below expectations",
  3: "Meets expectations",
  4: "Above expectations",
  5: "Well above expectations",
};

export const checkInRatingSchema = z.object({
  domainId: idSchema,
  /** The matrix's scale: 0 = below Level 1 .. 3; null = not observed in the job yet. */
  rating: z.number({ error: "Choose a level or “not observed yet”" }).int().min(0).max(3).nullable(),
  evidence: userText().trim().max(2_000, "Keep the evidence under 2,000 characters"),
});

export const checkInSchema = z
  .object({
    applicationId: idSchema,
    milestoneDays: z.number().int().min(1).max(3_650),
    ratings: z.array(checkInRatingSchema).min(1).max(20),
    overall: z.number({ error: "Choose an overall rating" }).int().min(1, "Choose an overall rating").max(5),
    wouldHireAgain: z.boolean({ error: "Say whether you would hire them again" }),
    note: userText().trim().max(4_000, "Keep the note under 4,000 characters"),
  })
  .superRefine((v, ctx) => {
    // A level needs its evidence, as on a scorecard: a rating nobody can explain is not feedback.
    v.ratings.forEach((r, i) => {
      if (r.rating !== null && r.evidence.length < 10)
        ctx.addIssue({
          code: "custom",
          path: ["ratings", i, "evidence"],
          message: "Say in a sentence what you saw on the job (10+ characters)",
        });
    });
    if (v.ratings.every((r) => r.rating === null))
      ctx.addIssue({
        code: "custom",
        path: ["ratings"],
        message: "Rate at least one domain you have seen them work in",
      });
  });
export type CheckInInput = z.infer<typeof checkInSchema>;

export const reassignCheckInsSchema = z.object({
  applicationId: idSchema,
  /** Empty: back to the role's owner. */
  delegateId: z.union([idSchema, z.literal("")]),
});

const CHECK_IN_DAY_LIMITS = { min: 14, max: 1_095, count: 6 } as const;

/**
 * The admin's setting, typed as "90, 182, 365": days after the hire decision. Every problem is
 * the field's own message naming what was typed ("“abc” is not…"): per-item issues sat at paths
 * the form never showed, so Save did nothing visible for "abc" or "0".
 */
export const checkInDaysSchema = z.object({
  checkInDays: z
    .string()
    .max(200, "At most 200 characters: six check-ins at most")
    .transform((text) =>
      withoutFormatCharacters(text)
        .split(/[\s,;]+/)
        .filter(Boolean),
    )
    .superRefine((typed, ctx) => {
      const { min, max, count } = CHECK_IN_DAY_LIMITS;
      const problem = (message: string) => ctx.addIssue({ code: "custom", message });
      if (typed.length === 0) return problem("Keep at least one check-in");
      if (typed.length > count) return problem(`At most ${count} check-ins`);
      for (const t of typed) {
        const shown = t.length > 20 ? `${t.slice(0, 20)}…` : t;
        // A minus sign is a day before the hire, not a typo for a number.
        if (/^-\d+$/.test(t))
          return problem(`“${shown}” is before the hire: each check-in at least ${min} days after it`);
        if (!/^\d+$/.test(t))
          return problem(`“${shown}” is not a whole number of days: write days separated by commas`);
        const days = Number(t);
        if (days < min) return problem(`${days} days is too soon: each check-in at least ${min} days after the hire`);
        // Compared as typed: a number past 2^53 would be rounded by Number() and shown rounded.
        if (days > max)
          return problem(
            `${shown} days is too late: each check-in at most three years (${max.toLocaleString("en")} days) after the hire`,
          );
      }
      if (new Set(typed.map(Number)).size !== typed.length) problem("Each check-in on a different day");
    })
    .transform((typed) => typed.map(Number).sort((a, b) => a - b)),
});
