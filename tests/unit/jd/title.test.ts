import { describe, expect, it } from "vitest";
import { analyseJobDescription, detectTitle, titleFlag, type Target } from "../../../lib/jd/analyse";
import { titleRung } from "../../../lib/jd/title";
import type { DomainKey } from "../../../lib/jd/lexicon";
import { MOSTLY_LEVEL_3 } from "./clear-cut-lines";

const targets = (o: number, d: number, a: number, s: number): Record<DomainKey, Target> =>
  ({ observability: o, "data-ml": d, automation: a, "security-governance": s }) as Record<DomainKey, Target>;

// A junior ad that asks mostly for strategy-level (Level 3) work, pasted against a neutral mid-level role.
const JUNIOR_INFLATED = ["# Junior SRE", "", "## Requirements", ...MOSTLY_LEVEL_3.map((l) => `- ${l}`)].join("\n");
const LEVEL_3_IN = "(in observability & telemetry, automation & integration, security & governance)";

describe("detectTitle", () => {
  it.each([
    ["a Markdown heading", "# Junior SRE\n\n## Requirements\n- Build dashboards.", "Junior SRE"],
    ["a bold first line", "**Senior Platform Engineer**\nWe build things.", "Senior Platform Engineer"],
    ["a short plain first line", "Staff Data Scientist\n\nAbout us\nWe are a bank.", "Staff Data Scientist"],
    [
      "a Title: line near the top",
      "Acme Corp is hiring!\nJob title: Graduate ML Engineer\nLocation: Remote",
      "Graduate ML Engineer",
    ],
    [
      "a Position: line",
      "Position: Principal AIOps Architect\n\nRequirements:\n- Lead things.",
      "Principal AIOps Architect",
    ],
  ])("reads %s", (_what, text, want) => {
    expect(detectTitle(text)).toBe(want);
  });

  it.each([
    ["a section heading", "## Requirements\n- Build dashboards."],
    ["a prose sentence", "We are looking for an engineer to join our reliability team.\n- Build dashboards."],
    ["a bullet", "- Build dashboards.\n- Write runbooks."],
    ["a label line", "Responsibilities:\n- Build dashboards."],
    ["nothing", "   \n\n"],
  ])("finds no title in %s", (_what, text) => {
    expect(detectTitle(text)).toBeNull();
  });
});

describe("title seniority against the text", () => {
  it("flags a pasted Junior ad asking mostly Level 3, though the stored role title is neutral and no target is Level 3", () => {
    const a = analyseJobDescription(JUNIOR_INFLATED, { title: "AIOps Engineer", targets: targets(2, 0, 2, 0) });
    expect(a.title).toEqual({ text: "Junior SRE", fromText: true });
    expect(a.titleFlag).toBe(
      `Title says "Junior" but 3 of 4 lines ask Level 3 ${LEVEL_3_IN}; a Junior role asks Level 1 work`,
    );
    expect(a.scoreExplanation).toMatch(/10 because the title's seniority does not match the levels the ad asks for/);
  });

  it("uses the text's title over the role's: a senior role title does not hide a junior ad", () => {
    const a = analyseJobDescription(JUNIOR_INFLATED, { title: "Senior AIOps Engineer", targets: targets(3, 0, 2, 0) });
    expect(a.titleFlag).toContain("3 of 4 lines ask Level 3");
    expect(a.titleFlag).toContain("the role targets Level 3 in observability & telemetry");
  });

  it("falls back to the role's title when the text has none", () => {
    const text = JUNIOR_INFLATED.split("\n").slice(2).join("\n");
    const a = analyseJobDescription(text, { title: "Graduate SRE", targets: targets(2, 0, 2, 0) });
    expect(a.title).toEqual({ text: "Graduate SRE", fromText: false });
    expect(a.titleFlag).toMatch(/^Title says "Graduate" but 3 of 4 lines ask Level 3/);
    expect(analyseJobDescription(text, { title: "SRE", targets: targets(2, 0, 2, 0) }).titleFlag).toBeNull();
  });

  it("leaves a line one level from the title to its own flag: a Senior ad asking Level 1, a Junior one with one Level 3 line", () => {
    const text =
      "# Senior SRE\n## Requirements\n- Familiar with logs and metrics.\n- Basic scripting with Python.\n- Configure dashboards and basic alert rules.";
    expect(analyseJobDescription(text, { title: "SRE", targets: targets(2, 0, 2, 0) }).titleFlag).toBeNull();
    const oneHigh =
      "# Junior SRE\n## Requirements\n- Define the enterprise telemetry strategy.\n- Configure dashboards and basic alert rules.\n- Write runbooks with the team.";
    const a = analyseJobDescription(oneHigh, { title: "SRE", targets: targets(1, 0, 1, 0) });
    expect(a.titleFlag).toBeNull();
    expect(a.lines[0]!.flags.map((f) => f.kind)).toEqual(["inflation"]);
  });

  it("ignores nice-to-have lines: a junior ad may mention Level 3 work as a bonus", () => {
    const text =
      "# Junior SRE\n## Requirements\n- Configure dashboards and basic alert rules.\n## Nice to have\n- Define the enterprise telemetry strategy.";
    expect(analyseJobDescription(text, { title: "SRE", targets: targets(1, 0, 0, 0) }).titleFlag).toBeNull();
  });

  it("does not flag a junior title asking junior levels, or a title with no seniority word", () => {
    expect(titleFlag("Junior SRE", targets(1, 1, 0, 0), [{ domain: "observability", level: 1 }])).toBeNull();
    expect(
      titleFlag("Site Reliability Engineer", targets(3, 0, 0, 0), [{ domain: "observability", level: 3 }]),
    ).toBeNull();
  });
});

describe("seniority ladder", () => {
  it.each([
    ["Intern, Platform", "Intern"],
    ["Graduate SRE", "Graduate"],
    ["Junior Data Engineer", "Junior"],
    ["Associate Cloud Engineer", "Associate"],
    ["Mid-level SRE", "Mid-level"],
    ["Senior MLOps Engineer", "Senior"],
    ["Lead Security Engineer", "Lead"],
    ["Staff AIOps Engineer", "Staff"],
    ["Principal Engineer", "Principal"],
    ["Head of Observability", "Head of"],
    ["Director of Security Engineering", "Director"],
    ["Solutions Architect", "Architect"],
    ["VP Engineering", "VP"],
    ["Distinguished Engineer", "Distinguished"],
    ["Fellow, Reliability", "Fellow"],
  ])("%s → %s", (title, word) => {
    expect(titleRung(title)?.word).toBe(word);
  });

  it("takes the most senior rung a title names", () => {
    expect(titleRung("Senior Director, Platform")?.word).toBe("Director");
    expect(titleRung("Associate Director of SRE")?.word).toBe("Director");
    expect(titleRung("Site Reliability Engineer")).toBeNull();
  });
});

describe("a title that contradicts the levels asked, in either direction", () => {
  const lines = (...ls: string[]) => `## Requirements\n${ls.map((l) => `- ${l}`).join("\n")}\n`;
  const L1 = [
    "Follow the information security policy when handling customer data.",
    "Use the SIEM to check login alerts and escalate anything unusual.",
    "Keep the access review spreadsheet up to date.",
  ];
  const flagOf = (title: string, text: string, t = targets(1, 0, 1, 1)) =>
    analyseJobDescription(`# ${title}\n\n${text}`, { title, targets: t }).titleFlag;

  it("flags a Director asking only Level 1 lines", () => {
    expect(flagOf("Director of Security Engineering", lines(...L1))).toMatch(
      /^Title says "Director" but the text asks nothing above Level 1 \(3 lines\); a Director role asks Level 3 work/,
    );
  });

  it("flags Head of, VP, Distinguished and Fellow titles asking only Level 1; Staff and Principal mean Level 2 or 3", () => {
    for (const t of ["Head of Platform", "VP Infrastructure", "Distinguished Engineer", "Fellow, AIOps"])
      expect(flagOf(t, lines(...L1), targets(3, 0, 3, 3)), t).toMatch(/asks nothing above Level 1 \(3 lines\)/);
    for (const t of ["Staff SRE", "Principal Engineer", "Lead Engineer"])
      expect(flagOf(t, lines(...L1), targets(3, 0, 3, 3)), t).toBeNull();
  });

  it("flags a title whose role targets sit outside its band, whatever the text asks", () => {
    expect(flagOf("Staff SRE", lines(...L1), targets(1, 0, 1, 1))).toBe(
      'Title says "Staff" but no domain targets above Level 1',
    );
    expect(flagOf("Junior SRE", lines("Configure alert rules."), targets(3, 0, 0, 0))).toBe(
      'Title says "Junior" but the role targets Level 3 in observability & telemetry',
    );
  });

  it("flags Junior, Graduate and Associate titles asking mostly Level 3", () => {
    const text = lines(...MOSTLY_LEVEL_3);
    for (const t of ["Junior SRE", "Graduate SRE", "Associate SRE"])
      expect(flagOf(t, text, targets(1, 0, 1, 1)), t).toMatch(/3 of 4 lines ask Level 3 \(in observability/);
  });

  it("does not flag a Junior title whose lines ask Level 2 (one level up: each line is flagged instead), nor a Director's asking Level 2", () => {
    const text = lines(
      "Design telemetry pipelines.",
      "Implement anomaly detection.",
      "Build Terraform modules.",
      "Configure alert rules.",
    );
    expect(flagOf("Junior Engineer", text, targets(1, 1, 1, 0))).toBeNull();
    expect(flagOf("Director of SRE", text, targets(3, 2, 3, 0))).toBeNull();
  });

  it("leaves titles that fit alone", () => {
    expect(
      flagOf(
        "Director of Observability",
        lines("Define the organisation-wide observability strategy.", "Configure alert rules."),
        targets(3, 0, 0, 0),
      ),
    ).toBeNull();
    expect(
      flagOf("Senior SRE", lines("Design SLOs and burn-rate alerts.", "Configure dashboards."), targets(2, 0, 0, 0)),
    ).toBeNull();
    expect(
      flagOf("Junior SRE", lines("Configure dashboards.", "Follow runbooks during incidents."), targets(1, 0, 0, 0)),
    ).toBeNull();
  });
});
