// Quality-of-hire check-ins on the demo's hires: who may read and record them, idempotent submit,
// the due list and its delegate, reminders sent once.
import { describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { checkInDelegates, hireCheckIns, reassignCheckIns, submitCheckIn } from "../../lib/quality/check-ins";
import { dueCheckInCount, dueCheckInsPage } from "../../lib/quality/due";
import { sendDueReminders } from "../../lib/reminders/service";
import { userByEmail } from "./helpers";

const sent = vi.hoisted(() => [] as { to: string; subject: string; text: string }[]);
vi.mock("../../lib/mail", () => ({
  sendMail: async (msg: { to: string; subject: string; text: string }) => void sent.push(msg),
}));

/** The demo hire whose 90-day check-in is due (seed-hires.ts). */
async function dueHire() {
  const hire = await db.hireFollowUp.findFirstOrThrow({
    where: { checkIns: { none: {} } },
    select: { applicationId: true },
  });
  const role = await db.application.findUniqueOrThrow({
    where: { id: hire.applicationId },
    select: { role: { select: { targets: { where: { level: { gt: 0 } }, select: { domainId: true } } } } },
  });
  const answers = (overall = 4) => ({
    applicationId: hire.applicationId,
    milestoneDays: 90,
    overall,
    wouldHireAgain: true,
    note: "",
    ratings: role.role.targets.map((t, i) => ({
      domainId: t.domainId,
      rating: i === 0 ? null : 2,
      evidence: i === 0 ? "" : "Owns the alerting rework.",
    })),
  });
  return { applicationId: hire.applicationId, answers };
}

describe("quality-of-hire check-ins", () => {
  it("shows the hire and its due check-in to the role's owner and admins only, never to its interviewers or recruiter", async () => {
    const { applicationId } = await dueHire();
    for (const email of ["manager@example.com", "admin@example.com"]) {
      const hire = await hireCheckIns(await userByEmail(email), applicationId);
      expect(hire?.milestones.find((m) => m.days === 90)?.state, email).toBe("due");
    }
    for (const email of ["priya@example.com", "tomas@example.com", "recruiter@example.com", "dana@example.com"]) {
      expect(await hireCheckIns(await userByEmail(email), applicationId), email).toBeNull();
      const res = await submitCheckIn(await userByEmail(email), (await dueHire()).answers());
      expect(res.ok ? "ok" : res.kind, email).toBe("not_found");
    }
    const mine = await dueCheckInsPage(await userByEmail("manager@example.com"));
    expect(mine.rows.map((r) => [r.applicationId, r.days])).toContainEqual([applicationId, 90]);
    expect((await dueCheckInsPage(await userByEmail("dana@example.com"))).total).toBe(0);
  });

  it("counts for the navigation badge exactly the check-ins the due list shows each person", async () => {
    const counts: Record<string, number> = {};
    for (const email of ["manager@example.com", "admin@example.com", "dana@example.com", "priya@example.com"]) {
      const user = await userByEmail(email);
      counts[email] = await dueCheckInCount(user);
      expect(counts[email], email).toBe((await dueCheckInsPage(user)).total);
    }
    expect(counts["manager@example.com"]).toBeGreaterThan(0);
    expect(counts["admin@example.com"]).toBeGreaterThanOrEqual(counts["manager@example.com"]!);
    expect(counts["dana@example.com"]).toBe(0);
  });

  it("emails the due check-in's assignee once", async () => {
    const { applicationId } = await dueHire();
    const about = () => sent.filter((m) => m.text.includes(`/check-ins/${applicationId}?m=90`));
    await sendDueReminders(new Date());
    expect(about()).toHaveLength(1);
    expect(about()[0]!.to).toBe("manager@example.com");
    await Promise.all([sendDueReminders(new Date()), sendDueReminders(new Date())]);
    expect(about()).toHaveLength(1);
  });

  it("refuses a check-in that is not due yet or leaves out a required domain", async () => {
    const manager = await userByEmail("manager@example.com");
    const { answers } = await dueHire();
    expect(await submitCheckIn(manager, { ...answers(), milestoneDays: 365 })).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(await submitCheckIn(manager, { ...answers(), ratings: answers().ratings.slice(1) })).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(await submitCheckIn(manager, { ...answers(), overall: 9 })).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("records once: the same answers again succeed without a change, different ones are a conflict; audited without the evidence", async () => {
    const manager = await userByEmail("manager@example.com");
    const { applicationId, answers } = await dueHire();
    expect(await submitCheckIn(manager, answers())).toEqual({ ok: true, alreadyRecorded: false });
    expect(await submitCheckIn(manager, answers())).toEqual({ ok: true, alreadyRecorded: true });
    expect(await submitCheckIn(manager, answers(2))).toMatchObject({ ok: false, kind: "conflict" });
    expect(await db.qualityCheckIn.count({ where: { applicationId, milestoneDays: 90 } })).toBe(1);
    const events = await db.auditEvent.findMany({ where: { action: "check_in.recorded", entityId: applicationId } });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0]!.data)).not.toContain("alerting");
    expect((await dueCheckInsPage(manager)).rows.some((r) => r.applicationId === applicationId)).toBe(false);
    // A rated domain the role stops targeting is still named on the hire's page (it read "Retired domain").
    const rated = answers().ratings[1]!.domainId;
    const app = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { roleId: true } });
    const key = { roleId_domainId: { roleId: app.roleId, domainId: rated } };
    const target = await db.roleTarget.findUniqueOrThrow({ where: key });
    await db.roleTarget.update({ where: key, data: { level: 0 } });
    try {
      const hire = await hireCheckIns(manager, applicationId);
      const role = await db.role.findUniqueOrThrow({ where: { id: app.roleId }, select: { matrixVersionId: true } });
      const { name } = await db.matrixVersionDomain.findUniqueOrThrow({
        where: { versionId_domainId: { versionId: role.matrixVersionId, domainId: rated } },
      });
      expect(hire?.domains.map((d) => d.domainId)).not.toContain(rated);
      expect(hire?.ratedDomainNames[rated]).toBe(name);
    } finally {
      await db.roleTarget.update({ where: key, data: { level: target.level } });
    }
  });

  it("lets an admin hand a hire's check-ins to a delegate, who then reads them (the owner still does), and back", async () => {
    const [admin, manager, dana, priya] = await Promise.all([
      userByEmail("admin@example.com"),
      userByEmail("manager@example.com"),
      userByEmail("dana@example.com"),
      userByEmail("priya@example.com"),
    ]);
    const hire = await db.hireFollowUp.findFirstOrThrow({
      where: { checkIns: { some: { milestoneDays: 365 } } },
      select: { applicationId: true },
    });
    expect(await reassignCheckIns(manager, { applicationId: hire.applicationId, delegateId: dana.id })).toMatchObject({
      kind: "forbidden",
    });
    expect(await reassignCheckIns(admin, { applicationId: hire.applicationId, delegateId: priya.id })).toMatchObject({
      kind: "invalid",
    });
    expect(await reassignCheckIns(admin, { applicationId: hire.applicationId, delegateId: dana.id })).toEqual({
      ok: true,
    });
    expect(await hireCheckIns(dana, hire.applicationId)).not.toBeNull();
    expect(await hireCheckIns(manager, hire.applicationId)).not.toBeNull(); // the owner still reads them
    // The delegate's badge counts what the delegate's due list shows.
    expect(await dueCheckInCount(dana)).toBe((await dueCheckInsPage(dana)).total);
    expect(await db.auditEvent.count({ where: { action: "check_in.reassigned", entityId: hire.applicationId } })).toBe(
      1,
    );
    expect(await reassignCheckIns(admin, { applicationId: hire.applicationId, delegateId: "" })).toEqual({ ok: true });
    expect(await hireCheckIns(dana, hire.applicationId)).toBeNull();
    // The owner is not offered as their own delegate; named anyway, it means "back to the owner".
    const owned = (await hireCheckIns(admin, hire.applicationId))!;
    expect((await checkInDelegates(owned.ownerId)).some((p) => p.id === owned.ownerId)).toBe(false);
    await reassignCheckIns(admin, { applicationId: hire.applicationId, delegateId: dana.id });
    expect(await reassignCheckIns(admin, { applicationId: hire.applicationId, delegateId: owned.ownerId })).toEqual({
      ok: true,
    });
    expect(
      (await db.hireFollowUp.findUniqueOrThrow({ where: { applicationId: hire.applicationId } })).delegateId,
    ).toBeNull();
  });

  it("starts the clock when an application becomes hired, however it gets there", async () => {
    const app = await db.application.findFirstOrThrow({ where: { status: "ACTIVE" }, select: { id: true } });
    await db.application.update({ where: { id: app.id }, data: { status: "HIRED" } });
    const f = await db.hireFollowUp.findUniqueOrThrow({ where: { applicationId: app.id } });
    expect(Math.abs(f.hiredAt.getTime() - Date.now())).toBeLessThan(60_000);
  });
});
