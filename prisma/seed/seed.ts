// Seeds the matrix, catalogue and (optionally) the demo organisation.
// Idempotent: a seeded database is left as it is. The content (matrix, templates, questions)
// goes into any database without a matrix; the demo organisation only into an empty one.
import { DEMO_JOB_AD_TEXTS } from "./content/job-ad-texts";
import bcrypt from "bcryptjs";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-accounts";
import { seedCatalogue } from "./seed-catalogue";
import { seedDemo } from "./seed-demo";
import { FAIR_HIRING_DEMO_APPLICANTS, seedFairHiringDemo } from "./seed-fair-hiring";
import { seedHistory } from "./seed-history";
import { seedMatrix } from "./seed-matrix";

export type SeedReport = { seeded: boolean; summary: string };

export class SeedRefusedError extends Error {
  override name = "SeedRefusedError";
}

/**
 * `fairHiringApplicants`: how many synthetic applicants the demo's fair-hiring role gets (the
 * test databases pass 0 and make their own, so the other tests' candidate counts stay small).
 * `history` (default true with `demo`): also about a year of past hires with check-ins
 * (seed-history.ts) for the hiring-quality pages. The test database leaves it out (lighter,
 * and the tests build the worlds they check).
 */
export async function seedDatabase(
  prisma: PrismaClient,
  opts: { demo: boolean; fairHiringApplicants?: number; history?: boolean },
): Promise<SeedReport> {
  const settings = await prisma.orgSettings.findUnique({ where: { id: 1 } });
  if (settings?.seededAt) return { seeded: false, summary: "already seeded" };
  const [users, clusters] = await Promise.all([prisma.user.count(), prisma.roleCluster.count()]);
  if (clusters > 0) {
    throw new SeedRefusedError("Refusing to seed: the database already holds a matrix that the seed did not write.");
  }
  // The matrix, templates and question bank may go into a database that already has people
  // (the INITIAL_ADMIN_EMAIL account, first SSO sign-ins); the demo organisation may not.
  if (opts.demo && users > 0) {
    throw new SeedRefusedError(
      "Refusing to seed the demo organisation: the database already holds people. Use --no-demo.",
    );
  }
  const passwordHash = opts.demo ? await bcrypt.hash(DEMO_PASSWORD, 10) : null;
  return prisma.$transaction(
    async (tx) => {
      if (opts.demo) {
        await tx.user.createMany({ data: DEMO_USERS.map((u) => ({ ...u, passwordHash })) });
      }
      const admin = opts.demo ? await tx.user.findUnique({ where: { email: DEMO_USERS[0].email } }) : null;
      const ids = await seedMatrix(tx, admin?.id);
      const { templateIds, questions } = await seedCatalogue(tx, ids);
      let summary = `matrix v1 (48 cells), ${Object.keys(templateIds).length} role templates, ${questions.length} questions`;
      if (opts.demo) {
        const demo = await seedDemo(tx, ids, questions, templateIds);
        summary += `, ${DEMO_USERS.length} users, ${demo.roles} roles, ${demo.candidates} candidates, ${demo.submitted} submitted and ${demo.drafts} draft scorecards`;
        const fair = await seedFairHiringDemo(
          tx,
          ids,
          admin!.id,
          opts.fairHiringApplicants ?? FAIR_HIRING_DEMO_APPLICANTS,
        );
        if (fair.applicants) summary += `, a fair-hiring demo role with ${fair.applicants} applicants`;
        if (opts.history !== false) {
          const people = new Map(
            (await tx.user.findMany({ select: { id: true, email: true } })).map((u) => [u.email, u.id]),
          );
          const uid = (email: string) =>
            people.get(email) ??
            (() => {
              throw new Error(`demo user ${email} missing`);
            })();
          const h = await seedHistory(tx, ids, questions, uid);
          summary += `; demo history: ${h.roles} closed roles, ${h.applications} past applications, ${h.hires} hires, ${h.checkIns} check-ins`;
        }
      }
      // The demo writes where each candidate is now, not how they got there: they all applied at
      // their role's first stage (the fair-hiring pass-through counts from an application's entry stage).
      await tx.$executeRaw`UPDATE "Application" a SET "entryStageId" = (
        SELECT s.id FROM "InterviewStage" s WHERE s."roleId" = a."roleId" ORDER BY s.position, s.id LIMIT 1)
        WHERE a."currentStageId" IS NOT NULL`;
      await tx.orgSettings.create({
        data: {
          id: 1,
          name: opts.demo ? "Acme Reliability (demo)" : "My organisation",
          demo: opts.demo,
          seededAt: new Date(),
          ...(opts.demo ? DEMO_JOB_AD_TEXTS : {}),
        },
      });
      await tx.auditEvent.create({
        data: {
          actorId: admin?.id ?? null,
          action: "database.seeded",
          entityType: "OrgSettings",
          entityId: "1",
          data: { summary },
        },
      });
      return { seeded: true, summary };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
