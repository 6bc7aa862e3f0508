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
    "use",
    "follow",
    "configure",
    "monitor",
    "watch",
    "read",
    "check",
    "report",
    "assist",
    "help",
    "support",
    "learn",
    "shadow",
    "join",
    "update",
    "reset",
    "raise",
    "request",
    "document",
    "log",
    "apply",
    "respond",
    "restart",
    "reboot",
    "execute",
    "note",
    "look",
    "understand",
    "know",
    "participate",
    "contribute",
    "attend",
    "observe",
    "notice",
    "flag",
    "answer",
    "escalate",
    "explain",
    "clear",
    "judge",
    "hand",
    "spot",
    "install",
    "pull",
    "count",
    "gather",
    "list",
    "tag",
    "label",
    "script",
    "triage",
    "acknowledge",
    "verify",
    "record",
    "track",
    "file",
    "open",
    "close",
    "perform",
    "handle",
    "work",
    "study",
    "explore",
    "practise",
    "practice",
    "familiarise",
    "patch",
    "notify",
    "categorise",
    "categorize",
    "summarise",
    "summarize",
    // Keeping data as it is asked: masking, cleaning, querying and re-running what exists.
    "mask",
    "remove",
    "delete",
    "clean",
    "query",
    "reproduce",
    "rerun",
    "schedule",
  ],
  2: [
    "design",
    "implement",
    "build",
    "develop",
    "integrate",
    "tune",
    "retune",
    "instrument",
    "automate",
    "engineer",
    "create",
    "migrate",
    "optimise",
    "optimize",
    "troubleshoot",
    "debug",
    "deploy",
    "write",
    "package",
    "retrain",
    "train",
    "evaluate",
    "harden",
    "scale",
    "consolidate",
    "containerise",
    "containerize",
    "ship",
    "generate",
    "sign",
    "scan",
    "enforce",
    "rotate",
    "manage",
    "maintain",
    "own",
    "model",
    "analyse",
    "analyze",
    "investigate",
    "correlate",
    "detect",
    "extend",
    "improve",
    "reduce",
    "cut",
    "add",
    "replace",
    "refactor",
    "test",
    "validate",
    "benchmark",
    "choose",
    "select",
    "challenge",
    "pair",
    "collaborate",
    "partner",
    "coordinate",
    "review",
    "secure",
    "protect",
    "prepare",
    "collect",
    "wire",
    "expose",
    "run",
    "operate",
    "roll",
    "deliver",
    "diagnose",
    "resolve",
    "keep",
    "mitigate",
    "encrypt",
    "measure",
    "forecast",
    "predict",
    "architect",
    "lead",
    "mentor",
    "coach",
    "present",
    "stand",
    "standardise",
    "standardize",
    "orchestrate",
    "provision",
    "refine",
    "streamline",
    "modernise",
    "modernize",
    "productionise",
    "productionize",
    "operationalise",
    "operationalize",
    "remediate",
    "audit",
    "assess",
    "hunt",
    "tighten",
    "calibrate",
    "profile",
    "upgrade",
    "replatform",
    // The matrix's Level 2 indicators: "Compares MTTD and MTTR before and after an AIOps rollout",
    // "Connects alerts to automated remediation", "Turns a recurring incident's runbook into
    // event-driven automation", "Designs ... normalization pipelines", "Designs alert grouping or
    // deduplication".
    "compare",
    "connect",
    "turn",
    "normalise",
    "normalize",
    "deduplicate",
    "group",
    "produce",
    "introduce",
    "unify",
  ],
  3: [
    "define",
    "establish",
    "set",
    "drive",
    "champion",
    "shape",
    "steer",
    "govern",
    "align",
    "influence",
    "sponsor",
    "chair",
    "decide",
    "advocate",
    "evangelise",
    "evangelize",
    "prioritise",
    "prioritize",
    "negotiate",
    "represent",
    "institute",
    "transform",
    "envision",
    "spearhead",
    "pioneer",
    "oversee",
    "steward",
    "direct",
    "fund",
    // Deciding by another word: "Determine which incident classes may be auto-remediated".
    "determine",
  ],
};

/**
 * Verbs whose level depends on what they act on: "lead the adoption of SLOs across the company"
 * is Level 3, "lead the migration to Loki" Level 2. They read at `base` unless the line also
 * names organisation scope or a strategic object.
 */
export const SCOPE_DEPENDENT: Record<string, Level> = {
  lead: 2,
  architect: 2,
  mentor: 2,
  own: 2,
  build: 2,
  coach: 2,
  present: 2,
  standardise: 2,
  standardize: 2,
  report: 1,
};

/**
 * Groups of people a scope-dependent verb may act on: leading the migration of "the contractors'
 * teams", or a working group of managers, is organisation-wide change (Level 3); leading "a small
 * team" is not (only plural groups count).
 */
export const PEOPLE_GROUPS = [
  "teams",
  "squads",
  "departments",
  "divisions",
  "business units",
  "working group",
  "managers",
];

/**
 * A rule that binds every group of others: "the reliability targets that every product team must
 * meet", "the alerting standard that every vendor connected to the platform must meet", "the
 * standards all 40 engineering teams must follow". Setting what all teams (or vendors, providers)
 * must do is the matrix's Level 3 (it sets standards across the organisation), whatever the verb
 * ("lay down", "decide", "define"). Read as: a quantifier (BINDING_QUANTIFIERS), at most three words
 * (a number, a qualifier), a group (BINDING_GROUPS), then within a few words an obligation
 * (BINDING_OBLIGATIONS). "Consolidate every team's logs" binds nobody: no obligation.
 */
export const BINDING_QUANTIFIERS = ["every", "all", "each"];
/** Groups of people inside an organisation: bound by a rule (BINDING_GROUPS) or brought to adopt something (ADOPTION). */
const TEAMS_OF_PEOPLE = ["team", "teams", "squad", "squads", "department", "departments", "contractor", "contractors"];
export const BINDING_GROUPS = [
  ...TEAMS_OF_PEOPLE,
  "tribe",
  "tribes",
  "division",
  "divisions",
  "unit",
  "units",
  "vendor",
  "vendors",
  "provider",
  "providers",
  "supplier",
  "suppliers",
];
export const BINDING_OBLIGATIONS = [
  "must",
  "shall",
  "have to",
  "has to",
  "need to",
  "needs to",
  "is required to",
  "are required to",
];

/**
 * Saying what others (people, automation, models) may or must do: "Decide which incident classes
 * may be remediated automatically", "Write the policy on what automated systems may change in
 * production", "Establish what an operator must see before any model may page". The matrix's Level
 * 3 ("Defines which incident classes may be auto-remediated", "Sets policy for what automated
 * systems may change in production"), whatever the verb. Read as: the line's ask does not only use
 * what exists, then a question word (PERMISSION_WORDS) and within a few words a modal
 * (PERMISSION_MODALS). "Explain why a model may be wrong" and "because it may be a sensor fault" are
 * not: "why" and "because" are not question words here, and a Level 1 ask ("Check which alerts must
 * be escalated") follows the rule instead of setting it.
 */
export const PERMISSION_WORDS = ["which", "what", "when", "who", "whom"];
export const PERMISSION_MODALS = ["may", "must", "is allowed to", "are allowed to", "can only", "may only"];

/**
 * Level 2 qualifiers that say where the work runs, not how deep the skill goes: "Use Grafana
 * dashboards in production" still uses what exists (Level 1); "hands-on experience ... in
 * production" is read from its framing.
 */
export const SETTING_QUALIFIERS = new Set([
  "in production",
  "production systems",
  "at scale",
  "large scale",
  "high volume",
]);

/** Level 3 verbs that come down to Level 2 when what they act on is a concrete artefact, not a direction. */
export const CONCRETE_DOWNGRADE = new Set([
  "define",
  "set",
  "establish",
  "decide",
  "prioritise",
  "prioritize",
  "standardise",
  "standardize",
]);

/**
 * Concrete artefacts ("define SLOs for your service" is Level 2 work, not a strategy). A rule is
 * one only when a tool evaluates it (RULE_ARTEFACTS: "alert rule", "detection rules"); "the rules
 * for the automatic actions in production", "the retention and access rules" say what others may
 * do, the matrix's Level 3 "Sets policy for what automated systems may change in production".
 */
export const CONCRETE_OBJECTS = [
  "slo",
  "sli",
  "service level indicator",
  "service level objective",
  "alert",
  "dashboard",
  "metric",
  "schema",
  "pipeline",
  "test",
  "threshold",
  "query",
  "index",
  "label",
  "tag",
  "runbook",
  "module",
  "job",
  "config",
  "configuration",
  "service",
  "api",
  "endpoint",
  "check",
  "ticket",
  "incident",
];

/** Rules a tool evaluates: concrete artefacts (CONCRETE_OBJECTS), unlike rules for people or automated actions. */
export const RULE_ARTEFACTS = [
  "alert rule",
  "alerting rule",
  "alarm rule",
  "detection rule",
  "correlation rule",
  "recording rule",
  "routing rule",
  "firewall rule",
  "waf rule",
  "sigma rule",
  "yara rule",
  "suppression rule",
  "inhibition rule",
  "lint rule",
  "linting rule",
];

/**
 * Knowledge framings with a depth qualifier ("deep knowledge", "working knowledge", "solid
 * understanding"): Level 2 on a practice or a technique, but Level 1 on a law, regulation or
 * standard (LAWS_AND_STANDARDS). The matrix's Level 1 "Knows the compliance frameworks that apply
 * (e.g. SOC 2, GDPR) and escalates gaps": knowing what applies, however well, is not yet reviewing a
 * pipeline against it or implementing its controls (Level 2). A Level 2 qualifier right before
 * "knowledge" or "understanding" ("strong knowledge of") counts too (read-level.ts).
 */
export const KNOWLEDGE_DEPTH = [
  "working knowledge",
  "deep knowledge",
  "deep understanding",
  "solid understanding",
  "good knowledge",
  "good knowledges",
  "good understanding",
  "very good knowledge",
];

/** Laws, regulations and standards: knowing one is Level 1 however deep (KNOWLEDGE_DEPTH). */
export const LAWS_AND_STANDARDS = [
  "law",
  "act",
  "directive",
  "regulation",
  "gdpr",
  "soc 2",
  "soc2",
  "iso 27001",
  "iso iec 27001",
  "iso iec 42001",
  "nis2",
  "pci dss",
  "hipaa",
  "dora",
  "fedramp",
  "eu ai act",
  "nist csf",
  "owasp top 10",
  "compliance framework",
];

/** Small artefacts: building or writing one is Level 1 work ("build a dashboard panel", "write small scripts"). */
export const SMALL_OBJECTS = [
  "panel",
  "dashboard",
  "dashboard panel",
  "alert rule",
  "query",
  "report",
  "slide",
  "ticket",
  "note",
  "spreadsheet",
  "small script",
  "simple script",
  "chart",
  "wiki page",
];

/**
 * Scripts: writing or creating them is the matrix's Level 1 ("scripts routine automation"), whatever
 * they do ("Write Bash scripts that restart the consumers", "Write the runbook scripts").
 */
export const SCRIPT_OBJECTS = ["script", "scripts"];

/** Level 2 verbs that write a script: on a script they read Level 1 (SCRIPT_OBJECTS). */
export const SCRIPT_WRITING_VERBS = new Set(["write", "create"]);

/**
 * What a tool or a colleague produced: reviewing it is triage, Level 1 ("Review the output of the
 * anomaly alerts", "Review the findings of the vulnerability scanner", "Review the Terraform pull
 * requests"), unlike reviewing a design, a model or a pipeline for its risks (Level 2).
 */
export const TRIAGE_OBJECTS = [
  "output",
  "alert",
  "alerts",
  "finding",
  "findings",
  "log",
  "logs",
  "pull request",
  "pull requests",
  "access request",
  "access requests",
  "merge request",
  "merge requests",
  "ticket",
  "tickets",
];

/** Level 2 verbs that read what others produced: on TRIAGE_OBJECTS they read Level 1 ("check" and "read" already do). */
export const TRIAGE_VERBS = new Set(["review"]);

/** Verbs that make small objects: only these come down to Level 1 on a small object. */
export const MAKING_VERBS = new Set(["build", "create", "write", "add", "design", "develop", "make", "set"]);

/** Weighted phrases per level: framings ("familiarity with"), qualifiers ("basic", "deep") and scope. */
export const LEVEL_PHRASES: Record<Level, { 3: string[]; 2: string[]; 1: string[] }> = {
  1: {
    3: [
      "familiar*",
      "exposure",
      "awareness",
      "aware of",
      "basic",
      "basics",
      "simple",
      "small",
      "under guidance",
      "under the guidance",
      "under supervision",
      "under guidance of",
      "with guidance",
      "with support",
      "with mentorship",
      "with help",
      "at first",
      "shadow*",
      "written by others",
      "others have written",
      "defined by",
      "according to",
      "as the policy requires",
      "as the policy says",
      "the policy says",
      "escalat*",
      "entry level",
      "introductory",
      "willing*",
      "eager*",
      "keen to learn",
      "learn to",
      "learn how",
      "willingness to learn",
      "some exposure",
      "tool output",
      "output of",
      "report false positives",
      "report outages",
      "report issues",
      "report anomalies",
      "report problems",
      "raise an incident",
      "fundamentals",
      "foundational",
      "is enough to start",
      "level 1",
      "foundational practitioner",
      "first job",
      "internship",
      "curious",
      "curiosity",
      "introduction to",
      "basic knowledge",
      "basic understanding",
      "some scripting",
      "comfortable",
      "knowledge of",
      "knowledge in",
      "understanding of",
      "knowing",
      "know what",
      "up to date",
      "keep up to date",
      "take part",
      "keep an eye on",
    ],
    2: ["some experience", "coursework", "some"],
    1: ["scripting", "certification", "certified"],
  },
  2: {
    3: [
      "deep",
      "strong",
      "solid",
      "extensive",
      "proven",
      "advanced",
      "in depth",
      "thorough",
      "hands on",
      "expert*",
      "expertise",
      "proficien*",
      "fluent",
      "track record",
      "well enough to",
      "trade off*",
      "working knowledge",
      "deep understanding",
      "deep knowledge",
      "solid understanding",
      "level 2",
      "applied aiops engineer",
      "end to end",
      "at scale",
      "large scale",
      "high volume",
      "in production",
      "production systems",
      "production grade",
      "production ready",
      "work well with",
      "work closely with",
      "work with",
      "collaborate with",
      "partner with",
      "good knowledge",
      "good knowledges",
      "good understanding",
      "know your way around",
      "know their way around",
      "very good knowledge",
    ],
    2: [
      "experience",
      "experienced",
      "several years",
      "background in",
      "you have built",
      "you have run",
      "you have operated",
      "production",
      "ownership",
      "mastery",
    ],
    // Working across teams is the matrix's Level 2 ("collaborates across SRE, platform and security teams").
    1: ["across teams", "cross team"],
  },
  3: {
    3: [
      "strategy",
      "strategic",
      "roadmap",
      "vision",
      "technical direction",
      "direction",
      "enterprise",
      "enterprise wide",
      "organisation wide",
      "organization wide",
      "company wide",
      "org wide",
      "engineering wide",
      "group wide",
      "across the organisation",
      "across the organization",
      "across the company",
      "across the business",
      "across the enterprise",
      "across the group",
      "across engineering",
      "across all",
      // The organisation as a whole: "for the whole group", "across the whole ground segment".
      "whole organisation",
      "whole organization",
      "whole company",
      "whole group",
      "whole business",
      "whole estate",
      "whole digital estate",
      "whole network",
      "business unit",
      "board",
      "executive",
      "c level",
      "c suite",
      "leadership team",
      "multi year",
      "north star",
      "governance framework",
      "operating model",
      "level 3",
      "strategic aiops architect",
      "feedback loop",
      "change management",
      "investment",
      "business case",
      "budget",
      "standards",
      "the standard",
    ],
    2: [
      "adoption",
      "programme",
      "program",
      "initiative",
      "long term",
      "policy",
      "policies",
      "principle",
      "charter",
      "culture",
      "practice",
      "framework",
      "governance",
      "every team",
      "all teams",
      "all product teams",
      "every engineering team",
      "cross functional",
      "risk objectives",
      "business outcome",
      "hiring",
      "headcount",
      "stakeholder",
      "measurable",
      "company",
      "organisation",
      "organization",
      // "the group" and "all our ... teams/models": the organisation's scope, when the verb sets direction.
      "the group",
      "all our",
      "industry",
      "regulator",
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
  from: [
    "retro",
    "retrospective",
    "postmortem",
    "post mortem",
    "post incident",
    "incident review",
    "lessons learned",
    "what incidents teach",
    "what postmortems teach",
    "incident learning",
  ],
  into: [
    "model",
    "detection",
    "detector",
    "tuning",
    "detection rule",
    "threshold",
    "retrain*",
    "retune",
    "alert rule",
    "anomaly rule",
    "rule",
  ],
};

/** Markers of a nice-to-have inside a line ("Nice to have: Flink", "Kafka is a plus"). */
export const OPTIONAL_MARKERS = [
  "nice to have",
  "nice to haves",
  "is a plus",
  "a plus",
  "is a bonus",
  "bonus",
  "bonus points",
  "preferred",
  "is preferred",
  "ideally",
  "would be nice",
  "is welcome",
  "are welcome",
  "is an advantage",
  "is advantage",
  "an advantage",
  "desirable",
  "optional",
  "not required",
  "good to have",
];

/** Words that settle Level 1 whatever else the line says: the work is done under someone else's lead. */
export const CAP_AT_1 = [
  "under guidance",
  "under the guidance",
  "under supervision",
  "under guidance of",
  "with guidance",
  "with support",
  "with mentorship",
  "written by others",
  "others have written",
  "defined by",
  "according to",
  "learn to",
  "learn how",
  "willingness to learn",
  "shadow*",
  "at first",
  "as the policy requires",
  "the policy says",
  "the runbook says",
  "up to date",
];

/**
 * Objects that keep "set up" at Level 2: a detector, a baseline or an access model is designed, not
 * configured (the matrix's "Builds a seasonal baseline ... and tunes it", "Implements RBAC ...");
 * "Set up a dashboard" or "Set up the scanners" stays Level 1.
 */
export const SET_UP_DESIGNS = [
  "baseline",
  "baselines",
  "anomaly detection",
  "detector",
  "detectors",
  "data quality monitoring",
  "role-based access",
  "role-based access control",
  "rbac",
  "access control",
  "access controls",
  "policy check",
  "policy checks",
];

/**
 * Reviews whose running the matrix puts at Level 2 ("Runs access reviews for telemetry and AIOps
 * tooling and removes stale permissions"): running one decides who keeps access, whatever the verb
 * ("run", "do", "conduct", "carry out"); REVIEW_RUNNING_VERBS. Following its checklist does not.
 */
export const LEVEL_2_REVIEWS = ["access review", "access reviews", "user access review", "access recertification"];
export const REVIEW_RUNNING_VERBS = [
  "run",
  "do",
  "make",
  "conduct",
  "carry",
  "perform",
  "hold",
  "lead",
  "organise",
  "organize",
];

/** Objects that make "run"/"execute" a Level 1 task (run a scanner) rather than running a system. */
export const RUN_TASK_OBJECTS = [
  "scanner",
  "scan",
  "report",
  "query",
  "script",
  "runbook",
  "playbook",
  "check",
  "plan",
  "test",
  "job",
  "command",
  "tool",
];

/**
 * Nouns that name an action ("Configuration of monitoring", "Developing of CI/CD pipelines"):
 * ads written in a nominal style, often by non-native writers, ask with these instead of verbs.
 */
export const NOMINALISATIONS: Record<string, string> = {
  configuration: "configure",
  creation: "create",
  development: "develop",
  developing: "develop",
  implementation: "implement",
  setup: "configure",
  maintenance: "maintain",
  definition: "define",
  establishment: "establish",
  integration: "integrate",
  evaluation: "evaluate",
  deployment: "deploy",
  migration: "migrate",
  operation: "operate",
  design: "design",
  automation: "automate",
  optimisation: "optimise",
  optimization: "optimise",
  administration: "configure",
  support: "support",
  monitoring: "monitor",
  preparation: "prepare",
  analysis: "analyse",
  management: "manage",
  caring: "follow",
  care: "follow",
  building: "build",
  leadership: "lead",
};

/**
 * Getting other people to change how they work (leadership.ts adoptionAsk): a verb that makes
 * others act, a group of people, then "to" and what they are to do, or "onto" where they move. The
 * matrix's Level 3 ("Drives adoption of the platform across teams"), whatever the verb: "Get the
 * plant teams to use the signed templates", "Bring the on-call groups to trust the automation",
 * "Convince the research groups to adopt ...". Not "make sure".
 */
export const ADOPTION = {
  causes: ["get", "bring", "convince", "persuade", "make", "encourage", "win"],
  people: [
    ...TEAMS_OF_PEOPLE,
    "group",
    "groups",
    "engineer",
    "engineers",
    "developer",
    "developers",
    "operator",
    "operators",
    "manager",
    "managers",
    "staff",
    "analyst",
    "analysts",
    "scientist",
    "scientists",
    "studios",
    "colleague",
    "colleagues",
    "people",
    "everyone",
    "lead",
    "leads",
    "owner",
    "owners",
    "forecaster",
    "forecasters",
    "agronomist",
    "agronomists",
    "crews",
  ],
  adopt: ["use", "follow", "adopt", "trust", "accept", "move", "switch", "migrate", "apply", "onboard", "work"],
};

/**
 * Answering to the organisation's leadership for an outcome (leadership.ts reportsToLeadership):
 * "Report to the board how detector quality moves availability", "Present the cost model to the
 * executive committee", "Answer to the executive committee for whether ...". Level 3 in the matrix
 * ("Presents ... to leadership", "secures the budget"). "Explain to management what a percentile
 * is" teaches; "You will report to the CTO" is a reporting line, not a duty.
 */
export const LEADERSHIP = {
  verbs: ["report", "present", "answer", "defend", "justify", "brief"],
  audience: [
    "board",
    "cto",
    "ciso",
    "cio",
    "ceo",
    "coo",
    "cfo",
    "executive",
    "executives",
    "management",
    "leadership",
    "directors",
    "founders",
    "owners",
    "trustees",
    "shareholders",
    "committee",
  ],
  /** After the audience, words that say what is reported (so it is not a reporting line). */
  content: [
    "on",
    "how",
    "whether",
    "what",
    "which",
    "why",
    "every",
    "each",
    "quarterly",
    "monthly",
    "twice",
    "once",
    "for",
  ],
};

/**
 * Level 2 work the matrix names that ads put in Level 1 verbs (matrix-level-2.ts):
 * - attacks on a model in plain words ("Assesses AIOps models for poisoning, evasion and
 *   data-leakage risks"): whether someone could fool it or feed it false readings, or pull data
 *   out of it; only with a model named in the line;
 * - access scoped to people ("Implements role-based access to telemetry and AIOps consoles,
 *   scoped by team"; "Runs access reviews ... and removes stale permissions"): who may see what,
 *   each team only its own;
 * - the cost of false alarms against missed incidents, explained or weighed;
 * - a log nobody can change afterwards ("Implements tamper-evident audit logs");
 * - finding where what runs differs from the code ("Implements safe rollback and drift detection for
 *   infrastructure managed as code");
 * - reviewing who may see data in a pipeline ("Reviews AIOps pipelines for compliance risk: data
 *   residency, retention, access").
 * A law applied to "the systems you work on" stays Level 1 ("Applies data-handling policies ...").
 */
export const MATRIX_LEVEL_2 = {
  /**
   * Attacks on a model by their names (poisoning, evasion): checking for them is the matrix's
   * Level 2 ("Assesses models for poisoning, evasion and data leakage") whatever the verb, even
   * "check", "look at" or "know"; the names alone say a model is meant.
   */
  namedAttacks: ["poison", "poisoned", "poisoning", "evasion", "evade", "adversarial"],
  models: ["model", "models", "classifier", "detector", "detectors", "llm", "predictor"],
  plainAttacks: [
    "fool*",
    "trick",
    "tricked",
    "deceive*",
    "mislead*",
    "false reading*",
    "false data",
    "fake data",
    "false input*",
    "false record*",
    "out of it",
    "out of the model",
    "data leak*",
  ],
  /** "Explains the cost of false positives versus missed incidents for an on-call rotation": both sides named. */
  falseAlarms: ["false positive*", "false alarm*", "false one*", "false page*", "false call*", "precision"],
  misses: ["miss*", "false negative*", "recall"],
  scopedAccess: [
    "role based access",
    "who may see",
    "who can see",
    "who sees",
    "who may read",
    "who can read",
    "who reads",
    "who may access",
    "who can access",
    "who still has access",
    "who has access",
    "who gets access",
    "only its own",
    "only their own",
    "its own view",
    "their own view",
    "own view of",
    "role based",
    "sees only",
    "see only",
  ],
  /** "Implements tamper-evident audit logs ...": a log of the kind level-context.ts TAMPER_EVIDENT reads. */
  logs: ["log", "logs", "audit", "trail", "ledger", "record", "records", "history"],
  /** "Implements safe rollback and drift detection for infrastructure managed as code": what runs against the code. */
  drift: ["drift*", "differ*"],
  declared: ["the code", "as code", "in code", "terraform", "opentofu", "pulumi", "git", "declared", "infrastructure"],
  /**
   * Verbs that follow, know or apply a rule, whatever it is about: "Applies data-handling policies
   * and access controls to the systems they work on" is the matrix's Level 1.
   */
  following: [
    "follow",
    "respect",
    "comply",
    "adhere",
    "obey",
    "observe",
    "know",
    "understand",
    "learn",
    "use",
    "apply",
  ],
};
