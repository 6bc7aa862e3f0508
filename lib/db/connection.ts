// Opens the one database dialect we support, PostgreSQL, either as a real server
// (DATABASE_URL, through @prisma/adapter-pg) or embedded in-process (PGlite).
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { lockEmbeddedDir } from "./embedded-lock";
import type { SqlRunner } from "./migrate";

export type DbTarget =
  { kind: "postgres"; url: string } | { kind: "embedded"; dir: string } | { kind: "memory"; loadDataDir?: Blob | File };

export type DbConnection = {
  target: DbTarget;
  prisma: PrismaClient;
  runner: SqlRunner;
  close(): Promise<void>;
  /** Only for embedded targets: the PGlite instance (used to snapshot test databases). */
  pglite?: PGlite;
};

export class DatabaseUnreachableError extends Error {
  override name = "DatabaseUnreachableError";
}

/** "host:port/db" without credentials, for messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    // pg connects over the Unix socket named by ?host= (the URL's own host is then not used).
    const socket = u.searchParams.get("host");
    if (socket?.startsWith("/")) return `${u.pathname.slice(1)} over the Unix socket in ${socket}`;
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "(malformed URL)";
  }
}

/** The operations that take `relationLoadStrategy` (Prisma's relationJoins preview). */
const STRATEGY_OPERATIONS = new Set([
  "findMany",
  "findFirst",
  "findFirstOrThrow",
  "findUnique",
  "findUniqueOrThrow",
  "create",
  "update",
  "delete",
  "upsert",
]);

/**
 * Relations load by separate queries unless a read asks for `relationLoadStrategy: "join"`.
 * A join loads an object and its nested relations in one statement (a detail page's 20 round
 * trips become one), but PostgreSQL builds every row's nested JSON before ORDER BY ... LIMIT:
 * a sorted page over an interviewer's 13,000 scorecards built 13,000 JSON trees (1.6 s instead
 * of 20 ms). So joins are opt-in, for reads of one object.
 */
function loadRelationsByQuery(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      $allModels: {
        $allOperations({ operation, args, query }) {
          if (
            STRATEGY_OPERATIONS.has(operation) &&
            args &&
            typeof args === "object" &&
            !("relationLoadStrategy" in args)
          ) {
            return query({ ...args, relationLoadStrategy: "query" } as typeof args);
          }
          return query(args);
        },
      },
    },
  }) as unknown as PrismaClient;
}

function pgliteConnection(pglite: PGlite, target: DbTarget, release: () => void): DbConnection {
  const prisma = loadRelationsByQuery(new PrismaClient({ adapter: new PrismaPGlite(pglite) }));
  return {
    target,
    prisma,
    pglite,
    runner: {
      exec: async (sql) => {
        await pglite.exec(sql);
      },
      query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
      withLock: (fn) => fn(), // one process owns the directory (see embedded-lock.ts)
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}

export function openConnection(target: DbTarget): DbConnection {
  if (target.kind === "embedded") {
    const release = lockEmbeddedDir(target.dir);
    return pgliteConnection(new PGlite(target.dir), target, release);
  }
  if (target.kind === "memory") {
    return pgliteConnection(new PGlite({ loadDataDir: target.loadDataDir }), target, () => {});
  }
  const prisma = loadRelationsByQuery(
    new PrismaClient({
      // Read here, not through env(), so the migrate and seed scripts need no server configuration;
      // the server refuses a bad value at start-up (lib/env.ts) before it opens a connection.
      adapter: new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE || 10) }),
    }),
  );
  const runner: SqlRunner = {
    async exec(sql) {
      await withClient(target.url, (c) => c.query(sql));
    },
    async query<T>(sql: string, params?: unknown[]) {
      return withClient(target.url, async (c) => (await c.query(sql, params)).rows as T[]);
    },
    async withLock(fn) {
      // A session-level advisory lock: app instances starting together migrate one at a time.
      const c = await connect(target.url);
      try {
        await c.query("SELECT pg_advisory_lock(7412202611)");
        return await fn();
      } finally {
        await c.query("SELECT pg_advisory_unlock(7412202611)").catch(() => {});
        await c.end();
      }
    },
  };
  return { target, prisma, runner, close: () => prisma.$disconnect() };
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (e) {
    throw new DatabaseUnreachableError(
      `Cannot connect to DATABASE_URL (${describeUrl(url)}): ${(e as Error).message || (e as NodeJS.ErrnoException).code}`,
    );
  }
  return client;
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = await connect(url);
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
