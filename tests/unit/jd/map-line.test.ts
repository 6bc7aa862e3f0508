import { describe, expect, it } from "vitest";
import { mapLine } from "../../../lib/jd/analyse";
import { parseYears } from "../../../lib/jd/lexicon";
import { compilePhrase, findPhrases, tokenize } from "../../../lib/jd/nlp";

describe("mapLine: the matrix's own indicators land in their cell", () => {
  it.each([
    ["Understands observability pillars: logs, metrics, traces.", "observability", 1],
    ["Can configure monitoring tools and basic alert rules.", "observability", 1],
    ["Understands basic statistical concepts (mean, variance, anomaly thresholds).", "data-ml", 1],
    ["Designs telemetry ingestion and normalization pipelines.", "observability", 2],
    ["Implements anomaly detection or event correlation logic.", "data-ml", 2],
    ["Integrates AIOps outputs into runbooks and automation.", "automation", 2],
    ["Defines enterprise telemetry strategy.", "observability", 3],
    ["Establishes model governance and explainability standards.", "security-governance", 3],
    ["Designs feedback loops from incident retrospectives into model tuning.", "data-ml", 3],
  ] as const)("%s -> %s L%i", (line, domain, level) => {
    const m = mapLine(line);
    expect(m.domain).toBe(domain);
    expect(m.level).toBe(level);
  });
});

describe("mapLine", () => {
  it("explains itself with the words that decided domain and level", () => {
    const m = mapLine("Build and own our Terraform and CI/CD pipelines");
    expect(m).toMatchObject({ domain: "automation", level: 2, years: null, vague: [] });
    expect(m.matched).toEqual(["Build", "own", "Terraform", "CI/CD", "pipelines"]);
    expect(m.confidence).toBeGreaterThan(0.8);
  });

  it("lists a word that is both a domain term and a level cue once", () => {
    expect(mapLine("Integrates AIOps outputs into runbooks").matched).toEqual(["Integrates", "runbooks"]);
  });

  it("prefers the longest phrase: 'model drift' is one data-ml term, 'data pipeline' is not automation", () => {
    expect(mapLine("Monitor model drift").matched).toContain("model drift");
    expect(mapLine("Monitor model drift").matched).not.toContain("drift");
    // The lexicon's rule (the learned models weigh "telemetry" too, and may read observability).
    const lexicon = { learned: null, model: null };
    expect(mapLine("Own the data pipelines for telemetry features", undefined, lexicon).domain).toBe("data-ml");
    expect(mapLine("Own the data pipelines for telemetry features").domain).not.toBe("automation");
  });

  it("does not read a verb inside a domain term as the ask ('model tuning' is a topic)", () => {
    expect(mapLine("Familiar with model tuning").level).toBe(1);
  });

  it("gives equal level evidence to the higher level", () => {
    expect(mapLine("Familiar with Terraform; builds CI/CD pipelines").level).toBe(2);
  });

  it("needs more than one weak hint before naming a domain", () => {
    expect(mapLine("Work on our cloud").domain).toBeNull();
    expect(mapLine("Work on our cloud").confidence).toBe(0);
  });

  it("maps nothing, with zero confidence, for lines with no matrix vocabulary", () => {
    expect(mapLine("Great communication skills.")).toEqual({
      domain: null,
      level: null,
      confidence: 0,
      matched: [],
      levelReason: "",
      levelBasis: null,
      years: null,
      vague: [],
      optional: false,
      extraDomain: null,
      needsPrior: false,
    });
  });

  it("collects vague buzzwords separately from the mapping", () => {
    const m = mapLine("Rockstar ninja who thrives in a fast-paced, work hard play hard team");
    expect(m.domain).toBeNull();
    expect(m.vague).toEqual(["rockstar", "ninja", "fast-paced", "work hard play hard"]);
  });

  it("lowers confidence when no level cue is present, and keeps it within 0..1", () => {
    const withLevel = mapLine("Design OpenTelemetry tracing pipelines");
    const without = mapLine("OpenTelemetry tracing pipelines");
    expect(without.levelBasis).not.toBe("explicit");
    expect(without.levelReason).toMatch(/^no level cue/);
    expect(without.confidence).toBeLessThan(withLevel.confidence);
    for (const m of [withLevel, without]) {
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("is deterministic", () => {
    const line = "Design and implement anomaly detection on Kafka streams with SOC 2 audit trails";
    const first = JSON.stringify(mapLine(line));
    for (let i = 0; i < 20; i++) expect(JSON.stringify(mapLine(line))).toBe(first);
  });

  it("respects word boundaries (no 'ml' in 'html', no 'iam' in 'william')", () => {
    expect(mapLine("HTML forms for William").domain).toBeNull();
  });
});

describe("parseYears", () => {
  it.each([
    ["5+ years of experience", 5],
    ["3-5 years in SRE", 3],
    ["3 – 5 yrs in SRE", 3],
    ["At least 7 years", 7],
    ["Minimum of ten years in operations", 10],
    ["8 or more years", 8],
    ["1 year of internship", 1],
    ["Over a decade of experience", 10],
    ["10+ years, including 3 as an architect", 10],
  ] as const)("%s -> %i", (line, years) => expect(parseYears(line)).toBe(years));

  it("ignores lines without a years demand", () => {
    for (const line of ["Own a multi-year roadmap", "24/7 on-call", "Python 3 and Go 1.22", ""])
      expect(parseYears(line)).toBeNull();
  });
});

describe("phrase matching over tokens and lemmas", () => {
  const hits = (line: string, source: string) =>
    findPhrases(tokenize(line), line, [compilePhrase(source, "x", 1)]).map((h) => h.text);
  it("matches across punctuation, by lemma, by prefix and by exact case", () => {
    expect(hits("Own our CI/CD pipelines", "ci cd")).toEqual(["CI/CD"]);
    expect(hits("Ship logs with Fluent-Bit", "fluent bit")).toEqual(["Fluent-Bit"]);
    expect(hits("Tune alert rules", "alert rule")).toEqual(["alert rules"]);
    expect(hits("Automated remediation", "automat*")).toEqual(["Automated"]);
    expect(hits("Write Go services", "=Go")).toEqual(["Go"]);
    expect(hits("Go-getter who will go far", "=Go")).toEqual(["Go"]);
    expect(hits("Automatic failover", "automation")).toEqual([]);
  });
});
