// Instances starting at the same moment on one empty PostgreSQL database (node:cluster workers of
// scripts/serve.mjs, or replicas): one migrates and seeds, the others find it done. PostgreSQL
// only: the embedded database belongs to one process.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openConnection } from "../../lib/db/connection";
import { prepareDatabase } from "../../lib/db/prepare";
import { asServerAdmin, pgServerUrl, withDatabase } from "../setup/test-db";

const serverUrl = pgServerUrl();

describe.skipIf(!serverUrl)("instances starting together", () => {
  it("migrate and seed the demo organisation once, and all of them start", async () => {
    const name = `aiops_startup_${randomBytes(5).toString("hex")}`;
    await asServerAdmin(serverUrl!, (c) => c.query(`CREATE DATABASE ${name}`));
    const url = withDatabase(serverUrl!, name);
    const conns = [0, 1, 2].map(() => openConnection({ kind: "postgres", url }));
    try {
      const reports = await Promise.all(conns.map((c) => prepareDatabase(c, { seedDemo: true })));
      expect(reports.filter((r) => r.applied.length > 0)).toHaveLength(1);
      expect(reports.filter((r) => r.seed.seeded)).toHaveLength(1);
      const db = conns[0]!.prisma;
      expect(await db.matrixCell.count()).toBe(48);
      expect(await db.user.count({ where: { email: "recruiter@example.com" } })).toBe(1);
    } finally {
      await Promise.all(conns.map((c) => c.close()));
      await asServerAdmin(serverUrl!, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  }, 120_000);
});
