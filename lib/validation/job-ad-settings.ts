// The organisation's job-ad texts (who we are, what we offer, equal opportunity), shared by the
// admin form (checked as you type) and lib/settings/service.ts (checked again).
import { z } from "zod";
import { userText } from "./text";

export const jobAdSettingsSchema = z.object({
  jobAdProfile: userText().trim().max(3_000, "Keep the organisation profile under 3,000 characters"),
  jobAdBenefits: userText().trim().max(3_000, "Keep the benefits under 3,000 characters"),
  jobAdEqualOpportunity: userText().trim().max(2_000, "Keep the equal-opportunity statement under 2,000 characters"),
});
export type JobAdSettings = z.infer<typeof jobAdSettingsSchema>;

/**
 * What the admin form sends: the texts, and the texts as the form loaded them. Only the texts the
 * person changed are written, and only if nobody changed those since (lib/settings/service.ts).
 */
export const jobAdSettingsSaveSchema = jobAdSettingsSchema.extend({ loaded: jobAdSettingsSchema.optional() });
