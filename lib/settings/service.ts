import "server-only";
import { z } from "zod";
import { forbidden, invalid, type ActionResult } from "../action-result";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { can } from "../auth/permissions";
import { saveOrgSettings } from "./org-settings";
import { jobAdSettingsSaveSchema } from "../validation/job-ad-settings";
import { checkInDaysSchema } from "../validation/check-in";

export const visibilitySchema = z.object({
  feedbackVisibility: z.enum(["AFTER_SUBMIT", "ALWAYS", "NEVER"], {
    error: "Choose when interviewers see each other's feedback",
  }),
});

/** Admins choose when interviewers may see each other's feedback (default: after submitting their own). */
export async function setFeedbackVisibility(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "changeSettings")) return forbidden();
  const parsed = visibilitySchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { feedbackVisibility } = parsed.data;
  return saveOrgSettings(actor, "settings.feedback_visibility", { feedbackVisibility }, (before) => ({
    from: before?.feedbackVisibility ?? null,
    to: feedbackVisibility,
  }));
}

/** Admins keep the texts every generated job ad includes: organisation profile, benefits, equal-opportunity statement. */
export async function setJobAdSettings(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "changeSettings")) return forbidden();
  const parsed = jobAdSettingsSaveSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { loaded, ...texts } = parsed.data;
  // The texts this person changed; the others stay as they are now, whoever saved them since.
  const keys = (Object.keys(texts) as (keyof typeof texts)[]).filter((k) => !loaded || texts[k] !== loaded[k]);
  if (keys.length === 0) return { ok: true };
  const change = Object.fromEntries(keys.map((k) => [k, texts[k]])) as Partial<typeof texts>;
  return saveOrgSettings(
    actor,
    "settings.job_ad_texts",
    change,
    (before) => ({ changed: keys.filter((k) => (before?.[k] ?? "") !== texts[k]) }),
    loaded && {
      values: Object.fromEntries(keys.map((k) => [k, loaded[k]])),
      conflictMessage:
        "Someone else changed this text after you opened the page, so yours was not saved. It is still in the form: copy it, reload to see theirs, and make your change again.",
    },
  );
}

/** Admins choose when quality-of-hire check-ins fall due (days after the hire decision). */
export async function setCheckInDays(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "changeSettings")) return forbidden();
  const parsed = checkInDaysSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { checkInDays } = parsed.data;
  return saveOrgSettings(actor, "settings.check_in_days", { checkInDays }, (before) => ({
    from: before?.checkInDays ?? null,
    to: checkInDays,
  }));
}

/** What the sign-in page shows of the organisation: its name, and whether it is the demo (whose accounts it lists). */
export async function signInOrganisation(): Promise<{ name: string | null; demo: boolean }> {
  const settings = await db.orgSettings.findUnique({ where: { id: 1 }, select: { name: true, demo: true } });
  return { name: settings?.name ?? null, demo: settings?.demo === true };
}
