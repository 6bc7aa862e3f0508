// The one database handle of the process. Opened lazily on first use, so `next build`
// never touches the database; kept on globalThis so dev hot reloads reuse it.
import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { env } from "../env";
import { openConnection, type DbConnection, type DbTarget } from "./connection";

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { __aiopsDb?: DbConnection };

export function dbTarget(): DbTarget {
  const e = env();
  return e.DATABASE_URL ? { kind: "postgres", url: e.DATABASE_URL } : { kind: "embedded", dir: e.EMBEDDED_DB_DIR };
}

export function connection(): DbConnection {
  globalForDb.__aiopsDb ??= openConnection(dbTarget());
  return globalForDb.__aiopsDb;
}

/** Tests install their own per-file database here. */
export function setConnection(conn: DbConnection | undefined) {
  globalForDb.__aiopsDb = conn;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = connection().prisma as unknown as Record<string | symbol, unknown>;
    const value = client[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
