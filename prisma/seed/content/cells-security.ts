import type { ClusterCells } from "./matrix";

// Security / DevSecOps: security and governance are core; automation is light.
export const securityCells: ClusterCells = {
  observability: {
    1: [
      "Explains which logs matter for security (auth, audit, network) and where they are collected.",
      "Writes a basic detection or alert rule over security logs in the SIEM.",
      "Relates an infrastructure metric spike to a possible security event when triaging.",
    ],
    2: [
      "Designs security telemetry pipelines that join identity, network and application events.",
      "Correlates reliability and security signals to tell an attack from an outage.",
      "Tunes detection rules to cut false positives while keeping coverage of known attack paths.",
    ],
    3: [
      "Defines the security telemetry strategy within the enterprise telemetry architecture.",
      "Sets retention and integrity requirements for logs used as evidence.",
      "Unifies SecOps and reliability monitoring so both teams work from shared signals.",
    ],
  },
  "data-ml": {
    1: [
      "Explains baseline and anomaly concepts as used by behavioural analytics tools.",
      "Reviews an anomaly-based alert and judges whether the underlying behaviour is suspicious.",
      "Scripts analysis of authentication logs to find unusual access patterns.",
    ],
    2: [
      "Implements behavioural anomaly detection (e.g. user or entity baselines) on security data.",
      "Evaluates a threat-detection model's false positives and misses against incident records.",
      "Assesses AIOps models for poisoning, evasion and data-leakage risks.",
    ],
    3: [
      "Decides where ML-driven detection belongs in the security programme and how it is measured.",
      "Sets standards for validating and monitoring security ML models over time.",
      "Leads threat modelling of the organisation's AIOps pipelines and models.",
    ],
  },
  automation: {
    1: [
      "Runs security scanners (SAST, dependency, container) in CI and reads their findings.",
      "Uses scripted playbooks to gather evidence during an incident.",
      "Knows which automated actions need a security review before they go live.",
    ],
    2: [
      "Builds DevSecOps pipelines with policy-as-code gates, signed artefacts and SBOMs.",
      "Automates containment steps (revoke a token, isolate a host) with approval and rollback.",
      "Integrates security findings into the same runbooks and tooling as reliability alerts.",
    ],
    3: [
      "Designs verifiable CI/CD for AIOps models: provenance, attestation, enforced policy.",
      "Sets rules for autonomous agents acting in production and how their actions are verified.",
      "Drives adoption of secure-by-default automation across engineering teams.",
    ],
  },
  "security-governance": {
    1: [
      "Applies data-handling policies and access controls to the systems they work on.",
      "Explains audit logging requirements and checks that a system meets them.",
      "Knows the compliance frameworks that apply (e.g. SOC 2, GDPR) and escalates gaps.",
    ],
    2: [
      "Reviews AIOps pipelines for compliance risk: data residency, retention, access, audit trail.",
      "Implements tamper-evident audit logs for automated and ML-driven decisions.",
      "Documents explainability for an ML-driven decision so an auditor can follow it.",
      "Runs access reviews for telemetry and AIOps tooling and removes stale permissions.",
    ],
    3: [
      "Establishes governance for AI-driven operations: accountability, explainability and audit.",
      "Aligns AIOps investments with the organisation's risk appetite and regulators' expectations.",
      "Leads cross-functional adoption of security and governance standards for AIOps.",
    ],
  },
};
