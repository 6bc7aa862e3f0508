import { z } from "zod";
import { idSchema } from "./id";
import { userText } from "./text";
import { emailAddress } from "./auth";

export const newCandidateSchema = z.object({
  name: userText().trim().min(2, "Enter the candidate's name").max(120),
  email: emailAddress("the candidate's"),
  source: userText().trim().max(60),
  headline: userText().trim().max(160),
});
export type NewCandidateInput = z.infer<typeof newCandidateSchema>;

export const addToRoleSchema = z.object({ roleId: idSchema, candidate: newCandidateSchema });

export const scheduleSchema = z.object({
  applicationId: idSchema,
  stageId: z.string().min(1, "Choose a stage").max(64),
  /** ISO string from a datetime-local input; empty = not scheduled yet. */
  scheduledAt: z.union([z.literal(""), z.iso.datetime({ local: true, error: "Enter a valid date and time" })]),
});
export type ScheduleInput = z.infer<typeof scheduleSchema>;

export const moveSchema = z.object({
  applicationId: idSchema,
  stageId: z.string().max(64).optional(),
  status: z.enum(["ACTIVE", "REJECTED", "WITHDRAWN"]).optional(),
});
