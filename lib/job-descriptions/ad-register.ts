// Turns the matrix's interviewer wording ("Designs telemetry pipelines", "Knows that...") into
// job-ad wording: what you will do ("Design telemetry pipelines"), what you bring ("You can
// explain..."), experience ("experience designing..."), with proper names cased. Uses the same
// NLP model as the analyser for lemmas, so "Defines" becomes "Define" without a verb table.
import { VERB_LEVELS } from "../jd/level-cues";
import { tokenize } from "../jd/nlp";

const KNOWN_VERBS = new Set([
  ...VERB_LEVELS[1],
  ...VERB_LEVELS[2],
  ...VERB_LEVELS[3],
  "measure",
  "tune",
  "justify",
  "name",
  "record",
  "link",
  "compute",
]);

/** Verbs of knowing: an indicator that starts with one describes what a person brings, not a task. */
const KNOWING = new Set(["explain", "know", "understand", "recognise", "recognize", "describe", "distinguish"]);
const YOU_CAN: Record<string, string> = {
  explain: "You can explain",
  know: "You know",
  understand: "You understand",
  recognise: "You can recognise",
  recognize: "You can recognize",
  describe: "You can describe",
  distinguish: "You can tell apart",
};

/** A verb's base form: the model's lemma, else the usual English suffix rules ("unifies" → "unify"). */
function base(word: string, lemma: string): string {
  const w = word.toLowerCase();
  if (lemma && lemma !== w) return lemma;
  if (w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

const DOUBLE_FINAL = new Set([
  "set",
  "run",
  "cut",
  "put",
  "get",
  "plan",
  "stop",
  "ship",
  "map",
  "tag",
  "log",
  "drop",
  "scan",
  "shop",
  "begin",
]);
/** The "-ing" form of a base verb: define → defining, set → setting, tie → tying. */
export function gerund(verb: string): string {
  if (DOUBLE_FINAL.has(verb)) return `${verb}${verb.slice(-1)}ing`;
  if (verb.endsWith("ie")) return `${verb.slice(0, -2)}ying`;
  if (verb.endsWith("e") && !verb.endsWith("ee") && verb.length > 2) return `${verb.slice(0, -1)}ing`;
  return `${verb}ing`;
}

export type Reworded = { kind: "task" | "knowledge"; task: string; bring: string; experience: string };

/**
 * One indicator in ad wording. The first verb (and verbs joined to it by "and"/"or") drop their
 * third-person "-s": "Defines SLOs and wires alerts." → task "Define SLOs and wire alerts.",
 * experience "defining SLOs and wiring alerts".
 */
export function reword(indicator: string): Reworded {
  const tokens = tokenize(indicator);
  const first = tokens[0];
  if (!first) return { kind: "task", task: indicator, bring: indicator, experience: indicator };
  const firstBase = base(first.text, first.lemma);
  const swaps: { start: number; end: number; base: string }[] = [
    { start: first.start, end: first.end, base: firstBase },
  ];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (i > 0 && prev && /^(and|or)$/.test(prev.norm) && /s$/.test(t.norm) && KNOWN_VERBS.has(base(t.text, t.lemma)))
      swaps.push({ start: t.start, end: t.end, base: base(t.text, t.lemma) });
  });
  const build = (f: (b: string) => string) => {
    let out = "";
    let at = 0;
    for (const s of swaps) {
      out += indicator.slice(at, s.start) + f(s.base);
      at = s.end;
    }
    return out + indicator.slice(at);
  };
  const task = build((b) => b);
  const experience = build(gerund).replace(/\.$/, "");
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if (KNOWING.has(firstBase)) {
    const rest = indicator.slice(first.end).trim();
    return {
      kind: "knowledge",
      task: cap(task),
      bring: `${YOU_CAN[firstBase]} ${rest}`,
      experience: experience.charAt(0).toLowerCase() + experience.slice(1),
    };
  }
  return {
    kind: "task",
    task: cap(task),
    bring: cap(task),
    experience: experience.charAt(0).toLowerCase() + experience.slice(1),
  };
}

/** Proper names and acronyms as they are written, wherever generated text lower-cased them. */
const CASING: Record<string, string> = {
  ml: "ML",
  aiops: "AIOps",
  ai: "AI",
  slo: "SLO",
  slos: "SLOs",
  sli: "SLI",
  slis: "SLIs",
  sre: "SRE",
  sres: "SREs",
  mttd: "MTTD",
  mttr: "MTTR",
  siem: "SIEM",
  opentelemetry: "OpenTelemetry",
  kubernetes: "Kubernetes",
  terraform: "Terraform",
  prometheus: "Prometheus",
  grafana: "Grafana",
  kafka: "Kafka",
  python: "Python",
  sql: "SQL",
  sbom: "SBOM",
  sboms: "SBOMs",
  iam: "IAM",
  rbac: "RBAC",
  gdpr: "GDPR",
  api: "API",
  apis: "APIs",
};

export function caseNames(text: string): string {
  return text.replace(/\b[a-z][a-z0-9]*\b/g, (w) => CASING[w] ?? w).replace(/\bci\/cd\b/gi, "CI/CD");
}
