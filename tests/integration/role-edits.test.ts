// Editing a role: the team change reaches the plan, every domain gets a target, stale band
// edits are refused, and the audit log says what changed.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { savePlan } from "../../lib/roles/plan-service";
import { createRole, updateRole, updateRoleLogistics } from "../../lib/roles/service";
import { userByEmail } from "./helpers";
import { roleInputOf } from "./role-input";

const stageInterviewers = async (roleId: string) =>
  Object.fromEntries(
    (
      await db.interviewStage.findMany({
        where: { roleId },
        orderBy: { position: "asc" },
        include: { interviewers: { include: { user: true } } },
      })
    ).map((s) => [s.name, s.interviewers.map((i) => i.user.email).sort()]),
  );

describe("a team change reaches the interview plan", () => {
  it("takes removed people off the stages; a plan still covered stays published", async () => {
    const role = await db.role.findFirstOrThrow({ where: { title: "Senior AI Operations Engineer" } });
    const owner = await userByEmail("manager@example.com");
    const priya = await userByEmail("priya@example.com");
    expect(role.planPublishedAt).not.toBeNull();
    const input = await roleInputOf(role.id);
    const res = await updateRole(owner, role.id, role.version, {
      ...input,
      interviewerIds: input.interviewerIds.filter((id) => id !== priya.id),
    });
    expect(res).toMatchObject({
      ok: true,
      planUnpublished: false,
      prunedInterviewers: ["Priya Natarajan (Telemetry & ML deep dive)"],
    });
    expect((await stageInterviewers(role.id))["Telemetry & ML deep dive"]).toEqual(["interviewer@example.com"]);
    expect((await db.role.findUniqueOrThrow({ where: { id: role.id } })).planPublishedAt).not.toBeNull();
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { action: "plan.interviewers_pruned", entityId: role.id } }),
    ).toMatchObject({
      actorId: owner.id,
      data: { removed: [{ userId: priya.id }] },
    });
  });

  it("a stage left with nobody no longer covers its domains: the plan is unpublished in the same save, and says why", async () => {
    const role = await db.role.findFirstOrThrow({ where: { title: "Senior AI Operations Engineer" } });
    const owner = await userByEmail("manager@example.com");
    const tomas = await userByEmail("tomas@example.com");
    const input = await roleInputOf(role.id);
    const res = await updateRole(owner, role.id, role.version, {
      ...input,
      interviewerIds: input.interviewerIds.filter((id) => id !== tomas.id),
    });
    // Tomás alone ran the governance stage; security & governance (target 1) had no other stage.
    expect(res).toMatchObject({
      ok: true,
      planUnpublished: true,
      prunedInterviewers: ["Tomás García (Automation & governance design)"],
      uncovered: [expect.stringMatching(/Security/)],
    });
    expect((await stageInterviewers(role.id))["Automation & governance design"]).toEqual([]);
    expect((await db.role.findUniqueOrThrow({ where: { id: role.id } })).planPublishedAt).toBeNull();
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { action: "plan.unpublished", entityId: role.id } }),
    ).toMatchObject({
      data: {
        reason: "targets or team changed",
        prunedInterviewers: ["Tomás García (Automation & governance design)"],
      },
    });
    // An edit that prunes nobody reports nobody.
    const again = await updateRole(owner, role.id, role.version + 1, await roleInputOf(role.id));
    expect(again).toMatchObject({ ok: true, planUnpublished: false, prunedInterviewers: [] });
  });
});

describe("a target for every domain", () => {
  it("createRole and updateRole refuse targets that leave out a domain of the role's version, and write nothing", async () => {
    const role = await db.role.findFirstOrThrow({
      where: { title: "AI Platform Engineer" },
      include: { targets: true },
    });
    const owner = await userByEmail("manager@example.com");
    const input = await roleInputOf(role.id);
    const short = { ...input, targets: input.targets.slice(1) };
    const updated = await updateRole(owner, role.id, role.version, short);
    expect(updated).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { targets: expect.stringMatching(/for every domain/) },
    });
    const after = await db.role.findUniqueOrThrow({ where: { id: role.id }, include: { targets: true } });
    expect(after.version).toBe(role.version);
    expect(after.targets).toHaveLength(role.targets.length);
    const before = await db.role.count();
    expect(await createRole(owner, { ...short, title: "Missing a domain", ownerId: "" })).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { targets: expect.stringMatching(/for every domain/) },
    });
    expect(await db.role.count()).toBe(before);
  });
});

describe("salary band and status under concurrent edits", () => {
  it("a logistics save from a stale page is refused; the current version saves", async () => {
    const role = await db.role.findFirstOrThrow({ where: { title: "AI Platform Engineer" } });
    const recruiter = await userByEmail("recruiter@example.com");
    const owner = await userByEmail("manager@example.com");
    // The owner edits the role meanwhile.
    expect(
      await updateRole(owner, role.id, role.version, { ...(await roleInputOf(role.id)), location: "Berlin" }),
    ).toMatchObject({
      ok: true,
    });
    const stale = await updateRoleLogistics(recruiter, role.id, role.version, {
      salaryMin: 1,
      salaryMax: 2,
      currency: "USD",
      status: "CLOSED",
    });
    expect(stale).toMatchObject({
      ok: false,
      kind: "locked",
      message: expect.stringMatching(
        /saved again \(in another tab or by someone else\) since you opened it, so your change was not saved/,
      ),
    });
    expect(await db.role.findUniqueOrThrow({ where: { id: role.id } })).toMatchObject({
      salaryMin: role.salaryMin,
      status: "OPEN",
      version: role.version + 1,
    });
    const fresh = await updateRoleLogistics(recruiter, role.id, role.version + 1, {
      salaryMin: 150000,
      salaryMax: 190000,
      currency: "USD",
      status: "OPEN",
    });
    expect(fresh).toMatchObject({ ok: true, version: role.version + 2 });
    // ...and the owner's form, loaded before the recruiter's save, is now the stale one.
    expect(await updateRole(owner, role.id, role.version + 1, await roleInputOf(role.id))).toMatchObject({
      ok: false,
      kind: "locked",
    });
  });
});

describe("the audit log says what changed", () => {
  it("role.updated records changed fields, team members added and removed, and changed targets", async () => {
    const role = await db.role.findFirstOrThrow({
      where: { title: "MLOps Engineer, Anomaly Detection" },
      include: { targets: true },
    });
    const dana = await userByEmail("dana@example.com");
    const mei = await userByEmail("mei@example.com");
    const kwame = await userByEmail("kwame@example.com");
    const input = await roleInputOf(role.id);
    const first = input.targets[0]!;
    const res = await updateRole(dana, role.id, role.version, {
      ...input,
      title: "MLOps Engineer, Anomalies",
      status: "CLOSED",
      salaryMax: 200000,
      currency: "EUR",
      location: "",
      interviewerIds: [...input.interviewerIds.filter((id) => id !== kwame.id), mei.id],
      targets: input.targets.map((t, i) => (i === 0 ? { ...t, level: 3, weight: 2 } : t)),
    });
    expect(res).toMatchObject({ ok: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "role.updated", entityId: role.id } });
    expect(event.data).toEqual({
      before: {
        title: role.title,
        status: "OPEN",
        salaryMax: role.salaryMax,
        currency: "USD",
        location: role.location,
        targets: [{ domainId: first.domainId, level: first.level, weight: first.weight }],
      },
      after: {
        title: "MLOps Engineer, Anomalies",
        status: "CLOSED",
        salaryMax: 200000,
        currency: "EUR",
        location: null,
        targets: [{ domainId: first.domainId, level: 3, weight: 2 }],
      },
      team: {
        added: [{ userId: mei.id, function: "INTERVIEWER" }],
        removed: [{ userId: kwame.id, function: "INTERVIEWER" }],
      },
    });
  });

  it("plan.saved records each stage's domains and interviewers, before and after", async () => {
    const role = await db.role.findFirstOrThrow({
      where: { title: "DevSecOps Engineer, AI Pipelines" },
      include: {
        stages: { orderBy: { position: "asc" }, include: { domains: true, interviewers: true, questions: true } },
      },
    });
    const dana = await userByEmail("dana@example.com");
    const stages = role.stages.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      durationMinutes: s.durationMinutes,
      domainIds: s.domains.map((d) => d.domainId),
      interviewerIds: s.interviewers.map((i) => i.userId),
      questionIds: s.questions.map((q) => q.questionId),
    }));
    const mei = await userByEmail("mei@example.com");
    const changed = [{ ...stages[0]!, interviewerIds: [...stages[0]!.interviewerIds, mei.id] }, stages[1]!];
    expect(await savePlan(dana, role.id, role.version, { stages: changed }, false)).toMatchObject({ ok: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "plan.saved", entityId: role.id } });
    const data = event.data as {
      stageCount: number;
      before: { name: string; interviewerIds: string[]; domainIds: string[] }[];
      after: { id: string; name: string; interviewerIds: string[]; domainIds: string[] }[];
    };
    expect(data.stageCount).toBe(2);
    // Domains and interviewers are sets: recorded sorted, so an untouched stage reads the same.
    const sorted = (ids: string[]) => [...ids].sort();
    expect(data.before[0]).toMatchObject({
      name: stages[0]!.name,
      interviewerIds: sorted(stages[0]!.interviewerIds),
      domainIds: sorted(stages[0]!.domainIds),
    });
    expect(data.after[0]).toMatchObject({
      id: stages[0]!.id,
      interviewerIds: sorted([...stages[0]!.interviewerIds, mei.id]),
      domainIds: sorted(stages[0]!.domainIds),
    });
    expect(data.after[1]).toMatchObject({
      name: stages[1]!.name,
      interviewerIds: sorted(stages[1]!.interviewerIds),
    });
  });
});
