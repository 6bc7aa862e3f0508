// PostgreSQL for the HTTP benchmark: the machine's server when it answers (over its Unix socket
// when it has one, as an app on the database's host would connect; `--tcp` for 127.0.0.1:5432),
// else a throwaway server (initdb + pg_ctl as user postgres) that is stopped at the end.
// Why the socket: on this VM a statement over TCP loopback cost the app about 1.7 ms of CPU more
// (the role page at 10,000 candidates, 12 statements: 85 ms of server CPU per request over TCP,
// 63 ms over the socket; bench:cpu, 2026-12-02), which a database on another host would not
// charge to the app's core either.
// PGlite is deliberately not a fallback: an in-process WebAssembly database would measure
// something else than the production set-up (a PostgreSQL server next to the app).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "./net";

export type Postgres = { adminUrl: string; describe: string; stop(): void };

const PG_BIN = "/usr/lib/postgresql/15/bin";

const SOCKET_DIR = "/var/run/postgresql";

function answers(host: string, port: number): boolean {
  return spawnSync("pg_isready", ["-h", host, "-p", String(port), "-q"], { stdio: "ignore" }).status === 0;
}

/** Null (with the reason printed) when neither the machine's server nor a throwaway one is available. */
export async function ensurePostgres(opts: {
  url?: string;
  throwaway?: boolean;
  tcp?: boolean;
}): Promise<Postgres | null> {
  if (opts.url)
    return { adminUrl: opts.url, describe: `PostgreSQL at ${new URL(opts.url).host} (--pg-url)`, stop() {} };
  if (!opts.throwaway && !opts.tcp && fs.existsSync(`${SOCKET_DIR}/.s.PGSQL.5432`) && answers(SOCKET_DIR, 5432)) {
    return {
      adminUrl: `postgresql://postgres@localhost/postgres?host=${SOCKET_DIR}`,
      describe: `PostgreSQL on its Unix socket (${SOCKET_DIR}, port 5432)`,
      stop() {},
    };
  }
  if (!opts.throwaway && answers("127.0.0.1", 5432)) {
    return {
      adminUrl: "postgresql://postgres@127.0.0.1:5432/postgres",
      describe: "PostgreSQL at 127.0.0.1:5432",
      stop() {},
    };
  }
  if (!fs.existsSync(path.join(PG_BIN, "pg_ctl"))) {
    console.log(
      `No PostgreSQL answers at 127.0.0.1:5432 and ${PG_BIN}/pg_ctl is missing: nothing to benchmark against.`,
    );
    return null;
  }
  if (process.getuid?.() !== 0) {
    console.log(
      "No PostgreSQL answers at 127.0.0.1:5432, and starting a throwaway server needs root (it runs as user postgres).",
    );
    return null;
  }
  // initdb refuses to run as root, hence `su postgres` and a directory that user owns.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aiops-bench-pg-"));
  const port = await freePort();
  const asPostgres = (cmd: string) =>
    execFileSync("su", ["postgres", "-c", cmd], { stdio: ["ignore", "ignore", "pipe"] });
  try {
    execFileSync("chown", ["postgres", dir]);
    asPostgres(`${PG_BIN}/initdb -D ${dir}/data -A trust -U postgres`);
    asPostgres(`${PG_BIN}/pg_ctl -D ${dir}/data -o '-p ${port} -k ${dir} -h 127.0.0.1' -l ${dir}/log -w start`);
  } catch (e) {
    console.log(`Could not start a throwaway PostgreSQL: ${(e as Error).message.split("\n")[0]}`);
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  }
  let stopped = false;
  return {
    adminUrl: `postgresql://postgres@localhost:${port}/postgres?host=${dir}`,
    describe: `throwaway PostgreSQL 15, Unix socket in ${dir}`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        asPostgres(`${PG_BIN}/pg_ctl -D ${dir}/data -m fast -w stop`);
      } catch {
        // already gone
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Drops and recreates `name`; returns its URL. */
export async function recreateDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
  await withClient(adminUrl, async (c) => {
    // FORCE: a server left over from an interrupted run may still hold connections.
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  return databaseUrl(adminUrl, name);
}

/** The URL of database `name` on the server of `adminUrl`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
