import { describe, expect, it } from "vitest";
import { roleDetail } from "../../lib/data/roles";
import { db } from "../../lib/db";
import { savePlan } from "../../lib/roles/plan-service";
import { updateRole } from "../../lib/roles/service";
import { submitScorecard } from "../../lib/scorecards/service";
import { userByEmail } from "./helpers";
import { roleInputOf } from "./role-input";

async function planOf(roleTitle: string) {
  const role = await db.role.findFirstOrThrow({
    where: { title: roleTitle },
    include: {
      stages: {
        orderBy: { position: "asc" },
        include: { domains: true, interviewers: true, questions: { orderBy: { position: "asc" } } },
      },
    },
  });
  const stages = role.stages.map((s) => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    durationMinutes: s.durationMinutes,
    domainIds: s.domains.map((d) => d.domainId),
    interviewerIds: s.interviewers.map((i) => i.userId),
    questionIds: s.questions.map((q) => q.questionId),
  }));
  return { role, stages };
}

describe("interview plan", () => {
  it("refuses to publish a plan that leaves a targeted domain uncovered, and saves nothing", async () => {
    const { role, stages } = await planOf("Senior AI Operations Engineer");
    const owner = await db.user.findUniqueOrThrow({ where: { id: role.ownerId } });
    const only = stages.map((s) => ({ ...s, domainIds: [stages[0]!.domainIds[0]!], questionIds: [] }));
    const res = await savePlan({ ...owner }, role.id, role.version, { stages: only }, true);
    expect(res).toMatchObject({ ok: false, kind: "invalid" });
    if (!res.ok) expect(res.message).toMatch(/not covered/);
    expect((await planOf("Senior AI Operations Engineer")).stages).toEqual(stages);
  });

  it("publishes a covering plan; a stage with interviews cannot be removed", async () => {
    const { role, stages } = await planOf("Senior AI Operations Engineer");
    const owner = await db.user.findUniqueOrThrow({ where: { id: role.ownerId } });
    const ok = await savePlan(owner, role.id, role.version, { stages: [...stages].reverse() }, true);
    expect(ok).toMatchObject({ ok: true, published: true });
    const removed = await savePlan(owner, role.id, role.version + 1, { stages: stages.slice(1) }, false);
    expect(removed).toMatchObject({ ok: false, kind: "invalid" });
    if (!removed.ok) expect(removed.message).toMatch(/has interviews/);
  });

  it("a stage with candidates at it, or where candidates entered the pipeline, cannot be removed either", async () => {
    const { role, stages } = await planOf("Senior AI Operations Engineer");
    const owner = await db.user.findUniqueOrThrow({ where: { id: role.ownerId } });
    const extra = {
      name: "Reference call",
      kind: "BEHAVIOURAL" as const,
      durationMinutes: 30,
      domainIds: [],
      interviewerIds: [stages[0]!.interviewerIds[0]!],
      questionIds: [],
    };
    const added = await savePlan(owner, role.id, role.version, { stages: [...stages, extra] }, false);
    expect(added).toMatchObject({ ok: true });
    if (!added.ok) return;
    const stageId = added.stageIds.at(-1)!;
    const app = await db.application.findFirstOrThrow({
      where: { roleId: role.id, status: "ACTIVE" },
      select: { id: true, currentStageId: true, entryStageId: true },
    });
    await db.application.update({ where: { id: app.id }, data: { currentStageId: stageId } });
    try {
      const refused = await savePlan(owner, role.id, added.version, { stages }, false);
      expect(refused).toMatchObject({ ok: false, kind: "invalid" });
      if (!refused.ok) expect(refused.message).toMatch(/“Reference call” has candidates at it and can't be removed/);
      // Nothing changed: the candidate is still at the stage.
      expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).currentStageId).toBe(stageId);
      // Moved on, but entered the pipeline there: the funnel counts from it.
      await db.application.update({
        where: { id: app.id },
        data: { currentStageId: app.currentStageId, entryStageId: stageId },
      });
      const entered = await savePlan(owner, role.id, added.version, { stages }, false);
      expect(entered).toMatchObject({ ok: false, kind: "invalid" });
      if (!entered.ok) expect(entered.message).toMatch(/has candidates who entered the pipeline there/);
    } finally {
      await db.application.update({
        where: { id: app.id },
        data: { currentStageId: app.currentStageId, entryStageId: app.entryStageId },
      });
    }
    const version = (await db.role.findUniqueOrThrow({ where: { id: role.id } })).version;
    const removed = await savePlan(owner, role.id, version, { stages }, false);
    expect(removed).toMatchObject({ ok: true });
  });

  it("refuses other managers, interviewers outside the team, and stale versions", async () => {
    const { role, stages } = await planOf("AI Platform Engineer");
    expect(
      await savePlan(await userByEmail("dana@example.com"), role.id, role.version, { stages }, false),
    ).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    const owner = await db.user.findUniqueOrThrow({ where: { id: role.ownerId } });
    const outsider = await userByEmail("priya@example.com");
    const bad = await savePlan(
      owner,
      role.id,
      role.version,
      { stages: stages.map((s) => ({ ...s, interviewerIds: [outsider.id] })) },
      false,
    );
    expect(bad).toMatchObject({ ok: false, kind: "invalid" });
    expect(await savePlan(owner, role.id, role.version - 1, { stages }, false)).toMatchObject({
      ok: false,
      kind: "locked",
    });
  });

  it("refuses the plan to interviewers, recruiters and managers who don't own the role", async () => {
    const { role, stages } = await planOf("AI Platform Engineer");
    for (const email of ["interviewer@example.com", "recruiter@example.com", "dana@example.com"]) {
      expect(await savePlan(await userByEmail(email), role.id, role.version, { stages }, false)).toMatchObject({
        ok: false,
        kind: "forbidden",
      });
    }
    expect((await planOf("AI Platform Engineer")).stages).toEqual(stages);
    expect((await db.role.findUniqueOrThrow({ where: { id: role.id } })).version).toBe(role.version);
  });

  it("answers ids the role can't use with ok:false and a message, never a database error", async () => {
    const { role, stages } = await planOf("AI Platform Engineer");
    const owner = await db.user.findUniqueOrThrow({ where: { id: role.ownerId } });
    const recruiter = await userByEmail("recruiter@example.com");
    const foreignDomain = await db.competencyDomain.create({ data: { key: "not-in-any-version" } });
    const stage0 = stages[0]!;
    const otherDomain = stages.flatMap((s) => s.domainIds).find((d) => !stage0.domainIds.includes(d))!;
    const outsideFocus = await db.question.findFirstOrThrow({ where: { domainId: otherDomain, retiredAt: null } });
    const retired = await db.question.update({
      where: { id: stage0.questionIds[0]! },
      data: { retiredAt: new Date() },
    });
    const withStage0 = (change: Partial<typeof stage0>) => ({ stages: [{ ...stage0, ...change }, ...stages.slice(1)] });
    const cases: [object, RegExp, string][] = [
      [withStage0({}), /has been retired/, "stages.0.questionIds"],
      [withStage0({ questionIds: [outsideFocus.id] }), /does not focus on/, "stages.0.questionIds"],
      [withStage0({ questionIds: ["no-such-question"] }), /does not exist/, "stages.0.questionIds"],
      [
        withStage0({ questionIds: [], domainIds: [...stage0.domainIds, foreignDomain.id] }),
        /not part of this role's matrix version/,
        "stages.0.domainIds",
      ],
      [
        withStage0({ questionIds: [], domainIds: ["no-such-domain"] }),
        /not part of this role's matrix version/,
        "stages.0.domainIds",
      ],
      [
        withStage0({ questionIds: [], interviewerIds: [recruiter.id] }),
        /Riley Chen is the role's recruiter/,
        "stages.0.interviewerIds",
      ],
      [
        withStage0({ questionIds: [], interviewerIds: ["no-such-person"] }),
        /not on the role's hiring team/,
        "stages.0.interviewerIds",
      ],
    ];
    for (const [plan, message, field] of cases) {
      const res = await savePlan(owner, role.id, role.version, plan, false);
      expect(res).toMatchObject({ ok: false, kind: "invalid", message: expect.stringMatching(message) });
      if (!res.ok && res.kind === "invalid") expect(res.fieldErrors[field]).toMatch(message);
    }
    expect((await planOf("AI Platform Engineer")).stages).toEqual(stages);
    expect((await db.role.findUniqueOrThrow({ where: { id: role.id } })).version).toBe(role.version);
    // Unticking the retired question saves.
    const unticked = stages.map((s) => ({ ...s, questionIds: s.questionIds.filter((q) => q !== retired.id) }));
    expect(await savePlan(owner, role.id, role.version, { stages: unticked }, true)).toMatchObject({ ok: true });
    await db.question.update({ where: { id: retired.id }, data: { retiredAt: null } }); // other roles use it too
  });

  it("saving a published plan as a draft unpublishes it and says so", async () => {
    const { role, stages } = await planOf("Senior AI Operations Engineer");
    const owner = await db.user.findUniqueOrThrow({ where: { id: role.ownerId } });
    const current = await db.role.findUniqueOrThrow({ where: { id: role.id } });
    if (!current.planPublishedAt)
      expect(await savePlan(owner, role.id, current.version, { stages }, true)).toMatchObject({
        ok: true,
        published: true,
      });
    const published = await db.role.findUniqueOrThrow({ where: { id: role.id } });
    expect(published.planPublishedAt).not.toBeNull();
    const draft = await savePlan(
      owner,
      role.id,
      published.version,
      { stages: (await planOf(role.title)).stages },
      false,
    );
    expect(draft).toMatchObject({ ok: true, published: false, unpublished: true });
    expect((await db.role.findUniqueOrThrow({ where: { id: role.id } })).planPublishedAt).toBeNull();
    const again = await savePlan(
      owner,
      role.id,
      published.version + 1,
      { stages: (await planOf(role.title)).stages },
      false,
    );
    expect(again).toMatchObject({ ok: true, unpublished: false });
  });

  it("lists a stage's focus domains in the matrix's order whatever order they were saved in, and audits an untouched stage as unchanged", async () => {
    const { role, stages } = await planOf("Senior AI Operations Engineer");
    const owner = await userByEmail("manager@example.com");
    expect(role.ownerId).toBe(owner.id);
    const multi = stages.findIndex((s) => s.domainIds.length > 1);
    expect(multi).toBeGreaterThanOrEqual(0);
    // The form lists questions in its own order too: a save keeps the stored order, and says so.
    expect(stages.some((s) => s.questionIds.length > 1)).toBe(true);
    const saved = stages.map((s, i) => ({
      ...s,
      questionIds: [...s.questionIds].reverse(),
      ...(i === multi
        ? { domainIds: [...s.domainIds].reverse(), interviewerIds: [...s.interviewerIds].reverse() }
        : {}),
    }));
    const current = await db.role.findUniqueOrThrow({ where: { id: role.id } });
    expect(await savePlan(owner, role.id, current.version, { stages: saved }, false)).toMatchObject({ ok: true });
    const order = await db.matrixVersionDomain.findMany({
      where: { versionId: current.matrixVersionId },
      orderBy: { position: "asc" },
      select: { domainId: true },
    });
    const detail = await roleDetail(owner, role.id);
    const listed = detail!.role.stages[multi]!.domains.map((d) => d.domainId);
    expect(listed).toEqual(order.map((d) => d.domainId).filter((id) => listed.includes(id)));
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: role.id, action: "plan.saved" },
      orderBy: { id: "desc" },
    });
    const { before, after } = event.data as { before: unknown[]; after: unknown[] };
    expect(after).toEqual(before);
    expect((await planOf(role.title)).stages.map((s) => s.questionIds)).toEqual(stages.map((s) => s.questionIds));
  });

  it("raising a target the plan doesn't cover unpublishes the plan in the same save", async () => {
    const { role, stages } = await planOf("MLOps Engineer, Anomaly Detection");
    const dana = await userByEmail("dana@example.com");
    const sec = await db.competencyDomain.findUniqueOrThrow({ where: { key: "security-governance" } });
    const setSec = (level: number) => (targets: { domainId: string; level: number; weight: number }[]) =>
      targets.map((t) => (t.domainId === sec.id ? { ...t, level } : t));
    // Security no longer targeted, and the plan stops covering it: publishable.
    const lowered = await updateRole(dana, role.id, role.version, await roleInputOf(role.id, setSec(0)));
    expect(lowered).toMatchObject({ ok: true, planUnpublished: false });
    const secQuestions = new Set(
      (await db.question.findMany({ where: { domainId: sec.id }, select: { id: true } })).map((q) => q.id),
    );
    const uncovering = stages.map((s) => ({
      ...s,
      domainIds: s.domainIds.filter((d) => d !== sec.id),
      questionIds: s.questionIds.filter((q) => !secQuestions.has(q)),
    }));
    const saved = await savePlan(dana, role.id, role.version + 1, { stages: uncovering }, true);
    expect(saved).toMatchObject({ ok: true, published: true });
    // A change that keeps coverage leaves it published.
    const v = (await db.role.findUniqueOrThrow({ where: { id: role.id } })).version;
    expect(
      await updateRole(dana, role.id, v, { ...(await roleInputOf(role.id)), title: "MLOps Engineer, Anomalies" }),
    ).toMatchObject({
      ok: true,
      planUnpublished: false,
    });
    expect((await db.role.findUniqueOrThrow({ where: { id: role.id } })).planPublishedAt).not.toBeNull();

    const raised = await updateRole(dana, role.id, v + 1, await roleInputOf(role.id, setSec(2)));
    expect(raised).toMatchObject({ ok: true, planUnpublished: true, uncovered: [expect.stringMatching(/Security/)] });
    const after = await db.role.findUniqueOrThrow({ where: { id: role.id }, include: { targets: true } });
    expect(after.planPublishedAt).toBeNull();
    expect(after.targets.find((t) => t.domainId === sec.id)?.level).toBe(2);
    expect(
      await db.auditEvent.count({ where: { action: "plan.unpublished", entityId: role.id, actorId: dana.id } }),
    ).toBe(1);
    // Publishing stays refused until the plan covers the domain again.
    const refused = await savePlan(
      dana,
      role.id,
      after.version,
      { stages: (await planOf("MLOps Engineer, Anomalies")).stages },
      true,
    );
    expect(refused).toMatchObject({ ok: false, kind: "invalid", message: expect.stringMatching(/not covered/) });
  });
});

describe("interview plan: non-scored stages and quick save-then-publish", () => {
  it("saves a behavioural stage without focus domains; its interviewer submits a recommendation only", async () => {
    const { role, stages } = await planOf("Senior AI Operations Engineer");
    const owner = await db.user.findUniqueOrThrow({ where: { id: role.ownerId } });
    const interviewerId = stages[0]!.interviewerIds[0]!;
    const values = [
      ...stages,
      {
        name: "Values conversation",
        kind: "BEHAVIOURAL" as const,
        durationMinutes: 45,
        domainIds: [],
        interviewerIds: [interviewerId],
        questionIds: [],
      },
    ];
    const saved = await savePlan(owner, role.id, role.version, { stages: values }, false);
    expect(saved).toMatchObject({ ok: true });
    if (!saved.ok) return;
    // Publish right after, with the version the save returned (what the form now sends).
    const published = await savePlan(
      owner,
      role.id,
      saved.version,
      { stages: values.map((s, i) => ({ ...s, id: saved.stageIds[i] })) },
      true,
    );
    expect(published).toMatchObject({ ok: true, published: true });
    // The page's stale version is refused as before: nothing is overwritten blindly.
    expect(await savePlan(owner, role.id, role.version, { stages: values }, true)).toMatchObject({
      ok: false,
      kind: "locked",
    });

    const stageId = saved.stageIds.at(-1)!;
    const app = await db.application.findFirstOrThrow({ where: { roleId: role.id, status: "ACTIVE" } });
    const interview = await db.interview.create({
      data: { applicationId: app.id, stageId, interviewerId, scheduledAt: new Date() },
    });
    const interviewer = await db.user.findUniqueOrThrow({ where: { id: interviewerId } });
    const res = await submitScorecard(interviewer, {
      interviewId: interview.id,
      expectedVersion: 0,
      values: { scores: [], recommendation: "YES", privateNote: "Thoughtful about on-call fairness." },
    });
    expect(res).toMatchObject({ ok: true });
  });

  it("keeps a stage's questions in their order when the form sends them in the bank's order", async () => {
    const owner = await userByEmail("manager@example.com");
    const { role, stages } = await planOf("Senior AI Operations Engineer");
    const i = stages.findIndex((s) => s.questionIds.length >= 2);
    expect(i).toBeGreaterThanOrEqual(0);
    const before = stages[i]!.questionIds;
    const extra = await db.question.findFirstOrThrow({
      where: { id: { notIn: before }, retiredAt: null, domainId: { in: stages[i]!.domainIds } },
      select: { id: true },
    });
    // The checkboxes come back in another order, with one more ticked.
    const sent = stages.map((s, j) => (j === i ? { ...s, questionIds: [extra.id, ...[...before].reverse()] } : s));
    const res = await savePlan(owner, role.id, role.version, { stages: sent }, role.planPublishedAt !== null);
    expect(res).toMatchObject({ ok: true });
    const after = (await planOf("Senior AI Operations Engineer")).stages[i]!.questionIds;
    expect(after).toEqual([...before, extra.id]);
  });
});
