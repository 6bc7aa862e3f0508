// Role templates from "The Complete Technology Career Roadmap (2026)" (shared/seeds/000):
// the five AI operations roles and the SRE, platform, data, security and cloud/DevOps roles,
// with the document's U.S. salary range, remote-friendliness and time to hire from zero.
import type { ClusterKey, DomainKey } from "./matrix";

export type RoleTemplate = {
  key: string;
  title: string;
  clusterKey: ClusterKey;
  seniority: "Junior" | "Mid-level" | "Senior" | "Staff";
  summary: string;
  owns: string;
  requiredSkills: string[];
  tools: string[];
  targets: Record<DomainKey, 0 | 1 | 2 | 3>;
  salaryMin: number;
  salaryMax: number;
  currency: "USD";
  remoteFriendliness: string;
  timeToHire: string;
  source: string;
};

type Target = 0 | 1 | 2 | 3;
/** Target level per domain, in the order observability, data literacy, automation, security & governance. */
const T = (o: Target, d: Target, a: Target, s: Target): RoleTemplate["targets"] => ({ observability: o, "data-ml": d, automation: a, "security-governance": s });
const tableRow = (row: string) => `Salary, remote-friendliness and time to hire: the roadmap's table, ${row} row (directional U.S. range).`;

export const roleTemplates: RoleTemplate[] = [
  {
    key: "ai-operations-engineer", title: "AI Operations Engineer", clusterKey: "sre", seniority: "Senior",
    summary: "Keeps production AI reliable, observable, governed and within cost.",
    owns: "Production AI reliability, governance, observability, cost controls, prompt/version management, and operational risk.",
    requiredSkills: ["Observability", "Incident management", "Cost optimization", "Security basics", "Auditability", "MLOps concepts", "Vendor governance", "Operational reporting"],
    tools: ["LangSmith", "Weights & Biases", "Datadog LLM Observability", "Cloud monitoring", "Prompt and version registries"],
    targets: T(3, 1, 2, 2), salaryMin: 125000, salaryMax: 200000, currency: "USD", remoteFriendliness: "High", timeToHire: "24-48 months",
    source: "Role profile: the roadmap's AI Operations Engineer entry. Not in its salary table; uses the SRE row ($125k-$200k, High, 24-48 months), the role's usual entry path (DevOps or SRE -> AI Operations Engineer).",
  },
  {
    key: "ai-platform-engineer", title: "AI Platform Engineer", clusterKey: "platform", seniority: "Senior",
    summary: "Builds the internal AI platform: model serving, evaluation frameworks and shared AI infrastructure.",
    owns: "Internal AI platforms, model-serving infrastructure, AI developer portals, evaluation frameworks, and shared AI infrastructure.",
    requiredSkills: ["Kubernetes", "MLOps", "Python", "APIs", "Platform engineering patterns", "IAM", "Security", "Observability", "Developer experience"],
    tools: ["Kubernetes", "Ray Serve", "BentoML", "MLflow", "Backstage", "Terraform", "Model gateways"],
    targets: T(2, 1, 3, 2), salaryMin: 125000, salaryMax: 190000, currency: "USD", remoteFriendliness: "High", timeToHire: "24-48 months",
    source: "Role profile: the roadmap's AI Platform Engineer entry. Not in its salary table; uses the Platform Engineer row ($125k-$190k, High, 24-48 months), the step before it on the role's ladder.",
  },
  {
    key: "ai-systems-engineer", title: "AI Systems Engineer", clusterKey: "data-ml", seniority: "Senior",
    summary: "Ships production AI workflows, RAG and agent systems, with monitoring and reliability.",
    owns: "Production AI workflows, RAG systems, multi-agent systems, AI APIs, and integrations.",
    requiredSkills: ["Python or TypeScript", "REST APIs", "System design", "LLM fundamentals", "RAG architecture", "Vector databases", "Authentication", "Monitoring", "Reliability"],
    tools: ["OpenAI API", "Claude API", "Gemini API", "LangChain", "LlamaIndex", "pgvector", "Postgres", "Queues"],
    targets: T(2, 3, 2, 1), salaryMin: 130000, salaryMax: 220000, currency: "USD", remoteFriendliness: "High", timeToHire: "24-48 months",
    source: `Role profile: the roadmap's AI Systems Engineer entry. ${tableRow("AI Systems Engineer")}`,
  },
  {
    key: "ai-automation-engineer", title: "AI Automation Engineer", clusterKey: "platform", seniority: "Junior",
    summary: "Builds AI-connected workflows for business processes with APIs and automation platforms.",
    owns: "Low-code, no-code, and API-connected AI workflows for business processes.",
    requiredSkills: ["Process mapping", "Prompt basics", "APIs", "Webhooks", "Workflow design", "Data hygiene", "Testing", "Documentation", "Change management"],
    tools: ["Zapier", "Make", "n8n", "Power Automate", "Airtable", "OpenAI, Claude and Gemini connectors"],
    targets: T(1, 1, 2, 1), salaryMin: 85000, salaryMax: 150000, currency: "USD", remoteFriendliness: "High", timeToHire: "6-24 months",
    source: `Role profile: the roadmap's AI Automation Engineer entry. ${tableRow("AI Automation Engineer")}`,
  },
  {
    key: "ai-solutions-architect", title: "AI Solutions Architect", clusterKey: "platform", seniority: "Staff",
    summary: "Shapes enterprise AI systems, operating models, governance and adoption roadmaps.",
    owns: "Enterprise AI systems, operating models, adoption roadmaps, governance models, vendor decisions, and implementation strategy.",
    requiredSkills: ["Stakeholder management", "Enterprise architecture", "Business process design", "Cloud and AI platforms", "Security", "Governance", "ROI analysis"],
    tools: ["Major LLM platforms", "Cloud AI services", "Workflow platforms", "Architecture frameworks", "Governance tooling"],
    targets: T(2, 2, 3, 3), salaryMin: 150000, salaryMax: 250000, currency: "USD", remoteFriendliness: "High", timeToHire: "36-60 months",
    source: "Role profile: the roadmap's AI Solutions Architect entry. Salary from its table, AI Solutions Architect row ($150k-$250k+; the top is open-ended, stored as $250k).",
  },
  {
    key: "site-reliability-engineer", title: "Site Reliability Engineer", clusterKey: "sre", seniority: "Mid-level",
    summary: "Applies software engineering to reliability: SLOs, error budgets, incident response and toil reduction.",
    owns: "Service reliability, SLOs and error budgets, incident response, capacity and toil reduction.",
    requiredSkills: ["Linux", "Programming", "Monitoring and SLOs", "Incident response", "Kubernetes", "Infrastructure as code"],
    tools: ["Prometheus", "Grafana", "OpenTelemetry", "PagerDuty", "Terraform", "Kubernetes"],
    targets: T(2, 1, 2, 1), salaryMin: 125000, salaryMax: 200000, currency: "USD", remoteFriendliness: "High", timeToHire: "24-48 months",
    source: `Role profile: the roadmap's SRE section and its DevOps-vs-SRE answer (the per-role detail is not in the source). ${tableRow("SRE")}`,
  },
  {
    key: "platform-engineer", title: "Platform Engineer", clusterKey: "platform", seniority: "Mid-level",
    summary: "Builds internal platforms, golden paths and guard rails that make delivery self-service.",
    owns: "Internal developer platforms, self-service delivery, guardrails, golden paths, and engineering productivity.",
    requiredSkills: ["Kubernetes", "Infrastructure as code", "CI/CD", "Observability", "Developer experience"],
    tools: ["Kubernetes", "Terraform", "Backstage", "Argo CD", "OpenTelemetry"],
    targets: T(2, 1, 2, 1), salaryMin: 125000, salaryMax: 190000, currency: "USD", remoteFriendliness: "High", timeToHire: "24-48 months",
    source: `Role profile: the roadmap's Platform Engineering team description. ${tableRow("Platform Engineer")}`,
  },
  {
    key: "data-engineer", title: "Data Engineer", clusterKey: "data-ml", seniority: "Mid-level",
    summary: "Builds the reliable data pipelines that analytics, automation and production AI depend on.",
    owns: "Data pipelines, warehouses and lakehouses, analytics platforms, and AI-ready datasets.",
    requiredSkills: ["SQL", "Python", "Streaming and batch processing", "Data modelling", "Data quality", "Orchestration"],
    tools: ["Kafka", "Spark", "Airflow", "dbt", "Databricks", "Postgres"],
    targets: T(1, 2, 1, 1), salaryMin: 105000, salaryMax: 175000, currency: "USD", remoteFriendliness: "High", timeToHire: "18-36 months",
    source: `Role profile: the roadmap's Data and Analytics team description. ${tableRow("Data Engineer")}`,
  },
  {
    key: "security-engineer", title: "Security Engineer", clusterKey: "security", seniority: "Mid-level",
    summary: "Protects systems through detection, IAM, secure SDLC and governance.",
    owns: "Risk, detection, IAM, cloud security, secure SDLC, incident response, and governance.",
    requiredSkills: ["Threat detection", "IAM", "Cloud security", "Secure SDLC", "Incident response", "Compliance"],
    tools: ["SIEM", "EDR", "Cloud security posture tools", "SAST and dependency scanners", "Policy as code"],
    targets: T(2, 1, 1, 2), salaryMin: 105000, salaryMax: 180000, currency: "USD", remoteFriendliness: "High", timeToHire: "18-42 months",
    source: `Role profile: the roadmap's Security Engineering team description. ${tableRow("Security Engineer")}`,
  },
  {
    key: "cloud-devops-engineer", title: "Cloud / DevOps Engineer", clusterKey: "platform", seniority: "Mid-level",
    summary: "Makes delivery faster and safer with CI/CD, containers, infrastructure as code and observability.",
    owns: "Delivery workflows, CI/CD, cloud infrastructure, operational automation and observability.",
    requiredSkills: ["Cloud platforms", "CI/CD", "Containers", "Infrastructure as code", "Observability", "Security basics"],
    tools: ["AWS, Azure or Google Cloud", "Terraform", "GitHub Actions", "Docker", "Kubernetes"],
    targets: T(2, 1, 2, 1), salaryMin: 110000, salaryMax: 175000, currency: "USD", remoteFriendliness: "High", timeToHire: "18-36 months",
    source: "Role profile: the roadmap's DevOps answer (cloud, CI/CD, containers, IaC, observability, security). Salary from its DevOps Engineer row; the Cloud Engineer row is $95k-$155k, High, 12-30 months.",
  },
];
