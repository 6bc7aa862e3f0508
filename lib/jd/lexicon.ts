// The competency model's names as the analyser speaks them, and a years-of-experience parser.
// Light on purpose: client components import the names from here. The vocabulary is in
// vocabulary.ts, the level cues in level-cues.ts.

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

export const LEVEL_NAMES: Record<Level, string> = {
  1: "Foundational Practitioner",
  2: "Applied AIOps Engineer",
  3: "Strategic AIOps Architect",
};

/** What each level means in each domain, in the matrix's words; used in flag messages. */
export const LEVEL_SUMMARIES: Record<DomainKey, Record<Level, string>> = {
  observability: {
    1: "configures monitoring and basic alert rules",
    2: "designs telemetry ingestion and normalisation pipelines",
    3: "defines enterprise telemetry strategy",
  },
  "data-ml": {
    1: "understands basic statistical concepts",
    2: "implements anomaly detection and weighs model trade-offs",
    3: "designs feedback loops from incidents into model tuning",
  },
  automation: {
    1: "scripts routine automation",
    2: "integrates AIOps outputs into runbooks and automation",
    3: "sets the direction for automated remediation across teams",
  },
  "security-governance": {
    1: "follows data handling and access policies",
    2: "implements access controls and auditability",
    3: "establishes model governance and explainability standards",
  },
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const NUM = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})`;
// "5+ years", "3-5 years", "at least 7 yrs", "minimum of ten years", "8 or more years", "a decade".
const YEARS_RE = new RegExp(
  `(?<![a-z0-9])${NUM}\\s*(?:\\+|plus)?\\s*(?:(?:-|–|—|to)\\s*${NUM}\\s*\\+?\\s*)?(?:or more\\s+)?(?:years?|yrs?)(?![a-z])`,
  "i",
);
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
