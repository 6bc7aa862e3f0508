import { z } from "zod";
import { CURRENCIES } from "./currencies";
import { ROLE_STATUSES } from "./role-statuses";
import { singleLineText, userText } from "./text";

export { ROLE_STATUSES };

// "Too large" first: a 20-digit amount is whole, just not a salary (the first message is the one shown).
const money = z
  .number({ error: "Enter a whole amount, e.g. 120000 or 120k" })
  .max(5_000_000, "That looks too large")
  .int("Whole amounts only")
  .min(1, "Enter an amount above zero")
  .nullable();

export const salaryBandSchema = z
  .object({
    salaryMin: money,
    salaryMax: money,
    currency: z.enum(CURRENCIES, { error: "Choose a currency from the list" }),
    status: z.enum(ROLE_STATUSES, { error: "Choose a status" }),
  })
  .refine((v) => v.salaryMin == null || v.salaryMax == null || v.salaryMin <= v.salaryMax, {
    path: ["salaryMax"],
    message: "The top of the band must be at least the bottom",
  })
  .refine((v) => (v.salaryMin == null) === (v.salaryMax == null), {
    path: ["salaryMax"],
    message: "Give both ends of the band, or neither",
  });

/** Weight of a domain in the fit score; the form sends 1 for a blank field. */
export const DEFAULT_WEIGHT = 1;

/** The weight field's text as the schema's number: blank means the default, "0,5" is 0.5; the schema judges the rest. */
export const weightFromInput = (v: unknown): number => {
  if (v == null || (typeof v === "string" && v.trim() === "")) return DEFAULT_WEIGHT;
  // A decimal comma ("0,5", "1,5") as much of Europe types it.
  return Number(typeof v === "string" ? v.trim().replace(/^(\d*),(\d+)$/, "$1.$2") : v);
};

export const roleTargetSchema = z.object({
  domainId: z.string().min(1),
  level: z.number().int().min(0, "Levels run from 0 to 3").max(3, "Levels run from 0 to 3"),
  weight: z
    .number({ error: "Weight as a number between 0.5 and 5 (blank means 1)" })
    .min(0.5, "Weight between 0.5 and 5")
    .max(5, "Weight between 0.5 and 5"),
});

/** The role's own fields; `roleSchema` adds the salary band and the cross-field rules. */
export const roleFieldsSchema = z.object({
  title: singleLineText().trim().min(3, "Give the role a title").max(120, "Keep the title under 120 characters"),
  seniority: userText()
    .trim()
    .min(2, "Say the seniority, e.g. Senior")
    .max(40, "Keep the seniority under 40 characters"),
  clusterId: z.string().min(1, "Choose a role cluster"),
  templateId: z.string().max(64),
  location: singleLineText().trim().max(120, "Keep the location under 120 characters"),
  // The owner manager. Admins choose it; for a manager creating a role it is themselves.
  // Empty (or absent) on an edit keeps the current owner.
  ownerId: z.string().max(64).optional(),
  recruiterId: z.string().max(64),
  interviewerIds: z.array(z.string().min(1)).max(40),
  targets: z.array(roleTargetSchema).min(1).max(20),
});

export const roleSchema = roleFieldsSchema
  .and(salaryBandSchema)
  .refine((v) => v.targets.some((t) => t.level > 0), {
    path: ["targets"],
    message: "Set a target level for at least one domain",
  })
  .refine((v) => new Set(v.targets.map((t) => t.domainId)).size === v.targets.length, {
    path: ["targets"],
    message: "Each domain once",
  });

export type RoleInput = z.infer<typeof roleSchema>;
export type SalaryBandInput = z.infer<typeof salaryBandSchema>;
