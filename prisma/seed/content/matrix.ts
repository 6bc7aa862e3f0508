// The AIOps competency model, written from "AIOps Skills Matrix 2026" (shared/seeds/002):
// four role clusters, three proficiency levels with the document's indicator bullets, four
// competency domains from its "Tooling Expectations Across Domains", and every
// cluster x domain x level cell (cells-*.ts) with observable behaviours for interviewers.
import { sreCells } from "./cells-sre";
import { platformCells } from "./cells-platform";
import { dataMlCells } from "./cells-data-ml";
import { securityCells } from "./cells-security";

export type ClusterKey = "sre" | "platform" | "data-ml" | "security";
export type DomainKey = "observability" | "data-ml" | "automation" | "security-governance";
export type LevelRank = 1 | 2 | 3;
export type Emphasis = "core" | "supporting" | "peripheral";
export type ClusterCells = Record<DomainKey, Record<LevelRank, string[]>>;

export const CLUSTER_KEYS: readonly ClusterKey[] = ["sre", "platform", "data-ml", "security"];
export const DOMAIN_KEYS: readonly DomainKey[] = ["observability", "data-ml", "automation", "security-governance"];
export const LEVEL_RANKS: readonly LevelRank[] = [1, 2, 3];

export const clusters: { key: ClusterKey; name: string; summary: string; emphasis: Record<DomainKey, Emphasis> }[] = [
  {
    key: "sre",
    name: "SRE / Reliability",
    summary:
      "Turn operational pain into automation: incident management, SLIs/SLOs, alert fatigue and production behaviour. In AIOps they judge whether models cut noise and improve mean time to detect and resolve.",
    emphasis: {
      observability: "core",
      "data-ml": "supporting",
      automation: "core",
      "security-governance": "peripheral",
    },
  },
  {
    key: "platform",
    name: "Platform / Infrastructure",
    summary:
      "Build the pipelines that ingest and normalise telemetry and connect it to CI/CD and infrastructure as code, keeping observability signals consistent, secure and scalable.",
    emphasis: {
      observability: "core",
      "data-ml": "peripheral",
      automation: "core",
      "security-governance": "supporting",
    },
  },
  {
    key: "data-ml",
    name: "Data / ML",
    summary:
      "Design feature pipelines, anomaly detection models and evaluation frameworks, valuing robustness and interpretability over model novelty.",
    emphasis: {
      observability: "supporting",
      "data-ml": "core",
      automation: "supporting",
      "security-governance": "peripheral",
    },
  },
  {
    key: "security",
    name: "Security / DevSecOps",
    summary:
      "Keep AIOps pipelines free of compliance and risk issues, and apply the same ML techniques to threat detection and behavioural analysis.",
    emphasis: {
      observability: "supporting",
      "data-ml": "supporting",
      automation: "peripheral",
      "security-governance": "core",
    },
  },
];

export const levels: { rank: LevelRank; name: string; summary: string; indicators: string[] }[] = [
  {
    rank: 1,
    name: "Foundational Practitioner",
    summary:
      "Contributes to AIOps initiatives without designing the systems: evaluates tool output and escalates appropriately. Many SREs moving into AIOps start here.",
    indicators: [
      "Understands observability pillars: logs, metrics, traces.",
      "Familiar with incident workflows and postmortem culture.",
      "Can configure monitoring tools and basic alert rules.",
      "Understands basic statistical concepts (mean, variance, anomaly thresholds).",
      "Comfortable with scripting for automation.",
    ],
  },
  {
    rank: 2,
    name: "Applied AIOps Engineer",
    summary:
      "Bridges data science and operations: knows production constraints and makes models deliver actionable signals rather than theoretical insights.",
    indicators: [
      "Designs telemetry ingestion and normalization pipelines.",
      "Implements anomaly detection or event correlation logic.",
      "Understands model evaluation trade-offs (false positives vs. missed incidents).",
      "Integrates AIOps outputs into runbooks and automation.",
      "Collaborates across SRE, platform, and security teams.",
    ],
  },
  {
    rank: 3,
    name: "Strategic AIOps Architect",
    summary:
      "Architectural thinking and organisational influence: focuses less on tooling and more on measurable operational outcomes.",
    indicators: [
      "Defines enterprise telemetry strategy.",
      "Establishes model governance and explainability standards.",
      "Designs feedback loops from incident retrospectives into model tuning.",
      "Aligns AIOps investments with reliability and risk objectives.",
      "Leads cross-functional adoption and change management.",
    ],
  },
];

export const domains: { key: DomainKey; name: string; shortName: string; description: string }[] = [
  {
    key: "observability",
    name: "Observability & telemetry",
    shortName: "Observability",
    description:
      "Distributed tracing, log aggregation, metrics pipelines and OpenTelemetry concepts; advanced engineers know how sampling strategies and data cardinality affect model performance and cost.",
  },
  {
    key: "data-ml",
    name: "Data engineering & ML foundations",
    shortName: "Data literacy",
    description:
      "Streaming data processing, feature engineering and model lifecycle basics; reproducibility, versioning and monitoring model drift are increasingly expected.",
  },
  {
    key: "automation",
    name: "Automation & integration",
    shortName: "Automation",
    description:
      "Infrastructure as code, CI/CD integration, event-driven automation and safe rollback, so that alerts lead to automated remediation or structured human review.",
  },
  {
    key: "security-governance",
    name: "Security & governance",
    shortName: "Security",
    description:
      "Data handling policies, access controls, auditability and compliance awareness, and explainability of ML-driven decisions, particularly in regulated industries.",
  },
];

export const cells: Record<ClusterKey, ClusterCells> = {
  sre: sreCells,
  platform: platformCells,
  "data-ml": dataMlCells,
  security: securityCells,
};
