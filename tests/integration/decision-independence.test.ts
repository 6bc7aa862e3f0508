// Issue 11, finding 5: the panel's outcome (hire / no hire / hold, a rejection, reopening a
// decided candidate) is set only by someone who has submitted their own scorecards on the
// candidate, whatever their kind, as the debrief requires. Every decision path applies the one
// rule (lib/auth/permissions.ts, outcomeRefusal): the decision service and pipeline moves. A
// refused attempt writes nothing, and neither the refusal nor the audit log tells the person
// what the panel decided.
import { beforeAll, describe, expect, it } from "vitest";
import { decisionRefusalFor, outstandingScorecards, recordDecision } from "../../lib/applications/decision";
import { addCandidateToRole, moveApplication } from "../../lib/applications/service";
import type { CurrentUser } from "../../lib/auth/session";
import { auditLogPage } from "../../lib/data/audit-log";
import { db } from "../../lib/db";
import { auditDetails } from "../../lib/scorecards/audit-view";
import { saveDraft, submitScorecard } from "../../lib/scorecards/service";
import { completeValues, userByEmail } from "./helpers";

let roleId = "";
let owner: CurrentUser, admin: CurrentUser, teamRecruiter: CurrentUser;
let stage: { id: string; domains: { domainId: string }[] };
let n = 0;
const rationale = "The panel's evidence across all four domains supports this outcome clearly.";

beforeAll(async () => {
  const role = await db.role.findFirstOrThrow({
    where: { title: "AI Platform Engineer" },
    include: { stages: { orderBy: { position: "asc" }, include: { domains: true } } },
  });
  roleId = role.id;
  stage = role.stages[0]!;
  owner = await userByEmail("manager@example.com");
  expect(role.ownerId).toBe(owner.id);
  admin = await userByEmail("admin@example.com");
  teamRecruiter = await userByEmail("recruiter@example.com");
});

async function newApplication() {
  const res = await addCandidateToRole(owner, {
    roleId,
    candidate: { name: `Outcome Candidate ${++n}`, email: `outcome-${n}@example.org`, source: "", headline: "" },
  });
  if (!res.ok) throw new Error(res.message);
  return res.applicationId;
}

/** Puts `who` on the candidate's panel with a draft scorecard (not submitted). */
async function onPanelWithDraft(who: CurrentUser, applicationId: string) {
  const interview = await db.interview.create({ data: { applicationId, stageId: stage.id, interviewerId: who.id } });
  const saved = await saveDraft(who, {
    interviewId: interview.id,
    expectedVersion: 0,
    values: completeValues(
      stage.domains.map((d) => d.domainId),
      "2",
    ),
  });
  expect(saved.ok).toBe(true);
  return interview;
}

async function submit(who: CurrentUser, interviewId: string) {
  const res = await submitScorecard(who, {
    interviewId,
    expectedVersion: 1,
    values: completeValues(
      stage.domains.map((d) => d.domainId),
      "3",
    ),
  });
  expect(res.ok).toBe(true);
}

const snapshot = (id: string) =>
  db.application.findUniqueOrThrow({
    where: { id },
    select: { status: true, decision: true, decisionRationale: true, decidedById: true, currentStageId: true },
  });
const outcomeEvents = (id: string) =>
  db.auditEvent.count({ where: { entityId: id, action: { in: ["application.decided", "application.moved"] } } });
const SUBMIT_FIRST = { ok: false, kind: "forbidden", message: expect.stringMatching(/submit your own scorecard/i) };

describe("recording a decision before submitting your own scorecard", () => {
  it("is refused to the role's owner and to an admin on the panel, and nothing is written", async () => {
    for (const who of [owner, admin]) {
      const appId = await newApplication();
      await onPanelWithDraft(who, appId);
      const before = await snapshot(appId);
      for (const decision of ["HIRE", "NO_HIRE", "HOLD"] as const) {
        expect(await recordDecision(who, appId, { decision, rationale }), `${who.email} ${decision}`).toMatchObject(
          SUBMIT_FIRST,
        );
      }
      expect(await snapshot(appId)).toEqual(before);
      expect(await outcomeEvents(appId)).toBe(0);
    }
  });

  it("is refused with no interview's scorecard started at all, and allowed once every own interview is submitted", async () => {
    const appId = await newApplication();
    const first = await onPanelWithDraft(owner, appId);
    const secondStage = await db.interviewStage.findFirstOrThrow({
      where: { roleId, id: { not: stage.id } },
      include: { domains: true },
    });
    // A second interview with nothing saved yet: still owed.
    await db.interview.create({ data: { applicationId: appId, stageId: secondStage.id, interviewerId: owner.id } });
    await submit(owner, first.id);
    expect(await recordDecision(owner, appId, { decision: "HIRE", rationale })).toMatchObject(SUBMIT_FIRST);
    // The debrief asks the same rule before showing its form.
    expect(await decisionRefusalFor(owner, appId)).toBe("submit-first");
    expect(await decisionRefusalFor(teamRecruiter, appId)).toBe("not-owner");
    const second = await db.interview.findFirstOrThrow({ where: { applicationId: appId, stageId: secondStage.id } });
    await submitScorecard(owner, {
      interviewId: second.id,
      expectedVersion: 0,
      values: completeValues(
        secondStage.domains.map((d) => d.domainId),
        "2",
      ),
    });
    expect(await decisionRefusalFor(owner, appId)).toBeNull();
    expect(await recordDecision(owner, appId, { decision: "HIRE", rationale })).toMatchObject({ ok: true });
    expect(await snapshot(appId)).toMatchObject({ status: "HIRED", decision: "HIRE", decidedById: owner.id });
  });

  it("refuses a decision made on a page opened before another decision was recorded; one at a time", async () => {
    const appId = await newApplication();
    const first = await recordDecision(admin, appId, { decision: "HOLD", rationale, basedOn: null });
    if (!first.ok) throw new Error(first.message);
    // The owner's page still showed no decision.
    expect(await recordDecision(owner, appId, { decision: "HOLD", rationale, basedOn: null })).toMatchObject({
      ok: false,
      kind: "conflict",
    });
    expect(await recordDecision(owner, appId, { decision: "HOLD", rationale, basedOn: first.decidedAt })).toMatchObject(
      { ok: true },
    );
    const fresh = (await db.application.findUniqueOrThrow({ where: { id: appId } })).decidedAt!.toISOString();
    const both = await Promise.all(
      [owner, admin].map((who) => recordDecision(who, appId, { decision: "HOLD", rationale, basedOn: fresh })),
    );
    expect(both.map((r) => r.ok).sort()).toEqual([false, true]);
  });

  it("is still the owner's or an admin's call off the panel (the rule adds to ownership, it doesn't replace it)", async () => {
    const appId = await newApplication();
    expect(await recordDecision(teamRecruiter, appId, { decision: "HIRE", rationale })).toMatchObject({
      ok: false,
      kind: "forbidden",
      message: "Only the role's owner records the decision.",
    });
    expect(await recordDecision(admin, appId, { decision: "HOLD", rationale })).toMatchObject({ ok: true });
  });
});

describe("pipeline moves that set or undo an outcome before submitting", () => {
  it("rejecting is refused to an owner, admin or team recruiter on the panel who has not submitted; moving the stage is not", async () => {
    for (const who of [owner, admin, teamRecruiter]) {
      const appId = await newApplication();
      const interview = await onPanelWithDraft(who, appId);
      const before = await snapshot(appId);
      expect(
        await moveApplication(who, { applicationId: appId, status: "REJECTED", reason: "Not a fit for the role" }),
        who.email,
      ).toMatchObject(SUBMIT_FIRST);
      expect(await snapshot(appId)).toEqual(before);
      expect(await outcomeEvents(appId)).toBe(0);
      // Logistics stay theirs: a stage move, or withdrawing an active candidate (the candidate's own choice).
      const next = await db.interviewStage.findFirstOrThrow({
        where: { roleId, id: { not: before.currentStageId ?? "" } },
      });
      expect(await moveApplication(who, { applicationId: appId, stageId: next.id }), who.email).toMatchObject({
        ok: true,
      });
      await submit(who, interview.id);
      expect(
        await moveApplication(who, { applicationId: appId, status: "REJECTED", reason: "Not a fit for the role" }),
        who.email,
      ).toMatchObject({ ok: true });
    }
  });

  it("a hidden outcome can't be undone or rewritten blind, and the refusal doesn't name the decision", async () => {
    const appId = await newApplication();
    // Recruiter and admin are on the panel with drafts; the owner (not on it) decides. To them the candidate reads "closed".
    await onPanelWithDraft(teamRecruiter, appId);
    await onPanelWithDraft(admin, appId);
    // Their drafts are outstanding: deciding over them must be said out loud.
    expect(await recordDecision(owner, appId, { decision: "NO_HIRE", rationale })).toMatchObject({
      ok: false,
      kind: "invalid",
      message: expect.stringMatching(/^2 panelists' scorecards are still outstanding/),
      fieldErrors: { withoutOutstanding: expect.any(String) },
    });
    expect((await snapshot(appId)).status).toBe("ACTIVE");
    expect((await outstandingScorecards(appId)).map((o) => [o.interviewer, o.state]).sort()).toEqual(
      [
        [admin.name, "draft"],
        [teamRecruiter.name, "draft"],
      ].sort(),
    );
    expect(
      await recordDecision(owner, appId, { decision: "NO_HIRE", rationale, withoutOutstanding: true }),
    ).toMatchObject({ ok: true });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: appId, action: "application.decided" },
      orderBy: { id: "desc" },
    });
    expect(audit.data).toMatchObject({ outstandingScorecards: 2 });
    for (const who of [teamRecruiter, admin]) {
      for (const status of ["ACTIVE", "WITHDRAWN"] as const) {
        const res = await moveApplication(who, { applicationId: appId, status });
        expect(res, `${who.email} ${status}`).toMatchObject(SUBMIT_FIRST);
        expect(JSON.stringify(res)).not.toMatch(/no hire|rejected|decision on this candidate/i);
      }
      // Nor does a refusal of a move that changes nothing, of a stage move or of a stale page.
      const stages = await db.interviewStage.findMany({ where: { roleId } });
      for (const input of [
        { status: "REJECTED" as const, reason: "Not a fit for the role" },
        ...stages.map((s) => ({ stageId: s.id })),
        { stageId: stages[0]!.id, expectedStatus: "ACTIVE" as const },
      ]) {
        const res = await moveApplication(who, { applicationId: appId, ...input });
        expect(res, `${who.email} ${JSON.stringify(input)}`).toMatchObject({ ok: false });
        expect(JSON.stringify(res)).not.toMatch(/no hire|rejected|decision on this candidate|reopen/i);
      }
      expect(await recordDecision(who, appId, { decision: "HIRE", rationale })).toMatchObject(
        who === admin ? SUBMIT_FIRST : { ok: false, kind: "forbidden" },
      );
    }
    expect(await snapshot(appId)).toMatchObject({
      status: "REJECTED",
      decision: "NO_HIRE",
      decisionRationale: rationale,
      decidedById: owner.id,
    });
  });
});

describe("the audit log keeps the rationale from a panel member who has not submitted", () => {
  it("hides application.decided and the move that copies the cleared rationale, on the page and per event", async () => {
    const appId = await newApplication();
    const marker = `RATIONALE-${Date.now()}`;
    expect(await recordDecision(owner, appId, { decision: "HIRE", rationale: `${marker} ${rationale}` })).toMatchObject(
      { ok: true },
    );
    expect(await moveApplication(owner, { applicationId: appId, status: "ACTIVE" })).toMatchObject({
      ok: true,
      decisionCleared: true,
    });
    const events = await db.auditEvent.findMany({
      where: { entityId: appId, action: { in: ["application.decided", "application.moved"] } },
      orderBy: { id: "asc" },
    });
    expect(JSON.stringify(events.map((e) => e.data))).toContain(marker);
    const interview = await onPanelWithDraft(admin, appId);
    expect((await auditDetails(admin, events)).every((d) => d.hidden)).toBe(true);
    for (const action of ["application.decided", "application.moved"]) {
      expect(JSON.stringify(await auditLogPage(admin, { action }))).not.toContain(marker);
    }
    await submit(admin, interview.id);
    expect((await auditDetails(admin, events)).map((d) => d.hidden)).toEqual([false, false]);
  });
});

describe("rejecting while interviews already held have no submitted scorecard", () => {
  it("asks first, naming how many; with the confirmation it rejects and audits the count", async () => {
    const appId = await newApplication();
    const held = await onPanelWithDraft(admin, appId);
    await db.interview.update({ where: { id: held.id }, data: { scheduledAt: new Date(Date.now() - 3_600_000) } });
    // Held, no scorecard at all: counts too. An interview still ahead does not.
    await db.interview.create({
      data: {
        applicationId: appId,
        stageId: stage.id,
        interviewerId: owner.id,
        scheduledAt: new Date(Date.now() - 60_000),
      },
    });
    const later = await db.interviewStage.findFirstOrThrow({ where: { roleId, id: { not: stage.id } } });
    const ahead = await db.interview.create({
      data: { applicationId: appId, stageId: later.id, interviewerId: admin.id, scheduledAt: new Date("2099-01-01") },
    });
    const before = await snapshot(appId);
    const reject = { applicationId: appId, status: "REJECTED", reason: "Not a fit for the role" };
    expect(await moveApplication(teamRecruiter, reject)).toMatchObject({
      ok: false,
      kind: "invalid",
      message: expect.stringMatching(/^2 interviews already held have no submitted scorecard/),
      fieldErrors: { withoutOutstanding: expect.any(String), outstandingCount: "2" },
    });
    expect(await snapshot(appId)).toEqual(before);
    expect(await outcomeEvents(appId)).toBe(0);
    // Confirming another number than the one now true (another tab scheduled or submitted meanwhile) asks again.
    expect(await moveApplication(teamRecruiter, { ...reject, withoutOutstanding: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { outstandingCount: "2" },
    });
    expect(await snapshot(appId)).toEqual(before);

    expect(await moveApplication(teamRecruiter, { ...reject, withoutOutstanding: 2 })).toMatchObject({
      ok: true,
      cancelledInterviews: 1,
    });
    expect((await snapshot(appId)).status).toBe("REJECTED");
    // The interview still ahead will not take place: cancelled with the rejection (and audited);
    // the held ones stay, with the draft.
    expect(await db.interview.findUnique({ where: { id: ahead.id } })).toBeNull();
    expect(await db.interview.count({ where: { applicationId: appId } })).toBe(2);
    expect(
      await db.auditEvent.count({
        where: { entityId: appId, action: "interview.cancelled", actorId: teamRecruiter.id },
      }),
    ).toBe(1);
    const moved = await db.auditEvent.findFirstOrThrow({ where: { entityId: appId, action: "application.moved" } });
    expect(moved.data).toMatchObject({ toStatus: "REJECTED", outstandingScorecards: 2 });
  });

  it("does not ask once every held interview's scorecard is in, nor for a withdrawal", async () => {
    const appId = await newApplication();
    const held = await onPanelWithDraft(admin, appId);
    await db.interview.update({ where: { id: held.id }, data: { scheduledAt: new Date(Date.now() - 3_600_000) } });
    expect(await moveApplication(teamRecruiter, { applicationId: appId, status: "WITHDRAWN" })).toMatchObject({
      ok: true,
    });
    // Not asked, but counted in the audit as a rejection's are.
    const withdrawn = await db.auditEvent.findFirstOrThrow({
      where: { entityId: appId, action: "application.moved" },
      orderBy: { id: "desc" },
    });
    expect(withdrawn.data).toMatchObject({ toStatus: "WITHDRAWN", outstandingScorecards: 1 });
    expect(await moveApplication(teamRecruiter, { applicationId: appId, status: "ACTIVE" })).toMatchObject({
      ok: true,
    });
    await submit(admin, held.id);
    expect(
      await moveApplication(teamRecruiter, { applicationId: appId, status: "REJECTED", reason: "Not a fit" }),
    ).toMatchObject({ ok: true });
  });
});

describe("decisions and moves on a candidate who changed meanwhile", () => {
  it("a decision on a candidate rejected or withdrawn in the pipeline waits until they are reopened; nothing changes", async () => {
    for (const closed of [{ status: "REJECTED", reason: "Not a fit for the role" }, { status: "WITHDRAWN" }] as const) {
      const appId = await newApplication();
      expect(await moveApplication(owner, { applicationId: appId, ...closed })).toMatchObject({ ok: true });
      const before = await snapshot(appId);
      for (const decision of closed.status === "REJECTED"
        ? (["HIRE", "HOLD"] as const)
        : (["HIRE", "HOLD", "NO_HIRE"] as const))
        expect(await recordDecision(owner, appId, { decision, rationale })).toMatchObject({
          ok: false,
          message: expect.stringMatching(
            /is (rejected|withdrawn) \(in the pipeline, not by a decision\).*reopen them.* Nothing was changed\.$/,
          ),
        });
      expect(await snapshot(appId)).toEqual(before);
      // "No hire" keeps a rejected candidate rejected: recorded.
      if (closed.status === "REJECTED") {
        expect(await recordDecision(owner, appId, { decision: "NO_HIRE", rationale })).toMatchObject({ ok: true });
        expect(await snapshot(appId)).toMatchObject({ status: "REJECTED", decision: "NO_HIRE" });
      }
      // Reopened, a decision is recorded as usual.
      expect(await moveApplication(owner, { applicationId: appId, status: "ACTIVE" })).toMatchObject({ ok: true });
      expect(await recordDecision(owner, appId, { decision: "HIRE", rationale })).toMatchObject({ ok: true });
      expect((await snapshot(appId)).status).toBe("HIRED");
    }
  });

  it("changing a recorded hire to no hire does not ask about drafts the hire already closed", async () => {
    const appId = await newApplication();
    const held = await onPanelWithDraft(admin, appId);
    await db.interview.update({ where: { id: held.id }, data: { scheduledAt: new Date(Date.now() - 3_600_000) } });
    expect(await recordDecision(owner, appId, { decision: "HIRE", rationale })).toMatchObject({
      ok: false,
      fieldErrors: { withoutOutstanding: expect.any(String) },
    });
    expect(await recordDecision(owner, appId, { decision: "HIRE", rationale, withoutOutstanding: true })).toMatchObject(
      {
        ok: true,
      },
    );
    // Closed already: the question no longer applies.
    expect(await recordDecision(owner, appId, { decision: "NO_HIRE", rationale })).toMatchObject({ ok: true });
    expect(await snapshot(appId)).toMatchObject({ status: "REJECTED", decision: "NO_HIRE" });
  });

  it("a stage move from a page that showed another stage is refused, naming where the candidate is now", async () => {
    const appId = await newApplication();
    const stages = await db.interviewStage.findMany({ where: { roleId }, orderBy: { position: "asc" } });
    const shown = (await snapshot(appId)).currentStageId; // what tabs A and B both show
    const [second, third] = stages.filter((st) => st.id !== shown) as [(typeof stages)[0], (typeof stages)[0]];
    // Tab A moves them first.
    expect(
      await moveApplication(owner, { applicationId: appId, stageId: second.id, expectedStageId: shown }),
    ).toMatchObject({ ok: true });
    const before = await snapshot(appId);
    expect(
      await moveApplication(teamRecruiter, {
        applicationId: appId,
        stageId: third.id,
        expectedStageId: shown,
      }),
    ).toMatchObject({
      ok: false,
      kind: "conflict",
      message: `Outcome Candidate ${n} was moved to ${second.name} since this page loaded: nothing was changed. The page now shows where they are.`,
    });
    expect(await snapshot(appId)).toEqual(before);
    // From a page that shows where they are, it moves.
    expect(
      await moveApplication(teamRecruiter, {
        applicationId: appId,
        stageId: third.id,
        expectedStageId: second.id,
      }),
    ).toMatchObject({ ok: true });
  });
});
