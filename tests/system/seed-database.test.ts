// The seed as operators meet it: production (content only, possibly after the first admin
// exists), the embedded demo, a second start, and databases it must not touch.
import { describe, expect, it } from "vitest";
import { openConnection } from "../../lib/db/connection";
import { migrate } from "../../lib/db/migrate";
import { prepareDatabase } from "../../lib/db/prepare";
import { seedDatabase, SeedRefusedError } from "../../prisma/seed/seed";

async function freshDatabase() {
  const conn = openConnection({ kind: "memory" });
  await migrate(conn.runner);
  return conn;
}

describe("seedDatabase", () => {
  it("gives a production database its matrix, templates and questions even after the first admin exists, and no demo data", async () => {
    const conn = await freshDatabase();
    try {
      await conn.prisma.user.create({ data: { email: "ops@corp.example", name: "Ops", kind: "ADMIN" } });
      const report = await prepareDatabase(conn, { seedDemo: false });
      expect(report.seed.seeded).toBe(true);
      expect(await conn.prisma.matrixCell.count()).toBe(48);
      expect(await conn.prisma.roleTemplate.count()).toBe(10);
      expect(await conn.prisma.question.count()).toBeGreaterThanOrEqual(24);
      expect(await conn.prisma.role.count()).toBe(0);
      expect(await conn.prisma.candidate.count()).toBe(0);
      expect(await conn.prisma.user.count()).toBe(1);
      const settings = await conn.prisma.orgSettings.findUniqueOrThrow({ where: { id: 1 } });
      expect(settings.demo).toBe(false);
      // A second start changes nothing.
      expect((await prepareDatabase(conn, { seedDemo: false })).seed.seeded).toBe(false);
      expect(await conn.prisma.matrixCell.count()).toBe(48);
    } finally {
      await conn.close();
    }
  }, 60_000);

  it("seeds the demo organisation once into an empty database", async () => {
    const conn = await freshDatabase();
    try {
      expect((await seedDatabase(conn.prisma, { demo: true })).seeded).toBe(true);
      const counts = [await conn.prisma.user.count(), await conn.prisma.scorecard.count()];
      expect(counts[0]).toBeGreaterThanOrEqual(4);
      expect(await conn.prisma.scorecard.count({ where: { status: "SUBMITTED" } })).toBeGreaterThanOrEqual(20);
      expect(await seedDatabase(conn.prisma, { demo: true })).toEqual({ seeded: false, summary: "already seeded" });
      expect([await conn.prisma.user.count(), await conn.prisma.scorecard.count()]).toEqual(counts);
    } finally {
      await conn.close();
    }
  }, 60_000);

  it("refuses the demo organisation where people already exist, and any seed over a matrix it did not write", async () => {
    const conn = await freshDatabase();
    try {
      await conn.prisma.user.create({ data: { email: "someone@corp.example", name: "Someone", kind: "MANAGER" } });
      await expect(seedDatabase(conn.prisma, { demo: true })).rejects.toThrow(SeedRefusedError);
      expect(await conn.prisma.roleCluster.count()).toBe(0);
      await conn.prisma.roleCluster.create({ data: { key: "sre", name: "Hand-made", summary: "x", position: 0 } });
      await expect(seedDatabase(conn.prisma, { demo: false })).rejects.toThrow(/already holds a matrix/);
    } finally {
      await conn.close();
    }
  }, 60_000);
});
