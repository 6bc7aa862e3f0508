import { describe, expect, it } from "vitest";
import { addCandidateToRole, moveApplication } from "../../lib/applications/service";
import { scheduleStage } from "../../lib/interviews/schedule";
import { recordDecision } from "../../lib/applications/decision";
import { db } from "../../lib/db";
import { userByEmail } from "./helpers";

const candidate = {
  name: "Noor Haddad",
  email: "noor.haddad@example.org",
  source: "Referral",
  headline: "SRE, observability",
};

describe("candidates on a role", () => {
  it("adds a candidate, merges a known email, refuses a duplicate application", async () => {
    const role = await db.role.findFirstOrThrow({
      where: { title: "AI Platform Engineer" },
      include: { stages: { orderBy: { position: "asc" } } },
    });
    const owner = await db.user.findUniqueOrThrow({ where: { id: role.ownerId } });
    const res = await addCandidateToRole(owner, { roleId: role.id, candidate });
    expect(res).toMatchObject({ ok: true, merged: false });
    const other = await db.role.findFirstOrThrow({ where: { title: "Senior AI Operations Engineer" } });
    expect(
      await addCandidateToRole(await userByEmail("recruiter@example.com"), {
        roleId: other.id,
        candidate: { ...candidate, email: "NOOR.HADDAD@example.org" },
      }),
    ).toMatchObject({ ok: true, merged: true });
    expect(await db.candidate.count({ where: { email: "noor.haddad@example.org" } })).toBe(1);
    expect(await addCandidateToRole(owner, { roleId: role.id, candidate })).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    if (res.ok)
      expect((await db.application.findUniqueOrThrow({ where: { id: res.applicationId } })).currentStageId).toBe(
        role.stages[0]!.id,
      );
  });

  it("schedules a stage's interviews for its interviewers, once", async () => {
    const app = await db.application.findFirstOrThrow({
      where: { candidate: { email: "noor.haddad@example.org" }, role: { title: "AI Platform Engineer" } },
      include: { role: { include: { stages: { orderBy: { position: "asc" }, include: { interviewers: true } } } } },
    });
    const owner = await db.user.findUniqueOrThrow({ where: { id: app.role.ownerId } });
    // Yesterday: held already, as the next test needs (a scorecard outstanding).
    const heldAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 86_400_000).toISOString();
    const stage = app.role.stages[1]!;
    const res = await scheduleStage(owner, {
      applicationId: app.id,
      stageId: stage.id,
      scheduledAt: heldAt,
    });
    expect(res).toMatchObject({ ok: true, created: stage.interviewers.length });
    expect(await scheduleStage(owner, { applicationId: app.id, stageId: stage.id, scheduledAt: heldAt })).toMatchObject(
      {
        ok: true,
        created: 0,
        unchanged: stage.interviewers.length,
      },
    );
    const interviews = await db.interview.findMany({ where: { applicationId: app.id } });
    expect(interviews.map((i) => i.interviewerId).sort()).toEqual(stage.interviewers.map((i) => i.userId).sort());
    expect(interviews[0]!.scheduledAt?.toISOString()).toBe(heldAt);
    expect(
      await scheduleStage(owner, { applicationId: app.id, stageId: stage.id, scheduledAt: "tomorrow" }),
    ).toMatchObject({
      ok: false,
      kind: "invalid",
    });
  });

  it("records stage moves and rejections, and refuses interviewers and other managers", async () => {
    const app = await db.application.findFirstOrThrow({
      where: { candidate: { email: "noor.haddad@example.org" }, role: { title: "AI Platform Engineer" } },
      include: { role: true },
    });
    expect(
      await moveApplication(await userByEmail("interviewer@example.com"), {
        applicationId: app.id,
        status: "REJECTED",
        reason: "Not a fit for the role",
      }),
    ).toMatchObject({ ok: false, kind: "forbidden" });
    expect(
      await moveApplication(await userByEmail("dana@example.com"), {
        applicationId: app.id,
        status: "REJECTED",
        reason: "Not a fit for the role",
      }),
    ).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    // Noor has interviews already held without a submitted scorecard: the recruiter is asked first.
    const recruiter = await userByEmail("recruiter@example.com");
    const reject = { applicationId: app.id, status: "REJECTED", reason: "Not a fit for the role" };
    const asked = await moveApplication(recruiter, reject);
    expect(asked).toMatchObject({
      ok: false,
      fieldErrors: { withoutOutstanding: expect.stringMatching(/no submitted scorecard/) },
    });
    const count = Number((asked as { fieldErrors: Record<string, string> }).fieldErrors.outstandingCount);
    expect(count).toBeGreaterThan(0);
    expect(await moveApplication(recruiter, { ...reject, withoutOutstanding: count })).toMatchObject({ ok: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "application.moved", entityId: app.id } });
    expect(event.data).toMatchObject({ fromStatus: "ACTIVE", toStatus: "REJECTED" });
  });

  it("refuses a move that changes nothing (to the stage the candidate is in) and audits nothing", async () => {
    const owner = await userByEmail("manager@example.com");
    const app = await db.application.findFirstOrThrow({
      where: { status: "ACTIVE", currentStageId: { not: null }, role: { ownerId: owner.id } },
    });
    const events = await db.auditEvent.count({ where: { entityId: app.id } });
    const { name } = await db.candidate.findUniqueOrThrow({ where: { id: app.candidateId } });
    const stage = await db.interviewStage.findUniqueOrThrow({ where: { id: app.currentStageId! } });
    // A conflict (the page was most likely out of date), naming where the candidate is.
    expect(await moveApplication(owner, { applicationId: app.id, stageId: app.currentStageId! })).toEqual({
      ok: false,
      kind: "conflict",
      message: `${name} is already at ${stage.name}: nothing to move.`,
    });
    expect(await moveApplication(owner, { applicationId: app.id, status: "ACTIVE" })).toEqual({
      ok: false,
      kind: "conflict",
      message: `${name} is already in process: nothing to change.`,
    });
    expect(await db.auditEvent.count({ where: { entityId: app.id } })).toBe(events);
  });

  it("refuses to move a closed candidate to another stage until they are reopened", async () => {
    const owner = await userByEmail("manager@example.com");
    const app = await db.application.findFirstOrThrow({
      where: { status: "ACTIVE", currentStageId: { not: null }, decision: null, role: { ownerId: owner.id } },
      include: { candidate: true, role: { include: { stages: true } } },
    });
    const other = app.role.stages.find((s) => s.id !== app.currentStageId)!;
    expect(
      await moveApplication(owner, { applicationId: app.id, status: "REJECTED", reason: "Not this time" }),
    ).toMatchObject({ ok: true });
    // A second tab still shows the candidate in process: its Reject and its Move are both refused.
    expect(await moveApplication(owner, { applicationId: app.id, status: "REJECTED", reason: "Again" })).toMatchObject({
      kind: "conflict",
      message: `${app.candidate.name} is already rejected: nothing to change.`,
    });
    expect(await moveApplication(owner, { applicationId: app.id, stageId: other.id })).toMatchObject({
      kind: "conflict",
      message: `${app.candidate.name} is rejected: reopen them before moving them to another stage.`,
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).currentStageId).toBe(app.currentStageId);
    // A stale page's "Record hire", "Mark as withdrawn" or Move says what it was offered for: refused.
    const stale = `${app.candidate.name} is rejected now (changed since this page loaded): nothing was changed. The page now shows where they are.`;
    expect(
      await recordDecision(owner, app.id, {
        decision: "HIRE",
        rationale: "Strong on every targeted domain, with evidence from two panels.",
        expectedStatus: "ACTIVE",
      }),
    ).toEqual({ ok: false, kind: "conflict", message: stale });
    expect(
      await moveApplication(owner, { applicationId: app.id, status: "WITHDRAWN", expectedStatus: "ACTIVE" }),
    ).toEqual({ ok: false, kind: "conflict", message: stale });
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
      status: "REJECTED",
      decision: null,
    });
    // Reopening and moving at once is one change.
    expect(await moveApplication(owner, { applicationId: app.id, status: "ACTIVE", stageId: other.id })).toMatchObject({
      ok: true,
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
      status: "ACTIVE",
      currentStageId: other.id,
    });
  });
});
