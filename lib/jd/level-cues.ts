// What a requirement line asks the person to do, as data: the level each kind of action
// belongs to in the matrix, and the words around it that move it up or down. The reader
// (read-level.ts) finds the verbs with the NLP model's parts of speech and lemmas, so "designs",
// "designing" and "designed" are one entry here. Phrases use the vocabulary's syntax (vocabulary.ts).

import type { Level } from "./lexicon";

/**
 * Verb lemmas by the level of work they describe. Level 1 uses, follows and reports on what
 * exists; Level 2 designs, builds and integrates systems; Level 3 defines, establishes and leads
 * across the organisation.
 */
export const VERB_LEVELS: Record<Level, string[]> = {
  1: [
    "use", "follow", "configure", "monitor", "watch", "read", "check", "report", "assist", "help", "support", "learn", "shadow", "join", "update", "reset",
    "raise", "request", "document", "log", "apply", "respond", "restart", "execute", "note", "look", "understand", "know", "participate", "contribute", "attend",
    "observe", "notice", "flag", "answer", "escalate", "explain", "clear", "judge", "hand", "spot", "install", "pull", "count", "gather", "list", "tag", "label", "script", "triage",
    "acknowledge", "verify", "record", "track", "file", "open", "close", "perform", "handle", "work", "study", "explore", "practise", "practice", "familiarise",
    "patch", "notify", "categorise", "categorize", "summarise", "summarize",
  ],
  2: [
    "design", "implement", "build", "develop", "integrate", "tune", "retune", "instrument", "automate", "engineer", "create", "migrate", "optimise", "optimize",
    "troubleshoot", "debug", "deploy", "write", "package", "retrain", "train", "evaluate", "harden", "scale", "consolidate", "containerise", "containerize", "ship",
    "generate", "sign", "scan", "enforce", "rotate", "manage", "maintain", "own", "model", "analyse", "analyze", "investigate", "correlate", "detect", "extend",
    "improve", "reduce", "cut", "add", "replace", "refactor", "test", "validate", "benchmark", "choose", "select", "challenge", "pair", "collaborate",
    "partner", "coordinate", "review", "secure", "protect", "prepare", "collect", "wire", "expose", "run", "operate", "roll", "deliver", "diagnose", "resolve", "keep",
    "mitigate", "encrypt", "measure", "forecast", "predict", "architect", "lead", "mentor", "coach", "present", "stand", "standardise", "standardize",
    "orchestrate", "provision", "refine", "streamline", "modernise", "modernize", "productionise", "productionize", "operationalise", "operationalize",
    "remediate", "audit", "assess", "hunt", "tighten", "calibrate", "profile", "upgrade", "replatform",
  ],
  3: [
    "define", "establish", "set", "drive", "champion", "shape", "steer", "govern", "align", "influence", "sponsor", "chair", "decide", "advocate",
    "evangelise", "evangelize", "prioritise", "prioritize", "negotiate", "represent", "institute", "transform", "envision",
    "spearhead", "pioneer", "oversee", "steward", "direct", "fund",
  ],
};

/**
 * Verbs whose level depends on what they act on: "lead the adoption of SLOs across the company"
 * is Level 3, "lead the migration to Loki" Level 2. They read at `base` unless the line also
 * names organisation scope or a strategic object.
 */
export const SCOPE_DEPENDENT: Record<string, Level> = { lead: 2, architect: 2, mentor: 2, own: 2, build: 2, coach: 2, present: 2, standardise: 2, standardize: 2, report: 1 };

/** Level 3 verbs that come down to Level 2 when what they act on is a concrete artefact, not a direction. */
export const CONCRETE_DOWNGRADE = new Set(["define", "set", "establish", "decide", "prioritise", "prioritize", "standardise", "standardize"]);

/** Concrete artefacts ("define SLOs for your service" is Level 2 work, not a strategy). */
export const CONCRETE_OBJECTS = [
  "slo", "sli", "service level indicator", "service level objective", "alert", "alert rule", "dashboard", "metric", "schema", "rule", "pipeline", "test", "threshold", "query", "index", "label", "tag", "runbook",
  "module", "job", "config", "configuration", "service", "api", "endpoint", "check", "ticket", "incident",
];

/** Small artefacts: building or writing one is Level 1 work ("build a dashboard panel", "write small scripts"). */
export const SMALL_OBJECTS = ["panel", "dashboard", "dashboard panel", "alert rule", "query", "report", "slide", "ticket", "note", "spreadsheet", "small script", "simple script", "chart", "wiki page"];

/** Verbs that make small objects: only these come down to Level 1 on a small object. */
export const MAKING_VERBS = new Set(["build", "create", "write", "add", "design", "develop", "make", "set"]);

/** Weighted phrases per level: framings ("familiarity with"), qualifiers ("basic", "deep") and scope. */
export const LEVEL_PHRASES: Record<Level, { 3: string[]; 2: string[]; 1: string[] }> = {
  1: {
    3: [
      "familiar*", "exposure", "awareness", "aware of", "basic", "basics", "simple", "small", "under guidance", "under the guidance", "under supervision",
      "under guidance of", "with guidance", "with support", "with mentorship", "with help", "at first", "shadow*", "written by others", "others have written",
      "defined by", "according to", "as the policy requires", "as the policy says", "the policy says", "escalat*", "entry level", "introductory", "willing*",
      "eager*", "keen to learn", "learn to", "learn how", "willingness to learn", "some exposure", "tool output", "output of", "report false positives",
      "report outages", "report issues", "report anomalies", "report problems", "raise an incident", "fundamentals", "foundational", "is enough to start",
      "level 1", "foundational practitioner", "first job", "internship", "curious", "curiosity", "introduction to", "basic knowledge", "basic understanding",
      "some scripting", "comfortable", "knowledge of", "understanding of", "knowing", "know what", "up to date", "keep up to date", "take part",
    ],
    2: ["some experience", "coursework", "some"],
    1: ["scripting", "certification", "certified"],
  },
  2: {
    3: [
      "deep", "strong", "solid", "extensive", "proven", "advanced", "in depth", "thorough", "hands on", "expert*", "expertise", "proficien*", "fluent", "track record",
      "well enough to", "trade off*", "working knowledge", "deep understanding", "deep knowledge", "solid understanding", "level 2", "applied aiops engineer", "end to end",
      "at scale", "large scale", "high volume", "in production", "production systems", "production grade", "production ready",
      "work well with", "work closely with", "work with", "collaborate with", "partner with", "good knowledge", "good knowledges", "good understanding",
      "know your way around", "know their way around", "very good knowledge",
    ],
    2: ["experience", "experienced", "several years", "background in", "you have built", "you have run", "you have operated", "production", "ownership", "mastery"],
    // Working across teams is the matrix's Level 2 ("collaborates across SRE, platform and security teams").
    1: ["across teams", "cross team"],
  },
  3: {
    3: [
      "strategy", "strategic", "roadmap", "vision", "technical direction", "direction", "enterprise", "enterprise wide", "organisation wide", "organization wide",
      "company wide", "org wide", "engineering wide", "group wide", "across the organisation", "across the organization", "across the company", "across the business",
      "across the enterprise", "across the group", "across engineering", "across all", "business unit", "board", "executive", "c level", "c suite", "leadership team",
      "multi year", "north star", "governance framework", "operating model", "level 3", "strategic aiops architect", "feedback loop", "change management",
      "investment", "business case", "budget", "standards", "the standard",
    ],
    2: [
      "adoption", "programme", "program", "initiative", "long term", "policy", "policies", "principle", "charter", "culture", "practice", "framework", "governance",
      "every team", "all teams", "all product teams", "every engineering team", "cross functional", "risk objectives", "business outcome", "hiring", "headcount",
      "stakeholder", "measurable", "company", "organisation", "organization", "industry", "regulator",
    ],
    1: [],
  },
};

/**
 * A loop from what incidents teach back into the detection models: Level 3 in the matrix
 * ("designs feedback loops from incident retrospectives into model tuning"), however it is worded.
 * Both halves must appear in the line.
 */
export const LEARNING_LOOP = {
  from: ["retro", "retrospective", "postmortem", "post mortem", "post incident", "incident review", "lessons learned", "what incidents teach", "what postmortems teach", "incident learning"],
  into: ["model", "detection", "detector", "tuning", "detection rule", "threshold", "retrain*", "retune", "alert rule", "anomaly rule", "rule"],
};

/** Markers of a nice-to-have inside a line ("Nice to have: Flink", "Kafka is a plus"). */
export const OPTIONAL_MARKERS = [
  "nice to have", "nice to haves", "is a plus", "a plus", "is a bonus", "bonus", "bonus points", "preferred", "is preferred", "ideally", "would be nice",
  "is welcome", "are welcome", "is an advantage", "is advantage", "an advantage", "desirable", "optional", "not required", "good to have",
];

/** Words that settle Level 1 whatever else the line says: the work is done under someone else's lead. */
export const CAP_AT_1 = [
  "under guidance", "under the guidance", "under supervision", "under guidance of", "with guidance", "with support", "with mentorship", "written by others",
  "others have written", "defined by", "according to", "learn to", "learn how", "willingness to learn", "shadow*", "at first", "as the policy requires",
  "the policy says", "the runbook says", "up to date",
];

/** Objects that make "run"/"execute" a Level 1 task (run a scanner) rather than running a system. */
export const RUN_TASK_OBJECTS = ["scanner", "scan", "report", "query", "script", "runbook", "playbook", "check", "plan", "test", "job", "command", "tool"];

/**
 * Nouns that name an action ("Configuration of monitoring", "Developing of CI/CD pipelines"):
 * ads written in a nominal style, often by non-native writers, ask with these instead of verbs.
 */
export const NOMINALISATIONS: Record<string, string> = {
  configuration: "configure", creation: "create", development: "develop", developing: "develop", implementation: "implement", setup: "configure",
  maintenance: "maintain", definition: "define", establishment: "establish", integration: "integrate", evaluation: "evaluate", deployment: "deploy",
  migration: "migrate", operation: "operate", design: "design", automation: "automate", optimisation: "optimise", optimization: "optimise",
  administration: "configure", support: "support", monitoring: "monitor", preparation: "prepare", analysis: "analyse", management: "manage",
  caring: "follow", care: "follow", building: "build", leadership: "lead",
};
