import { describe, expect, it } from "vitest";
import { analyseJobDescription, detectTitle, titleFlag, type Target } from "../../../lib/jd/analyse";
import { titleRung } from "../../../lib/jd/title";
import type { DomainKey } from "../../../lib/jd/lexicon";

const targets = (o: number, d: number, a: number, s: number): Record<DomainKey, Target> =>
  ({ observability: o, "data-ml": d, automation: a, "security-governance": s }) as Record<DomainKey, Target>;

// A junior ad that asks for strategy-level (Level 3) work, pasted against a neutral mid-level role.
const JUNIOR_INFLATED = [
  "# Junior SRE",
  "",
  "## Requirements",
  "- Define the enterprise telemetry strategy.",
  "- Design OpenTelemetry tracing and alerting for our services.",
  "- Build Terraform modules and CI/CD pipelines.",
].join("\n");

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
  it("flags a pasted Junior ad asking Level 3, though the stored role title is neutral and no target is Level 3", () => {
    const a = analyseJobDescription(JUNIOR_INFLATED, { title: "AIOps Engineer", targets: targets(2, 0, 2, 0) });
    expect(a.title).toEqual({ text: "Junior SRE", fromText: true });
    expect(a.titleFlag).toBe('Title says "Junior" but the text asks Level 3 in observability & telemetry (1 line)');
    expect(a.scoreExplanation).toMatch(/10 because the title's seniority does not match the levels the ad asks for/);
  });

  it("uses the text's title over the role's: a senior role title does not hide a junior ad", () => {
    const a = analyseJobDescription(JUNIOR_INFLATED, { title: "Senior AIOps Engineer", targets: targets(3, 0, 2, 0) });
    expect(a.titleFlag).toContain("the text asks Level 3");
    expect(a.titleFlag).toContain("the role targets Level 3 in observability & telemetry");
  });

  it("falls back to the role's title when the text has none", () => {
    const text = "## Requirements\n- Define the enterprise telemetry strategy.\n- Build CI/CD pipelines.";
    const a = analyseJobDescription(text, { title: "Graduate SRE", targets: targets(2, 0, 2, 0) });
    expect(a.title).toEqual({ text: "Graduate SRE", fromText: false });
    expect(a.titleFlag).toMatch(/^Title says "Graduate" but the text asks Level 3/);
    expect(analyseJobDescription(text, { title: "SRE", targets: targets(2, 0, 2, 0) }).titleFlag).toBeNull();
  });

  it("flags a senior title whose text asks nothing above Level 1, even when the targets are higher", () => {
    const text = "# Senior SRE\n## Requirements\n- Familiar with logs and metrics.\n- Basic scripting with Python.";
    expect(analyseJobDescription(text, { title: "SRE", targets: targets(2, 0, 2, 0) }).titleFlag).toBe(
      'Title says "Senior" but the text asks nothing above Level 1 (2 lines); a Senior role asks Level 2 work',
    );
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

  it("flags Staff, Principal, Head of, VP, Distinguished and Fellow titles asking no Level 3", () => {
    const text = lines("Design telemetry ingestion pipelines.", "Implement anomaly detection on metrics.");
    for (const t of [
      "Staff SRE",
      "Principal Engineer",
      "Head of Platform",
      "VP Infrastructure",
      "Distinguished Engineer",
      "Fellow, AIOps",
    ])
      expect(flagOf(t, text, targets(2, 2, 0, 0)), t).toMatch(/asks nothing above Level 2/);
  });

  it("flags Junior, Graduate and Associate titles asking Level 3", () => {
    const text = lines("Define the enterprise telemetry strategy.", "Configure alert rules.");
    for (const t of ["Junior SRE", "Graduate SRE", "Associate SRE"])
      expect(flagOf(t, text, targets(1, 0, 0, 0)), t).toMatch(/asks Level 3 in observability/);
  });

  it("flags a Junior title when most lines ask Level 2", () => {
    const text = lines(
      "Design telemetry pipelines.",
      "Implement anomaly detection.",
      "Build Terraform modules.",
      "Configure alert rules.",
    );
    expect(flagOf("Junior Engineer", text, targets(1, 1, 1, 0))).toMatch(/most lines ask Level 2 \(3 of 4\)/);
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
