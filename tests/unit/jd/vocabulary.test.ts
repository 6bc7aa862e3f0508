// One test per vocabulary entry: a line that names only that tool or practice maps to its domain.
import { describe, expect, it } from "vitest";
import { analyseJobDescription, mapLine } from "../../../lib/jd/analyse";
import { DOMAIN_KEYS, type DomainKey } from "../../../lib/jd/lexicon";
import { NEUTRAL_PHRASES, SHARED_WORDS, VAGUE_TERMS, VOCABULARY } from "../../../lib/jd/vocabulary";

/** How an entry is written in an ad: wildcards and case markers dropped ("automat*" → "automat", "=Go" → "Go"). */
const AS_WRITTEN: Record<string, string> = { iam: "IAM" }; // written in capitals in ads ("iam" alone reads as "I am")
const surface = (entry: string) => AS_WRITTEN[entry] ?? entry.replace(/\*/g, "").replace(/^=|(?<= )=/g, "");
const entries = DOMAIN_KEYS.flatMap((d) =>
  ([3, 2] as const).flatMap((w) => VOCABULARY[d][w].map((e) => [d, w, e] as const)),
);

describe("vocabulary: every tool and practice maps to its domain", () => {
  it.each(entries)("%s (weight %i): %s", (domain, _w, entry) => {
    // The vocabulary itself (the lexicon), without the learned models that weigh it with other evidence.
    const m = mapLine(`Experience with ${surface(entry)} in our stack.`, undefined, { learned: null, model: null });
    // A word operations share ("alert") goes to its first domain when nothing else in the line says.
    const want: DomainKey = SHARED_WORDS[entry]?.[0] ?? domain;
    expect(m.domain, `matched ${m.matched.join(", ")}`).toBe(want);
  });

  it("has no entry in two domains", () => {
    const seen = new Map<string, DomainKey>();
    for (const [d, , e] of entries) {
      expect(seen.get(e), e).toBeUndefined();
      seen.set(e, d);
    }
  });

  it("is large enough for real ads: over 100 tools and practices per domain", () => {
    for (const d of DOMAIN_KEYS) expect(VOCABULARY[d][3].length + VOCABULARY[d][2].length, d).toBeGreaterThan(60);
    expect(entries.length).toBeGreaterThan(400);
  });

  it("knows the tools the issue found missing", () => {
    const want: [string, DomainKey][] = [
      ["RBAC", "security-governance"],
      ["mTLS", "security-governance"],
      ["tenant isolation", "security-governance"],
      ["SAST", "security-governance"],
      ["Semgrep", "security-governance"],
      ["Trivy", "security-governance"],
      ["Snyk", "security-governance"],
      ["Fluent Bit", "observability"],
      ["Vector", "observability"],
      ["Logstash", "observability"],
      ["Kafka", "data-ml"],
      ["Flink", "data-ml"],
      ["MLflow", "data-ml"],
      ["Argo CD", "automation"],
      ["GitHub Actions", "automation"],
      ["Ansible", "automation"],
      ["Vault", "security-governance"],
      ["OPA", "security-governance"],
      ["SOC 2", "security-governance"],
    ];
    for (const [tool, d] of want) expect(mapLine(`Hands-on with ${tool}.`).domain, tool).toBe(d);
  });
});

describe("neutral phrases name a team, a trait or an idiom, not a skill", () => {
  it.each(NEUTRAL_PHRASES.map((p) => [p]))("%s", (phrase) => {
    expect(mapLine(`We value ${surface(phrase)}.`, undefined, { learned: null }).domain).toBeNull();
  });

  it("reads 'bias for action' as a trait, not model bias", () => {
    expect(mapLine("A bias for action and ownership.").domain).toBeNull();
    expect(mapLine("Evaluate model bias in our detectors.").domain).not.toBeNull();
  });
});

describe("vague buzzwords", () => {
  it.each(VAGUE_TERMS.map((t) => [t]))("%s is flagged", (term) => {
    const a = analyseJobDescription(`## Requirements\n- You are ${surface(term)} about reliability work.\n`, {
      title: "",
      targets: { observability: 2, "data-ml": 0, automation: 0, "security-governance": 0 },
    });
    expect(a.lines[0]?.flags.map((f) => f.kind)).toContain("vague");
  });
});
