// Applies prisma/migrations/*/migration.sql in order and records each in Prisma's own
// `_prisma_migrations` table (same checksum), so `prisma migrate deploy` on a machine with
// Prisma's schema engine agrees about what is applied. Works on PGlite and PostgreSQL.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Minimal SQL runner: `exec` runs a multi-statement script, `query` a parameterised one. */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Serialises concurrent migrators (several app instances starting at once). */
  withLock<T>(fn: () => Promise<T>): Promise<T>;
}

export type Migration = { name: string; sql: string; checksum: string };

// Read at run time from the app directory (migrations are not bundled).
export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Returns the names of the migrations it applied. */
export async function migrate(runner: SqlRunner, migrations = readMigrations()): Promise<string[]> {
  return runner.withLock(async () => {
    await runner.exec(CREATE_TABLE);
    const rows = await runner.query<{ migration_name: string; checksum: string; finished_at: unknown }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r]));
    const known = new Set(migrations.map((m) => m.name));
    const unknown = rows.find((r) => !known.has(r.migration_name));
    if (unknown) {
      throw new MigrationError(
        `Database has migration ${unknown.migration_name} that this code does not know; deploy a newer version.`,
      );
    }
    const done: string[] = [];
    for (const m of migrations) {
      const row = applied.get(m.name);
      if (row) {
        if (!row.finished_at) throw new MigrationError(`Migration ${m.name} failed earlier; fix the database by hand.`);
        if (row.checksum !== m.checksum) {
          throw new MigrationError(`Migration ${m.name} was edited after it was applied (checksum differs).`);
        }
        continue;
      }
      const id = randomUUID();
      // One transaction per migration: a failing migration leaves no half-applied schema.
      await runner
        .exec(
          `BEGIN;\n${m.sql}\n;\nINSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ('${id}', '${m.checksum}', now(), '${m.name.replace(/'/g, "''")}', 1);\nCOMMIT;`,
        )
        .catch(async (e: unknown) => {
          await runner.exec("ROLLBACK").catch(() => {});
          throw new MigrationError(`Migration ${m.name} failed: ${(e as Error).message}`);
        });
      done.push(m.name);
    }
    return done;
  });
}
