import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openConnection } from "../../lib/db/connection";
import { migrate, MigrationError, readMigrations } from "../../lib/db/migrate";

describe("migrate", () => {
  it("applies every migration once, recording Prisma's checksum, and is a no-op the second time", async () => {
    const conn = openConnection({ kind: "memory" });
    try {
      const all = readMigrations();
      expect(await migrate(conn.runner)).toEqual(all.map((m) => m.name));
      expect(await migrate(conn.runner)).toEqual([]);
      const rows = await conn.runner.query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
        `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.checksum)).toEqual(all.map((m) => createHash("sha256").update(m.sql).digest("hex")));
      expect(rows.every((r) => r.applied_steps_count === 1)).toBe(true);
    } finally {
      await conn.close();
    }
  });

  it("rolls back a failing migration completely and refuses an edited one", async () => {
    const conn = openConnection({ kind: "memory" });
    try {
      const good = { name: "001_a", sql: "CREATE TABLE a (id int);", checksum: "x" };
      const bad = { name: "002_b", sql: "CREATE TABLE b (id int); SELECT nope FROM missing;", checksum: "y" };
      await expect(migrate(conn.runner, [good, bad])).rejects.toThrow(/Migration 002_b failed/);
      expect(await conn.runner.query(`SELECT to_regclass('b') AS t`)).toEqual([{ t: null }]);
      await expect(migrate(conn.runner, [{ ...good, checksum: "changed" }])).rejects.toThrow(MigrationError);
    } finally {
      await conn.close();
    }
  });
});
