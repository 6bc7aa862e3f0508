// Test databases. Built once per run (migrated + demo seed) by global-db.ts, then each
// test file gets its own copy: an in-memory PGlite loaded from a snapshot, or, when
// TEST_DATABASE_URL is set, a PostgreSQL database created from a template database.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { openConnection, type DbConnection } from "../../lib/db/connection";
import { migrate } from "../../lib/db/migrate";
import { seedDatabase } from "../../prisma/seed/seed";

export const SNAPSHOT = path.resolve(".data/test/template.tar.gz");
export function pgServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/**
 * The template's name, after the database TEST_DATABASE_URL names: two runs against one server
 * with different URLs (CI's and a developer's) no longer drop each other's template mid-run.
 */
export const TEMPLATE_DB = `aiops_test_template_${(pgServerUrl() ? new URL(pgServerUrl()!).pathname.slice(1) : "")
  .toLowerCase()
  .replace(/[^a-z0-9_]/g, "_")
  .slice(0, 30)}`;

/** The same server URL, naming another database on it. */
export function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** One connection to the server at `url`, for statements such as CREATE / DROP DATABASE. */
export async function asServerAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function buildTemplate() {
  const url = pgServerUrl();
  if (url) {
    await asServerAdmin(url, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    });
    const conn = openConnection({ kind: "postgres", url: withDatabase(url, TEMPLATE_DB) });
    await migrate(conn.runner);
    await seedDatabase(conn.prisma, { demo: true, fairHiringApplicants: 0, history: false });
    await conn.close();
    return;
  }
  const conn = openConnection({ kind: "memory" });
  await migrate(conn.runner);
  await seedDatabase(conn.prisma, { demo: true, fairHiringApplicants: 0, history: false });
  const dump = await conn.pglite!.dumpDataDir("gzip");
  fs.mkdirSync(path.dirname(SNAPSHOT), { recursive: true });
  fs.writeFileSync(SNAPSHOT, Buffer.from(await dump.arrayBuffer()));
  await conn.close();
}

export async function dropTemplate() {
  const url = pgServerUrl();
  if (url) await asServerAdmin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`));
}

/** A fresh copy of the seeded test database, for one test file. */
export async function openTestDatabase(): Promise<DbConnection> {
  const url = pgServerUrl();
  if (url) {
    const name = `aiops_test_${randomBytes(6).toString("hex")}`;
    for (let attempt = 0; ; attempt++) {
      try {
        await asServerAdmin(url, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
        break;
      } catch (e) {
        // Two files copying the template at the same instant: wait and retry.
        if (attempt > 20 || !/being accessed by other users/.test((e as Error).message)) throw e;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
    const conn = openConnection({ kind: "postgres", url: withDatabase(url, name) });
    return {
      ...conn,
      async close() {
        await conn.close();
        await asServerAdmin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      },
    };
  }
  const data = fs.readFileSync(SNAPSHOT);
  return openConnection({ kind: "memory", loadDataDir: new Blob([data]) });
}
