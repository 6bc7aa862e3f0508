// Interviewer evidence for the demo organisation, as an interviewer would write it,
// by domain and rating (0 = below Level 1). Fictional candidates; example.* emails only.
import type { DomainKey } from "./matrix";

export const evidenceLibrary: Record<DomainKey, Record<0 | 1 | 2 | 3, string[]>> = {
  observability: {
    0: [
      "Could not say what a trace adds beyond logs. When asked how they'd find a slow endpoint, suggested adding print statements and redeploying.",
      "Described monitoring only as 'the dashboard ops gives us'. Had never configured an alert and wasn't sure what p99 meant.",
      "Used 'metrics' and 'logs' interchangeably throughout the scenario. Could not give one example of using telemetry during a real incident.",
      "Said their last team 'didn't really need observability' because users reported problems. Couldn't name a single signal they would alert on for an API.",
    ],
    1: [
      "Explained logs, metrics and traces clearly and built a reasonable latency/error dashboard in the exercise. Alert rule was a static CPU threshold with no link to user impact.",
      "Has configured Prometheus alerts for their team and knows when to escalate. Hadn't thought about noise or alert routing beyond 'page the on-call'.",
      "Triaged the sample incident from dashboards to logs competently. Didn't open the traces even though the latency was clearly in a downstream call.",
      "Reads the vendor's anomaly alerts sensibly and cross-checks them against raw graphs before escalating. Has never changed how telemetry is collected, only consumed it.",
    ],
    2: [
      "Walked through an OpenTelemetry rollout: collectors per cluster, tail-based sampling at ~5% keeping all errors, trace ids injected into logs. Cut pages per incident from 9 to 3 with grouping by service topology.",
      "Designed SLO burn-rate alerts (1h/6h windows) for checkout and showed how they replaced 14 threshold alerts. Knows where cardinality exploded from user-id labels and how they fixed it.",
      "Built pipeline health metrics (dropped spans, ingestion lag) after an incident where telemetry silently stopped. Good reasoning about push vs pull at their scale.",
      "Normalised logs from three stacks into one schema with shared resource attributes, so the correlation engine could group by service and region. Measured a 40% drop in duplicate incidents afterwards.",
    ],
    3: [
      "Led consolidation of four monitoring tools onto one OpenTelemetry-based pipeline across 60 teams, with schemas, ownership and a cost model. Telemetry spend fell 30% while coverage went up.",
      "Set the company's alerting standard (symptom-based, SLO-linked) and ran a quarterly noisy-alert review with tracked signal-to-noise targets. Talked in outcomes, not tools.",
      "Defined sampling and retention tiers per service criticality and explained how those choices affect anomaly-model quality and audit requirements. Clear strategic thinking.",
      "Wrote the telemetry data contract that platform and ML teams now sign off on: required attributes, freshness SLOs, cardinality budgets. Showed how it ended a year of models breaking after schema changes.",
    ],
  },
  "data-ml": {
    0: [
      "Could not explain variance or why an average hides tail latency. Suggested 'using AI' to find anomalies without being able to say how it would be evaluated.",
      "No experience handling data beyond copying numbers into spreadsheets. Couldn't describe a train/test split even with prompting.",
      "Treated a vendor's anomaly score as ground truth. Could not say what a false positive costs an on-call engineer.",
      "Proposed training a deep model on 'all the logs' to predict outages. Had no answer for labels, evaluation or how to tell whether it worked.",
    ],
    1: [
      "Comfortable with percentiles and z-scores; wrote a pandas snippet to resample metrics correctly. Hadn't evaluated a detector against incidents.",
      "Explained why random splits leak the future for time series after a hint. Chose thresholds by eye from a chart rather than from data.",
      "Pulled incident history into a notebook to count recurring causes. Good instinct, but stopped short of building anything reusable.",
      "Set a 3-sigma threshold on queue depth and noticed it fired every Monday morning. Understood seasonality was the cause but didn't know how to model it.",
    ],
    2: [
      "Built a seasonal baseline (rolling median + MAD) for request rates and evaluated it on 18 months of labelled incidents: precision 0.71, recall 0.83. Median detection came 4 minutes earlier than static alerts.",
      "Explained the false-positive vs missed-incident trade-off in on-call terms and picked the operating point with the SRE lead. Monitors feature drift and retrains on a documented trigger.",
      "Ran the correlation model in shadow mode for a month before it could page anyone, comparing against responder judgement. Versioned features and data for reproducible backfills.",
      "Built a Flink job computing per-service error-rate features with 1-minute windows and exactly-once sinks. Caught a drift after a Kubernetes upgrade renamed labels and added schema checks at ingestion.",
    ],
    3: [
      "Defined the model lifecycle for all AIOps models at their company: offline replay, shadow mode, canary and retirement criteria. Model cards and explainability requirements are mandatory before launch.",
      "Designed the loop from postmortems to labels to retraining, with label-quality checks. Showed detector precision improving quarter over quarter and linked it to MTTR.",
      "Argued convincingly for killing two ML detectors that didn't beat rules on replayed incidents. Then set the evaluation gates other teams now follow.",
      "Runs a quarterly review of every production detector against on-call cost and missed incidents, reported to the VP Engineering. Explained how that budget decided which models got investment.",
    ],
  },
  automation: {
    0: [
      "Runs everything by hand from a wiki page. Couldn't describe how their team deploys or rolls back.",
      "No scripting beyond copy-pasted one-liners. Unsure what infrastructure as code means or why anyone would use it.",
      "Proposed an auto-remediation that would restart every host in a region with no guard rails. Didn't see the risk when asked about blast radius.",
      "Said rollback was 'the release manager's job'. Has never touched a CI/CD pipeline definition or written a script that others run.",
    ],
    1: [
      "Wrote a Python script with a dry-run flag to clear stuck queue consumers, logging every action. Has used the CI/CD rollback button but never designed a pipeline.",
      "Makes small Terraform changes with review and can explain plan/apply. Automation stays at the script level, triggered by a human.",
      "Automated a weekly certificate check and filed a good escalation when it found issues. Hasn't connected automation to alerts.",
      "Added a lint and unit-test stage to the team's GitHub Actions workflow and keeps it green. Understands feature flags in principle but hasn't used one to roll back.",
    ],
    2: [
      "Built event-driven remediation for disk-pressure alerts: rate limited, scoped service account, audit log, human approval above 10 hosts. Saved ~6 on-call hours a week.",
      "Designed canary releases gated on SLO burn with automatic rollback. Showed the pipeline config and a real rollback it performed.",
      "Integrated the correlation engine's output into incident tickets with linked runbooks. Measured that responders used it in 70% of incidents.",
      "Made their restart workflow idempotent with dedup keys and a cooldown after it once fired twice. Added a verification step that hands over to a human when health checks don't recover.",
    ],
    3: [
      "Set the automation architecture for 40 teams: golden paths, policy as code, approval tiers for automated production changes. Tracks operator overrides as a trust metric.",
      "Defined which incident classes may self-heal and which need human review, and led adoption with training and gradual rollout. Very clear on change management.",
      "Designed the path from postmortem action items to detection rules and an automation backlog. Showed how repeat incidents fell by a third.",
      "Staged remediation per incident class from 'suggest' to 'approve' to 'act', with explicit promotion criteria. Explained how they won over a sceptical database team with explainable actions.",
    ],
  },
  "security-governance": {
    0: [
      "Kept credentials in a shared config file and saw no problem with it. No awareness of data-handling rules for logs.",
      "Couldn't say what an audit trail is for or who would ask for one. Assumed automation 'doesn't need' approvals.",
      "Suggested copying production logs with customer data to a laptop for analysis. Didn't consider access or retention when challenged.",
      "Gave an automation bot cluster-admin 'to avoid permission errors'. Had not heard of least privilege applied to service accounts.",
    ],
    1: [
      "Uses a secrets manager and least-privilege roles for their tools. Knows logs may hold personal data and would escalate, but hadn't implemented redaction.",
      "Aware of SOC 2 controls relevant to their team and checks audit logs after incidents. Governance thinking stops at following existing policy.",
      "Redacted emails from a log source when asked and checked who could read the index. Good hygiene, limited design depth.",
      "Described the approval they need before a new automation touches production and follows it. Couldn't say what evidence an auditor would want from it.",
    ],
    2: [
      "Implemented tamper-evident audit logs for all automated remediation: trigger, decision, approver and outcome. Walked through answering an auditor's question end to end.",
      "Reviewed an ML alerting pipeline for data exposure, poisoning and access risks and added controls for each. Ran access reviews that removed 40 stale permissions.",
      "Wrote model cards with limits and failure modes for two detectors. Added lineage from raw telemetry to model version so any alert can be traced back.",
      "Set up role-based access to the telemetry platform scoped by team and data classification, with field masking for card data. Access requests now go through SSO groups with quarterly review.",
    ],
    3: [
      "Established governance for AI-driven operations in a regulated bank: risk tiers, explainability standards and accountability. Evidence for regulators is generated from the pipeline, not assembled by hand.",
      "Aligned AIOps investment with the company's risk appetite in a portfolio reviewed with the CISO. Led adoption of the resulting controls across engineering.",
      "Set the policy for what autonomous agents may change in production and how each action is attested and audited. Explained the trade-off between speed and verifiability well.",
      "Chaired the review board that approves ML models for operational decisions, with bias and misuse checks. Gave a concrete case where they blocked a model until explanations were available.",
    ],
  },
};

export const candidateProfiles: { name: string; email: string; source: string; headline: string }[] = [
  {
    name: "Amara Okafor",
    email: "amara.okafor@example.com",
    source: "Referral",
    headline: "Senior SRE, payments platform",
  },
  {
    name: "Lukas Brandt",
    email: "lukas.brandt@example.org",
    source: "LinkedIn",
    headline: "DevOps engineer moving into AIOps",
  },
  {
    name: "Sofia Marquez",
    email: "sofia.marquez@example.com",
    source: "Conference",
    headline: "Observability lead, e-commerce",
  },
  {
    name: "Hiroshi Sato",
    email: "hiroshi.sato@example.org",
    source: "Careers page",
    headline: "Production engineer, gaming backend",
  },
  {
    name: "Fatima Al-Sayed",
    email: "fatima.alsayed@example.com",
    source: "Referral",
    headline: "Platform engineer, Kubernetes and Terraform",
  },
  { name: "Daniel Kowalski", email: "daniel.kowalski@example.org", source: "Agency", headline: "Cloud engineer, AWS" },
  {
    name: "Grace Mwangi",
    email: "grace.mwangi@example.com",
    source: "LinkedIn",
    headline: "Infrastructure engineer with a security background",
  },
  {
    name: "Tom Becker",
    email: "tom.becker@example.org",
    source: "Careers page",
    headline: "Build and release engineer",
  },
  {
    name: "Ana Lima",
    email: "ana.lima@example.com",
    source: "Conference",
    headline: "ML engineer, time-series anomaly detection",
  },
  {
    name: "Ravi Shankar",
    email: "ravi.shankar@example.org",
    source: "Referral",
    headline: "Data engineer, streaming pipelines",
  },
  {
    name: "Chloe Dubois",
    email: "chloe.dubois@example.com",
    source: "LinkedIn",
    headline: "Data analyst learning MLOps",
  },
  { name: "Ivan Petrov", email: "ivan.petrov@example.org", source: "Agency", headline: "Data scientist, forecasting" },
  {
    name: "Yusuf Demir",
    email: "yusuf.demir@example.com",
    source: "Careers page",
    headline: "Security engineer, detection and response",
  },
  {
    name: "Elena Rossi",
    email: "elena.rossi@example.org",
    source: "Referral",
    headline: "DevSecOps engineer, CI/CD hardening",
  },
];
