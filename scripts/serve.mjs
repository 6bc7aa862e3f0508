// The production server (`npm start`): Next's request handler behind our own compression, in one
// process or one per core (`npm run start:cluster`, WEB_CONCURRENCY workers).
// Compression: the build's static files are compressed once at brotli's best quality and kept in
// memory (./server/precompressed-static.mjs); pages and API answers are compressed as they stream,
// brotli (quality 4) where the client takes it, else gzip, by the `compression` middleware. `next
// start` gzips everything on every request, scripts included (README, "Browser performance").
// Workers: `next start` renders every request on one thread, so on a machine with N cores N-1 of
// them wait while 20 users queue behind it (README, Benchmarks). On the 2-core machine the second
// worker competes with PostgreSQL: every page slower on a busy day, 2-22% faster on a quiet one at
// twice the memory, so one is the default. Workers share the port through node:cluster; everything
// they share lives in PostgreSQL already (sessions are JWTs, rate-limit counters and reminder claims
// are rows, migrations take a lock), so nothing else changes. The embedded database (PGlite) is one
// process's file: without DATABASE_URL, one worker.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { isIP } from "node:net";
import os from "node:os";
import path from "node:path";

/** A bad setting stops the server with one line naming it, as lib/env.ts does for the rest. */
function refuse(message) {
  console.error(`\n✖ Invalid configuration: ${message}\n`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  refuse(`PORT must be a port number from 1 to 65535 (got "${process.env.PORT}")`);
}
// Not HOSTNAME: Docker sets it to the container's name, and the server would then not answer on localhost.
const hostname = process.env.LISTEN_HOST || "0.0.0.0";
// An address or a host name: "http://host" or "host:3000" would otherwise fail in listen() with a
// stack trace after Next has loaded.
const hostLabel = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
if (isIP(hostname) === 0 && !hostname.split(".").every((label) => hostLabel.test(label))) {
  refuse(`LISTEN_HOST must be an IP address or a host name, such as 0.0.0.0, :: or localhost (got "${hostname}")`);
}

function workerCount() {
  const asked = process.env.WEB_CONCURRENCY;
  const n = !asked ? 1 : asked === "auto" ? os.availableParallelism() : Number(asked);
  if (!Number.isInteger(n) || n < 1) {
    refuse(`WEB_CONCURRENCY must be a whole number ≥ 1 or "auto" (got "${asked}")`);
  }
  if (n > 1 && !process.env.DATABASE_URL) {
    console.warn("No DATABASE_URL: the embedded database allows one process, so one worker runs.");
    return 1;
  }
  return n;
}

const workers = cluster.isPrimary ? workerCount() : 1;
if (cluster.isPrimary && workers > 1) {
  const n = workers;
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
  await serve();
}

/** One server: this process when it is the only one, else each worker. */
async function serve() {
  // Before Next reads next.config.mjs: it then leaves compression to us.
  process.env.APP_SERVER_COMPRESSES = "1";
  const [{ default: next }, { default: compression }, { securityHeaders }, { createPrecompressedStatic }] =
    await Promise.all([
      import("next"),
      import("compression"),
      import("../next.config.mjs"),
      import("./server/precompressed-static.mjs"),
    ]);
  const app = next({ dev: false, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const serveStatic = createPrecompressedStatic({
    staticDir: path.join(process.cwd(), ".next", "static"),
    // Of the security headers only nosniff acts on a script or stylesheet: framing, referrer and
    // permissions policies apply to documents. On every script request the others were 135 of
    // 475 bytes of headers (1.2 KB on the sign-in page; README, "Browser performance").
    headers: securityHeaders.filter(({ key }) => key === "X-Content-Type-Options"),
  });
  const compress = compression();
  const server = createServer(async (req, res) => {
    try {
      if (await serveStatic(req, res)) return;
    } catch (error) {
      console.error("Static file failed; Next serves it instead:", error);
      if (res.headersSent) return void res.destroy();
    }
    compress(req, res, () => void handle(req, res));
    // A client that leaves mid-response would leave the middleware's zlib stream open (Next's own
    // server closes it the same way: next/dist/server/lib/release-compression-stream.js).
    res.once("close", () => {
      if (!res.writableFinished) releaseCompressionStream(res);
    });
  });
  // A port taken or an address this machine does not have: one line, not an unhandled 'error'.
  server.once("error", (error) => {
    const why =
      error.code === "EADDRINUSE"
        ? "the port is in use (another server? set PORT)"
        : error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND"
          ? "this machine has no such address (set LISTEN_HOST)"
          : error.message;
    console.error(`\n✖ Cannot listen on ${hostname}:${port}: ${why}\n`);
    process.exit(1);
  });
  server.listen(port, hostname, () => {
    if (cluster.isPrimary) console.log(`Serving on http://${hostname}:${port}`);
  });
  // Keep idle connections longer than the clients and load balancers that reuse them (an AWS ALB
  // keeps 60 s): with Node's 5 s, a client sending on a connection the server had just closed got
  // ECONNRESET (Playwright's request client did, reliably, 15 s after its last request).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // Stop taking connections, let the requests under way finish (10 s at most), then leave through
  // process.exit, as `next start` does: a signal's default action would cut responses off (and
  // skip exit hooks such as --cpu-prof's profile). A cluster worker gets the signal from the primary.
  for (const sig of ["SIGTERM", "SIGINT"]) {
    process.once(sig, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
}

/** The middleware answers `res.on("drain")` with its zlib stream: destroy that stream. */
function releaseCompressionStream(res) {
  const noop = () => {};
  const stream = res.on("drain", noop);
  res.off("drain", noop);
  if (stream !== res && typeof stream?.destroy === "function") stream.destroy();
}
