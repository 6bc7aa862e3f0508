import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { savePlan } from "../../lib/roles/plan-service";
import { userByEmail } from "./helpers";

async function planOf(roleTitle: string) {
  const role = await db.role.findFirstOrThrow({ where: { title: roleTitle }, include: { stages: { orderBy: { position: "asc" }, include: { domains: true, interviewers: true, questions: true } } } });
  const stages = role.stages.map((s) => ({ id: s.id, name: s.name, kind: s.kind, durationMinutes: s.durationMinutes, domainIds: s.domains.map((d) => d.domainId), interviewerIds: s.interviewers.map((i) => i.userId), questionIds: s.questions.map((q) => q.questionId) }));
  return { role, stages };
}

describe("interview plan", () => {
  it("refuses to publish a plan that leaves a targeted domain uncovered, and saves nothing", async () => {
    const { role, stages } = await planOf("Senior AI Operations Engineer");
    const owner = await db.user.findUniqueOrThrow({ where: { id: role.ownerId } });
    const only = stages.map((s) => ({ ...s, domainIds: s.domainIds.slice(0, 1) })).map((s) => ({ ...s, domainIds: [stages[0]!.domainIds[0]!] }));
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

  it("refuses other managers, interviewers outside the team, and stale versions", async () => {
    const { role, stages } = await planOf("AI Platform Engineer");
    expect(await savePlan(await userByEmail("dana@example.com"), role.id, role.version, { stages }, false)).toMatchObject({ ok: false, kind: "forbidden" });
    const owner = await db.user.findUniqueOrThrow({ where: { id: role.ownerId } });
    const outsider = await userByEmail("priya@example.com");
    const bad = await savePlan(owner, role.id, role.version, { stages: stages.map((s) => ({ ...s, interviewerIds: [outsider.id] })) }, false);
    expect(bad).toMatchObject({ ok: false, kind: "invalid" });
    expect(await savePlan(owner, role.id, role.version - 1, { stages }, false)).toMatchObject({ ok: false, kind: "locked" });
  });
});
