// Demo data for the fair-hiring report: one closed role whose applicants (synthetic, labelled
// as demo data) answered the voluntary self-identification form, at every point of a four-stage
// pipeline, so the report has figures to show on a fresh demo. Pass rates are drawn per stage
// and group from the rates below (deterministic PRNG): the technical stage passes women at a
// lower rate than men, so the four-fifths flag and Fisher's test have something to say; a
// couple of small groups show the suppression. Only pipeline positions and outcomes are made:
// no interviews or scorecards. Their hires get no quality-of-hire follow-ups.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DOMAIN_KEYS } from "./content/matrix";
import type { MatrixIds } from "./seed-matrix";
import { seededRandom } from "../../lib/random";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export const FAIR_HIRING_DEMO_ROLE = "Platform Engineer (fair-hiring demo data)";
export const FAIR_HIRING_DEMO_APPLICANTS = 220;
const DAY = 24 * 3600 * 1000;

const STAGES = [
  { name: "Recruiter screen", kind: "SCREEN" },
  { name: "Technical interview", kind: "TECHNICAL" },
  { name: "System design", kind: "SYSTEM_DESIGN" },
  { name: "Behavioural", kind: "BEHAVIOURAL" },
] as const;

/** [answer or null ("prefer not to say") or undefined (no answer), weight]. */
const GENDER: [string | null | undefined, number][] = [
  ["Woman", 36],
  ["Man", 50],
  ["Non-binary", 3],
  ["Another gender", 1],
  [null, 5],
  [undefined, 5],
];
const ETHNICITY: [string | null | undefined, number][] = [
  ["Asian", 22],
  ["Black", 14],
  ["Hispanic or Latino", 14],
  ["Middle Eastern or North African", 4],
  ["White", 34],
  ["Mixed or multiple", 4],
  [null, 4],
  [undefined, 4],
];
const VETERAN: [string | null | undefined, number][] = [
  ["Veteran", 6],
  ["Not a veteran", 82],
  [null, 6],
  [undefined, 6],
];
const DISABILITY: [string | null | undefined, number][] = [
  ["Has a disability", 9],
  ["Has no disability", 76],
  [null, 9],
  [undefined, 6],
];

/** Chance to pass each stage; the technical stage's differs by gender (the demo's disparity). */
function passChance(stage: number, gender: string | null | undefined): number {
  if (stage === 1) return gender === "Woman" ? 0.36 : gender === "Man" ? 0.6 : 0.5;
  return [0.62, 0.55, 0.6, 0.5][stage]!;
}

function pick<T>(rand: () => number, table: [T, number][]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1]![0];
}

/** Adds the demo role and `count` applicants with answers; returns how many were added. */
export async function seedFairHiringDemo(
  tx: Tx,
  ids: MatrixIds,
  ownerId: string,
  count = FAIR_HIRING_DEMO_APPLICANTS,
  seed = 16,
) {
  if (count <= 0) return { applicants: 0 };
  const rand = seededRandom(seed);
  const now = Date.now();
  const role = await tx.role.create({
    data: {
      title: FAIR_HIRING_DEMO_ROLE,
      seniority: "Mid-level",
      clusterId: Object.values(ids.clusterIds)[0]!,
      matrixVersionId: ids.versionId,
      status: "CLOSED",
      ownerId,
      location: "Remote",
      planPublishedAt: new Date(now - 200 * DAY),
      createdAt: new Date(now - 210 * DAY),
      targets: { create: DOMAIN_KEYS.map((dk) => ({ domainId: ids.domainIds[dk]!, level: 2 })) },
      stages: { create: STAGES.map((s, position) => ({ position, name: s.name, kind: s.kind })) },
    },
    include: { stages: { orderBy: { position: "asc" } } },
  });
  const categories = await tx.selfIdCategory.findMany({ select: { id: true, key: true } });
  const categoryId = (key: string) => categories.find((c) => c.key === key)?.id;
  const people = Array.from({ length: count }, (_, i) => {
    const answers = {
      gender: pick(rand, GENDER),
      ethnicity: pick(rand, ETHNICITY),
      veteran: pick(rand, VETERAN),
      disability: pick(rand, DISABILITY),
    };
    // Walk the pipeline: turned down at a stage, withdrawn now and then, or hired after the last.
    let stage = 0;
    let status: "HIRED" | "REJECTED" | "WITHDRAWN" = "HIRED";
    for (; stage < STAGES.length; stage++) {
      if (rand() < 0.03) {
        status = "WITHDRAWN";
        break;
      }
      if (rand() >= passChance(stage, answers.gender)) {
        status = "REJECTED";
        break;
      }
    }
    const n = String(i + 1).padStart(3, "0");
    return {
      n,
      answers,
      stage: Math.min(stage, STAGES.length - 1),
      status,
      appliedAt: new Date(now - (200 - (i % 150)) * DAY),
    };
  });
  const candidates = await tx.candidate.createManyAndReturn({
    data: people.map((p) => ({
      name: `Demo applicant ${p.n}`,
      email: `fair-hiring-demo-${p.n}@example.com`,
      source: "Demo data",
      createdAt: p.appliedAt,
    })),
    select: { id: true, email: true },
  });
  const idOf = new Map(candidates.map((c) => [c.email, c.id]));
  const apps = await tx.application.createManyAndReturn({
    data: people.map((p) => ({
      candidateId: idOf.get(`fair-hiring-demo-${p.n}@example.com`)!,
      roleId: role.id,
      currentStageId: role.stages[p.stage]!.id,
      status: p.status,
      decision:
        p.status === "HIRED"
          ? ("HIRE" as const)
          : p.status === "REJECTED" && p.stage === STAGES.length - 1
            ? ("NO_HIRE" as const)
            : null,
      decidedAt: p.status === "HIRED" ? new Date(p.appliedAt.getTime() + 40 * DAY) : null,
      decidedById: p.status === "HIRED" ? ownerId : null,
      createdAt: p.appliedAt,
      stageEnteredAt: new Date(p.appliedAt.getTime() + (p.stage + 1) * 7 * DAY),
    })),
    select: { id: true, status: true },
  });
  // Synthetic outcomes only: nobody is asked to follow these hires up (the trigger made the rows).
  await tx.hireFollowUp.deleteMany({
    where: { applicationId: { in: apps.filter((a) => a.status === "HIRED").map((a) => a.id) } },
  });
  const answers = people.flatMap((p) =>
    Object.entries(p.answers).flatMap(([key, value]) => {
      const cid = categoryId(key);
      if (value === undefined || !cid) return [];
      return [
        {
          candidateId: idOf.get(`fair-hiring-demo-${p.n}@example.com`)!,
          categoryId: cid,
          value,
          answeredAt: p.appliedAt,
        },
      ];
    }),
  );
  await tx.selfIdAnswer.createMany({ data: answers });
  return { applicants: count, roleId: role.id };
}
