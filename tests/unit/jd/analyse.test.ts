import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyseJobDescription,
  LINE_NORMALISATION,
  MODEL,
  PENALTIES,
  titleFlag,
  type RoleTargets,
  type Target,
} from "../../../lib/jd/analyse";
import type { DomainKey } from "../../../lib/jd/lexicon";

const targets = (o: number, d: number, a: number, s: number): Record<DomainKey, Target> =>
  ({ observability: o, "data-ml": d, automation: a, "security-governance": s }) as Record<DomainKey, Target>;
const role = (title: string, t: Record<DomainKey, Target>): RoleTargets => ({ title, targets: t });
const jd = (...lines: string[]) => `## Requirements\n${lines.map((l) => `- ${l}`).join("\n")}\n`;
const kinds = (a: ReturnType<typeof analyseJobDescription>, i: number) => a.lines[i]?.flags.map((f) => f.kind) ?? [];

const ALIGNED = jd(
  "Design OpenTelemetry tracing and alerting for our services.",
  "Implement anomaly detection on metrics streams.",
  "Build Terraform modules and CI/CD pipelines for runbook automation.",
  "Familiarity with access control and data handling policies.",
);
const MID = role("AIOps Engineer", targets(2, 2, 2, 1));

describe("analyseJobDescription", () => {
  it("gives an aligned description full marks, no flags and no missing domains", () => {
    const a = analyseJobDescription(ALIGNED, MID);
    expect(a.lines.map((l) => [l.domain, l.level])).toEqual([
      ["observability", 2],
      ["data-ml", 2],
      ["automation", 2],
      ["security-governance", 1],
    ]);
    expect(a.lines.every((l) => l.flags.length === 0)).toBe(true);
    expect(a.missingDomains).toEqual([]);
    expect(a.titleFlag).toBeNull();
    expect(a.score).toBe(100);
    expect(a.scoreExplanation).toMatch(/^Alignment 100\/100: every line asks for the level the role needs/);
  });

  it("flags inflation with the matrix meaning of the level asked for", () => {
    const a = analyseJobDescription(jd("Define the enterprise telemetry strategy."), role("SRE", targets(2, 0, 0, 0)));
    expect(a.lines[0]?.flags).toEqual([
      {
        kind: "inflation",
        message:
          "Asks Level 3 (defines enterprise telemetry strategy) for a Level 2 target in observability & telemetry",
      },
    ]);
  });

  it("flags any level in a domain the role does not target as inflation", () => {
    const a = analyseJobDescription(jd("Implement RBAC and audit logging."), role("SRE", targets(2, 0, 0, 0)));
    expect(a.lines[0]?.flags[0]?.message).toMatch(/in security & governance, which the role doesn't target/);
  });

  it("lets a nice-to-have reach one level above target, but not two", () => {
    const text =
      "## Requirements\n- Design telemetry pipelines.\n## Nice to have\n- Define the enterprise telemetry strategy.\n- Establish governance standards.\n";
    const a = analyseJobDescription(text, role("SRE", targets(2, 0, 0, 1)));
    expect(kinds(a, 1)).toEqual([]);
    expect(kinds(a, 2)).toEqual(["inflation"]);
    expect(a.lines[2]?.flags[0]?.message).toMatch(/even as a nice-to-have/);
  });

  it("flags deflation two levels below target", () => {
    const a = analyseJobDescription(
      jd("Familiar with logs and metrics.", "Define the enterprise telemetry strategy."),
      role("Staff SRE", targets(3, 0, 0, 0)),
    );
    expect(kinds(a, 0)).toEqual(["deflation"]);
    expect(a.lines[0]?.flags[0]?.message).toBe(
      "Asks only Level 1 (configures monitoring and basic alert rules) for a Level 3 target in observability & telemetry",
    );
    expect(kinds(a, 1)).toEqual([]);
  });

  it("flags every required line one level below target, and says when it is the domain's only line", () => {
    // The flag's wording, read by the lexicon: since stop 33 the learned model reads this bare line
    // automation at only about 50% (below the flag bar; see model-known-misses.test.ts).
    const lexicon = { model: null } as const;
    const only = analyseJobDescription(jd("Familiar with Terraform."), role("Platform", targets(0, 0, 2, 0)), lexicon);
    expect(only.lines[0]?.flags[0]?.message).toMatch(/only automation & integration line/);
    const withPeer = analyseJobDescription(
      jd("Familiar with Terraform.", "Build CI/CD pipelines."),
      role("Platform", targets(0, 0, 2, 0)),
      lexicon,
    );
    expect(kinds(withPeer, 0)).toEqual(["deflation"]);
    expect(withPeer.lines[0]?.flags[0]?.message).not.toMatch(/the only/);
    expect(kinds(withPeer, 1)).toEqual([]);
  });

  it("never flags a nice-to-have as deflated", () => {
    const a = analyseJobDescription(
      "## Requirements\n- Build CI/CD pipelines.\n- Nice to have: familiarity with Argo CD.",
      role("Platform", targets(0, 0, 2, 0)),
    );
    expect(a.lines.map((l) => [l.optional, l.level])).toEqual([
      [false, 2],
      [true, 1],
    ]);
    // Stop 39's refit (1,196 ads) reads this nice-to-have under "Requirements" without a domain
    // (P(none) 0.39 against automation 0.41 before the ad's register tips it), so it is "vague";
    // alone, or under a heading that names its domain, it reads automation. A known miss (README).
    expect(kinds(a, 1)).not.toContain("deflation");
  });

  it("flags vague lines: buzzwords with no domain, and lines that map to nothing", () => {
    const a = analyseJobDescription(
      jd(
        "Rockstar self-starter who can wear many hats.",
        "Great communication skills.",
        "Passionate about observability and tracing.",
      ),
      MID,
    );
    expect(a.lines[0]?.flags[0]).toEqual({
      kind: "vague",
      message: expect.stringContaining('"rockstar", "self-starter", "wear many hats"'),
    });
    expect(a.lines[1]?.flags[0]?.message).toBe("Maps to no competency domain; say which skill this tests");
    // It names a domain, and "passionate" still says nothing about the work: flagged, mapped all the same.
    expect(kinds(a, 2)).toContain("vague");
    expect(a.lines[2]?.domain).toBe("observability");
  });

  it("judges a years-only line by the years rules, not as vague", () => {
    const a = analyseJobDescription(jd("3+ years of experience."), MID);
    expect(kinds(a, 0)).toEqual([]);
  });

  it.each([
    [
      "over 3 years for foundational targets",
      targets(1, 1, 1, 0),
      "5+ years of experience.",
      /targets are all Level 1 or below/,
    ],
    [
      "under 3 years for a Level 3 role",
      targets(3, 2, 2, 2),
      "2+ years of experience.",
      /only 2 years for a role with a Level 3 target/,
    ],
    [
      "10+ years when the highest target is 2",
      targets(2, 2, 2, 1),
      "10+ years of experience.",
      /highest target is Level 2/,
    ],
  ] as const)("flags years out of line: %s", (_name, t, line, message) => {
    const a = analyseJobDescription(jd(line), role("Engineer", t));
    expect(a.lines[0]?.flags).toEqual([{ kind: "years", message: expect.stringMatching(message) }]);
  });

  it("does not flag years in line with the level", () => {
    for (const [t, line] of [
      [targets(1, 1, 0, 0), "3 years"],
      [targets(3, 1, 1, 1), "3 years"],
      [targets(2, 1, 1, 1), "9 years"],
    ] as const) {
      expect(analyseJobDescription(jd(`${line} of experience.`), role("Engineer", t)).lines[0]?.flags).toEqual([]);
    }
  });

  it("lists targeted domains no line covers, in matrix order", () => {
    const a = analyseJobDescription(jd("Design OpenTelemetry tracing."), role("Engineer", targets(2, 1, 0, 2)));
    expect(a.missingDomains).toEqual(["data-ml", "security-governance"]);
  });

  it("takes off the documented penalties and says why in plain words, in one sentence", () => {
    const text = jd(
      "Define the enterprise telemetry strategy.",
      "Rockstar ninja.",
      "Implement anomaly detection.",
      "Build CI/CD pipelines.",
    );
    const a = analyseJobDescription(text, role("SRE", targets(2, 2, 2, 1)));
    expect(a.score).toBe(100 - PENALTIES.inflation - PENALTIES.vague - PENALTIES.missingDomain);
    expect(a.scoreExplanation).toBe(
      "Alignment 70/100: an ad starts at 100; this one loses 10 points because 1 line asks for more than the role needs, 5 because 1 line says nothing a candidate could show (buzzwords, or no skill named), and 15 because the ad never asks for security & governance, which the role needs.",
    );
    expect(a.scoreExplanation.match(/\. /g)).toBeNull();
  });

  it("scales line penalties down for descriptions longer than the normalisation length", () => {
    const lines = Array.from({ length: 20 }, (_, i) =>
      i === 0 ? "Rockstar ninja." : "Design OpenTelemetry tracing pipelines.",
    );
    const a = analyseJobDescription(jd(...lines), role("SRE", targets(2, 0, 0, 0)));
    expect(a.score).toBe(Math.round(100 - PENALTIES.vague * (LINE_NORMALISATION / 20)));
    expect(a.scoreExplanation).toMatch(
      /Long ads lose less per line: with 20 requirement lines, each flagged line costs half of its usual points\.$/,
    );
    expect(a.scoreExplanation).not.toMatch(/scaled|\d+\/\d+ for/);
  });

  it("scores an empty description 0 and floors heavy penalties at 0", () => {
    expect(analyseJobDescription("", MID)).toMatchObject({ lines: [], score: 0 });
    const bad = analyseJobDescription(
      jd(...Array.from({ length: 8 }, () => "Rockstar ninja.")),
      role("Senior Engineer", targets(1, 1, 1, 1)),
    );
    expect(bad.score).toBe(0);
    expect(bad.scoreExplanation).toMatch(/The score does not go below 0\.$/);
  });

  it("keeps the score an integer in 0..100 for any text and targets", () => {
    const level = fc.constantFrom<Target>(0, 1, 2, 3);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom("Define enterprise strategy", "Rockstar", "Familiar with logs", "12 years"),
          ),
          {
            maxLength: 30,
          },
        ),
        level,
        level,
        level,
        level,
        fc.string(),
        (ls, o, d, a, s, title) => {
          const r = analyseJobDescription(jd(...ls), {
            title,
            targets: { observability: o, "data-ml": d, automation: a, "security-governance": s },
          });
          return (
            Number.isInteger(r.score) &&
            r.score >= 0 &&
            r.score <= 100 &&
            r.lines.every((l) => l.confidence >= 0 && l.confidence <= 1)
          );
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });

  it("is deterministic", () => {
    const first = JSON.stringify(analyseJobDescription(ALIGNED, MID));
    expect(JSON.stringify(analyseJobDescription(ALIGNED, MID))).toBe(first);
  });
});

describe("titleFlag", () => {
  it("flags senior titles whose targets stop at Level 1", () => {
    for (const title of ["Senior SRE", "Sr. Platform Engineer", "Staff Engineer", "Principal Data Scientist"])
      expect(titleFlag(title, targets(1, 1, 0, 1))).toMatch(/^Title says "/);
    expect(titleFlag("Senior SRE", targets(1, 2, 0, 0))).toBeNull();
  });

  it("flags junior and graduate titles with any Level 3 target, naming the domains", () => {
    expect(titleFlag("Graduate SRE", targets(3, 1, 1, 0))).toBe(
      'Title says "Graduate" but the role targets Level 3 in observability & telemetry',
    );
    expect(titleFlag("Junior ML Engineer", targets(2, 2, 1, 1))).toBeNull();
  });

  it("ignores seniority words inside other words", () => {
    expect(titleFlag("Leader of Graduates Programme", targets(3, 0, 0, 0))).toBeNull();
  });

  it("reaches the analysis result", () => {
    expect(analyseJobDescription(ALIGNED, role("Junior AIOps Engineer", targets(3, 2, 2, 1))).titleFlag).toMatch(
      /Junior/,
    );
  });
});

describe("what the score leaves out", () => {
  it("says inclusive language and domain lines without a level are not in the score, and counts the latter", () => {
    const a = analyseJobDescription(
      // Bare tool lines read Level 1 (the matrix's levels are kinds of work): at Level 1 targets they
      // are not flagged, so neither is in the score.
      jd("Design OpenTelemetry tracing.", "Terraform and Kubernetes.", "Ansible and GitHub Actions."),
      role("Engineer", targets(2, 0, 1, 0)),
    );
    expect(a.lines.map((l) => [l.domain, l.levelBasis === "explicit"])).toEqual([
      ["observability", true],
      ["automation", false],
      ["automation", false],
    ]);
    expect(a.lines[1]?.levelReason).toMatch(/^no level cue/);
    expect(a.score).toBe(100);
    expect(a.scoreExclusions).toMatch(
      /^Not in the score: inclusive-language warnings \(listed separately below\) and 2 lines that name a skill but not how much of it/,
    );
    expect(analyseJobDescription(ALIGNED, MID).scoreExclusions).toMatch(
      /inclusive-language warnings .* how much of it \(none here\)\.$/,
    );
  });
});

describe("a line with no level cue", () => {
  const text = jd("Design OpenTelemetry tracing.", "Grafana dashboards.");
  it("is flagged under the model's own threshold (never below the cued lines' one), and the flag names the evidence that read its level", () => {
    // chooseThresholds never gives lines without a cue a threshold below the cued lines' one.
    expect(MODEL.flagThresholdWithoutCue).toBeGreaterThanOrEqual(MODEL.flagThreshold);
    const line = analyseJobDescription(text, role("Engineer", targets(3, 0, 0, 0))).lines[1]!;
    expect([line.domain, line.level, line.levelBasis]).toEqual(["observability", 1, "learned"]);
    expect(line.flags.map((f) => f.kind)).toEqual(["deflation"]);
    expect(line.flags[0]!.message).toMatch(
      /^Asks only Level 1 .* for a Level 3 target in observability & telemetry\. No word in it says how much, but lines worded like it \(.*"(dashboard|grafana)".*\) asked Level 1: \d+% sure it asks less than Level 3$/,
    );
  });

  it("is not flagged with flagLinesWithoutLevelCue off, and then stays out of the score", () => {
    const a = analyseJobDescription(text, role("Engineer", targets(3, 0, 0, 0)), { flagLinesWithoutLevelCue: false });
    expect(a.lines[1]!.flags.filter((f) => f.kind === "deflation")).toEqual([]);
    expect(a.scoreExclusions).toMatch(/and 1 line that names a skill but not how much of it/);
    // Flagged, it is in the score, so not listed among what the score leaves out.
    const on = analyseJobDescription(text, role("Engineer", targets(3, 0, 0, 0)));
    expect(on.scoreExclusions).toMatch(/how much of it \(none here\)\.$/);
  });
});

describe("sub-headings that name a domain", () => {
  it("count for the lines under them: a line mixing domains goes to its section's, and the heading is shown as evidence", () => {
    const line = "Establishes explainability and audit requirements so operators can see why a model raised an alert.";
    // Alone it is torn between data-ml (the matrix's cell: "Establishes explainability requirements so
    // operators can see why a model raised an alert" is data-ml Level 3) and security and governance
    // ("audit"); which of the two wins alone has changed with refits. Under a heading naming the
    // other one, it goes there.
    const bare = analyseJobDescription(jd(line), MID).lines[0]!;
    expect(["data-ml", "security-governance"]).toContain(bare.domain);
    const [other, heading] =
      bare.domain === "data-ml"
        ? (["security-governance", "Security & governance: Level 3"] as const)
        : (["data-ml", "Data engineering & ML foundations: Level 3"] as const);
    const text = `## What we are looking for\n\n### ${heading}\n\n- ${line}\n`;
    const under = analyseJobDescription(text, MID).lines[0]!;
    expect(under).toMatchObject({ domain: other, level: 3 });
    expect(under.matched[0]).toBe(`section: ${heading}`);
  });

  it("do not outweigh a line plainly about another domain, and known section names are no context", () => {
    const text =
      "## Requirements\n\n### Observability & telemetry\n\n- Enforce least privilege IAM and encrypt PII at rest.\n\n## Nice to have\n\n- Builds Terraform modules.\n";
    const a = analyseJobDescription(text, MID);
    expect(a.lines.map((l) => l.domain)).toEqual(["security-governance", "automation"]);
    expect(a.lines[1]!.matched.some((m) => m.startsWith("section"))).toBe(false);
  });
});

describe("the level's explanation", () => {
  it("names each word once, though the model weighs it through several features", () => {
    const text = [
      "Senior Observability Engineer",
      "- Build dashboards in Grafana and Grafana Cloud for our SRE teams, and alerting on Prometheus metrics.",
      "- Own the Grafana stack (Loki, Tempo) and mentor engineers.",
      "- Experience with grafana, prometheus, and kubernetes.",
    ].join("\n");
    const reasons = analyseJobDescription(text, MID).lines.map((l) => l.levelReason);
    for (const reason of reasons) {
      const words = [...(reason.match(/from words like ([^;]+)/)?.[1] ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(words).size).toBe(words.length);
    }
    expect(reasons.some((r) => /from words like "grafana"/.test(r))).toBe(true);
  });
});
