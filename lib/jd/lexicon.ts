// The explainable lexicon behind the job-description analyser: weighted domain terms, level
// cues, vague buzzwords and a years-of-experience parser. Every decision the analyser makes
// can be traced back to an entry here, so a recruiter can see *why* a line mapped where it did.
//
// Pattern syntax (kept small on purpose): lowercase words; a space matches any run of
// separators (so "ci cd" matches "CI/CD" and "event driven" matches "event-driven"); `*`
// matches the rest of a word ("automat*" = automate, automation, automated); `(a|b)`, `?` and
// `[sz]` work as in regular expressions. Weights: 3 = specific to the domain, 2 = usually
// about it, 1 = weak hint that only counts alongside others.

export const DOMAIN_KEYS = ["observability", "data-ml", "automation", "security-governance"] as const;
export type DomainKey = (typeof DOMAIN_KEYS)[number];
export type Level = 1 | 2 | 3;
export const LEVELS: readonly Level[] = [1, 2, 3];

export const DOMAIN_NAMES: Record<DomainKey, string> = {
  observability: "observability & telemetry",
  "data-ml": "data engineering & ML foundations",
  automation: "automation & integration",
  "security-governance": "security & governance",
};

export const LEVEL_NAMES: Record<Level, string> = { 1: "Foundational Practitioner", 2: "Applied AIOps Engineer", 3: "Strategic AIOps Architect" };

/** What each level means in each domain, in the matrix's words; used in flag messages. */
export const LEVEL_SUMMARIES: Record<DomainKey, Record<Level, string>> = {
  observability: { 1: "configures monitoring and basic alert rules", 2: "designs telemetry ingestion and normalisation pipelines", 3: "defines enterprise telemetry strategy" },
  "data-ml": { 1: "understands basic statistical concepts", 2: "implements anomaly detection and weighs model trade-offs", 3: "designs feedback loops from incidents into model tuning" },
  automation: { 1: "scripts routine automation", 2: "integrates AIOps outputs into runbooks and automation", 3: "sets the direction for automated remediation across teams" },
  "security-governance": { 1: "follows data handling and access policies", 2: "implements access controls and auditability", 3: "establishes model governance and explainability standards" },
};

type Weighted = { 3?: string[]; 2?: string[]; 1?: string[] };

export const DOMAIN_TERMS: Record<DomainKey, Weighted> = {
  observability: {
    3: ["observability", "opentelemetry", "otel", "telemetry", "distributed tracing", "tracing", "traces?", "log aggregation", "cardinality", "sl[oi]s?", "error budget*", "burn rate*",
      "prometheus", "grafana", "datadog", "new relic", "jaeger", "loki", "alert fatigue", "alert rules?", "mttd", "mttr", "mean time to (detect|detection|resolve|resolution|recover|recovery)",
      "dashboard*", "post ?mortem*", "post incident", "golden signals", "detection rules?", "sampling strateg(y|ies)", "service level (objective|indicator)s?", "ebpf", "profil(er|ers|ing)"],
    2: ["logs", "logging", "metrics", "sampling", "alerting", "alerts?", "monitoring", "monitor", "instrument*", "apm", "splunk", "elastic(search)?", "elk", "on call", "incidents?",
      "incident (management|response|workflows?|review)", "pagerduty", "opsgenie", "signal to noise", "alert noise", "noisy", "latency", "triag(e|ing)", "paging", "pages"],
    1: ["sre", "site reliability", "reliability", "uptime", "availability", "capacity planning", "ingestion", "normali[sz]*", "signals?", "noise", "saturation"],
  },
  "data-ml": {
    3: ["machine learning", "ml", "mlops", "anomaly detect*", "event correlation", "feature engineering", "feature pipelines?", "feature stores?", "model drift", "data drift", "drift",
      "time series", "forecast*", "statistic*", "pandas", "numpy", "scikit learn", "sklearn", "pytorch", "tensorflow", "spark", "flink", "data scien*", "model evaluation",
      "model lifecycle", "retrain*", "model tuning", "precision", "recall", "false (positive|negative)s?", "missed incidents", "etl", "data engineering", "data pipelines?",
      "data quality", "mlflow", "jupyter", "notebooks?", "classifier*", "clustering", "seasonal*", "baselines?", "outliers?", "variance", "percentiles?", "llms?", "embeddings?", "inference"],
    2: ["models?", "model(l)?ing", "anomal*", "correlat*", "python", "sql", "streaming", "kafka", "kinesis", "features", "data ?sets?", "training", "evaluation", "experiment*",
      "reproducib*", "versioning", "thresholds?", "mean", "median", "feedback loops?", "accuracy", "algorithm*", "predict*", "regression models?", "detectors?", "label(s|l?ed|l?ing)?"],
    1: ["data", "ai", "analytics", "analysis", "historical"],
  },
  automation: {
    3: ["terraform", "infrastructure as code", "iac", "ci cd", "continuous (integration|delivery|deployment)", "github actions", "jenkins", "argo ?(cd|workflows)?", "ansible", "pulumi",
      "runbook*", "remediat*", "rollbacks?", "roll(ing)? back", "event driven", "automat*", "self healing", "gitops", "toil", "chatops", "stackstorm", "rundeck", "crossplane",
      "canary", "blue green"],
    2: ["orchestrat*", "kubernetes", "k8s", "helm", "scripts?", "scripting", "bash", "shell", "powershell", "golang", "deploy*", "releases?", "webhooks?", "apis?", "integrations?",
      "serverless", "lambda", "workflows?", "feature flags?", "servicenow", "ticketing", "pipelines?", "provisioning", "configuration management"],
    1: ["integrat*", "infrastructure", "cloud", "aws", "gcp", "azure", "containers?", "docker", "platform", "tooling"],
  },
  "security-governance": {
    3: ["security", "secur(e|ing)", "cyber*", "policy as code", "sensitive data", "personal data", "role based access", "redact*", "devsecops", "secops", "access controls?", "rbac", "iam", "least privilege", "audit*", "complian*", "explainab*", "data handling", "soc ?2",
      "iso 27001", "gdpr", "hipaa", "pci( dss)?", "governance", "threats?", "threat (detection|model(l)?ing|hunting)", "vulnerab*", "encrypt*", "pii", "privacy", "regulat*",
      "siem", "sbom*", "attestation*", "provenance", "zero trust", "secrets", "responsible ai", "fairness", "intrusion", "malware", "pen(etration)? test*", "behaviou?ral (analy*|detection)"],
    2: ["risks?", "polic(y|ies)", "retention", "guardrails?", "approvals?", "human review", "human in the loop", "identity", "permissions?", "signing", "signed", "tamper*", "lineage",
      "accountab*", "transparen*", "interpretab*", "bias", "legal", "controls", "leak(s|age|ing)?", "suspicious", "mask(s|ing)?", "traceab*", "service accounts?"],
    1: ["trust", "sensitive", "access"],
  },
};

export const LEVEL_CUES: Record<Level, Weighted> = {
  1: {
    3: ["familiar*", "exposure", "basic*", "under (guidance|supervision)", "with (guidance|support|mentorship)", "willing(ness)? to learn", "eager to learn", "escalat*",
      "entry level", "introductory", "awareness", "aware of", "level 1", "foundational practitioner",
      // Working within rules someone else set: the Level 1 summary's "follows data handling and access policies".
      "according to (the )?(policy|policies|procedures?|runbooks?|guidelines?|standards?)"],
    2: ["understand(s|ing)?", "knowledge of", "know(s)?", "comfortable", "assist*", "learn(s|ing)?", "follow(s|ing)?", "configur(e|es|ing)", "fundamentals?", "foundational", "participat*",
      "contribut*", "help(s|ing)?", "existing", "read(s|ing)?", "interpret(s|ing)?", "tool output", "some experience", "coursework", "simple", "set(s|ting)? up", "shadow(s|ing)?", "report(s|ing)? (issues|anomalies|problems)"],
  },
  2: {
    3: ["design(s|ed|ing)?", "implement*", "build(s|ing)?", "built", "tun(e|es|ing)", "own(s|ing)?", "ownership", "hands on", "level 2", "applied aiops engineer", "trade offs?"],
    2: ["integrat(e|es|ing)", "develop(s|ing|ed)?", "optimi[sz]*", "instrument(s|ing)?", "troubleshoot*", "debug*", "collaborat*", "partner(s|ing)? with", "production", "at scale",
      "creat(e|es|ing)", "operat(e|es|ing)", "proficien*", "end to end", "migrat*", "measur*", "defin(e|es|ing)",
      "wir(e|es|ing)", "across teams", "strong", "solid", "proven", "maintain(s|ing)?",
      "deep (understanding|expertise|knowledge)", "expert*", "experience (with|in|of|running|operating)", "manag(e|es|ing)"],
    // Weak: often describe the system rather than the ask ("the detector reduces noise").
    1: ["evaluat*", "improv*", "reduc*", "deploy(s|ing)?", "writ(e|es|ing)"],
  },
  3: {
    3: ["strateg*", "enterprise", "organi[sz]ation ?wide", "company ?wide", "org ?wide", "across the (organi[sz]ation|company|business|enterprise)", "roadmaps?", "vision",
      "set(s|ting)? (the )?(technical )?direction", "technical direction", "influenc*", "change management", "executive*", "leadership", "adoption", "establish*",
      "governance frameworks?", "standards", "investments?", "risk objectives", "business outcomes", "multi ?year", "north star", "level 3", "strategic aiops architect",
      "architect(s|ing)?", "champion*", "every team", "all teams"],
    2: ["lead(s|ing)?", "mentor*", "cross functional", "align*", "stakeholders?", "feedback loops?", "programmes?", "long term", "measurable", "architecture", "retrospectives?", "decid(e|es|ing)"],
  },
};

/** Team names say who you work with, not what you do: they absorb the domain word and score nothing. */
const TEAM = "(sre|security|secops|data|platform|ml|reliability|infrastructure|operations|ops|devops|engineering|product|finance|compliance)";
export const NEUTRAL_PHRASES: string[] = [`${TEAM} teams?`, `${TEAM} (and|or) ${TEAM} teams?`, `${TEAM}, ${TEAM},? (and|or) ${TEAM} teams?`];

/** Buzzwords that say nothing about the work. */
export const VAGUE_TERMS: string[] = [
  "rock ?stars?", "ninjas?", "gurus?", "wizards?", "unicorns?", "superstars?", "fast paced", "self starters?", "wear(ing)? many hats", "passionate", "passion", "team players?",
  "work hard play hard", "hit the ground running", "go getters?", "synergy", "think(ing)? outside the box", "results driven", "dynamic", "hustle", "10x", "crush(ing)? it",
  "thrive(s)? (under pressure|in ambiguity)", "jack of all trades", "whatever it takes", "family", "can do attitude", "detail oriented", "excellent communication skills",
];

/** A compiled pattern with where it came from, so a match can explain itself. */
export type Cue<K> = { key: K; weight: number; source: string; re: RegExp };

/** Compiles one pattern (see the syntax at the top) into a whole-word, case-folded regexp. */
export function compile(pattern: string): RegExp {
  // " ?" (optional separator) first, so the plain-space rule below can't turn it into a lazy "+?".
  const body = pattern.replace(/\*/g, "[a-z0-9]*").replace(/ \?/g, "\\s*").replace(/ /g, "\\s+");
  return new RegExp(`(?<![a-z0-9])(?:${body})(?![a-z0-9])`, "g");
}

function compileWeighted<K>(table: Record<string, Weighted>, keyOf: (k: string) => K): Cue<K>[] {
  const out: Cue<K>[] = [];
  for (const [k, byWeight] of Object.entries(table)) {
    for (const w of [3, 2, 1] as const) for (const source of byWeight[w] ?? []) out.push({ key: keyOf(k), weight: w, source, re: compile(source) });
  }
  return out;
}

export const DOMAIN_CUES: Cue<DomainKey>[] = compileWeighted(DOMAIN_TERMS, (k) => k as DomainKey);
export const LEVEL_CUE_LIST: Cue<Level>[] = compileWeighted(LEVEL_CUES, (k) => Number(k) as Level);
export const NEUTRAL_CUES: Cue<null>[] = NEUTRAL_PHRASES.map((source) => ({ key: null, weight: 0, source, re: compile(source) }));
export const VAGUE_CUES: Cue<"vague">[] = VAGUE_TERMS.map((source) => ({ key: "vague" as const, weight: 1, source, re: compile(source) }));

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};
const NUM = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})`;
// "5+ years", "3-5 years", "at least 7 yrs", "minimum of ten years", "8 or more years", "a decade".
const YEARS_RE = new RegExp(`(?<![a-z0-9])${NUM}\\s*(?:\\+|plus)?\\s*(?:(?:-|–|—|to)\\s*${NUM}\\s*\\+?\\s*)?(?:or more\\s+)?(?:years?|yrs?)(?![a-z])`, "i");
const DECADE_RE = /(?<![a-z])(?:a|one|over a|more than a)\s+decade/i;

/** The smallest number of years a line demands ("3-5 years" demands 3), or null. */
export function parseYears(line: string): number | null {
  const m = YEARS_RE.exec(line);
  if (m) {
    const raw = (m[1] ?? "").toLowerCase();
    const n = NUMBER_WORDS[raw] ?? Number(raw);
    return Number.isFinite(n) && n > 0 ? n : null;
  }
  return DECADE_RE.test(line) ? 10 : null;
}
