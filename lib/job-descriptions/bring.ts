// What a candidate brings at each level of each built-in domain, written for a job ad (the
// matrix's level indicators say the same for interviewers). A domain an organisation added has
// no line here; the generator writes one from its name and the level's name instead.
import type { DomainKey, Level } from "../jd/lexicon";

export const BRING: Record<DomainKey, Record<Level, string>> = {
  observability: {
    1: "Working familiarity with logs, metrics and traces, and with configuring dashboards and alert rules.",
    2: "Experience designing telemetry ingestion and alerting that people can trust in production.",
    3: "A track record of defining an organisation's telemetry strategy: standards, budgets and the signals that matter.",
  },
  "data-ml": {
    1: "Comfort with basic statistics: means, percentiles, variance and thresholds.",
    2: "Experience implementing anomaly detection or event correlation, and weighing false positives against missed incidents.",
    3: "A track record of designing feedback loops from incident reviews into model tuning, and deciding where models beat rules.",
  },
  automation: {
    1: "Comfort scripting routine tasks in Python, Bash or a similar language.",
    2: "Experience integrating detection into runbooks, CI/CD and infrastructure as code, with safe rollback.",
    3: "A track record of setting the direction for automated remediation across teams.",
  },
  "security-governance": {
    1: "Care for data handling and access policies in day-to-day work.",
    2: "Experience implementing access controls and audit trails for automated systems.",
    3: "A track record of establishing model governance and explainability standards.",
  },
};
