import { describe, expect, it } from "vitest";
import {
  keepQuestionOrder,
  planReferenceProblem,
  stageBank,
  tidyStage,
  type BankQuestion,
  type PlanContext,
} from "../../lib/roles/plan-rules";

const questions: BankQuestion[] = [
  { id: "q-obs-1", domainId: "obs", level: 1, prompt: "Walk me through an alert you tuned." },
  { id: "q-obs-2", domainId: "obs", level: 2, prompt: "Design SLOs for a model-serving API." },
  { id: "q-obs-3", domainId: "obs", level: 3, prompt: "Plan an observability platform for 40 teams." },
  { id: "q-obs-2b", domainId: "obs", level: 2, prompt: "How do you find the root cause of a latency spike?" },
  { id: "q-auto-1", domainId: "auto", level: 1, prompt: "Automate a runbook step." },
  { id: "q-old", domainId: "obs", level: 2, prompt: "A retired question", retired: true },
];
const targets = [
  { domainId: "obs", name: "Observability", level: 2 },
  { domainId: "auto", name: "Automation", level: 0 },
  { domainId: "sec", name: "Security", level: 1 },
];
const ctx: PlanContext = {
  domains: targets.map((t) => ({ domainId: t.domainId, name: t.name })),
  interviewerIds: ["owner", "ivy"],
  people: [
    { id: "owner", name: "Jordan", function: "OWNER" },
    { id: "ivy", name: "Ivy", function: "INTERVIEWER" },
    { id: "rita", name: "Rita", function: "RECRUITER" },
  ],
  questions,
};
const stage = (
  over: Partial<{ name: string; domainIds: string[]; interviewerIds: string[]; questionIds: string[] }> = {},
) => ({
  name: "Deep dive",
  domainIds: ["obs"],
  interviewerIds: ["ivy"],
  questionIds: ["q-obs-2"],
  ...over,
});

describe("planReferenceProblem", () => {
  it("accepts ids that all belong to the role", () => {
    expect(
      planReferenceProblem(
        [stage(), stage({ name: "Debrief", domainIds: [], interviewerIds: ["owner"], questionIds: [] })],
        ctx,
      ),
    ).toBeNull();
  });

  it("names the stage and field for each kind of foreign id", () => {
    expect(planReferenceProblem([stage({ domainIds: ["obs", "retired-domain"] })], ctx)).toEqual({
      path: "stages.0.domainIds",
      message: expect.stringMatching(/Stage 1 .*not part of this role's matrix version/),
    });
    expect(planReferenceProblem([stage(), stage({ interviewerIds: ["rita"] })], ctx)).toEqual({
      path: "stages.1.interviewerIds",
      message: expect.stringMatching(/Rita is the role's recruiter/),
    });
    expect(planReferenceProblem([stage({ interviewerIds: ["stranger"] })], ctx)?.message).toMatch(
      /not on the role's hiring team/,
    );
    expect(planReferenceProblem([stage({ questionIds: ["missing"] })], ctx)).toEqual({
      path: "stages.0.questionIds",
      message: expect.stringMatching(/does not exist/),
    });
    expect(planReferenceProblem([stage({ questionIds: ["q-old"] })], ctx)?.message).toMatch(
      /“A retired question” has been retired/,
    );
    expect(planReferenceProblem([stage({ questionIds: ["q-auto-1"] })], ctx)?.message).toMatch(
      /is about Automation, which the stage does not focus on/,
    );
  });
});

describe("planReferenceProblem and deactivated people", () => {
  it("refuses a deactivated team member as a stage interviewer, by name", () => {
    const withGone: PlanContext = {
      ...ctx,
      people: ctx.people.map((p) => (p.id === "ivy" ? { ...p, active: false } : { ...p, active: true })),
    };
    expect(planReferenceProblem([stage()], withGone)).toEqual({
      path: "stages.0.interviewerIds",
      message: "Stage 1 (“Deep dive”): Ivy has been deactivated; choose another interviewer.",
    });
    expect(planReferenceProblem([stage({ interviewerIds: ["owner"] })], withGone)).toBeNull();
  });
});

describe("stageBank", () => {
  it("lists the target level first, then the other levels in order, per focus domain", () => {
    const [obs, ...rest] = stageBank(questions, targets, ["obs"]);
    expect(rest).toEqual([]);
    expect(obs!.atTarget.map((q) => q.id)).toEqual(["q-obs-2", "q-obs-2b"]);
    expect(obs!.others.map((q) => q.level)).toEqual([1, 3]);
  });

  it("shows a retired question only when the stage already uses it; skips domains without questions", () => {
    expect(stageBank(questions, targets, ["obs"], ["q-old"])[0]!.atTarget.map((q) => q.id)).toContain("q-old");
    const groups = stageBank(questions, targets, ["auto", "sec"]);
    expect(groups.map((g) => g.domainId)).toEqual(["auto"]);
    expect(groups[0]).toMatchObject({ target: 0, atTarget: [], others: [{ id: "q-auto-1" }] });
  });
});

describe("tidyStage", () => {
  it("drops domains outside the version and questions the stage no longer shows", () => {
    const s = tidyStage(
      {
        name: "S",
        domainIds: ["obs", "gone"],
        questionIds: ["q-obs-1", "q-auto-1", "unknown"],
        interviewerIds: ["ivy"],
      },
      ["obs", "auto", "sec"],
      questions,
    );
    expect(s).toEqual({ name: "S", domainIds: ["obs"], questionIds: ["q-obs-1"], interviewerIds: ["ivy"] });
  });
});

describe("keepQuestionOrder", () => {
  it("keeps the stage's order, drops what was unticked and adds new questions after, in the order sent", () => {
    expect(keepQuestionOrder(["a", "b", "c"], ["c", "b", "a"])).toEqual(["a", "b", "c"]);
    expect(keepQuestionOrder(["a", "b", "c"], ["d", "c", "a", "e"])).toEqual(["a", "c", "d", "e"]);
    expect(keepQuestionOrder([], ["b", "a", "b"])).toEqual(["b", "a"]);
  });
});
