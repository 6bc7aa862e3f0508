import "server-only";
import { z } from "zod";
import { forbidden, invalid, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { can } from "../auth/permissions";
import { jobAdSettingsSchema } from "../validation/job-ad-settings";
import { checkInDaysSchema } from "../validation/check-in";

export const visibilitySchema = z.object({
  feedbackVisibility: z.enum(["AFTER_SUBMIT", "ALWAYS", "NEVER"], { error: "Choose when interviewers see each other's feedback" }),
});

/** Admins choose when interviewers may see each other's feedback (default: after submitting their own). */
export async function setFeedbackVisibility(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "changeSettings")) return forbidden();
  const parsed = visibilitySchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    const before = await tx.orgSettings.findUnique({ where: { id: 1 } });
    await tx.orgSettings.upsert({ where: { id: 1 }, update: parsed.data, create: { id: 1, name: "My organisation", ...parsed.data } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "settings.feedback_visibility",
        entityType: "OrgSettings",
        entityId: "1",
        data: { from: before?.feedbackVisibility ?? null, to: parsed.data.feedbackVisibility },
      },
      tx,
    );
    return { ok: true as const };
  });
}

/** Admins keep the texts every generated job ad includes: organisation profile, benefits, equal-opportunity statement. */
export async function setJobAdSettings(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "changeSettings")) return forbidden();
  const parsed = jobAdSettingsSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    const before = await tx.orgSettings.findUnique({
      where: { id: 1 },
      select: { jobAdProfile: true, jobAdBenefits: true, jobAdEqualOpportunity: true },
    });
    await tx.orgSettings.upsert({ where: { id: 1 }, update: parsed.data, create: { id: 1, name: "My organisation", ...parsed.data } });
    const changed = (Object.keys(parsed.data) as (keyof typeof parsed.data)[]).filter((k) => (before?.[k] ?? "") !== parsed.data[k]);
    await recordAudit(
      { actorId: actor.id, action: "settings.job_ad_texts", entityType: "OrgSettings", entityId: "1", data: { changed } },
      tx,
    );
    return { ok: true as const };
  });
}

/** Admins choose when quality-of-hire check-ins fall due (days after the hire decision). */
export async function setCheckInDays(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "changeSettings")) return forbidden();
  const parsed = checkInDaysSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { checkInDays } = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await tx.orgSettings.findUnique({ where: { id: 1 }, select: { checkInDays: true } });
    await tx.orgSettings.upsert({ where: { id: 1 }, update: { checkInDays }, create: { id: 1, name: "My organisation", checkInDays } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "settings.check_in_days",
        entityType: "OrgSettings",
        entityId: "1",
        data: { from: before?.checkInDays ?? null, to: checkInDays },
      },
      tx,
    );
    return { ok: true as const };
  });
}

/** What the sign-in page shows of the organisation: its name, and whether it is the demo (whose accounts it lists). */
export async function signInOrganisation(): Promise<{ name: string | null; demo: boolean }> {
  const settings = await db.orgSettings.findUnique({ where: { id: 1 }, select: { name: true, demo: true } });
  return { name: settings?.name ?? null, demo: settings?.demo === true };
}
