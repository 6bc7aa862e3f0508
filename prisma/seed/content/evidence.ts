// Interviewer evidence for the demo organisation, as an interviewer would write it,
// by domain and rating (0 = below Level 1). Fictional candidates; example.* emails only.
import type { DomainKey } from "./matrix";

export const evidenceLibrary: Record<DomainKey, Record<0 | 1 | 2 | 3, string[]>> = {
  observability: {
    0: [
      "Could not say what a trace adds beyond logs. When asked how they'd find a slow endpoint, suggested adding print statements and redeploying.",
      "Described monitoring only as 'the dashboard ops gives us'. Had never configured an alert and wasn't sure what p99 meant.",
      "Confused metrics with logs throughout the scenario; no example of using telemetry during an incident.",
    ],
    1: [
      "Explained logs, metrics and traces clearly and built a reasonable latency/error dashboard in the exercise. Alert rule was a static CPU threshold with no link to user impact.",
      "Has configured Prometheus alerts for their team and knows when to escalate. Hadn't thought about noise or alert routing beyond 'page the on-call'.",
      "Triaged the sample incident from dashboards to logs competently, but didn't use the traces even when the latency was clearly in a downstream call.",
    ],
    2: [
      "Walked through an OpenTelemetry rollout: collectors per cluster, tail-based sampling at ~5% keeping all errors, trace ids injected into logs. Cut pages per incident from 9 to 3 with grouping by service topology.",
      "Designed SLO burn-rate alerts (1h/6h windows) for checkout and showed how it replaced 14 threshold alerts. Knows where cardinality exploded from user-id labels and how they fixed it.",
      "Built pipeline health metrics (dropped spans, ingestion lag) after an incident where telemetry silently stopped. Good reasoning about push vs pull at their scale.",
    ],
    3: [
      "Led consolidation of four monitoring tools onto one OpenTelemetry-based pipeline across 60 teams, with schemas, ownership and a cost model; telemetry spend down 30% while coverage went up.",
      "Set the company's alerting standard (symptom-based, SLO-linked) and ran a quarterly noisy-alert review with tracked signal-to-noise targets. Talked in outcomes, not tools.",
      "Defined sampling and retention tiers per service criticality and explained how those choices affect anomaly-model quality and audit requirements. Clear strategic thinking.",
    ],
  },
  "data-ml": {
    0: [
      "Could not explain variance or why an average hides tail latency. Suggested 'using AI' to find anomalies without being able to say how it would be evaluated.",
      "No experience handling data beyond spreadsheets; couldn't describe a train/test split.",
      "Treated a vendor's anomaly score as ground truth and couldn't say what a false positive costs.",
    ],
    1: [
      "Comfortable with percentiles and z-scores; wrote a pandas snippet to resample metrics correctly. Hadn't evaluated a detector against incidents.",
      "Explained why random splits leak the future for time series after a hint. Chose thresholds by eye from a chart rather than from data.",
      "Pulled incident history into a notebook to count recurring causes; good instinct, but stopped short of building anything reusable.",
    ],
    2: [
      "Built a seasonal baseline (rolling median + MAD) for request rates and evaluated it on 18 months of labelled incidents: precision 0.71, recall 0.83, median detection 4 minutes earlier than static alerts.",
      "Explained the false-positive vs missed-incident trade-off in on-call terms and picked the operating point with the SRE lead. Monitors feature drift and retrains on a documented trigger.",
      "Ran the correlation model in shadow mode for a month before it could page anyone, comparing against responder judgement. Versioned features and data for reproducible backfills.",
    ],
    3: [
      "Defined the model lifecycle for all AIOps models at their company: offline replay, shadow mode, canary, and retirement criteria, with model cards and explainability requirements.",
      "Designed the loop from postmortems to labels to retraining, with label-quality checks; showed detector precision improving quarter over quarter and linked it to MTTR.",
      "Argued convincingly for killing two ML detectors that didn't beat rules, and set the evaluation gates other teams now follow.",
    ],
  },
  automation: {
    0: [
      "Runs everything by hand from a wiki page; couldn't describe how their team deploys or rolls back.",
      "No scripting beyond copy-pasted one-liners; unsure what infrastructure as code means.",
      "Proposed an auto-remediation that would restart every host in a region with no guard rails.",
    ],
    1: [
      "Wrote a Python script with a dry-run flag to clear stuck queue consumers; logged actions. Has used the CI/CD rollback button but never designed a pipeline.",
      "Makes small Terraform changes with review and can explain plan/apply. Automation stays at the script level, triggered by a human.",
      "Automated a weekly certificate check and filed a good escalation when it found issues. Hasn't connected automation to alerts.",
    ],
    2: [
      "Built event-driven remediation for disk-pressure alerts: rate limited, scoped service account, audit log, human approval above 10 hosts. Saved ~6 on-call hours a week.",
      "Designed canary releases gated on SLO burn with automatic rollback; showed the pipeline config and a real rollback it performed.",
      "Integrated the correlation engine's output into incident tickets with linked runbooks, and measured that responders used it in 70% of incidents.",
    ],
    3: [
      "Set the automation architecture for 40 teams: golden paths, policy as code, approval tiers for automated production changes. Tracks operator overrides as a trust metric.",
      "Defined which incident classes may self-heal and which need human review, and led adoption with training and gradual rollout. Very clear on change management.",
      "Designed the path from postmortem action items to detection rules and automation backlog; showed how repeat incidents fell by a third.",
    ],
  },
  "security-governance": {
    0: [
      "Kept credentials in a shared config file and saw no problem with it. No awareness of data-handling rules for logs.",
      "Couldn't say what an audit trail is for or who would ask for one.",
      "Suggested copying production logs with customer data to a laptop for analysis.",
    ],
    1: [
      "Uses a secrets manager and least-privilege roles for their tools. Knows logs may hold personal data and would escalate, but hadn't implemented redaction.",
      "Aware of SOC 2 controls relevant to their team and checks audit logs after incidents. Governance thinking stops at following existing policy.",
      "Redacted emails from a log source when asked; good hygiene, limited design depth.",
    ],
    2: [
      "Implemented tamper-evident audit logs for all automated remediation: trigger, decision, approver and outcome. Walked through answering an auditor's question end to end.",
      "Reviewed an ML alerting pipeline for data exposure, poisoning and access risks and added controls for each; ran access reviews that removed 40 stale permissions.",
      "Wrote model cards with limits and failure modes and added lineage from raw telemetry to model version.",
    ],
    3: [
      "Established governance for AI-driven operations in a regulated bank: risk tiers, explainability standards, accountability and regulator-ready evidence.",
      "Aligned AIOps investment with the company's risk appetite in a portfolio reviewed with the CISO; led adoption across engineering.",
      "Set the policy for what autonomous agents may change in production and how each action is attested and audited.",
    ],
  },
};

export const candidateProfiles: { name: string; email: string; source: string; headline: string }[] = [
  { name: "Amara Okafor", email: "amara.okafor@example.com", source: "Referral", headline: "Senior SRE, payments platform" },
  { name: "Lukas Brandt", email: "lukas.brandt@example.org", source: "LinkedIn", headline: "DevOps engineer moving into AIOps" },
  { name: "Sofia Marquez", email: "sofia.marquez@example.com", source: "Conference", headline: "Observability lead, e-commerce" },
  { name: "Hiroshi Sato", email: "hiroshi.sato@example.org", source: "Careers page", headline: "Production engineer, gaming backend" },
  { name: "Fatima Al-Sayed", email: "fatima.alsayed@example.com", source: "Referral", headline: "Platform engineer, Kubernetes and Terraform" },
  { name: "Daniel Kowalski", email: "daniel.kowalski@example.org", source: "Agency", headline: "Cloud engineer, AWS" },
  { name: "Grace Mwangi", email: "grace.mwangi@example.com", source: "LinkedIn", headline: "Infrastructure engineer with a security background" },
  { name: "Tom Becker", email: "tom.becker@example.org", source: "Careers page", headline: "Build and release engineer" },
  { name: "Ana Lima", email: "ana.lima@example.com", source: "Conference", headline: "ML engineer, time-series anomaly detection" },
  { name: "Ravi Shankar", email: "ravi.shankar@example.org", source: "Referral", headline: "Data engineer, streaming pipelines" },
  { name: "Chloe Dubois", email: "chloe.dubois@example.com", source: "LinkedIn", headline: "Data analyst learning MLOps" },
  { name: "Ivan Petrov", email: "ivan.petrov@example.org", source: "Agency", headline: "Data scientist, forecasting" },
  { name: "Yusuf Demir", email: "yusuf.demir@example.com", source: "Careers page", headline: "Security engineer, detection and response" },
  { name: "Elena Rossi", email: "elena.rossi@example.org", source: "Referral", headline: "DevSecOps engineer, CI/CD hardening" },
];
