import { describe, expect, it } from "vitest";
import { analyseJobDescription } from "../../lib/jd/analyse";
import { diffLines, jdChanges, readGeneratedFrom } from "../../lib/job-descriptions/diff";
import { generateJobDescription, generateWithOrigin, markdownToText, type JdInput } from "../../lib/job-descriptions/generate";

const input: JdInput = {
  title: "Senior AI Operations Engineer",
  seniority: "Senior",
  clusterName: "SRE / Reliability",
  clusterSummary: "Turns operational pain into automation.",
  levelNames: { 1: "Foundational Practitioner", 2: "Applied AIOps Engineer", 3: "Strategic AIOps Architect" },
  domains: [
    { domainId: "o", name: "Observability & telemetry", target: 3, indicators: { 1: ["o1"], 2: ["o2"], 3: ["Sets SLO standards", "Defines telemetry budgets"] } },
    { domainId: "d", name: "Data literacy", target: 2, indicators: { 1: ["d1"], 2: ["Builds seasonal baselines", "Evaluates detectors on past incidents"], 3: ["Defines the model lifecycle", "Sets model evaluation gates", "Links detector quality to SLOs", "Fourth L3 indicator"] } },
    { domainId: "s", name: "Security & governance", target: 0, indicators: { 1: ["s1"], 2: ["s2"], 3: ["s3"] } },
  ],
  salary: { min: 150000, max: 185000, currency: "USD", source: "role" },
  remote: "High",
  location: "Remote (US)",
};

const section = (md: string, heading: string) => md.split(`## ${heading}\n`)[1]?.split(/\n## /)[0] ?? "";

describe("generateJobDescription", () => {
  it("writes responsibilities from the target level and leaves untargeted domains out", () => {
    const md = generateJobDescription(input);
    expect(section(md, "What you will do")).toContain("- Sets SLO standards");
    expect(section(md, "What you will do")).toContain("- Builds seasonal baselines");
    expect(md).not.toContain("o2");
    expect(md).not.toContain("s2");
    expect(md).toContain("Salary: $150,000 – $185,000");
    expect(md).toContain("Level 3 (Strategic AIOps Architect) in observability & telemetry");
  });

  it("writes the requirements from each domain's target-level indicators, under the level asked", () => {
    const req = section(generateJobDescription(input), "What we are looking for");
    expect(req).toContain("### Observability & telemetry: Level 3 (Strategic AIOps Architect)\n\n- Sets SLO standards\n- Defines telemetry budgets");
    expect(req).toContain("### Data literacy: Level 2 (Applied AIOps Engineer)\n\n- Builds seasonal baselines\n- Evaluates detectors on past incidents");
    expect(req).not.toMatch(/everything expected at Level/);
    expect(req).not.toContain("Defines the model lifecycle"); // that is the level above: a nice-to-have
  });

  it("takes nice-to-haves from the level above, up to three per domain, and none above Level 3", () => {
    const nice = section(generateJobDescription(input), "Nice to have");
    expect(nice.trim().split("\n")).toEqual(["- Data literacy (Level 3): Defines the model lifecycle", "- Data literacy (Level 3): Sets model evaluation gates", "- Data literacy (Level 3): Links detector quality to SLOs"]);
  });

  it("says 'to be agreed' for a missing salary and location, and leaves out an unknown remote-friendliness", () => {
    const md = generateJobDescription({ ...input, salary: null, remote: null, location: null });
    const comp = section(md, "Compensation and location");
    expect(comp.trim().split("\n")).toEqual(["- Salary: to be agreed", "- Location: to be agreed"]);
    expect(md).not.toMatch(/undefined|null|: *$/m);
    expect(md).toContain("Senior · SRE / Reliability\n");
  });

  it("gives a role with no targets a sentence, not a broken one", () => {
    const md = generateJobDescription({ ...input, domains: input.domains.map((d) => ({ ...d, target: 0 })) });
    expect(md).toContain("The target levels for this role are not set yet");
    expect(md).not.toContain("asks for .");
  });

  it("reads as aligned to its own targets in the analyser: no inflation or vague lines", () => {
    const a = analyseJobDescription(generateJobDescription(input), { title: input.title, targets: { observability: 3, "data-ml": 2, automation: 0, "security-governance": 0 } });
    expect(a.lines.flatMap((l) => l.flags.filter((f) => f.kind === "inflation" || f.kind === "vague"))).toEqual([]);
    expect(a.title).toEqual({ text: "Senior AI Operations Engineer", fromText: true });
  });

  it("records what it was generated from at generation time", () => {
    const g = generateWithOrigin(input);
    expect(g.generatedFrom).toEqual({ targets: [{ domainId: "o", target: 3 }, { domainId: "d", target: 2 }, { domainId: "s", target: 0 }], text: g.text });
  });

  it("converts to plain text", () => {
    expect(markdownToText(generateJobDescription(input))).not.toMatch(/^#/m);
  });
});

describe("diffLines", () => {
  it("lists removed and added lines in document order", () => {
    expect(diffLines("a\nb\nc\nd", "a\nc\nx\nd")).toEqual([
      { kind: "removed", text: "b" },
      { kind: "added", text: "x" },
    ]);
  });

  it("sees a moved line as a change (order matters), and nothing for identical texts", () => {
    expect(diffLines("a\nb\nc", "c\na\nb")).toEqual([{ kind: "added", text: "c" }, { kind: "removed", text: "c" }]);
    expect(diffLines("a\n\nb\n", "a\nb")).toEqual([]);
  });
});

describe("jdChanges", () => {
  const targets = (o: number, d: number) => [{ domainId: "o", name: "Observability & telemetry", target: o }, { domainId: "d", name: "Data literacy", target: d }, { domainId: "s", name: "Security & governance", target: 0 }];
  const at = (o: number, d: number) => generateWithOrigin({ ...input, domains: input.domains.map((x) => ({ ...x, target: x.domainId === "o" ? o : x.domainId === "d" ? d : 0 })) });

  it("reports hand edits as hand edits, not as a targets change", () => {
    const g = at(3, 2);
    const edited = g.text.replace("- Builds seasonal baselines", "- Builds seasonal baselines with Prophet");
    const c = jdChanges({ content: edited, generatedFrom: g.generatedFrom }, { targets: targets(3, 2), generated: g.text });
    expect(c.targetChanges).toEqual([]);
    expect(c.regeneration).toEqual([]);
    expect(c.handEdits).toContainEqual({ kind: "added", text: "- Builds seasonal baselines with Prophet" });
    expect(c.handEdits).toContainEqual({ kind: "removed", text: "- Builds seasonal baselines" });
  });

  it("reports a targets change with what regenerating would do, apart from the hand edits", () => {
    const old = at(3, 2);
    const now = at(3, 3);
    const c = jdChanges({ content: old.text, generatedFrom: old.generatedFrom }, { targets: targets(3, 3), generated: now.text });
    expect(c.targetChanges).toEqual(["Data literacy: Level 2 → Level 3"]);
    expect(c.regeneration).toContainEqual({ kind: "added", text: "- Defines the model lifecycle" });
    expect(c.regeneration).toContainEqual({ kind: "removed", text: "- Builds seasonal baselines" });
    expect(c.handEdits).toEqual([]);
  });

  it("falls back to a plain comparison for texts saved without the generated original", () => {
    const g = at(3, 2);
    const c = jdChanges({ content: `${g.text}\n- A hand-added line`, generatedFrom: readGeneratedFrom({ targets: [{ domainId: "o", target: 3 }, { domainId: "d", target: 2 }] }) }, { targets: targets(3, 2), generated: g.text });
    expect(c).toMatchObject({ targetChanges: [], regeneration: [], handEdits: null, unknownOrigin: [{ kind: "removed", text: "- A hand-added line" }] });
    expect(readGeneratedFrom(null)).toBeNull();
    expect(readGeneratedFrom({ targets: "nope", text: 3 })).toEqual({ targets: undefined, text: undefined });
  });
});
