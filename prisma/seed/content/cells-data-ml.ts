import type { ClusterCells } from "./matrix";

// Data / ML: data engineering and ML foundations are core; governance is light.
export const dataMlCells: ClusterCells = {
  observability: {
    1: [
      "Explains what logs, metrics and traces contain and which suit which model input.",
      "Queries a metrics or log store to pull training data for a service.",
      "Recognises telemetry gaps and counter resets that would corrupt a feature.",
    ],
    2: [
      "Designs features from telemetry (rates, seasonality, topology) with documented semantics.",
      "Explains how sampling and cardinality limits bias the data a model learns from.",
      "Monitors model inputs and outputs with the same observability stack as production services.",
    ],
    3: [
      "Shapes the telemetry strategy with platform teams so data is fit for ML from the start.",
      "Sets data-quality SLOs for telemetry used by models and holds producers to them.",
      "Decides which signals are worth collecting for AIOps against their storage cost.",
    ],
  },
  "data-ml": {
    1: [
      "Writes Python or SQL to clean, join and resample time series for analysis.",
      "Explains train/test splits for time series and why random splits leak the future.",
      "Reproduces a colleague's notebook result from versioned data and code.",
      "Computes basic anomaly scores (z-score, rolling percentile) and reads their output critically.",
    ],
    2: [
      "Builds a streaming feature pipeline with reproducible backfills and versioned features.",
      "Implements anomaly detection or event correlation and evaluates it on labelled incidents.",
      "Chooses operating thresholds from the cost of false positives versus missed incidents.",
      "Monitors production models for data and concept drift and retrains on a documented trigger.",
    ],
    3: [
      "Defines the model lifecycle standard: evaluation gates, shadow mode, rollout and retirement.",
      "Establishes explainability requirements so operators can see why a model raised an alert.",
      "Designs feedback loops that turn incident retrospectives into labels and model tuning.",
    ],
  },
  automation: {
    1: [
      "Packages a model or script so it runs in CI rather than on a laptop.",
      "Schedules a recurring data job and alerts on its failure.",
      "Knows how model outputs reach on-call (tickets, alerts, dashboards).",
    ],
    2: [
      "Builds CI/CD for models: tests, evaluation reports and a canary for a new version.",
      "Integrates model outputs into runbooks with confidence scores and clear next steps.",
      "Implements safe rollback of a model version when live precision drops.",
    ],
    3: [
      "Sets when model outputs may trigger automated action versus human review.",
      "Designs the MLOps architecture that serves many AIOps models with one deployment path.",
      "Leads adoption of model-driven automation with operators, tracking trust and overrides.",
    ],
  },
  "security-governance": {
    1: [
      "Follows data-handling rules for training data: access requests, retention, no copies on laptops.",
      "Removes or pseudonymises personal data before using logs for modelling.",
      "Documents the data sources and versions behind a model.",
    ],
    2: [
      "Keeps lineage from raw telemetry to features to model version for every prediction.",
      "Produces model cards with limits, known failure modes and evaluation results.",
      "Implements access controls on feature stores and model registries.",
    ],
    3: [
      "Establishes model governance: approval, audit and explainability standards for regulated use.",
      "Aligns model risk management with the organisation's compliance obligations.",
      "Sets policy for bias and misuse review of ML used in operational decisions.",
    ],
  },
};
