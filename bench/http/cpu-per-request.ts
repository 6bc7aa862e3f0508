// CPU per request: `npm run bench:cpu [-- --size=1000 --requests=40 --only=role]`.
// One user, requests one after another, on a database bench:http kept (`--keep-db`): the CPU
// the server process and its PostgreSQL backends spent per request of each page. It moves
// far less with what else the machine is doing than latency does (seen: the role page 57 to
// 73 ms between load 10 and load 16, where its p95 under load moved 2-3x), so it shows what a
// change saves before the load test confirms it; compare runs taken at similar load. Under 20
// users the server's single thread queues requests, so p95 there is roughly 20 x this figure.
// "Statements" counts the transactions PostgreSQL committed for the database per request (each
// statement outside a transaction is one): the round trips a page makes, each of which costs
// both processes a socket write and a wake-up.
import path from "node:path";
import { cpuSplitMs } from "./cpu";
import { freePort } from "./net";
import { databaseUrl, ensurePostgres, withClient } from "./pg";
import { fixtures, insertApiToken } from "./seed";
import { ROOT, startServer } from "./server";
import { signIn } from "./session";

const flags = new Map(
  process.argv.slice(2).map((a) => {
    const m = a.match(/^--([a-z-]+)(?:=(.*))?$/);
    if (!m || !["size", "requests", "only", "pg-url", "profile", "tcp"].includes(m[1]!))
      throw new Error(`unknown argument ${a}`);
    return [m[1]!, m[2] ?? "true"] as const;
  }),
);
const size = Number(flags.get("size") ?? 1000);
const requests = Number(flags.get("requests") ?? 40);
const only = flags.has("only") ? new RegExp(flags.get("only")!, "i") : null;
const database = `aiops_bench_${size}`;
// The machine's server as bench:http reaches it (bench/http/pg.ts): its Unix socket unless --tcp.
const pgServer = await ensurePostgres({ url: flags.get("pg-url"), tcp: flags.has("tcp") });
if (!pgServer) throw new Error("no PostgreSQL server answers");
const url = databaseUrl(pgServer.adminUrl, database);
/** Committed + rolled-back transactions of the database so far (PostgreSQL 15 flushes a backend's counts within about a second of it going idle). */
async function transactions(): Promise<number> {
  await new Promise((r) => setTimeout(r, 1500));
  return withClient(url, async (c) => {
    const r = await c.query<{ n: string }>(
      "SELECT (xact_commit + xact_rollback)::text AS n FROM pg_stat_database WHERE datname = $1",
      [database],
    );
    return Number(r.rows[0]!.n);
  });
}
const profileDir = flags.has("profile") ? path.resolve(ROOT, flags.get("profile")!) : undefined;

await withClient(url, (c) => c.query("SELECT 1")).catch(() => {
  throw new Error(`no database ${database}: run \`npm run bench:http -- --sizes=${size} --keep-db\` first`);
});
const fx = await fixtures(url);
const token = await insertApiToken(url, fx.role.ownerEmail);
const server = await startServer({ port: await freePort(), databaseUrl: url, cpuProfileDir: profileDir });
try {
  const b = server.base;
  const [owner, recruiter, interviewer] = await Promise.all([
    signIn(b, fx.role.ownerEmail, "demo-password"),
    signIn(b, "recruiter@example.com", "demo-password"),
    signIn(b, "interviewer@example.com", "demo-password"),
  ]);
  const pages: [string, string, Record<string, string>][] = [
    ["static file", "/openapi.yaml", {}],
    ["sign-in page", "/signin", {}],
    // The app shell and its session check around one small form: the fixed cost of a signed-in page.
    ["signed-in small page", "/settings/tokens", { cookie: owner }],
    ["role page", `/roles/${fx.role.id}`, { cookie: owner }],
    ["comparison, page 1", `/roles/${fx.role.id}/compare`, { cookie: owner }],
    ["candidate page", `/candidates/${fx.applicationId}`, { cookie: owner }],
    ["calibration", "/calibration", { cookie: owner }],
    ["pipeline board", `/pipeline/roles/${fx.role.id}`, { cookie: recruiter }],
    ["recruiter home", "/pipeline", { cookie: recruiter }],
    ["my interviews", "/interviews", { cookie: interviewer }],
    ["API v1 role candidates", `/api/v1/roles/${fx.role.id}/candidates`, { authorization: `Bearer ${token}` }],
  ];
  console.log(`${size.toLocaleString("en-US")} candidates, ${requests} sequential requests per page, one user\n`);
  console.log(
    "| page | server CPU ms/request | PostgreSQL CPU ms/request | statements/request | wall ms/request | body kB (decoded) |",
  );
  console.log("|---|--:|--:|--:|--:|--:|");
  for (const [name, p, headers] of pages) {
    if (only && !only.test(name)) continue;
    const get = async () => {
      const res = await fetch(b + p, { headers: { ...headers, "accept-encoding": "gzip, br" } });
      const body = await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`GET ${p} answered ${res.status}`);
      return body.byteLength;
    };
    for (let i = 0; i < 5; i++) await get(); // JIT, caches, connections
    const x0 = await transactions();
    const c0 = cpuSplitMs(server.pid, database);
    const t0 = performance.now();
    let bytes = 0;
    for (let i = 0; i < requests; i++) bytes += await get();
    const wall = (performance.now() - t0) / requests;
    const c1 = cpuSplitMs(server.pid, database);
    // minus this script's own transaction count query (one per reading, opened after x0's)
    const statements = (await transactions()) - x0 - 1;
    const per = (x: number) => (x / requests).toFixed(1);
    console.log(
      `| ${name} | ${per(c1.server - c0.server)} | ${per(c1.postgres - c0.postgres)} | ${per(statements)} | ${wall.toFixed(0)} | ${(bytes / requests / 1024).toFixed(0)} |`,
    );
  }
} finally {
  await server.stop();
}
