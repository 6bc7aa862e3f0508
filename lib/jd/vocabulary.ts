// The tools and practices of each competency domain, as data. Every entry has a unit test
// (tests/unit/jd/vocabulary.test.ts): a line naming only that entry maps to its domain.
//
// Entry syntax: words separated by spaces, matched against a line's tokens by surface form or
// lemma ("alert rule" matches "alert rules"); punctuation between words is ignored ("ci cd"
// matches "CI/CD", "fluent bit" matches "Fluent-Bit"); a trailing `*` on a word matches any word
// that starts with it ("automat*" = automate, automation, automated); a leading `=` matches the
// word only as written, capitals included ("=Go" the language, not "go" the verb).
// Weights: 3 = a practice or tool that belongs to one domain; 2 = usually about the domain
// (general tools such as Kubernetes, common words such as "metrics"); 1 = a weak hint that only
// counts alongside others.

import type { DomainKey } from "./lexicon";

export type Vocabulary = Record<DomainKey, { 3: string[]; 2: string[]; 1: string[] }>;

export const VOCABULARY: Vocabulary = {
  observability: {
    3: [
      "observability", "opentelemetry", "otel", "otlp", "telemetry", "distributed tracing", "tracing", "trace", "span", "log aggregation", "log shipping", "log pipeline",
      "log management", "log storage", "metrics pipeline", "cardinality", "slo", "sli", "sla", "service level objective", "service level indicator", "error budget", "burn rate",
      "prometheus", "grafana", "loki", "=Tempo", "mimir", "thanos", "cortex", "victoriametrics", "jaeger", "zipkin", "datadog", "new relic", "dynatrace", "appdynamics", "honeycomb",
      "lightstep", "sumo logic", "elastic stack", "elk", "opensearch", "kibana", "logstash", "fluentd", "fluent bit", "=Vector", "graphite", "statsd", "influxdb",
      "nagios", "zabbix", "pagerduty", "opsgenie", "victorops", "incident.io", "alertmanager", "alert rule", "alert fatigue", "alert noise", "alert grouping", "deduplication",
      "mttd", "mttr", "mean time to detect*", "mean time to resol*", "mean time to recover*", "dashboard", "postmortem", "post mortem", "post incident", "incident review",
      "golden signal", "red metrics", "use method", "sampling strateg*", "tail based sampling", "head based sampling", "ebpf", "pixie", "parca", "pyroscope", "profiling",
      "continuous profiling", "apm", "rum", "synthetic monitoring", "uptime monitoring", "monitoring", "instrument*", "exporter", "collector", "azure monitor", "cloudwatch",
      "stackdriver", "google cloud operations", "sentry", "clickhouse", "signal to noise", "chronosphere", "signoz", "log source", "log sources", "coralogix", "graylog", "netdata", "checkmk", "prtg", "solarwinds", "moogsoft", "bigpanda", "log analytics", "application insights", "grafana cloud", "amazon managed prometheus", "tracing backend",
    ],
    2: [
      "splunk", "log", "logging", "metric", "alert", "alerting", "monitor", "on call", "incident", "incident management", "incident response", "pager", "paging", "page",
      "latency", "triage", "elasticsearch", "kpi", "availability", "uptime", "noise", "noisy", "signal", "health check", "heartbeat",
      "retention", "detection", "rota", "on call rota", "out of hours", "standby", "pager rota",
    ],
    1: ["capacity planning", "ingestion", "normali*", "saturation", "throughput", "outage", "production issue", "reliability", "site reliability", "sre"],
  },
  "data-ml": {
    3: [
      "machine learning", "ml", "mlops", "aiops model", "anomaly detect*", "anomaly model", "anomaly score", "event correlation", "correlation logic", "correlation engine", "data strategy", "data literacy",
      "feature engineering", "feature pipeline", "feature store", "feast", "tecton", "model drift", "data drift", "concept drift", "drift", "drift detection", "time series",
      "forecast*", "statistic*", "statistical", "pandas", "numpy", "scipy", "polars", "scikit learn", "sklearn", "pytorch", "tensorflow", "keras", "xgboost", "lightgbm",
      "spark", "pyspark", "flink", "=Beam", "kafka streams", "data scien*", "data scientist", "model evaluation", "model lifecycle", "model registry", "model serving",
      "model training", "retrain*", "model tuning", "precision", "recall", "f1", "roc", "auc", "false positive", "false negative", "false alarm", "missed incident", "missed outage",
      "etl", "elt", "data engineering", "data pipeline", "streaming pipeline", "data quality", "data platform", "mlflow", "kubeflow", "vertex ai", "sagemaker", "azure ml",
      "databricks", "snowflake", "bigquery", "redshift", "dbt", "airflow", "dagster", "prefect", "=Ray", "triton", "bentoml", "seldon", "kserve", "weights and biases", "wandb",
      "jupyter", "notebook", "classifier", "classification", "clustering", "regression", "seasonal*", "baseline", "outlier", "variance", "standard deviation", "percentile",
      "mean and variance", "mean median", "arithmetic mean", "median", "distribution", "llm", "large language model", "embedding", "inference", "rag", "vector database", "fine tun*", "training data", "training dataset",
      "labelled data", "data labell*", "ground truth", "hyperparameter", "a b test*", "causal", "bayesian", "probabilit*", "prediction", "predictive", "user behaviour analytics",
      "ueba", "deep learning", "neural network", "nlp", "data set", "dataset", "hugging face", "langchain", "arima", "prophet", "isolation forest", "lstm", "autoencoder", "k means", "dbscan", "z score", "ewma", "holt winters", "statsmodels", "duckdb", "iceberg", "delta lake", "hudi", "trino", "presto", "hadoop", "nifi", "debezium", "change data capture", "schema registry", "parquet", "avro", "model monitoring", "evaluation framework", "ml pipeline", "ml pipelines", "data quality checks", "great expectations", "shap", "lime",
    ],
    2: [
      "model", "modelling", "modeling", "anomaly", "anomalies", "correlation", "correlate", "python", "sql", "=R", "scala", "streaming", "kafka", "kinesis", "pub sub", "pubsub",
      "feature", "training", "evaluation", "experiment*", "reproducib*", "versioned", "versioning", "threshold", "feedback loop", "accuracy", "algorithm*", "predict*",
      "detector", "detection model", "label", "labelled", "labeled", "math*", "data warehouse", "data lake", "analytics", "ai", "counters",
    ],
    1: ["analysis", "historical", "insight", "data"],
  },
  automation: {
    3: [
      "terraform", "opentofu", "infrastructure as code", "iac", "ci cd", "cicd", "continuous integration", "continuous delivery", "continuous deployment", "github actions",
      "gitlab ci", "jenkins", "circleci", "azure devops", "argo cd", "argocd", "argo workflows", "argo rollouts", "flux", "flagger", "spinnaker", "tekton", "ansible", "pulumi",
      "chef", "puppet", "saltstack", "cloudformation", "bicep", "crossplane", "runbook", "playbook", "remediat*", "auto remediat*", "rollback", "roll back", "event driven",
      "automat*", "self healing", "gitops", "toil", "chatops", "stackstorm", "rundeck", "canary", "blue green", "progressive delivery", "feature flag", "launchdarkly",
      "renovate", "dependabot", "backstage", "internal developer platform", "golden path", "packer", "kustomize", "helm", "operator pattern", "kubernetes operator",
      "servicenow", "jira service management", "webhook", "step functions", "workflow engine", "=Temporal", "zapier", "n8n", "power automate", "scripting", "script",
      "powershell", "bash", "shell script", "bitbucket pipelines", "teamcity", "buildkite", "octopus deploy", "harness", "keptn", "chaos engineering", "gremlin", "chaos mesh", "litmus", "ansible tower", "awx", "eventbridge", "systems manager", "cloud init", "vagrant", "bazel", "nix", "release engineering", "deployment pipeline", "self service platform", "linux", "git",
    ],
    2: [
      "orchestrat*", "kubernetes", "k8s", "eks", "aks", "gke", "openshift", "nomad", "docker", "container", "containeris*", "containeriz*", "=Go", "golang", "deploy*",
      "release", "api", "integration", "integrate", "serverless", "lambda", "azure functions", "cloud functions", "workflow", "pipeline", "provisioning", "provision",
      "configuration management", "ticketing", "ticket", "build system", "patching", "patch", "upgrade", "self service", "platform engineering", "developer platform",
      "shell", "glue code", "tooling", "rest api", "grpc", "aws", "gcp", "azure", "cluster",
    ],
    1: ["platform", "environment", "cloud", "infrastructure"],
  },
  "security-governance": {
    3: [
      "security", "secure", "securing", "cyber*", "devsecops", "secops", "soc", "siem", "soar", "microsoft sentinel", "sentinel", "qradar", "crowdstrike", "sentinelone",
      "defender", "edr", "xdr", "correlation search", "detection rule", "detection engineering", "rbac", "abac", "role based access", "access control", "access review", "access policy", "least privilege", "iam", "identity and access",
      "mfa", "sso", "oauth", "oidc", "saml", "mtls", "tls", "pki", "certificate", "encrypt*", "kms", "secret", "secrets management", "vault", "hashicorp vault",
      "aws secrets manager", "sast", "dast", "iast", "sca", "software composition analysis", "semgrep", "sonarqube", "codeql", "checkmarx", "veracode", "snyk", "trivy",
      "grype", "clair", "owasp", "owasp zap", "zap", "burp", "sbom", "cyclonedx", "spdx", "slsa", "sigstore", "cosign", "signing", "signed artifact", "attestation",
      "provenance", "supply chain", "opa", "open policy agent", "gatekeeper", "kyverno", "policy as code", "rego", "tenant isolation", "network polic*", "zero trust",
      "firewall", "waf", "vulnerab*", "cve", "patch management", "penetration test*", "pen test*", "pentest*", "threat model*", "threat detection", "threat hunting",
      "threat intel*", "mitre att ck", "mitre", "att ck", "intrusion", "malware", "phishing", "ransomware", "incident handling", "forensic*", "audit", "audit log",
      "audit trail", "auditab*", "compliance", "complian*", "soc 2", "soc2", "iso 27001", "iso iec 27001", "nist", "cis benchmark", "pci dss", "pci", "hipaa", "gdpr",
      "dpo", "dora", "nis2", "fedramp", "eu ai act", "ai act", "governance", "model governance", "explainab*", "interpretab*", "responsible ai", "fairness",
      "model bias", "algorithmic bias", "privacy", "pii", "personal data", "sensitive data", "data protection", "data handling", "data retention", "retention polic*",
      "mask*", "redact*", "anonymi*", "pseudonymi*", "regulat*", "regulator", "risk management", "risk assessment", "risk committee", "security+", "cissp", "cism",
      "oscp", "credential", "password", "cloudtrail", "guardduty", "security hub", "container scanning", "image scanning", "hardening", "cspm", "wiz", "prisma cloud",
      "service account", "token", "leaked token", "human in the loop", "human review", "approval", "tamper*", "okta", "entra id", "azure ad", "active directory", "ldap", "keycloak", "auth0", "cyberark", "falco", "sysdig", "aqua security", "lacework", "tenable", "nessus", "qualys", "rapid7", "wazuh", "osquery", "suricata", "zeek", "snort", "yara", "sigma rules", "stride", "nist csf", "cis controls", "iso 42001", "nist ai rmf", "sox", "hitrust", "fips", "hsm", "secret scanning", "gitleaks", "trufflehog", "in toto", "prompt injection", "red team", "blue team", "bug bounty", "dlp", "data loss prevention", "casb", "sase", "bastion", "model risk", "ai risk", "security standards", "security review", "access management", "exfiltration", "data exfiltration", "insider threat", "account takeover", "anomalous access", "auditor", "auditors", "model inventory", "model validation", "cardholder data",
    ],
    2: [
      "risk", "policy", "guardrail", "identity", "permission", "legal", "control", "leak*", "suspicious", "traceab*", "accountab*", "transparen*", "bias", "trust",
      "sensitive", "access", "attack*", "attacker", "breach", "ethic*", "consent", "lineage", "scan", "scanner", "scanning",
    ],
    1: ["review", "sign off"],
  },
};

/**
 * Phrases that name a team, a trait or an idiom rather than a skill: they absorb the domain words
 * inside them ("security team", "bias for action", "data-driven") and score nothing.
 */
export const NEUTRAL_PHRASES: string[] = [
  "bias for action", "data driven", "data informed", "customer obsess*", "ownership mindset", "security clearance", "cloud native mindset", "growth mindset",
  "security team", "security teams", "data team", "data teams", "platform team", "platform teams", "sre team", "sre teams", "ml team", "ml teams", "reliability team",
  "infrastructure team", "operations team", "ops team", "devops team", "engineering team", "engineering teams", "product team", "product teams", "compliance team",
  "fraud team", "analytics team", "data science team", "security analyst", "data scientist on duty", "senior analyst", "security engineer", "data engineer",
  "platform engineer", "ml engineer", "site reliability engineer", "sre engineer", "security operations centre", "security operations center", "work life balance",
  "secure the budget", "secure a budget", "secure budget", "secure funding", "secure the funding", "secure buy in", "secure headcount", "secure sponsorship",
  "secure executive sponsorship",
];

/** Buzzwords that say nothing about the work. */
export const VAGUE_TERMS: string[] = [
  "rock star", "rockstar", "ninja", "guru", "wizard", "unicorn", "superstar", "fast paced", "self starter", "wear many hats", "wearing many hats", "passionate", "passion",
  "team player", "work hard play hard", "hit the ground running", "go getter", "synergy", "synergy driven", "think outside the box", "thinking outside the box", "results driven",
  "dynamic environment", "dynamic team", "hustle", "10x", "crush*", "thrive under pressure", "thrives under pressure", "thrive in ambiguity", "jack of all trades", "whatever it takes", "family",
  "can do attitude", "detail oriented", "excellent communication skills", "cutting edge", "world class", "disrupt*", "revolutionis*", "revolutioniz*", "leverage",
  "ai first", "hunger to win", "high energy", "expert in everything", "lives and breathes", "live and breathe",
];

/**
 * Words that operations share between domains: an alert, an incident or a detection is
 * observability work in an SRE ad and security work in a SOC ad. Such a word counts for whichever
 * of its domains the rest of the line (or, failing that, the rest of the ad) is about; the first
 * domain listed when neither says.
 */
export const SHARED_WORDS: Record<string, DomainKey[]> = {
  splunk: ["observability", "security-governance"],
  log: ["observability", "security-governance"],
  logging: ["observability", "security-governance"],
  alert: ["observability", "security-governance"],
  alerting: ["observability", "security-governance"],
  monitor: ["observability", "security-governance"],
  monitoring: ["observability", "security-governance"],
  "on call": ["observability", "security-governance"],
  rota: ["observability", "security-governance"],
  "out of hours": ["observability", "security-governance"],
  incident: ["observability", "security-governance"],
  "incident response": ["observability", "security-governance"],
  triage: ["observability", "security-governance"],
  retention: ["observability", "security-governance"],
  detection: ["observability", "security-governance", "data-ml"],
  "false positive": ["data-ml", "security-governance"],
  playbook: ["automation", "security-governance"],
  review: ["security-governance", "observability"],
};
