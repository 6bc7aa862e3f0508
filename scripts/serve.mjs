// Production server with one Node process per core: `npm run start:cluster` (WEB_CONCURRENCY workers).
// `next start` renders every request on one thread, so on a machine with N cores N-1 of them wait
// while 20 users queue behind it (README, Benchmarks). Workers share the port through node:cluster;
// everything they share lives in PostgreSQL already (sessions are JWTs, rate-limit counters and
// reminder claims are rows, migrations take a lock), so nothing else changes. The embedded database
// (PGlite) is one process's file: without DATABASE_URL this runs one worker.
import cluster from "node:cluster";
import { createServer } from "node:http";
import os from "node:os";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";

function workerCount() {
  const asked = process.env.WEB_CONCURRENCY;
  const n = asked ? Number(asked) : os.availableParallelism();
  if (!Number.isInteger(n) || n < 1) throw new Error(`WEB_CONCURRENCY must be a whole number ≥ 1 (got "${asked}")`);
  if (n > 1 && !process.env.DATABASE_URL) {
    console.warn("No DATABASE_URL: the embedded database allows one process, so one worker runs.");
    return 1;
  }
  return n;
}

if (cluster.isPrimary) {
  const n = workerCount();
  let stopping = false;
  // Each worker migrates and seeds at start-up (lib/db/startup.ts) under one advisory lock: the
  // first does the work, the others find it done.
  const fork = () => cluster.fork();
  for (let i = 0; i < n; i++) fork();
  // A worker that dies is replaced; once stopping, the primary leaves with the last one.
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`Worker ${worker.process.pid} ended (${signal ?? code}); starting another.`);
    fork();
  });
  for (const sig of ["SIGTERM", "SIGINT"]) {
    process.on(sig, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
  console.log(`Serving on http://${hostname}:${port} with ${n} worker${n === 1 ? "" : "s"}`);
} else {
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  createServer((req, res) => handle(req, res)).listen(port, hostname);
}
