// Demo interviewer readiness (lib/readiness): who is qualified for which domain, a few people in
// training with shadow and reverse-shadow seats behind them, one calibration exercise per
// domain, attempts, and a personal weekly limit, so /readiness, /readiness/team, the plan
// editor's warning and the scheduling form's load have something honest to show.
//
// - Most interviewers were qualified by an admin when readiness was introduced (GRANTED).
// - Sam Rivera (interviewer@) is qualified for observability and automation only; Tomás García
//   is not yet qualified for security & governance, which he rates alone on the Senior AI
//   Operations Engineer's design stage: the plan editor warns about that stage.
// - Mei Tanaka shadowed both demo hires' final loops (SHADOW seats, all four domains) and passed
//   the security exercise: one reverse shadow to go. Kwame Mensah led one of them with a
//   qualified interviewer watching (REVERSE_SHADOW). Training seats never count in the consensus.
// - Calibration items are the demo's interviewer evidence (fictional candidates), anonymised as
//   an exercise built from past panels would be, with the level the evidence was written for as
//   the panel's consensus.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { anonymiseEvidence } from "../../lib/readiness/anonymise";
import { DOMAIN_KEYS, type DomainKey } from "./content/matrix";
import { evidenceLibrary } from "./content/evidence";
import type { MatrixIds } from "./seed-matrix";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Level = 0 | 1 | 2 | 3;
const DAY = 24 * 3600 * 1000;

const NOT_QUALIFIED: Record<string, DomainKey[]> = {
  "interviewer@example.com": ["data-ml", "security-governance"],
  "tomas@example.com": ["security-governance"],
  "mei@example.com": ["automation", "security-governance"],
  "kwame@example.com": ["data-ml", "automation", "security-governance"],
};
const QUALIFIED_PEOPLE = [
  "admin@example.com",
  "manager@example.com",
  "interviewer@example.com",
  "dana@example.com",
  "priya@example.com",
  "tomas@example.com",
  "mei@example.com",
  "kwame@example.com",
];
const EXERCISE_LEVELS: Level[] = [2, 0, 3, 1, 1, 2];

export async function seedDemoReadiness(tx: Tx, ids: MatrixIds, uid: (email: string) => string) {
  const now = Date.now();
  const admin = uid("admin@example.com");
  const grantedAt = new Date(now - 60 * DAY);
  await tx.interviewerQualification.createMany({
    data: QUALIFIED_PEOPLE.flatMap((email) =>
      DOMAIN_KEYS.filter((dk) => !NOT_QUALIFIED[email]?.includes(dk)).map((dk) => ({
        userId: uid(email),
        domainId: ids.domainIds[dk]!,
        how: "GRANTED" as const,
        grantedById: admin,
        qualifiedAt: grantedAt,
        note: "Experienced interviewer, qualified when readiness tracking started (demo).",
      })),
    ),
  });

  // Training seats on the demo hires' final loops (closed role, all four domains).
  const hiresRole = await tx.role.findFirstOrThrow({
    where: { title: "Reliability Engineer (demo hires)" },
    select: {
      id: true,
      stages: { select: { id: true } },
      applications: { orderBy: { createdAt: "asc" }, select: { id: true, createdAt: true } },
    },
  });
  const stageId = hiresRole.stages[0]!.id;
  const seats: { email: string; app: number; seat: "SHADOW" | "REVERSE_SHADOW" }[] = [
    { email: "mei@example.com", app: 0, seat: "SHADOW" },
    { email: "mei@example.com", app: 1, seat: "SHADOW" },
    { email: "kwame@example.com", app: 1, seat: "REVERSE_SHADOW" },
  ];
  await tx.roleMember.createMany({
    data: ["mei@example.com", "kwame@example.com"].map((e) => ({
      roleId: hiresRole.id,
      userId: uid(e),
      function: "INTERVIEWER" as const,
    })),
  });
  for (const s of seats) {
    const app = hiresRole.applications[s.app];
    if (!app) continue;
    const scheduledAt = new Date(app.createdAt.getTime() + 20 * DAY);
    const interview = await tx.interview.create({
      data: { applicationId: app.id, stageId, interviewerId: uid(s.email), scheduledAt, seat: s.seat },
    });
    await tx.scorecard.create({
      data: {
        interviewId: interview.id,
        interviewerId: uid(s.email),
        matrixVersionId: ids.versionId,
        status: "SUBMITTED",
        recommendation: "YES",
        submittedAt: new Date(scheduledAt.getTime() + 3 * 3600 * 1000),
        version: 2,
        scores: {
          create: DOMAIN_KEYS.map((dk) => ({
            domainId: ids.domainIds[dk]!,
            rating: 2,
            evidence: "Demo evidence (training seat): followed the scenario and noted the trade-offs the lead probed.",
          })),
        },
      },
    });
  }

  // One exercise per domain, from the demo's evidence, anonymised.
  const everyone = (await tx.user.findMany({ select: { name: true } })).map((u) => u.name);
  const exercises: Record<string, { id: string; items: { id: string; consensus: number }[] }> = {};
  for (const dk of DOMAIN_KEYS) {
    const exercise = await tx.calibrationExercise.create({
      data: {
        domainId: ids.domainIds[dk]!,
        title: `${DOMAIN_TITLE[dk]}: calibration 1`,
        createdById: uid("manager@example.com"),
        createdAt: new Date(now - 45 * DAY),
        items: {
          create: EXERCISE_LEVELS.map((level, i) => ({
            position: i + 1,
            evidence: `Interviewer A: ${anonymiseEvidence(evidenceLibrary[dk][level][i % evidenceLibrary[dk][level].length]!, { candidates: [], interviewers: [], others: everyone })}`,
            consensus: level,
            raters: 2 + (i % 2),
          })),
        },
      },
      select: { id: true, items: { select: { id: true, consensus: true }, orderBy: { position: "asc" } } },
    });
    exercises[dk] = exercise;
  }

  // Attempts: Mei passed security (5 of 6); Tomás missed it (3 of 6, rating generously).
  const attempt = async (email: string, dk: DomainKey, offsets: number[], daysAgo: number) => {
    const ex = exercises[dk]!;
    const ratings = ex.items.map((it, i) => Math.max(0, Math.min(3, it.consensus + (offsets[i] ?? 0))));
    const exact = ratings.filter((r, i) => r === ex.items[i]!.consensus).length;
    const withinOne = ratings.filter((r, i) => Math.abs(r - ex.items[i]!.consensus) <= 1).length;
    const meanOffset = ratings.reduce((s, r, i) => s + r - ex.items[i]!.consensus, 0) / ratings.length;
    await tx.calibrationAttempt.create({
      data: {
        exerciseId: ex.id,
        userId: uid(email),
        submittedAt: new Date(now - daysAgo * DAY),
        exact,
        withinOne,
        items: ratings.length,
        meanOffset,
        passed: Math.floor((100 * exact) / ratings.length) >= 70,
        passMark: 70,
        answers: { create: ex.items.map((it, i) => ({ itemId: it.id, rating: ratings[i]! })) },
      },
    });
  };
  await attempt("mei@example.com", "security-governance", [0, 0, 0, 1, 0, 0], 5);
  await attempt("tomas@example.com", "security-governance", [1, 1, 0, 1, 0, 0], 12);

  // Sam takes at most four interviews a week (the organisation's default is five).
  await tx.user.update({ where: { id: uid("interviewer@example.com") }, data: { weeklyInterviewLimit: 4 } });
  return { exercises: DOMAIN_KEYS.length };
}

const DOMAIN_TITLE: Record<DomainKey, string> = {
  observability: "Observability & telemetry",
  "data-ml": "Data engineering & ML foundations",
  automation: "Automation & integration",
  "security-governance": "Security & governance",
};
