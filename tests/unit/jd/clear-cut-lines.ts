// Lines whose reading the matrix's level definitions settle, shared by the lexicon's rule tests and
// the learned model's check (model-known-misses.test.ts).
import type { DomainKey, Level } from "../../../lib/jd/analyse";

/** What the sentence asks, by its scope and the object it acts on: [line, level, why]. */
export const SCOPE_AND_OBJECT: readonly (readonly [string, Level, string])[] = [
  ["Lead the migration from Graphite to Prometheus.", 2, "lead on a system"],
  ["Lead the adoption of SLOs across the company.", 3, "lead with organisation scope"],
  ["Lead the migration of the contractors' teams onto the platform.", 3, "lead moving many teams"],
  ["Lead a small team of three engineers and review their designs.", 2, "lead one team"],
  ["Own the on-call alerting stack.", 2, "own a system"],
  ["Own the company-wide model governance framework.", 3, "own a company-wide framework"],
  ["Define SLOs for the checkout service.", 2, "define a concrete artefact"],
  ["Define data retention and access policies for telemetry.", 3, "define policy"],
  ["Build a dashboard panel for each new game mode.", 1, "build a small artefact"],
  ["Write small scripts to restart stuck collectors.", 1, "write small scripts"],
  ["Consolidate every team's logs onto one OpenTelemetry platform.", 2, "every team's data is not scope"],
  ["Present the business case to the executive board and secure a multi-year budget.", 3, "board and budget"],
  ["Retune detection models from what each incident retro teaches.", 3, "a learning loop from incidents into models"],
  ["Follow the enterprise security standards when handling data.", 1, "scope words decorate a Level 1 action"],
  ["Run the vulnerability scanner on office laptops.", 1, "run a tool"],
  ["Run a Feast feature store shared by two teams.", 2, "run a system"],
  ["Maintain the runbook wiki so that the steps match the tools.", 1, "maintain a record, not a system"],
];

/**
 * How the level model reads plain operating verbs with and without an entry-level title (a feature
 * it weighs with the words; the lexicon reads the sentence alone): [line, entry-level title, level].
 */
export const ENTRY_LEVEL: readonly (readonly [string, boolean, Level])[] = [
  ["Maintain the Jenkins jobs for the web team.", true, 1],
  ["Maintain the Jenkins jobs for the web team.", false, 2],
  ["Design the telemetry ingestion pipeline.", true, 2],
  ["Maintain our production Kubernetes clusters end to end.", true, 2],
];

/** Bare tool lines: the tools' domain at Level 1. */
export const BARE_TOOLS: readonly (readonly [string, DomainKey, Level])[] = [
  ["Familiar with Terraform.", "automation", 1],
  ["Experience with Prometheus and Grafana.", "observability", 1],
  ["Familiarity with MLflow and pandas.", "data-ml", 1],
  ["Knowledge of Vault and OPA.", "security-governance", 1],
];

/** Three Level 3 asks and one Level 1 line: under a Junior title, a contradiction of the title (titleFlag). */
export const MOSTLY_LEVEL_3 = [
  "Define the enterprise telemetry strategy.",
  "Establish model governance and explainability standards.",
  "Set the organisation-wide policy for automated remediation.",
  "Configure dashboards and basic alert rules.",
] as const;
