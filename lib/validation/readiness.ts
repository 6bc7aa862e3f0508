// Interviewer readiness inputs, shared by the forms (checked as you type) and lib/readiness (checked again).
import { z } from "zod";
import { idSchema } from "./id";
import { userText } from "./text";
import { wholeNumber } from "./whole-number";

const count = (what: string, max: number) => wholeNumber(0, max, `Give a whole number of ${what}, 0 to ${max}`);

export const readinessSettingsSchema = z.object({
  shadowsRequired: count("shadow seats", 20),
  reverseShadowsRequired: count("reverse-shadow seats", 20),
  calibrationPassMark: wholeNumber(1, 100, "Give the pass mark as a whole percent, 1 to 100"),
  weeklyInterviewLimit: wholeNumber(1, 50, "Give the default weekly limit, 1 to 50 interviews"),
});
export type ReadinessSettingsInput = z.input<typeof readinessSettingsSchema>;

/** A person's own weekly limit; null = the organisation's default. */
export const weeklyLimitSchema = z.object({
  userId: idSchema,
  limit: z
    .number({ error: "Give a whole number of interviews, 0 to 50, or leave it blank for the organisation's default" })
    .int("Give a whole number of interviews")
    .min(0, "The limit is 0 to 50 interviews a week")
    .max(50, "The limit is 0 to 50 interviews a week")
    .nullable(),
});

export const grantSchema = z.object({
  userId: idSchema,
  domainId: idSchema,
  note: userText()
    .trim()
    .min(5, "Say why in a few words (at least 5 characters): it is kept in the audit log")
    .max(500, "Keep the note under 500 characters"),
});
export const revokeSchema = z.object({
  userId: idSchema,
  domainId: idSchema,
  note: userText()
    .trim()
    .min(5, "Say why in a few words (at least 5 characters): it is kept in the audit log")
    .max(500, "Keep the note under 500 characters"),
});
export const claimSchema = z.object({ domainId: idSchema });

export const attemptSchema = z.object({
  exerciseId: idSchema,
  answers: z
    .array(
      z.object({
        itemId: idSchema,
        rating: z.number({ error: "Choose a level" }).int().min(0, "Choose a level").max(3, "Choose a level"),
      }),
    )
    .min(1)
    .max(50),
});
export type AttemptInput = z.infer<typeof attemptSchema>;

export const EXERCISE_ITEMS = { min: 3, max: 12, default: 8 } as const;
export const createExerciseSchema = z.object({
  domainId: idSchema,
  items: z.coerce
    .number({ error: `Give a whole number of items, ${EXERCISE_ITEMS.min} to ${EXERCISE_ITEMS.max}` })
    .int(`Give a whole number of items, ${EXERCISE_ITEMS.min} to ${EXERCISE_ITEMS.max}`)
    .min(EXERCISE_ITEMS.min, `An exercise has ${EXERCISE_ITEMS.min} to ${EXERCISE_ITEMS.max} items`)
    .max(EXERCISE_ITEMS.max, `An exercise has ${EXERCISE_ITEMS.min} to ${EXERCISE_ITEMS.max} items`)
    .default(EXERCISE_ITEMS.default),
});
