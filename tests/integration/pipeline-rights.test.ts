// Who may add, schedule and move candidates on a role, and when: the role's owner, the recruiter
// on its own team and admins; open roles, published plans, active applications; never an
// erased candidate; a recorded decision is the owner's to undo.
import { beforeAll, describe, expect, it } from "vitest";
import { recordDecision } from "../../lib/applications/decision";
import { addCandidateToRole, moveApplication } from "../../lib/applications/service";
import { scheduleStage } from "../../lib/interviews/schedule";
import type { CurrentUser } from "../../lib/auth/session";
import { db } from "../../lib/db";
import { userByEmail } from "./helpers";

let roleId = "";
let owner: CurrentUser,
  teamRecruiter: CurrentUser,
  outsiderRecruiter: CurrentUser,
  interviewer: CurrentUser,
  otherManager: CurrentUser,
  admin: CurrentUser;
let stages: { id: string; name: string; interviewers: { userId: string }[] }[] = [];
let n = 0;

beforeAll(async () => {
  const role = await db.role.findFirstOrThrow({
    where: { title: "AI Platform Engineer" },
    include: { stages: { orderBy: { position: "asc" }, include: { interviewers: true } } },
  });
  roleId = role.id;
  stages = role.stages;
  owner = await userByEmail("manager@example.com");
  expect(role.ownerId).toBe(owner.id);
  teamRecruiter = await userByEmail("recruiter@example.com");
  interviewer = await userByEmail("interviewer@example.com");
  otherManager = await userByEmail("dana@example.com");
  admin = await userByEmail("admin@example.com");
  const o = await db.user.create({
    data: { email: "outside-recruiter@example.com", name: "Outside Recruiter", kind: "RECRUITER" },
  });
  outsiderRecruiter = { id: o.id, email: o.email, name: o.name, kind: o.kind };
});

const person = () => ({
  name: `Pipeline Candidate ${++n}`,
  email: `pipeline-${n}@example.org`,
  source: "",
  headline: "",
});

async function newApplication(rid = roleId) {
  const res = await addCandidateToRole(owner, { roleId: rid, candidate: person() });
  if (!res.ok) throw new Error(res.message);
  return res.applicationId;
}

const rationale = "The panel's evidence across all four domains supports this outcome clearly.";

describe("pipeline rights", () => {
  it("an interviewer, a recruiter from another team and another manager can't add or schedule; nothing is written", async () => {
    const appId = await newApplication();
    const [apps, interviews] = [await db.application.count(), await db.interview.count()];
    for (const who of [interviewer, outsiderRecruiter, otherManager]) {
      expect(await addCandidateToRole(who, { roleId, candidate: person() }), who.email).toMatchObject({
        ok: false,
        kind: "forbidden",
      });
      expect(
        await scheduleStage(who, { applicationId: appId, stageId: stages[0]!.id, scheduledAt: "2030-12-01T15:00:00Z" }),
        who.email,
      ).toMatchObject({
        ok: false,
        kind: "forbidden",
      });
      expect(
        await moveApplication(who, { applicationId: appId, status: "REJECTED", reason: "Not a fit for the role" }),
        who.email,
      ).toMatchObject({
        ok: false,
        kind: "forbidden",
      });
    }
    expect([await db.application.count(), await db.interview.count()]).toEqual([apps, interviews]);
    expect((await db.application.findUniqueOrThrow({ where: { id: appId } })).status).toBe("ACTIVE");
  });

  it("the role's own recruiter and an admin may add and schedule", async () => {
    expect(await addCandidateToRole(teamRecruiter, { roleId, candidate: person() })).toMatchObject({ ok: true });
    const added = await addCandidateToRole(admin, { roleId, candidate: person() });
    if (!added.ok) throw new Error(added.message);
    expect(
      await scheduleStage(teamRecruiter, {
        applicationId: added.applicationId,
        stageId: stages[0]!.id,
        scheduledAt: "2030-12-01T15:00:00Z",
      }),
    ).toMatchObject({ ok: true, created: stages[0]!.interviewers.length, skipped: [] });
  });
});

describe("when candidates can be added and interviews scheduled", () => {
  it("candidates are added only to open roles", async () => {
    const draft = await db.role.findFirstOrThrow({ where: { status: "DRAFT" } });
    const draftOwner = await db.user.findUniqueOrThrow({ where: { id: draft.ownerId } });
    const res = await addCandidateToRole(draftOwner, { roleId: draft.id, candidate: person() });
    expect(res).toMatchObject({
      ok: false,
      kind: "invalid",
      message: "Candidates can be added only to an open role; this one is draft.",
    });
    await db.role.update({ where: { id: roleId }, data: { status: "CLOSED" } });
    expect(await addCandidateToRole(owner, { roleId, candidate: person() })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/this one is closed/),
    });
    await db.role.update({ where: { id: roleId }, data: { status: "OPEN" } });
    expect(await db.application.count({ where: { roleId: draft.id } })).toBe(0);
  });

  it("scheduling needs an open role, a published plan and an active application", async () => {
    const appId = await newApplication();
    const schedule = () =>
      scheduleStage(owner, { applicationId: appId, stageId: stages[1]!.id, scheduledAt: "2030-12-01T15:00:00Z" });
    await db.role.update({ where: { id: roleId }, data: { status: "CLOSED" } });
    expect(await schedule()).toMatchObject({
      ok: false,
      kind: "invalid",
      message: expect.stringMatching(/only on an open role; this one is closed/),
    });
    await db.role.update({ where: { id: roleId }, data: { status: "OPEN" } });
    const published = (await db.role.findUniqueOrThrow({ where: { id: roleId } })).planPublishedAt;
    await db.role.update({ where: { id: roleId }, data: { planPublishedAt: null } });
    expect(await schedule()).toMatchObject({
      ok: false,
      kind: "invalid",
      message: expect.stringMatching(/plan isn't published/),
    });
    await db.role.update({ where: { id: roleId }, data: { planPublishedAt: published } });
    expect(await moveApplication(owner, { applicationId: appId, status: "WITHDRAWN" })).toMatchObject({ ok: true });
    expect(await schedule()).toMatchObject({
      ok: false,
      kind: "invalid",
      message: expect.stringMatching(/withdrawn; reopen them/),
    });
    expect(await db.interview.count({ where: { applicationId: appId } })).toBe(0);
    expect(await moveApplication(owner, { applicationId: appId, status: "ACTIVE" })).toMatchObject({ ok: true });
    expect(await schedule()).toMatchObject({ ok: true, created: stages[1]!.interviewers.length });
  });

  it("assigns only stage interviewers still on the team and active, and names the others", async () => {
    const stage = stages[1]!; // two interviewers
    const [stay, leave] = await Promise.all(
      stage.interviewers.map((i) => db.user.findUniqueOrThrow({ where: { id: i.userId } })),
    );
    // Left the team without the plan being saved again (the state updateRole now prevents).
    await db.roleMember.deleteMany({ where: { roleId, userId: leave!.id } });
    const appId = await newApplication();
    const res = await scheduleStage(owner, {
      applicationId: appId,
      stageId: stage.id,
      scheduledAt: "2030-12-01T15:00:00Z",
    });
    expect(res).toMatchObject({ ok: true, created: 1, skipped: [leave!.name] });
    expect((await db.interview.findMany({ where: { applicationId: appId } })).map((i) => i.interviewerId)).toEqual([
      stay!.id,
    ]);
    await db.user.update({ where: { id: stay!.id }, data: { active: false } });
    const other = await newApplication();
    expect(
      await scheduleStage(owner, { applicationId: other, stageId: stage.id, scheduledAt: "2030-12-01T15:00:00Z" }),
    ).toMatchObject({
      ok: false,
      kind: "invalid",
      message: expect.stringMatching(/None of this stage's interviewers/),
    });
    expect(await db.interview.count({ where: { applicationId: other } })).toBe(0);
    await db.user.update({ where: { id: stay!.id }, data: { active: true } });
    await db.roleMember.create({ data: { roleId, userId: leave!.id, function: "INTERVIEWER" } });
  });
});

describe("a recorded decision and an erased candidate", () => {
  it("once the owner decided, only the owner or an admin changes the status; undoing it clears the decision", async () => {
    const appId = await newApplication();
    expect(await recordDecision(owner, appId, { decision: "HIRE", rationale })).toMatchObject({ ok: true });
    for (const status of ["ACTIVE", "REJECTED", "WITHDRAWN"] as const) {
      expect(
        await moveApplication(teamRecruiter, { applicationId: appId, status, reason: "Not a fit for the role" }),
        status,
      ).toMatchObject({
        ok: false,
        kind: "forbidden",
        message: expect.stringMatching(/recorded a decision on this candidate \(hire\)/),
      });
    }
    // A hired candidate stays at the stage they were hired from: no stage moves once closed.
    const before = (await db.application.findUniqueOrThrow({ where: { id: appId } })).currentStageId;
    expect(await moveApplication(teamRecruiter, { applicationId: appId, stageId: stages[2]!.id })).toMatchObject({
      ok: false,
      kind: "conflict",
      message: expect.stringMatching(/ is hired: reopen them before moving them to another stage\.$/),
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: appId } })).toMatchObject({
      status: "HIRED",
      decision: "HIRE",
      currentStageId: before,
    });

    expect(await moveApplication(owner, { applicationId: appId, status: "ACTIVE" })).toMatchObject({
      ok: true,
      decisionCleared: true,
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: appId } })).toMatchObject({
      status: "ACTIVE",
      decision: null,
      decisionRationale: null,
      decidedAt: null,
      decidedById: null,
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "application.moved", entityId: appId, actorId: owner.id },
    });
    expect(audit.data).toMatchObject({
      fromStatus: "HIRED",
      toStatus: "ACTIVE",
      decisionCleared: { decision: "HIRE", rationale, decidedById: owner.id },
    });

    // With the decision gone, the recruiter manages the status again.
    expect(
      await moveApplication(teamRecruiter, {
        applicationId: appId,
        status: "REJECTED",
        reason: "Not a fit for the role",
      }),
    ).toMatchObject({
      ok: true,
      decisionCleared: false,
    });
  });

  it("rejecting a hire, or withdrawing a held candidate, withdraws the decision; keeping the decision's status keeps it", async () => {
    const appId = await newApplication();
    await recordDecision(owner, appId, { decision: "HIRE", rationale });
    expect(
      await moveApplication(admin, { applicationId: appId, status: "REJECTED", reason: "Not a fit for the role" }),
    ).toMatchObject({
      ok: true,
      decisionCleared: true,
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: appId } })).toMatchObject({
      status: "REJECTED",
      decision: null,
    });

    // Holding a candidate rejected in the pipeline reopens them: done first, never by the decision itself.
    expect(await recordDecision(owner, appId, { decision: "HOLD", rationale })).toMatchObject({ ok: false });
    expect(await moveApplication(owner, { applicationId: appId, status: "ACTIVE" })).toMatchObject({ ok: true });
    await recordDecision(owner, appId, { decision: "HOLD", rationale });
    expect(await db.application.findUniqueOrThrow({ where: { id: appId } })).toMatchObject({
      status: "ACTIVE",
      decision: "HOLD",
    });
    expect(
      await moveApplication(teamRecruiter, {
        applicationId: appId,
        status: "REJECTED",
        reason: "Not a fit for the role",
      }),
    ).toMatchObject({
      ok: false,
      kind: "forbidden",
      message: expect.stringMatching(/\(hold\)/),
    });
    // Moving the stage alone leaves the held decision alone, and stays the recruiter's to do.
    const at = (await db.application.findUniqueOrThrow({ where: { id: appId } })).currentStageId;
    const to = stages.find((st) => st.id !== at)!;
    expect(await moveApplication(teamRecruiter, { applicationId: appId, stageId: to.id })).toMatchObject({
      ok: true,
      decisionCleared: false,
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: appId } })).toMatchObject({
      decision: "HOLD",
      currentStageId: to.id,
    });
    // Active already: nothing to move, and the hold stays.
    expect(await moveApplication(owner, { applicationId: appId, status: "ACTIVE" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/ is already in process: nothing to change\.$/),
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: appId } })).decision).toBe("HOLD");
    expect(await moveApplication(owner, { applicationId: appId, status: "WITHDRAWN" })).toMatchObject({
      ok: true,
      decisionCleared: true,
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: appId } })).toMatchObject({
      status: "WITHDRAWN",
      decision: null,
    });
  });

  it("refuses every pipeline write on an erased candidate", async () => {
    const appId = await newApplication();
    const app = await db.application.findUniqueOrThrow({ where: { id: appId } });
    await db.candidate.update({
      where: { id: app.candidateId },
      data: { erasedAt: new Date(), name: "Erased candidate", email: null },
    });
    const erased = { ok: false, kind: "invalid", message: expect.stringMatching(/erased/) };
    expect(
      await scheduleStage(owner, { applicationId: appId, stageId: stages[0]!.id, scheduledAt: "2030-12-01T15:00:00Z" }),
    ).toMatchObject(erased);
    expect(
      await moveApplication(teamRecruiter, {
        applicationId: appId,
        status: "REJECTED",
        reason: "Not a fit for the role",
      }),
    ).toMatchObject(erased);
    expect(await moveApplication(admin, { applicationId: appId, stageId: stages[1]!.id })).toMatchObject(erased);
    expect(await recordDecision(owner, appId, { decision: "NO_HIRE", rationale })).toMatchObject(erased);
    expect(await db.application.findUniqueOrThrow({ where: { id: appId } })).toMatchObject({
      status: "ACTIVE",
      decision: null,
      currentStageId: app.currentStageId,
    });
    expect(await db.interview.count({ where: { applicationId: appId } })).toBe(0);
    // Wrong users still get "forbidden", not a hint about the candidate.
    expect(
      await moveApplication(outsiderRecruiter, {
        applicationId: appId,
        status: "REJECTED",
        reason: "Not a fit for the role",
      }),
    ).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
  });
});
