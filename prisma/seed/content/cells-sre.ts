import type { ClusterCells } from "./matrix";

// SRE / reliability: observability and automation are core; security is light.
export const sreCells: ClusterCells = {
  observability: {
    1: [
      "Explains when to reach for logs, metrics or traces while triaging a live incident.",
      "Builds a service dashboard with latency, error and saturation panels from existing metrics.",
      "Configures a threshold alert tied to an SLI and names who it pages.",
      "Reads an AIOps anomaly alert and checks it against raw metrics before escalating.",
    ],
    2: [
      "Defines SLIs and SLOs for a service and wires error-budget burn-rate alerts.",
      "Designs alert grouping or deduplication that measurably cuts pages per incident.",
      "Instruments a service with OpenTelemetry traces and correlates them with logs by trace id.",
      "Compares MTTD and MTTR before and after an AIOps rollout with real incident data.",
    ],
    3: [
      "Sets the organisation's SLO and alerting standards that every team's telemetry must meet.",
      "Defines telemetry retention, sampling and cardinality budgets against reliability needs and cost.",
      "Runs a programme that retires noisy alerts across teams, with a tracked signal-to-noise target.",
    ],
  },
  "data-ml": {
    1: [
      "Explains mean, variance and percentiles and why p99 latency matters more than the average.",
      "Chooses a static versus dynamic alert threshold and justifies it from a metric's history.",
      "Pulls incident history into a spreadsheet or notebook to count recurring failure types.",
    ],
    2: [
      "Builds a seasonal baseline (e.g. rolling median and MAD) for a noisy metric and tunes it.",
      "Evaluates an anomaly detector against labelled past incidents: precision, recall, detection delay.",
      "Explains the cost of false positives versus missed incidents for an on-call rotation.",
      "Prepares incident and change data as features, handling gaps and timezone issues.",
    ],
    3: [
      "Decides where ML beats rules in incident detection, and kills models that don't pay off.",
      "Sets how models are evaluated before they can page a human (offline replay, shadow mode, thresholds).",
      "Links detector quality metrics to reliability objectives reported to leadership.",
    ],
  },
  automation: {
    1: [
      "Writes a script that automates a runbook step (restart, cache flush) with logging and a dry run.",
      "Follows a CI/CD pipeline end to end and can roll back a bad deploy safely.",
      "Files a clear escalation with context when automation output looks wrong.",
    ],
    2: [
      "Connects alerts to automated remediation with guard rails: rate limits, blast radius, human approval.",
      "Turns a recurring incident's runbook into event-driven automation and measures toil saved.",
      "Designs safe rollback and progressive delivery (canary, feature flags) tied to SLO signals.",
      "Integrates AIOps event correlation output into the incident tool and paging policy.",
    ],
    3: [
      "Defines which incident classes may be auto-remediated and which always need human review.",
      "Designs the feedback loop from postmortem action items into detection rules and model tuning.",
      "Leads the adoption of automation across on-call teams, measuring trust and override rates.",
    ],
  },
  "security-governance": {
    1: [
      "Handles production logs with personal data according to policy (redaction, access).",
      "Uses least-privilege credentials for tooling and knows where secrets must not go.",
      "Knows that automated actions must leave an audit trail and checks it after an incident.",
    ],
    2: [
      "Designs remediation automation with scoped service accounts and full audit logs.",
      "Builds postmortems that record which automated decisions were taken and why.",
      "Works with security to keep incident data sharing compliant across teams.",
    ],
    3: [
      "Sets policy for what automated systems may change in production and how that is audited.",
      "Requires explainable alerts and auto-remediation decisions for regulated services.",
      "Aligns reliability automation with risk and compliance objectives in the organisation.",
    ],
  },
};
