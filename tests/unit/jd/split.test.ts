import { describe, expect, it } from "vitest";
import { sentences, splitRequirementItems, splitRequirements } from "../../../lib/jd/split";

describe("splitRequirements", () => {
  it("takes bullets of every style and skips headings and empty lines", () => {
    const text = [
      "# Senior SRE",
      "",
      "## Requirements",
      "- Dash bullet",
      "* Star bullet",
      "• Dot bullet",
      "",
      "## Responsibilities",
      "1. First numbered",
      "2) Second numbered",
      "(a) Lettered",
    ].join("\n");
    expect(splitRequirements(text)).toEqual(["Dash bullet", "Star bullet", "Dot bullet", "First numbered", "Second numbered", "Lettered"]);
  });

  it("splits prose into sentences only under requirement-like headings", () => {
    const text = [
      "We are a fast-growing company. Our mission is reliability.",
      "",
      "## What we're looking for",
      "You have run Kafka in production. You know Terraform well!",
      "",
      "## Our culture",
      "We value kindness. We ship often.",
    ].join("\n");
    expect(splitRequirements(text)).toEqual(["You have run Kafka in production.", "You know Terraform well!"]);
  });

  it("drops bullets under benefits, about-us and compensation sections", () => {
    const text = [
      "## Requirements",
      "- Terraform",
      "- Kubernetes",
      "## Benefits",
      "- Free lunch",
      "## About us",
      "- Founded 2019",
      "## Skills",
      "- Python",
    ].join("\n");
    expect(splitRequirements(text)).toEqual(["Terraform", "Kubernetes", "Python"]);
  });

  it("recognises 'Label:' and bold headings, and inline 'Requirements: ...' lines", () => {
    const text = ["**What you will do**", "- Tune alerts", "Qualifications:", "- SQL", "Requirements: Go or Python. Docker."].join("\n");
    expect(splitRequirements(text)).toEqual(["Tune alerts", "SQL", "Go or Python.", "Docker."]);
  });

  it("treats a plain paragraph with no headings or bullets as all requirements", () => {
    expect(splitRequirements("You will tune alerts. You will write runbooks, e.g. for Kafka. Python is a plus.")).toEqual([
      "You will tune alerts.",
      "You will write runbooks, e.g. for Kafka.",
      "Python is a plus.",
    ]);
  });

  it("joins an indented continuation line onto its bullet and strips bold markers", () => {
    const text = ["## Requirements", "- **Terraform**: modules for our", "  monitoring stack", "- CI/CD"].join("\n");
    expect(splitRequirements(text)).toEqual(["Terraform: modules for our monitoring stack", "CI/CD"]);
  });

  it("marks nice-to-have items optional, including under domain sub-headings", () => {
    const text = [
      "## What you will do",
      "### Observability",
      "- Designs pipelines",
      "## Nice to have",
      "- eBPF",
      "### Security",
      "- Audit trails",
      "## Requirements",
      "- SQL",
    ].join("\n");
    expect(splitRequirementItems(text)).toEqual([
      { text: "Designs pipelines", optional: false, context: "Observability", section: "does" },
      { text: "eBPF", optional: true, section: "brings" },
      { text: "Audit trails", optional: true, context: "Security", section: "brings" },
      { text: "SQL", optional: false, section: "brings" },
    ]);
  });

  it("says whether a line sits under the role's work or under what the person brings, and nothing when no heading says", () => {
    const section = (text: string) => splitRequirementItems(text).map((i) => [i.text, i.section]);
    expect(
      section(
        [
          "## Responsibilities",
          "- Run the on-call rotation",
          "## Day-to-day",
          "- Tune alerts",
          "## About you",
          "- Go",
          "## Qualifications",
          "- SQL",
          "Responsibilities: Write runbooks.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Run the on-call rotation", "does"],
      ["Tune alerts", "does"],
      ["Go", "brings"],
      ["SQL", "brings"],
      ["Write runbooks.", "does"],
    ]);
    expect(section("- Kafka\n- Flink")).toEqual([
      ["Kafka", undefined],
      ["Flink", undefined],
    ]);
    // A sub-heading keeps its section's kind; a neutral section ("About the role") says nothing.
    expect(section("## What you'll do\n### Observability\n- Build dashboards\n## About the role\n- Lead SLOs")).toEqual([
      ["Build dashboards", "does"],
      ["Lead SLOs", undefined],
    ]);
  });

  it("returns nothing for empty or heading-only text", () => {
    expect(splitRequirements("")).toEqual([]);
    expect(splitRequirements("## Requirements\n\n## Benefits\n")).toEqual([]);
  });

  it("handles Windows line endings and ignores horizontal rules", () => {
    expect(splitRequirements("## Requirements\r\n- Go\r\n---\r\n- Rust\r\n")).toEqual(["Go", "Rust"]);
  });
});

describe("sentences", () => {
  it("does not break after common abbreviations", () => {
    expect(sentences("Use tools, e.g. Grafana, i.e. dashboards. Then stop.")).toEqual([
      "Use tools, e.g. Grafana, i.e. dashboards.",
      "Then stop.",
    ]);
  });
});
