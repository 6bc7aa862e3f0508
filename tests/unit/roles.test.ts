import { describe, expect, it } from "vitest";
import { planCoverage } from "../../lib/roles/coverage";
import { levelDelta, profileFlags } from "../../lib/roles/profile-checks";
import { roleTargetSchema, weightFromInput } from "../../lib/validation/role";

const targets = [
  { domainId: "obs", name: "Observability", level: 3 },
  { domainId: "data", name: "Data literacy", level: 2 },
  { domainId: "auto", name: "Automation", level: 1 },
  { domainId: "sec", name: "Security", level: 0 },
];

describe("planCoverage", () => {
  it("blocks publishing while a targeted domain is uncovered", () => {
    const c = planCoverage(targets, [
      { id: "s1", name: "Screen", domainIds: ["obs", "data"], interviewerIds: ["a", "b"] },
    ]);
    expect(c.uncovered.map((r) => r.domainId)).toEqual(["auto"]);
    expect(c.publishable).toBe(false);
    expect(c.rows.find((r) => r.domainId === "sec")?.status).toBe("not-required");
  });

  it("warns when a Level 2+ domain has a single judge, but allows publishing", () => {
    const c = planCoverage(targets, [
      { id: "s1", name: "Screen", domainIds: ["obs", "auto"], interviewerIds: ["a"] },
      { id: "s2", name: "Deep dive", domainIds: ["obs", "data"], interviewerIds: ["b"] },
    ]);
    expect(c.warnings.map((r) => r.domainId)).toEqual(["data"]);
    expect(c.rows.find((r) => r.domainId === "obs")).toMatchObject({
      status: "covered",
      interviewers: 2,
      stages: ["Screen", "Deep dive"],
    });
    expect(c.publishable).toBe(true);
  });

  it("a stage nobody interviews on covers nothing", () => {
    const c = planCoverage(targets, [
      { id: "s1", name: "Screen", domainIds: ["obs", "data"], interviewerIds: ["a", "b"] },
      { id: "s2", name: "Automation", domainIds: ["auto"], interviewerIds: [] },
    ]);
    expect(c.uncovered.map((r) => r.domainId)).toEqual(["auto"]);
    expect(c.publishable).toBe(false);
  });

  it("is not publishable with no stages", () => {
    expect(planCoverage([], []).publishable).toBe(false);
  });
});

describe("profileFlags", () => {
  const d = (level: number, emphasis: "CORE" | "SUPPORTING" | "PERIPHERAL" = "SUPPORTING", name = "X") => ({
    domainId: name,
    name,
    level,
    emphasis,
  });
  it("flags a senior title with every target at Level 1", () => {
    const flags = profileFlags({
      title: "Senior SRE",
      seniority: "Senior",
      domains: [d(1, "CORE", "a"), d(1, "SUPPORTING", "b")],
    });
    expect(flags.map((f) => f.code)).toContain("senior-all-foundational");
  });
  it("flags Level 3 in a peripheral domain and a junior architect", () => {
    const flags = profileFlags({
      title: "Junior data engineer",
      seniority: "Junior",
      domains: [d(3, "PERIPHERAL", "Security"), d(1, "CORE", "Data")],
    });
    expect(flags.map((f) => f.code).sort()).toEqual(["junior-architect", "l3-peripheral"]);
  });
  it("accepts a coherent profile", () => {
    expect(
      profileFlags({
        title: "Senior AI Operations Engineer",
        seniority: "Senior",
        domains: [d(3, "CORE", "a"), d(2, "SUPPORTING", "b"), d(1, "PERIPHERAL", "c")],
      }),
    ).toEqual([]);
  });
});

describe("levelDelta", () => {
  it("lists what a Level 1 candidate is missing to reach Level 3", () => {
    const cells = [1, 2, 3].map((level) => ({ level, indicators: [`i${level}`] }));
    expect(levelDelta(cells, 1, 3)).toEqual([
      { level: 2, indicators: ["i2"] },
      { level: 3, indicators: ["i3"] },
    ]);
    expect(levelDelta(cells, 2, 2)).toEqual([]);
  });
});

describe("target weight", () => {
  it("treats a blank weight as 1 and leaves anything typed to the schema", () => {
    expect(weightFromInput("")).toBe(1);
    expect(weightFromInput("  ")).toBe(1);
    expect(weightFromInput(undefined)).toBe(1);
    expect(weightFromInput("2.5")).toBe(2.5);
    // A decimal comma as much of Europe types it; anything else with a comma stays for the schema to refuse.
    expect(weightFromInput("0,5")).toBe(0.5);
    expect(weightFromInput(" 1,5 ")).toBe(1.5);
    expect(weightFromInput("1,5,2")).toBeNaN();
    const bad = roleTargetSchema.safeParse({ domainId: "d", level: 2, weight: weightFromInput("9") });
    expect(bad.success ? null : bad.error.issues[0]?.message).toBe("Weight between 0.5 and 5");
  });
});
