// The demo organisation: people, open roles with interview plans, candidates at
// different stages, submitted and draft scorecards. Deterministic (seeded PRNG).
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { ClusterKey, DomainKey } from "./content/matrix";
import { DOMAIN_KEYS } from "./content/matrix";
import { candidateProfiles, evidenceLibrary } from "./content/evidence";
import type { MatrixIds } from "./seed-matrix";
import { DEMO_USERS } from "./demo-accounts";
import { seedDemoHires, type DemoAuditEvent } from "./seed-hires";
import { seedDemoReadiness } from "./seed-readiness";
import { seededRandom } from "../../lib/random";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Level = 0 | 1 | 2 | 3;

type DemoRole = {
  title: string;
  seniority: string;
  cluster: ClusterKey;
  template?: string;
  owner: string;
  status: "OPEN" | "DRAFT";
  salary: [number, number];
  location: string;
  targets: Record<DomainKey, Level>;
  weights?: Partial<Record<DomainKey, number>>;
  stages: {
    name: string;
    kind: "SCREEN" | "TECHNICAL" | "SYSTEM_DESIGN";
    minutes: number;
    domains: DomainKey[];
    interviewers: string[];
  }[];
};

export const DEMO_ROLES: DemoRole[] = [
  {
    title: "Senior AI Operations Engineer",
    seniority: "Senior",
    cluster: "sre",
    template: "ai-operations-engineer",
    owner: "manager@example.com",
    status: "OPEN",
    salary: [150000, 185000],
    location: "Remote (US)",
    targets: { observability: 3, "data-ml": 2, automation: 2, "security-governance": 1 },
    weights: { observability: 2 },
    stages: [
      {
        name: "Technical screen",
        kind: "SCREEN",
        minutes: 45,
        domains: ["observability", "automation"],
        interviewers: ["interviewer@example.com"],
      },
      {
        name: "Telemetry & ML deep dive",
        kind: "TECHNICAL",
        minutes: 60,
        domains: ["observability", "data-ml"],
        interviewers: ["priya@example.com", "interviewer@example.com"],
      },
      {
        name: "Automation & governance design",
        kind: "SYSTEM_DESIGN",
        minutes: 60,
        domains: ["automation", "security-governance", "data-ml"],
        interviewers: ["tomas@example.com"],
      },
    ],
  },
  {
    title: "AI Platform Engineer",
    seniority: "Mid-level",
    cluster: "platform",
    template: "ai-platform-engineer",
    owner: "manager@example.com",
    status: "OPEN",
    salary: [140000, 175000],
    location: "Hybrid, Berlin or remote EU",
    targets: { observability: 2, "data-ml": 1, automation: 2, "security-governance": 2 },
    stages: [
      {
        name: "Platform screen",
        kind: "SCREEN",
        minutes: 45,
        domains: ["automation", "observability"],
        interviewers: ["mei@example.com"],
      },
      {
        name: "Pipeline build exercise",
        kind: "TECHNICAL",
        minutes: 90,
        domains: ["observability", "automation", "data-ml"],
        interviewers: ["interviewer@example.com", "kwame@example.com"],
      },
      {
        name: "Secure platform design",
        kind: "SYSTEM_DESIGN",
        minutes: 60,
        domains: ["security-governance", "automation"],
        interviewers: ["tomas@example.com", "mei@example.com"],
      },
    ],
  },
  {
    title: "MLOps Engineer, Anomaly Detection",
    seniority: "Mid-level",
    cluster: "data-ml",
    template: "data-engineer",
    owner: "dana@example.com",
    status: "OPEN",
    salary: [145000, 180000],
    location: "Remote (US/Canada)",
    targets: { observability: 1, "data-ml": 2, automation: 1, "security-governance": 1 },
    weights: { "data-ml": 2 },
    stages: [
      {
        name: "ML foundations screen",
        kind: "SCREEN",
        minutes: 45,
        domains: ["data-ml"],
        interviewers: ["priya@example.com"],
      },
      {
        name: "Model evaluation deep dive",
        kind: "TECHNICAL",
        minutes: 60,
        domains: ["data-ml", "observability"],
        interviewers: ["kwame@example.com", "interviewer@example.com"],
      },
      {
        name: "Production ML & governance",
        kind: "SYSTEM_DESIGN",
        minutes: 60,
        domains: ["automation", "security-governance"],
        interviewers: ["tomas@example.com"],
      },
    ],
  },
  {
    title: "DevSecOps Engineer, AI Pipelines",
    seniority: "Senior",
    cluster: "security",
    owner: "dana@example.com",
    status: "DRAFT",
    salary: [155000, 190000],
    location: "On-site, New York",
    targets: { observability: 1, "data-ml": 1, automation: 2, "security-governance": 3 },
    stages: [
      {
        name: "Security screen",
        kind: "SCREEN",
        minutes: 45,
        domains: ["security-governance", "automation"],
        interviewers: ["tomas@example.com"],
      },
      {
        name: "Threat detection deep dive",
        kind: "TECHNICAL",
        minutes: 60,
        domains: ["security-governance", "observability", "data-ml"],
        interviewers: ["mei@example.com"],
      },
    ],
  },
];

/** How far each demo candidate got: role index, stages completed, and their true level per domain. */
const PIPELINE: { role: number; done: number; truth: Level[] }[] = [
  { role: 0, done: 3, truth: [3, 2, 2, 1] },
  { role: 0, done: 3, truth: [2, 1, 2, 1] },
  { role: 0, done: 2, truth: [3, 3, 1, 2] },
  { role: 0, done: 1, truth: [2, 2, 1, 0] },
  { role: 1, done: 3, truth: [2, 1, 3, 2] },
  { role: 1, done: 2, truth: [1, 1, 2, 1] },
  { role: 1, done: 2, truth: [2, 2, 2, 3] },
  { role: 1, done: 0, truth: [2, 1, 1, 1] },
  { role: 2, done: 3, truth: [1, 3, 1, 1] },
  { role: 2, done: 2, truth: [2, 2, 2, 1] },
  { role: 2, done: 1, truth: [0, 1, 1, 1] },
  { role: 2, done: 0, truth: [1, 2, 1, 0] },
];

const RECOMMENDATION = (avgGap: number) =>
  avgGap <= -0.5 ? "STRONG_YES" : avgGap <= 0.25 ? "YES" : avgGap <= 1 ? "NO" : "STRONG_NO";

export async function seedDemo(
  tx: Tx,
  ids: MatrixIds,
  questions: { id: string; domainId: string; level: number }[],
  templateIds: Record<string, string>,
) {
  const rand = seededRandom(20261123);
  const userIds: Record<string, string> = {};
  for (const u of await tx.user.findMany({ select: { id: true, email: true } })) userIds[u.email] = u.id;
  const uid = (email: string) => {
    const id = userIds[email];
    if (!id) throw new Error(`demo user ${email} missing`);
    return id;
  };
  const day = 24 * 3600 * 1000;
  const now = Date.now();
  let submitted = 0;
  let drafts = 0;

  const roles = [];
  for (const r of DEMO_ROLES) {
    const role = await tx.role.create({
      data: {
        title: r.title,
        seniority: r.seniority,
        clusterId: ids.clusterIds[r.cluster]!,
        templateId: r.template ? templateIds[r.template] : undefined,
        matrixVersionId: ids.versionId,
        status: r.status,
        salaryMin: r.salary[0],
        salaryMax: r.salary[1],
        location: r.location,
        ownerId: uid(r.owner),
        planPublishedAt: r.status === "OPEN" ? new Date(now - 30 * day) : null,
        createdAt: new Date(now - 40 * day),
        targets: {
          create: DOMAIN_KEYS.map((dk) => ({
            domainId: ids.domainIds[dk]!,
            level: r.targets[dk],
            weight: r.weights?.[dk] ?? 1,
          })),
        },
        members: {
          create: [
            { userId: uid("recruiter@example.com"), function: "RECRUITER" as const },
            ...[...new Set(r.stages.flatMap((s) => s.interviewers))].map((e) => ({
              userId: uid(e),
              function: "INTERVIEWER" as const,
            })),
          ],
        },
      },
    });
    const stages = [];
    for (const [position, s] of r.stages.entries()) {
      const picked = s.domains.flatMap((dk) => {
        const level = Math.max(1, r.targets[dk]);
        return questions.filter((q) => q.domainId === ids.domainIds[dk] && q.level === level).slice(0, 1);
      });
      stages.push(
        await tx.interviewStage.create({
          data: {
            roleId: role.id,
            position,
            name: s.name,
            kind: s.kind,
            durationMinutes: s.minutes,
            domains: { create: s.domains.map((dk) => ({ domainId: ids.domainIds[dk]! })) },
            questions: { create: picked.map((q, i) => ({ questionId: q.id, position: i })) },
            interviewers: { create: s.interviewers.map((e) => ({ userId: uid(e) })) },
          },
        }),
      );
    }
    roles.push({ spec: r, role, stages });
  }

  const candidates = candidateProfiles.slice(0, Math.max(12, PIPELINE.length + 2));
  const audit: DemoAuditEvent[] = [];
  const sourced: string[] = [];
  for (const [i, profile] of candidates.entries()) {
    const candidate = await tx.candidate.create({
      data: {
        name: profile.name,
        email: profile.email,
        source: profile.source,
        headline: profile.headline,
        createdAt: new Date(now - (35 - i) * day),
      },
    });
    const plan = PIPELINE[i];
    if (!plan) {
      sourced.push(candidate.id); // sourced, not applied to an open role: the demo's past hires (seed-hires.ts)
      continue;
    }
    const { spec, role, stages } = roles[plan.role]!;
    const current = Math.min(plan.done, stages.length - 1);
    const application = await tx.application.create({
      data: {
        candidateId: candidate.id,
        roleId: role.id,
        currentStageId: stages[current]!.id,
        stageEnteredAt: new Date(now - (plan.done === stages.length ? 2 : 4) * day),
        createdAt: new Date(now - (30 - i) * day),
      },
    });
    for (const [si, stage] of stages.entries()) {
      if (si > plan.done) break;
      const stageSpec = spec.stages[si]!;
      for (const [ii, email] of stageSpec.interviewers.entries()) {
        const isDone = si < plan.done;
        // The current stage: overdue (1.5 days ago), just held (3 hours ago, draft in
        // progress) or coming up in the next days.
        const offsetDays = i % 3 === 0 ? -1.5 : i % 3 === 1 ? -0.125 : 1 + (i % 4);
        const scheduledAt = isDone ? new Date(now - (20 - si * 5 - i * 0.5) * day) : new Date(now + offsetDays * day);
        const interview = await tx.interview.create({
          data: { applicationId: application.id, stageId: stage.id, interviewerId: uid(email), scheduledAt },
        });
        const hasDraft = !isDone && scheduledAt.getTime() < now;
        if (!isDone && !hasDraft) continue;
        const gaps: number[] = [];
        const scores = stageSpec.domains.map((dk, di) => {
          const truth = plan.truth[DOMAIN_KEYS.indexOf(dk)]!;
          const noise = rand();
          const rating = Math.max(0, Math.min(3, truth + (noise < 0.15 ? -1 : noise > 0.88 ? 1 : 0))) as Level;
          gaps.push(spec.targets[dk] - rating);
          const snippets = evidenceLibrary[dk][rating];
          const levelForIndicators = Math.max(1, rating) as 1 | 2 | 3;
          const indicatorPool = ids.indicatorIds[`${spec.cluster}/${dk}/${levelForIndicators}`] ?? [];
          return {
            domainId: ids.domainIds[dk]!,
            rating: hasDraft && di === stageSpec.domains.length - 1 ? null : rating,
            evidence:
              hasDraft && di === stageSpec.domains.length - 1 ? "" : snippets[(i + si + ii + di) % snippets.length]!,
            observedIndicatorIds: rating === 0 ? [] : indicatorPool.slice(0, 1 + ((i + di) % 2)),
          };
        });
        const avgGap = gaps.reduce((a, b) => a + b, 0) / gaps.length;
        const submittedAt = new Date(scheduledAt.getTime() + (2 + ((i + ii) % 5) * 7) * 3600 * 1000);
        const scorecard = await tx.scorecard.create({
          data: {
            interviewId: interview.id,
            interviewerId: uid(email),
            matrixVersionId: ids.versionId,
            status: isDone ? "SUBMITTED" : "DRAFT",
            recommendation: isDone ? RECOMMENDATION(avgGap) : null,
            submittedAt: isDone ? submittedAt : null,
            version: isDone ? 2 : 1,
            scores: { create: scores },
          },
        });
        if (isDone) {
          submitted++;
          audit.push({
            actorId: uid(email),
            action: "scorecard.submitted",
            entityType: "Scorecard",
            entityId: scorecard.id,
            at: submittedAt,
          });
        } else {
          drafts++;
        }
      }
    }
  }
  // Last, so the open roles keep their places in lists and "first role" lookups.
  await seedDemoHires(tx, ids, uid, sourced, audit);
  // In time order: the audit log lists by id, newest first, so the demo's history reads by date.
  audit.sort((a, b) => a.at.getTime() - b.at.getTime());
  await tx.auditEvent.createMany({ data: audit });
  await seedDemoReadiness(tx, ids, uid);
  return { roles: roles.length + 1, candidates: candidates.length, applications: PIPELINE.length, submitted, drafts };
}

export { DEMO_USERS };
