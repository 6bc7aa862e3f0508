// Quality-of-hire inputs, shared by the forms (checked as you type) and lib/quality (checked again).
import { z } from "zod";
import { idSchema } from "./id";
import { userText } from "./text";

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

/** The admin's setting, typed as "90, 182, 365": days after the hire decision. */
export const checkInDaysSchema = z.object({
  checkInDays: z
    .string()
    .transform((text) =>
      text
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map(Number),
    )
    .pipe(
      z
        .array(
          z
            .number()
            .int("Whole days, separated by commas")
            .min(14, "Each at least 14 days after the hire")
            .max(1_095, "Each at most three years after the hire"),
        )
        .min(1, "Keep at least one check-in")
        .max(6, "At most six check-ins")
        .refine((d) => new Set(d).size === d.length, "Each check-in on a different day")
        .transform((d) => [...d].sort((a, b) => a - b)),
    ),
});
