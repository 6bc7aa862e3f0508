// `tsx scripts/seed-e2e-people.ts`: the browser tests' extra people, beside the demo organisation
// (scripts/e2e-server.sh runs it; the demo itself stays as users see it):
// - casey@example.com, a recruiter on no hiring team (the access table's "recruiter off the team");
// - noor@example.com, a manager on the panel of one "AI Platform Engineer" candidate with an
//   interview she has not scored yet (the access table's "panel member who has not submitted");
// - former@example.com, a deactivated interviewer (the single sign-on test).
// Idempotent: a database that has them is left as it is.
import bcrypt from "bcryptjs";
import { parseEnv } from "../lib/env";
import { openConnection } from "../lib/db/connection";
import { DEMO_PASSWORD } from "../prisma/seed/demo-accounts";

const ROLE = "AI Platform Engineer";

async function main() {
  const e = parseEnv(process.env);
  const conn = openConnection(e.DATABASE_URL ? { kind: "postgres", url: e.DATABASE_URL } : { kind: "embedded", dir: e.EMBEDDED_DB_DIR });
  const db = conn.prisma;
  try {
    if (await db.user.findUnique({ where: { email: "noor@example.com" } })) return console.log("e2e people: already there");
    const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
    await db.$transaction(async (tx) => {
      await tx.user.createMany({
        data: [
          { email: "casey@example.com", name: "Casey Brooks", kind: "RECRUITER", passwordHash },
          { email: "former@example.com", name: "Robin Former", kind: "INTERVIEWER", active: false, passwordHash },
        ],
      });
      const noor = await tx.user.create({ data: { email: "noor@example.com", name: "Noor Haddad", kind: "MANAGER", passwordHash } });
      const role = await tx.role.findFirstOrThrow({ where: { title: ROLE }, select: { id: true } });
      // A candidate nobody has scored yet, still at the first stage: Noor joins that stage's panel.
      const app = await tx.application.findFirstOrThrow({
        where: { roleId: role.id, currentStage: { position: 0 }, interviews: { none: { scorecards: { some: { status: "SUBMITTED" } } } } },
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
    });
    console.log("e2e people: casey (recruiter, no team), noor (manager, pending on a panel), former (deactivated)");
  } finally {
    await conn.close();
  }
}

main().catch((err) => {
  console.error(`✖ ${(err as Error).message}`);
  process.exit(1);
});
