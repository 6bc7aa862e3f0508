// `tsx scripts/seed-e2e-people.ts`: the browser tests' extra people, beside the demo organisation
// (scripts/e2e-server.sh runs it; the demo itself stays as users see it):
// - casey@example.com, a recruiter on no hiring team (the access table's "recruiter off the team");
// - noor@example.com, a manager on the panel of one "AI Platform Engineer" candidate with an
//   interview she has not scored yet (the access table's "panel member who has not submitted");
// - former@example.com, a deactivated interviewer (the single sign-on test);
// - lena@example.com, an interviewer with every step toward a security & governance qualification
//   behind her (two shadow seats and one reverse-shadow seat submitted on stages that rate it, and
//   the security calibration exercise passed) but not qualified yet: tests/e2e/readiness.spec.ts
//   claims it. Training seats never count in the panel's consensus.
// Idempotent: a database that has them is left as it is.
import bcrypt from "bcryptjs";
import { parseEnv } from "../lib/env";
import { openConnection } from "../lib/db/connection";
import { DEMO_PASSWORD } from "../prisma/seed/demo-accounts";

const ROLE = "AI Platform Engineer";

async function main() {
  const e = parseEnv(process.env);
  const conn = openConnection(
    e.DATABASE_URL ? { kind: "postgres", url: e.DATABASE_URL } : { kind: "embedded", dir: e.EMBEDDED_DB_DIR },
  );
  const db = conn.prisma;
  try {
    if (await db.user.findUnique({ where: { email: "noor@example.com" } }))
      return console.log("e2e people: already there");
    const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
    await db.$transaction(async (tx) => {
      await tx.user.createMany({
        data: [
          { email: "casey@example.com", name: "Casey Brooks", kind: "RECRUITER", passwordHash },
          { email: "former@example.com", name: "Robin Former", kind: "INTERVIEWER", active: false, passwordHash },
        ],
      });
      const noor = await tx.user.create({
        data: { email: "noor@example.com", name: "Noor Haddad", kind: "MANAGER", passwordHash },
      });
      const role = await tx.role.findFirstOrThrow({ where: { title: ROLE }, select: { id: true } });
      // A candidate nobody has scored yet, still at the first stage: Noor joins that stage's panel.
      const app = await tx.application.findFirstOrThrow({
        where: {
          roleId: role.id,
          currentStage: { position: 0 },
          interviews: { none: { scorecards: { some: { status: "SUBMITTED" } } } },
        },
        select: { id: true, currentStageId: true },
        orderBy: { createdAt: "asc" },
      });
      await tx.roleMember.create({ data: { roleId: role.id, userId: noor.id, function: "INTERVIEWER" } });
      await tx.interview.create({
        data: {
          applicationId: app.id,
          stageId: app.currentStageId!,
          interviewerId: noor.id,
          scheduledAt: new Date(Date.now() + 2 * 24 * 3600 * 1000),
        },
      });
      await seedReadyToClaim(tx, passwordHash);
    });
    console.log(
      "e2e people: casey (recruiter, no team), noor (manager, pending on a panel), former (deactivated), lena (ready to claim security)",
    );
  } finally {
    await conn.close();
  }
}

type Tx = Parameters<Parameters<ReturnType<typeof openConnection>["prisma"]["$transaction"]>[0]>[0];

async function seedReadyToClaim(tx: Tx, passwordHash: string) {
  const lena = await tx.user.create({
    data: { email: "lena@example.com", name: "Lena Ortiz", kind: "INTERVIEWER", passwordHash },
  });
  const security = await tx.competencyDomain.findUniqueOrThrow({
    where: { key: "security-governance" },
    select: { id: true },
  });
  // Stages that rate security: the demo hires' final loop (two candidates) and an MLOps stage.
  const seatAt = async (roleTitle: string, stageName: string, take: number) => {
    const role = await tx.role.findFirstOrThrow({
      where: { title: roleTitle },
      select: {
        matrixVersionId: true,
        stages: { where: { name: stageName }, select: { id: true, domains: { select: { domainId: true } } } },
        applications: { orderBy: { createdAt: "asc" }, take, select: { id: true } },
      },
    });
    const stage = role.stages[0]!;
    if (!stage.domains.some((d) => d.domainId === security.id)) throw new Error(`${stageName} does not rate security`);
    return role.applications.map((a) => ({ appId: a.id, stage, versionId: role.matrixVersionId }));
  };
  const seats = [
    ...(await seatAt("Reliability Engineer (demo hires)", "Final loop", 2)).map((s) => ({
      ...s,
      seat: "SHADOW" as const,
    })),
    ...(await seatAt("MLOps Engineer, Anomaly Detection", "Production ML & governance", 1)).map((s) => ({
      ...s,
      seat: "REVERSE_SHADOW" as const,
    })),
  ];
  const at = new Date(Date.now() - 30 * 24 * 3600 * 1000);
  for (const s of seats) {
    const interview = await tx.interview.create({
      data: { applicationId: s.appId, stageId: s.stage.id, interviewerId: lena.id, scheduledAt: at, seat: s.seat },
    });
    await tx.scorecard.create({
      data: {
        interviewId: interview.id,
        interviewerId: lena.id,
        matrixVersionId: s.versionId,
        status: "SUBMITTED",
        recommendation: "YES",
        submittedAt: new Date(at.getTime() + 3600 * 1000),
        version: 2,
        scores: {
          create: s.stage.domains.map((d) => ({
            domainId: d.domainId,
            rating: 2,
            evidence: "E2E training seat: noted the trade-offs.",
          })),
        },
      },
    });
  }
  const exercise = await tx.calibrationExercise.findFirstOrThrow({
    where: { domainId: security.id, retiredAt: null },
    select: { id: true, items: { select: { id: true, consensus: true } } },
  });
  const n = exercise.items.length;
  await tx.calibrationAttempt.create({
    data: {
      exerciseId: exercise.id,
      userId: lena.id,
      submittedAt: new Date(at.getTime() + 2 * 24 * 3600 * 1000),
      exact: n,
      withinOne: n,
      items: n,
      meanOffset: 0,
      passed: true,
      passMark: 70,
      answers: { create: exercise.items.map((i) => ({ itemId: i.id, rating: i.consensus })) },
    },
  });
}

main().catch((err) => {
  console.error(`✖ ${(err as Error).message}`);
  process.exit(1);
});
