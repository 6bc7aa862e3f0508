import { describe, expect, it } from "vitest";
import { analyseJobDescription } from "../../lib/jd/analyse";
import { diffLines, jdChanges, readGeneratedFrom } from "../../lib/job-descriptions/diff";
import {
  generateJobDescription,
  generateWithOrigin,
  markdownToText,
  type JdInput,
} from "../../lib/job-descriptions/generate";

const input: JdInput = {
  title: "Senior AI Operations Engineer",
  seniority: "Senior",
  clusterName: "SRE / Reliability",
  clusterSummary: "Turns operational pain into automation.",
  levelNames: { 1: "Foundational Practitioner", 2: "Applied AIOps Engineer", 3: "Strategic AIOps Architect" },
  domains: [
    {
      domainId: "o",
      key: "observability",
      name: "Observability & telemetry",
      target: 3,
      indicators: { 1: ["o1"], 2: ["o2"], 3: ["Sets SLO standards", "Defines telemetry budgets"] },
    },
    {
      domainId: "d",
      name: "Data literacy",
      target: 2,
      indicators: {
        1: ["d1"],
        2: ["Builds seasonal baselines", "Evaluates detectors on past incidents"],
        3: [
          "Defines the model lifecycle",
          "Sets model evaluation gates",
          "Links detector quality to SLOs",
          "Fourth L3 indicator",
        ],
      },
    },
    { domainId: "s", name: "Security & governance", target: 0, indicators: { 1: ["s1"], 2: ["s2"], 3: ["s3"] } },
  ],
  salary: { min: 150000, max: 185000, currency: "USD", source: "role" },
  remote: "High",
  location: "Remote (US)",
};

const section = (md: string, heading: string) => md.split(`## ${heading}\n`)[1]?.split(/\n## /)[0] ?? "";

describe("generateJobDescription", () => {
  it("writes responsibilities as the work itself, from the target level, and leaves untargeted domains out", () => {
    const md = generateJobDescription(input);
    const todo = section(md, "What you will do");
    expect(todo).toContain(
      "### Observability & telemetry (Level 3: Strategic AIOps Architect)\n\n- Set SLO standards\n- Define telemetry budgets",
    );
    expect(todo).toContain("- Build seasonal baselines");
    expect(md).not.toContain("o2");
    expect(md).not.toContain("s2");
    expect(md).toContain("Salary: $150,000 – $185,000");
    expect(md).toContain("Level 3 (Strategic AIOps Architect) in observability & telemetry");
  });

  it("writes what the candidate brings in ad wording, under the level asked, and never repeats a sentence", () => {
    const md = generateJobDescription(input);
    const req = section(md, "What you bring");
    expect(req).toContain(
      "### Observability & telemetry: Level 3 (Strategic AIOps Architect)\n\n- A track record of defining an organisation's telemetry strategy",
    );
    expect(req).toContain(
      "### Data literacy: Level 2 (Applied AIOps Engineer)\n\n- Experience in data literacy at the Applied AIOps Engineer level.",
    );
    expect(req).not.toContain("Defines the model lifecycle"); // that is the level above: a nice-to-have
    const body = md.split("\n").filter((l) => l.startsWith("- "));
    expect(new Set(body).size).toBe(body.length);
  });

  it("turns knowledge indicators into what the candidate brings, not into tasks", () => {
    const md = generateJobDescription({
      ...input,
      domains: [
        {
          domainId: "o",
          key: "observability",
          name: "Observability & telemetry",
          target: 1,
          indicators: {
            1: [
              "Knows that automated actions must leave an audit trail.",
              "Explains when to use traces.",
              "Configures alert rules and tunes them.",
            ],
            2: [],
          },
        },
      ],
    });
    expect(section(md, "What you will do")).toContain("- Configure alert rules and tune them.");
    expect(section(md, "What you bring")).toContain("- You know that automated actions must leave an audit trail.");
    expect(section(md, "What you bring")).toContain("- You can explain when to use traces.");
    expect(md).not.toMatch(/^- (Knows|Explains) /m);
  });

  it("takes nice-to-haves from the level above, up to three per domain, and none above Level 3", () => {
    const nice = section(generateJobDescription(input), "Nice to have");
    expect(nice.trim().split("\n")).toEqual([
      "- Data literacy (Level 3): experience defining the model lifecycle.",
      "- Data literacy (Level 3): experience setting model evaluation gates.",
      "- Data literacy (Level 3): experience linking detector quality to SLOs.",
    ]);
  });

  it("says 'to be agreed' for a missing salary and location, and leaves out an unknown remote-friendliness", () => {
    const md = generateJobDescription({ ...input, salary: null, remote: null, location: null });
    const comp = section(md, "Salary and location");
    expect(comp.trim().split("\n")).toEqual(["- Salary: to be agreed", "- Location: to be agreed"]);
    expect(md).not.toMatch(/undefined|null|: *$/m);
    expect(md).toContain("Senior · SRE / Reliability\n");
  });

  it("shows pay in the role's currency, written the local way", () => {
    expect(
      generateJobDescription({
        ...input,
        salary: { min: 90000, max: 110000, currency: "EUR", source: "role" },
        location: "Remote (EU)",
      }),
    ).toContain("- Salary: €90,000 – €110,000");
    expect(
      generateJobDescription({ ...input, salary: { min: 70000, max: 85000, currency: "GBP", source: "role" } }),
    ).toContain("- Salary: £70,000 – £85,000");
  });

  it("includes the organisation's profile, benefits and equal-opportunity texts, and leaves out empty ones", () => {
    const organisation = {
      name: "Acme Reliability",
      profile: "We run payments.\n\nAnd logistics.",
      benefits: "30 days leave\n- Learning budget",
      equalOpportunity: "We welcome everyone.",
    };
    const md = generateJobDescription({ ...input, organisation });
    expect(section(md, "About Acme Reliability").trim()).toBe("We run payments.\n\nAnd logistics.");
    expect(section(md, "What we offer").trim()).toBe("- 30 days leave\n- Learning budget");
    expect(section(md, "Equal opportunity").trim()).toBe("We welcome everyone.");
    const bare = generateJobDescription({
      ...input,
      organisation: { ...organisation, profile: "", benefits: " ", equalOpportunity: "" },
    });
    expect(bare).not.toMatch(/## (About Acme|What we offer|Equal opportunity)/);
  });

  it("cases proper names the matrix or a lower-cased domain name would otherwise break", () => {
    const md = generateJobDescription({
      ...input,
      domains: [
        {
          domainId: "d",
          key: "data-ml",
          name: "Data engineering & ML foundations",
          target: 2,
          indicators: { 2: ["Builds baselines."], 3: [] },
        },
      ],
    });
    expect(md).toContain("in data engineering & ML foundations");
    expect(md).not.toMatch(/\bml\b/);
  });

  it("gives a role with no targets a sentence, not a broken one", () => {
    const md = generateJobDescription({ ...input, domains: input.domains.map((d) => ({ ...d, target: 0 })) });
    expect(md).toContain("The target levels for this role are not set yet");
    expect(md).not.toContain("asks for .");
  });

  it("reads as aligned to its own targets in the analyser: no inflation or vague lines", () => {
    const a = analyseJobDescription(generateJobDescription(input), {
      title: input.title,
      targets: { observability: 3, "data-ml": 2, automation: 0, "security-governance": 0 },
    });
    expect(a.lines.flatMap((l) => l.flags.filter((f) => f.kind === "inflation" || f.kind === "vague"))).toEqual([]);
    expect(a.title).toEqual({ text: "Senior AI Operations Engineer", fromText: true });
  });

  it("records what it was generated from at generation time", () => {
    const g = generateWithOrigin(input);
    expect(g.generatedFrom).toEqual({
      targets: [
        { domainId: "o", target: 3 },
        { domainId: "d", target: 2 },
        { domainId: "s", target: 0 },
      ],
      text: g.text,
    });
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
    expect(diffLines("a\nb\nc", "c\na\nb")).toEqual([
      { kind: "added", text: "c" },
      { kind: "removed", text: "c" },
    ]);
    expect(diffLines("a\n\nb\n", "a\nb")).toEqual([]);
  });

  it("finds a few changed lines in long texts (the hand-written diff gave up above 2,000 x 2,000 lines)", () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i}`);
    const edited = lines.map((l, i) => (i === 2500 ? "line 2500, edited" : l));
    edited.splice(10, 1);
    expect(diffLines(lines.join("\n"), edited.join("\n"))).toEqual([
      { kind: "removed", text: "line 10" },
      { kind: "removed", text: "line 2500" },
      { kind: "added", text: "line 2500, edited" },
    ]);
    // Texts with nothing in common: all removed, then all added.
    expect(diffLines("a\nb", "c\nd")).toEqual([
      { kind: "removed", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "added", text: "c" },
      { kind: "added", text: "d" },
    ]);
  });
});

describe("jdChanges", () => {
  const targets = (o: number, d: number) => [
    { domainId: "o", name: "Observability & telemetry", target: o },
    { domainId: "d", name: "Data literacy", target: d },
    { domainId: "s", name: "Security & governance", target: 0 },
  ];
  const at = (o: number, d: number) =>
    generateWithOrigin({
      ...input,
      domains: input.domains.map((x) => ({ ...x, target: x.domainId === "o" ? o : x.domainId === "d" ? d : 0 })),
    });

  it("reports hand edits as hand edits, not as a targets change", () => {
    const g = at(3, 2);
    const edited = g.text.replace("- Build seasonal baselines", "- Build seasonal baselines with Prophet");
    const c = jdChanges(
      { content: edited, generatedFrom: g.generatedFrom },
      { targets: targets(3, 2), generated: g.text },
    );
    expect(c.targetChanges).toEqual([]);
    expect(c.regeneration).toEqual([]);
    expect(c.handEdits).toContainEqual({ kind: "added", text: "- Build seasonal baselines with Prophet" });
    expect(c.handEdits).toContainEqual({ kind: "removed", text: "- Build seasonal baselines" });
  });

  it("reports a targets change with what regenerating would do, apart from the hand edits", () => {
    const old = at(3, 2);
    const now = at(3, 3);
    const c = jdChanges(
      { content: old.text, generatedFrom: old.generatedFrom },
      { targets: targets(3, 3), generated: now.text },
    );
    expect(c.targetChanges).toEqual(["Data literacy: Level 2 → Level 3"]);
    expect(c.regeneration).toContainEqual({ kind: "added", text: "- Define the model lifecycle" });
    expect(c.regeneration).toContainEqual({ kind: "removed", text: "- Build seasonal baselines" });
    expect(c.handEdits).toEqual([]);
  });

  it("falls back to a plain comparison for texts saved without the generated original", () => {
    const g = at(3, 2);
    const c = jdChanges(
      {
        content: `${g.text}\n- A hand-added line`,
        generatedFrom: readGeneratedFrom({
          targets: [
            { domainId: "o", target: 3 },
            { domainId: "d", target: 2 },
          ],
        }),
      },
      { targets: targets(3, 2), generated: g.text },
    );
    expect(c).toMatchObject({
      targetChanges: [],
      regeneration: [],
      handEdits: null,
      unknownOrigin: [{ kind: "removed", text: "- A hand-added line" }],
    });
    expect(readGeneratedFrom(null)).toBeNull();
    expect(readGeneratedFrom({ targets: "nope", text: 3 })).toEqual({ targets: undefined, text: undefined });
  });
});
