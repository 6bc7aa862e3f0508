// Every organisation setting goes through saveOrgSettings (lib/settings/org-settings.ts): the
// value is written and its audit event, with the before and after the setter describes, lands in
// the same transaction; a non-admin changes nothing and writes no event.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../lib/auth/session";
import { db } from "../../lib/db";
import { setFairHiringMinGroup } from "../../lib/fair-hiring/settings";
import { updateReadinessSettings } from "../../lib/readiness/service";
import { setCheckInDays, setFeedbackVisibility, setJobAdSettings } from "../../lib/settings/service";
import { userByEmail } from "./helpers";

let admin: CurrentUser;
let manager: CurrentUser;
const lastEvent = (action: string) =>
  db.auditEvent.findFirst({ where: { action }, orderBy: { at: "desc" }, select: { data: true, actorId: true } });
const settings = () => db.orgSettings.findUniqueOrThrow({ where: { id: 1 } });

beforeAll(async () => {
  admin = await userByEmail("admin@example.com");
  manager = await userByEmail("manager@example.com");
});

describe("organisation settings", () => {
  it("writes each setting with its before and after in the audit log", async () => {
    const was = await settings();

    expect(await setFeedbackVisibility(admin, { feedbackVisibility: "ALWAYS" })).toEqual({ ok: true });
    expect(await lastEvent("settings.feedback_visibility")).toEqual({
      actorId: admin.id,
      data: { from: was.feedbackVisibility, to: "ALWAYS" },
    });

    expect(await setCheckInDays(admin, { checkInDays: "30, 90" })).toEqual({ ok: true });
    expect((await settings()).checkInDays).toEqual([30, 90]);
    expect((await lastEvent("settings.check_in_days"))?.data).toEqual({ from: was.checkInDays, to: [30, 90] });

    const texts = {
      jobAdProfile: "We run the platform.",
      jobAdBenefits: was.jobAdBenefits,
      jobAdEqualOpportunity: "Everyone is welcome.",
    };
    expect(await setJobAdSettings(admin, texts)).toEqual({ ok: true });
    expect((await lastEvent("settings.job_ad_texts"))?.data).toEqual({
      changed: ["jobAdProfile", "jobAdEqualOpportunity"].filter(
        (k) => was[k as keyof typeof was] !== texts[k as keyof typeof texts],
      ),
    });

    const readiness = {
      shadowsRequired: 3,
      reverseShadowsRequired: 2,
      calibrationPassMark: 80,
      weeklyInterviewLimit: 6,
    };
    expect(await updateReadinessSettings(admin, readiness)).toEqual({ ok: true });
    expect((await lastEvent("readiness.settings_changed"))?.data).toEqual({
      from: {
        shadowsRequired: was.shadowsRequired,
        reverseShadowsRequired: was.reverseShadowsRequired,
        calibrationPassMark: was.calibrationPassMark,
        weeklyInterviewLimit: was.weeklyInterviewLimit,
      },
      to: readiness,
    });

    expect(await setFairHiringMinGroup(admin, { minGroup: 15 })).toEqual({ ok: true });
    const now = await settings();
    expect(now).toMatchObject({
      feedbackVisibility: "ALWAYS",
      fairHiringMinGroup: 15,
      jobAdProfile: "We run the platform.",
      ...readiness,
    });
    expect((await lastEvent("settings.fair_hiring_min_group"))?.data).toEqual({ from: was.fairHiringMinGroup, to: 15 });
  });

  it("refuses anyone but an admin and bad input, changing nothing and auditing nothing", async () => {
    const before = await settings();
    const events = await db.auditEvent.count();
    expect(await setFeedbackVisibility(manager, { feedbackVisibility: "NEVER" })).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await setCheckInDays(manager, { checkInDays: "10" })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(
      await updateReadinessSettings(manager, {
        shadowsRequired: 0,
        reverseShadowsRequired: 0,
        calibrationPassMark: 1,
        weeklyInterviewLimit: 1,
      }),
    ).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await setFeedbackVisibility(admin, { feedbackVisibility: "SOMETIMES" })).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(await updateReadinessSettings(admin, { shadowsRequired: -1 })).toMatchObject({ ok: false, kind: "invalid" });
    expect(await settings()).toEqual(before);
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("job-ad texts: a form opened before another admin saved writes only what it changed, and never puts back a text changed since", async () => {
    const was = await settings();
    const loaded = {
      jobAdProfile: was.jobAdProfile,
      jobAdBenefits: was.jobAdBenefits,
      jobAdEqualOpportunity: was.jobAdEqualOpportunity,
    };
    // Tab A: new benefits.
    const a = { ...loaded, jobAdBenefits: "Learning budget\nOn-call pay", loaded };
    expect(await setJobAdSettings(admin, a)).toEqual({ ok: true });
    // Tab B, opened before A saved: changes only the statement; A's benefits stay.
    const b = { ...loaded, jobAdEqualOpportunity: "We hire on skills alone.", loaded };
    expect(await setJobAdSettings(admin, b)).toEqual({ ok: true });
    expect(await settings()).toMatchObject({
      jobAdBenefits: a.jobAdBenefits,
      jobAdEqualOpportunity: b.jobAdEqualOpportunity,
      jobAdProfile: was.jobAdProfile,
    });
    // Tab B again, still on its first load, now rewriting the benefits A changed: refused, A's kept.
    const stale = { ...loaded, jobAdBenefits: "Free lunch", loaded };
    expect(await setJobAdSettings(admin, stale)).toMatchObject({ ok: false, kind: "conflict" });
    expect((await settings()).jobAdBenefits).toBe(a.jobAdBenefits);
    // Nothing changed: nothing written, nothing audited.
    const events = await db.auditEvent.count();
    const same = await settings();
    const unchanged = {
      jobAdProfile: same.jobAdProfile,
      jobAdBenefits: same.jobAdBenefits,
      jobAdEqualOpportunity: same.jobAdEqualOpportunity,
    };
    expect(await setJobAdSettings(admin, { ...unchanged, loaded: unchanged })).toEqual({ ok: true });
    expect(await db.auditEvent.count()).toBe(events);
  });
});
