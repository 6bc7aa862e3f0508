import { describe, expect, it } from "vitest";
import { analyseJobDescription, detectTitle, titleFlag, type Target } from "../../../lib/jd/analyse";
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
    ["a Title: line near the top", "Acme Corp is hiring!\nJob title: Graduate ML Engineer\nLocation: Remote", "Graduate ML Engineer"],
    ["a Position: line", "Position: Principal AIOps Architect\n\nRequirements:\n- Lead things.", "Principal AIOps Architect"],
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
    expect(a.scoreExplanation).toMatch(/10 for a title that contradicts the levels asked/);
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
    expect(analyseJobDescription(text, { title: "SRE", targets: targets(2, 0, 2, 0) }).titleFlag).toBe('Title says "Senior" but the text asks nothing above Level 1 (2 lines); a Senior role asks Level 2 work');
  });

  it("ignores nice-to-have lines: a junior ad may mention Level 3 work as a bonus", () => {
    const text = "# Junior SRE\n## Requirements\n- Configure dashboards and basic alert rules.\n## Nice to have\n- Define the enterprise telemetry strategy.";
    expect(analyseJobDescription(text, { title: "SRE", targets: targets(1, 0, 0, 0) }).titleFlag).toBeNull();
  });

  it("does not flag a junior title asking junior levels, or a title with no seniority word", () => {
    expect(titleFlag("Junior SRE", targets(1, 1, 0, 0), [{ domain: "observability", level: 1 }])).toBeNull();
    expect(titleFlag("Site Reliability Engineer", targets(3, 0, 0, 0), [{ domain: "observability", level: 3 }])).toBeNull();
  });
});
