import { describe, expect, it } from "vitest";
import { parsePlanCopy, samePlan } from "../../lib/roles/plan-draft";
import { planSchema } from "../../lib/validation/plan";

const stage = {
  id: "s1",
  name: "Screen",
  kind: "SCREEN" as const,
  durationMinutes: 30,
  domainIds: ["a", "b"],
  interviewerIds: ["u"],
  questionIds: [],
};

describe("plan editor device copy", () => {
  it("counts real edits as changes, not checkbox order or padding", () => {
    expect(samePlan([stage], [{ ...stage, domainIds: ["b", "a"], name: " Screen " }])).toBe(true);
    expect(samePlan([stage], [{ ...stage, durationMinutes: 45 }])).toBe(false);
    expect(samePlan([stage], [stage, { ...stage, id: undefined }])).toBe(false);
  });

  it("restores a stored copy and drops a malformed one", () => {
    const copy = { stages: [stage], baseVersion: 3, at: "2026-11-30T10:00:00.000Z" };
    expect(parsePlanCopy(JSON.parse(JSON.stringify(copy)))).toEqual(copy);
    expect(parsePlanCopy({ ...copy, baseVersion: "3" })).toBeNull();
    expect(parsePlanCopy({ ...copy, stages: [{ ...stage, domainIds: "a" }] })).toBeNull();
    expect(parsePlanCopy(null)).toBeNull();
  });
});

describe("stages without focus domains", () => {
  const bare = { ...stage, domainIds: [] };
  it("are allowed for behavioural and debrief stages (not scored), refused for the others with a reason", () => {
    expect(planSchema.safeParse({ stages: [{ ...bare, kind: "BEHAVIOURAL" }] }).success).toBe(true);
    expect(planSchema.safeParse({ stages: [{ ...bare, kind: "DEBRIEF" }] }).success).toBe(true);
    const technical = planSchema.safeParse({ stages: [{ ...bare, kind: "TECHNICAL" }] });
    expect(technical.success).toBe(false);
    expect(technical.error?.issues[0]?.message).toMatch(/only a behavioural or debrief stage may have none/);
  });
});
