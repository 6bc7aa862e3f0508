import { describe, expect, it } from "vitest";
import { diffLines, generateJobDescription, markdownToText, type JdInput } from "../../lib/job-descriptions/generate";

const input: JdInput = {
  title: "Senior AI Operations Engineer",
  seniority: "Senior",
  clusterName: "SRE / Reliability",
  clusterSummary: "Turns operational pain into automation.",
  levelNames: { 1: "Foundational Practitioner", 2: "Applied AIOps Engineer", 3: "Strategic AIOps Architect" },
  domains: [
    { domainId: "o", name: "Observability & telemetry", target: 3, indicators: { 1: ["o1"], 2: ["o2"], 3: ["Sets SLO standards"] } },
    { domainId: "d", name: "Data literacy", target: 2, indicators: { 1: ["d1"], 2: ["Builds seasonal baselines"], 3: ["Defines the model lifecycle"] } },
    { domainId: "s", name: "Security & governance", target: 0, indicators: { 1: ["s1"], 2: ["s2"], 3: ["s3"] } },
  ],
  salary: { min: 150000, max: 185000, currency: "USD", source: "role" },
  remote: "High",
  location: "Remote (US)",
};

describe("generateJobDescription", () => {
  it("writes responsibilities from the target level, nice-to-haves from the level above, and leaves untargeted domains out", () => {
    const md = generateJobDescription(input);
    expect(md).toContain("- Sets SLO standards");
    expect(md).toContain("- Builds seasonal baselines");
    expect(md).toMatch(/## Nice to have\n\n- Data literacy: Defines the model lifecycle/);
    expect(md).not.toContain("o2");
    expect(md).not.toContain("s2");
    expect(md).toContain("Salary: $150,000 – $185,000");
    expect(md).toContain("Level 3 (Strategic AIOps Architect) in observability & telemetry");
  });

  it("converts to plain text and shows what a regeneration changed", () => {
    const before = generateJobDescription(input);
    const after = generateJobDescription({ ...input, domains: input.domains.map((d) => (d.domainId === "d" ? { ...d, target: 3 } : d)) });
    expect(markdownToText(before)).not.toMatch(/^#/m);
    const changes = diffLines(before, after);
    expect(changes).toContainEqual({ kind: "added", text: "- Defines the model lifecycle" });
    expect(changes).toContainEqual({ kind: "removed", text: "- Builds seasonal baselines" });
  });
});
