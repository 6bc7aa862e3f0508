import { z } from "zod";
import { singleLineText } from "./text";
import { emailAddress } from "./auth";
import { idSchema } from "./id";

export const USER_KINDS = ["ADMIN", "MANAGER", "INTERVIEWER", "RECRUITER"] as const;

export const personSchema = z.object({
  name: singleLineText().trim().min(2, "Enter the person's name").max(120, "Keep the name under 120 characters"),
  email: emailAddress("the person's"),
  kind: z.enum(USER_KINDS, { error: "Choose what this person does" }),
});
export type PersonInput = z.infer<typeof personSchema>;

/**
 * The person's version as the page loaded it (User.version): required, so an edit made from a
 * stale page is a conflict instead of silently replacing another admin's change.
 */
export const personVersionField = z
  .number({ error: "This page didn't say which version of the person it changes; reload it and try again" })
  .int("Reload the page and try again")
  .min(1, "Reload the page and try again");

export const changeKindSchema = z.object({
  userId: idSchema,
  kind: z.enum(USER_KINDS, { error: "Choose a kind" }),
  version: personVersionField,
});
export const inviteSchema = z.object({ userId: idSchema });
export const setActiveSchema = z.object({ userId: idSchema, active: z.boolean(), version: personVersionField });
