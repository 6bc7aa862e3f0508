import { z } from "zod";
import { userText } from "./text";
import { emailField } from "./auth";

export const USER_KINDS = ["ADMIN", "MANAGER", "INTERVIEWER", "RECRUITER"] as const;

export const personSchema = z.object({
  name: userText().trim().min(2, "Enter the person's name").max(120, "Keep the name under 120 characters"),
  email: emailField,
  kind: z.enum(USER_KINDS, { error: "Choose what this person does" }),
});
export type PersonInput = z.infer<typeof personSchema>;

export const changeKindSchema = z.object({ userId: z.string().min(1), kind: z.enum(USER_KINDS, { error: "Choose a kind" }) });
export const setActiveSchema = z.object({ userId: z.string().min(1), active: z.boolean() });
