// `tsx scripts/seed-large-role.ts <candidates>`: adds one large, fully scored role to the
// (embedded or DATABASE_URL) database: "Reliability Engineer (volume hiring)", owned by
// manager@example.com, with <candidates> candidates, each interviewed by two of the team's
// interviewers with submitted scorecards. The browser tests page, sort and filter it; the
// demo organisation's own roles are left as they are, and its candidates, dated a month
// earlier, list after the demo's. Deterministic: same input, same rows.
import { parseEnv } from "../lib/env";
import { openConnection } from "../lib/db/connection";

const TITLE = "Reliability Engineer (volume hiring)";
const FIRST = [
  "Avery",
  "Blake",
  "Casey",
  "Devon",
  "Emery",
  "Finley",
  "Harper",
  "Jordan",
  "Kai",
  "Logan",
  "Morgan",
  "Noa",
  "Quinn",
  "Reese",
  "Sage",
  "Taylor",
];
const LAST = [
  "Abara",
  "Bergström",
  "Chen",
  "Dlamini",
  "Eze",
  "Fischer",
  "García",
  "Haddad",
  "Iyer",
  "Jensen",
  "Kowalski",
  "Lindqvist",
  "Moreau",
  "Nakamura",
  "O'Neill",
  "Petrov",
  "Rossi",
  "Silva",
];

async function main() {
  const count = Number(process.argv[2] ?? 180);
  if (!Number.isInteger(count) || count < 1 || count > 50_000)
    throw new Error("usage: seed-large-role.ts <candidates 1..50000>");
  const e = parseEnv(process.env);
  const conn = openConnection(
    e.DATABASE_URL ? { kind: "postgres", url: e.DATABASE_URL } : { kind: "embedded", dir: e.EMBEDDED_DB_DIR },
  );
  const db = conn.prisma;
  try {
    if (await db.role.findFirst({ where: { title: TITLE } })) return console.log(`${TITLE}: already there`);
    const owner = await db.user.findUniqueOrThrow({ where: { email: "manager@example.com" } });
    const team = await db.user.findMany({
      where: { email: { in: ["interviewer@example.com", "priya@example.com", "kwame@example.com"] } },
    });
    const recruiter = await db.user.findUniqueOrThrow({ where: { email: "recruiter@example.com" } });
    const version = await db.matrixVersion.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { number: "desc" },
      include: { domains: { orderBy: { position: "asc" } } },
    });
    const cluster = await db.roleCluster.findFirstOrThrow({ orderBy: { position: "asc" } });
    const domains = version.domains.map((d) => d.domainId);
    const role = await db.role.create({
      data: {
        title: TITLE,
        seniority: "Mid-level",
        clusterId: cluster.id,
        matrixVersionId: version.id,
        ownerId: owner.id,
        status: "OPEN",
        planPublishedAt: new Date(),
        salaryMin: 140000,
        salaryMax: 175000,
        targets: {
          create: domains.map((domainId, i) => ({
            domainId,
            level: [2, 2, 1, 1][i] ?? 1,
            weight: [2, 1, 1, 1][i] ?? 1,
          })),
        },
        members: {
          create: [
            ...team.map((u) => ({ userId: u.id, function: "INTERVIEWER" as const })),
            { userId: recruiter.id, function: "RECRUITER" as const },
          ],
        },
        stages: {
          create: [
            {
              position: 0,
              name: "Reliability screen",
              kind: "SCREEN",
              durationMinutes: 45,
              domains: { create: domains.slice(0, 2).map((domainId) => ({ domainId })) },
              interviewers: { create: team.map((u) => ({ userId: u.id })) },
            },
            {
              position: 1,
              name: "Incident deep dive",
              kind: "TECHNICAL",
              durationMinutes: 60,
              domains: { create: domains.map((domainId) => ({ domainId })) },
              interviewers: { create: team.map((u) => ({ userId: u.id })) },
            },
          ],
        },
      },
      include: { stages: { orderBy: { position: "asc" } } },
    });
    const hash = (n: number, salt: number) =>
      ((Math.imul(n + 1, 2654435761) ^ Math.imul(salt + 7, 40503)) >>> 0) / 4294967296;
    const now = Date.now();
    for (let start = 0; start < count; start += 500) {
      const batch = Array.from({ length: Math.min(500, count - start) }, (_, k) => start + k);
      await db.$transaction(async (tx) => {
        await tx.candidate.createMany({
          data: batch.map((n) => ({
            id: `large_c_${n}`,
            name: `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]} ${String(n + 1).padStart(3, "0")}`,
            source: "Referral",
            createdAt: new Date(now - (30 * 24 + n) * 3_600_000),
          })),
        });
        await tx.application.createMany({
          data: batch.map((n) => ({
            id: `large_a_${n}`,
            candidateId: `large_c_${n}`,
            roleId: role.id,
            currentStageId: role.stages[n % 3 === 0 ? 0 : 1]!.id,
            createdAt: new Date(now - (30 * 24 + n) * 3_600_000),
          })),
        });
        const interviews = batch.flatMap((n) =>
          [0, 1].map((i) => ({
            id: `large_i_${n}_${i}`,
            applicationId: `large_a_${n}`,
            stageId: role.stages[1]!.id,
            interviewerId: team[(n + i) % team.length]!.id,
            scheduledAt: new Date(now - n * 3_600_000),
          })),
        );
        await tx.interview.createMany({ data: interviews });
        await tx.scorecard.createMany({
          data: interviews.map((iv, j) => ({
            id: `large_s_${iv.id}`,
            interviewId: iv.id,
            interviewerId: iv.interviewerId,
            matrixVersionId: version.id,
            status: "SUBMITTED" as const,
            recommendation: (["NO", "YES", "STRONG_YES", "YES"] as const)[j % 4]!,
            submittedAt: new Date(now - j * 60_000),
          })),
        });
        await tx.domainScore.createMany({
          data: interviews.flatMap((iv, j) =>
            domains.map((domainId, d) => {
              const ability = hash(Math.floor(j / 2), 1) * 3.4;
              const rating =
                hash(j, d + 3) < 0.05
                  ? null
                  : Math.max(0, Math.min(3, Math.round(ability + (hash(j, d + 11) - 0.5) * 1.6)));
              return {
                scorecardId: `large_s_${iv.id}`,
                domainId,
                rating,
                notAssessed: rating === null,
                evidence: "Walked through a real incident: what they saw, what they changed, how they measured it.",
              };
            }),
          ),
        });
      });
    }
    console.log(`${TITLE}: ${count} scored candidates`);
  } finally {
    await conn.close();
  }
}

main().catch((err) => {
  console.error(`✖ ${(err as Error).message}`);
  process.exit(1);
});
