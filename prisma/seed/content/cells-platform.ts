import type { ClusterCells } from "./matrix";

// Platform / infrastructure: telemetry pipelines and automation are core; ML is light.
export const platformCells: ClusterCells = {
  observability: {
    1: [
      "Deploys and configures a collector or agent to ship logs and metrics from a new service.",
      "Explains the difference between push and pull metrics and where each fits.",
      "Checks that a service's telemetry carries the standard labels and fixes missing ones.",
    ],
    2: [
      "Designs a telemetry ingestion pipeline (OpenTelemetry collector, queue, storage) with back-pressure.",
      "Normalises logs, metrics and traces into a shared schema with consistent resource attributes.",
      "Controls label cardinality and applies head or tail sampling with measured cost savings.",
      "Builds pipeline health telemetry: dropped spans, lag and ingestion errors per source.",
    ],
    3: [
      "Defines the enterprise telemetry strategy: standards, schemas and one pipeline for all teams.",
      "Chooses build versus buy for the observability platform with a multi-year cost model.",
      "Sets data contracts for telemetry so downstream AIOps models get consistent signals.",
    ],
  },
  "data-ml": {
    1: [
      "Explains basic statistics used by the AIOps tools the platform hosts (baselines, percentiles).",
      "Provisions storage and compute for a data team's experiment on request.",
      "Knows what model drift is and which platform metrics would reveal it.",
    ],
    2: [
      "Runs streaming infrastructure (Kafka, Flink or similar) that feeds feature pipelines reliably.",
      "Builds reproducible environments for model training and serving (pinned images, versioned data).",
      "Implements rule-based event correlation in the pipeline (topology or time-window grouping).",
    ],
    3: [
      "Designs the shared data platform that serves both telemetry and ML workloads at scale.",
      "Sets standards for data and model versioning that the platform enforces for every team.",
      "Decides which AIOps capabilities the platform offers as self-service products.",
    ],
  },
  automation: {
    1: [
      "Writes and reviews infrastructure-as-code changes (Terraform, Helm) for a single service.",
      "Adds a stage to a CI/CD pipeline, such as a test or lint gate, and keeps it green.",
      "Scripts routine platform chores and documents how to run them.",
    ],
    2: [
      "Builds event-driven automation from alerts to remediation through the platform's workflow engine.",
      "Implements safe rollback and drift detection for infrastructure managed as code.",
      "Integrates AIOps outputs into runbooks and ChatOps so on-call can act in one place.",
      "Designs golden paths and templates that give every new service telemetry and CI/CD by default.",
    ],
    3: [
      "Defines the organisation's automation architecture: what is declarative, event-driven or manual.",
      "Sets the guard rails (policy as code, approvals) under which automation may change production.",
      "Leads migration of teams onto the platform with adoption metrics and change management.",
    ],
  },
  "security-governance": {
    1: [
      "Applies access controls and secret management to the services they deploy.",
      "Knows which telemetry fields may hold personal data and masks them in pipeline config.",
      "Keeps infrastructure changes traceable through reviewed pull requests.",
    ],
    2: [
      "Builds audit logging for platform and automation actions with tamper-evident storage.",
      "Implements role-based access to telemetry and AIOps consoles, scoped by team.",
      "Adds policy-as-code checks (e.g. OPA) and SBOM scanning to CI/CD pipelines.",
    ],
    3: [
      "Establishes governance for telemetry data: retention, residency and access reviews.",
      "Designs a platform that produces compliance evidence (SOC 2, ISO 27001) without manual work.",
      "Aligns platform investments with risk objectives agreed with security and compliance.",
    ],
  },
};
