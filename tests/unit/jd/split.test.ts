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
      { text: "Designs pipelines", optional: false, context: "Observability" },
      { text: "eBPF", optional: true },
      { text: "Audit trails", optional: true, context: "Security" },
      { text: "SQL", optional: false },
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
