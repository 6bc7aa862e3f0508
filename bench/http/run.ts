// HTTP load benchmark: `npm run bench:http [-- --sizes=1000,10000,25000 --users=20 --seconds=10]`.
// What a user waits for: pages of the production build, 20 signed-in users at once, on
// PostgreSQL, at realistic organisation sizes. Per size: a fresh database, the app's own
// migrations and demo seed, synthetic history in SQL, then each page under load.
// Figures are reported, never asserted: the exit code is non-zero only when something broke.
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { otherCpu } from "./cpu";
import { drain, drive, idleLatency, relNext, summarise, type Target, type TargetStats } from "./load";
import { freePort } from "./net";
import { databaseUrl, dropDatabase, ensurePostgres, recreateDatabase, withClient } from "./pg";
import { growthTable, sizeTable, writeResults, type SizeResult } from "./report";
import { fixtures, insertApiToken, isSeeded, seedCounts, seedSynthetic } from "./seed";
import { ROOT, ensureBuild, rssSampler, startServer, type Server } from "./server";
import { checkSignedIn, signIn } from "./session";

const DEMO_PASSWORD = "demo-password"; // prisma/seed/demo-accounts.ts
const RECRUITER = "recruiter@example.com";
const INTERVIEWER = "interviewer@example.com";

function parseArgs(argv: string[]) {
  const flags = new Map<string, string>();
  for (const a of argv) {
    const m = a.match(/^--([a-z-]+)(?:=(.*))?$/);
    if (!m) throw new Error(`unknown argument ${a}`);
    flags.set(m[1]!, m[2] ?? "true");
  }
  const num = (k: string, d: number) => {
    const v = Number(flags.get(k) ?? d);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`--${k} must be a positive number`);
    return v;
  };
  const known = [
    "sizes",
    "users",
    "seconds",
    "warmup",
    "timeout",
    "build",
    "pg-url",
    "throwaway-pg",
    "tcp",
    "keep-db",
    "reuse-db",
    "only",
    "out",
    "profile",
    "workers",
    "next-start",
  ];
  for (const k of flags.keys())
    if (!known.includes(k)) throw new Error(`unknown flag --${k} (known: ${known.map((x) => `--${x}`).join(" ")})`);
  return {
    sizes: (flags.get("sizes") ?? "1000,10000,25000")
      .split(",")
      .map((s) => Number(s.replace(/_/g, "")))
      .filter((s) => s > 0),
    users: num("users", 20),
    seconds: num("seconds", 10),
    warmup: num("warmup", 2),
    timeoutSeconds: num("timeout", 120),
    build: flags.has("build"),
    pgUrl: flags.get("pg-url"),
    throwawayPg: flags.has("throwaway-pg"),
    tcp: flags.has("tcp"),
    keepDb: flags.has("keep-db") || flags.has("reuse-db"),
    reuseDb: flags.has("reuse-db"),
    only: flags.has("only") ? new RegExp(flags.get("only")!, "i") : undefined,
    out: path.resolve(ROOT, flags.get("out") ?? "bench/results"),
    profileDir: flags.has("profile")
      ? path.resolve(ROOT, flags.get("profile") === "true" ? "bench/results/profiles" : flags.get("profile")!)
      : undefined,
    // node:cluster workers of scripts/serve.mjs (npm start); absent: one process.
    workers: flags.has("workers") ? num("workers", 1) : undefined,
    // Plain `next start` instead of npm start's server (Next's gzip on every response).
    nextStart: flags.has("next-start"),
  };
}
type Args = ReturnType<typeof parseArgs>;

const elapsed = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

/** The app seeds in its start-up hook; wait until it has written OrgSettings.seededAt. */
async function waitSeeded(url: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const seeded = await withClient(url, (c) => c.query(`SELECT 1 FROM "OrgSettings" WHERE "seededAt" IS NOT NULL`))
      .then((r) => r.rowCount! > 0)
      .catch(() => false); // table not there yet
    if (seeded) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the app did not seed the demo organisation at start-up");
}

/** Page 1 of the comparison, then rel="next" twice: page 3 once the comparison is paged. */
async function laterComparePage(
  firstUrl: string,
  cookie: string,
  timeoutMs: number,
): Promise<{ url: string | null; label: string }> {
  let url = firstUrl;
  let page = 1;
  while (page < 3) {
    const res = await fetch(url, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    const html = await res.text();
    if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status} while looking for rel="next"`);
    const next = relNext(html, url);
    if (!next) break;
    url = next;
    page++;
  }
  if (page === 1) return { url: null, label: "n/a (not paged)" };
  return { url, label: page === 3 ? "paged (page 3 measured)" : "paged, only 2 pages (page 2 measured)" };
}

/** The comparison sorted by its first domain column (the header's own link), as a manager clicks it. */
async function domainSortedCompareUrl(firstUrl: string, cookie: string, timeoutMs: number): Promise<string | null> {
  const res = await fetch(firstUrl, {
    headers: { cookie },
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  const html = await res.text();
  const link = /href="(\?[^"]*sort=domain\.[^"]+)"/.exec(html)?.[1];
  return link ? new URL(link.replaceAll("&amp;", "&"), firstUrl).toString() : null;
}

async function runSize(size: number, args: Args, pgAdminUrl: string, pgDescribe: string): Promise<SizeResult> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  console.log(`\n=== ${size.toLocaleString("en-US")} candidates`);
  const name = `aiops_bench_${size}`;
  const kept = databaseUrl(pgAdminUrl, name);
  const reuse = args.reuseDb && (await isSeeded(kept, size));
  const url = reuse ? kept : await recreateDatabase(pgAdminUrl, name);

  // 1. The app migrates and seeds the empty database itself, exactly as in production.
  //    Then it is stopped, so the synthetic rows go in without a server caching anything.
  if (!reuse) {
    const first = await startServer({ port: await freePort(), databaseUrl: url });
    try {
      await waitSeeded(url);
    } finally {
      await first.stop();
    }
    console.log(`migrated and demo-seeded by the app (${elapsed(t0)})`);
  } else console.log(`reusing the kept database ${name} (--reuse-db)`);

  // 2. Synthetic history, a token for the API, the ids the targets need.
  const seed = reuse
    ? { seconds: 0, analyzeSeconds: 0, counts: await seedCounts(url) }
    : await seedSynthetic(url, size);
  console.log(
    `synthetic data in ${seed.seconds.toFixed(1)} s, VACUUM ANALYZE ${seed.analyzeSeconds.toFixed(1)} s: ${Object.entries(
      seed.counts,
    )
      .map(([k, v]) => `${v.toLocaleString("en-US")} ${k}`)
      .join(", ")}`,
  );
  const fx = await fixtures(url);
  const token = await insertApiToken(url, fx.role.ownerEmail);

  // 3. The server under test.
  const logFile = path.join(os.tmpdir(), `aiops-bench-http-server-${size}.log`);
  const server = await startServer({
    port: await freePort(),
    databaseUrl: url,
    logFile,
    cpuProfileDir: args.profileDir,
    workers: args.workers,
    nextStart: args.nextStart,
  });
  const rss = rssSampler(server.pid);
  const cpu = otherCpu(server.pid, `aiops_bench_${size}`);
  const afterStart = rss.overallPeakMb();
  try {
    const timeoutMs = args.timeoutSeconds * 1000;
    const [owner, recruiter, interviewer] = await Promise.all([
      signIn(server.base, fx.role.ownerEmail, DEMO_PASSWORD),
      signIn(server.base, RECRUITER, DEMO_PASSWORD),
      signIn(server.base, INTERVIEWER, DEMO_PASSWORD),
    ]);
    await checkSignedIn(server.base, `/roles/${fx.role.id}`, owner, fx.role.ownerEmail);
    await checkSignedIn(server.base, "/pipeline", recruiter, RECRUITER);
    await checkSignedIn(server.base, "/interviews", interviewer, INTERVIEWER);
    console.log(
      `signed in ${fx.role.ownerEmail}, ${RECRUITER}, ${INTERVIEWER}; role "${fx.role.title}" (${fx.role.applications} applications)`,
    );

    const b = server.base;
    const compareUrl = `${b}/roles/${fx.role.id}/compare`;
    const later = await laterComparePage(compareUrl, owner, timeoutMs);
    const ownerShort = fx.role.ownerEmail.split("@")[0]!;
    const targets: Target[] = [
      { name: "static file /openapi.yaml", as: "anonymous", url: `${b}/openapi.yaml` },
      { name: "role page", as: ownerShort, url: `${b}/roles/${fx.role.id}`, headers: { cookie: owner } },
      { name: "comparison, page 1", as: ownerShort, url: compareUrl, headers: { cookie: owner } },
      { name: "comparison, later page", as: ownerShort, url: later.url, headers: { cookie: owner }, note: later.label },
      {
        name: "comparison, by a domain",
        as: ownerShort,
        url: await domainSortedCompareUrl(compareUrl, owner, timeoutMs),
        headers: { cookie: owner },
        note: "page 1, strongest in the first domain first",
      },
      {
        name: "candidate page",
        as: ownerShort,
        url: `${b}/candidates/${fx.applicationId}`,
        headers: { cookie: owner },
      },
      { name: "calibration", as: ownerShort, url: `${b}/calibration`, headers: { cookie: owner } },
      {
        name: "pipeline board",
        as: "recruiter",
        url: `${b}/pipeline/roles/${fx.role.id}`,
        headers: { cookie: recruiter },
      },
      { name: "recruiter home /pipeline", as: "recruiter", url: `${b}/pipeline`, headers: { cookie: recruiter } },
      { name: "my interviews", as: "interviewer", url: `${b}/interviews`, headers: { cookie: interviewer } },
      {
        name: "scores CSV",
        as: ownerShort,
        url: `${b}/api/roles/${fx.role.id}/scores.csv`,
        headers: { cookie: owner },
      },
      {
        name: "API v1 role candidates",
        as: `${ownerShort} (token)`,
        url: `${b}/api/v1/roles/${fx.role.id}/candidates`,
        headers: { authorization: `Bearer ${token}` },
      },
    ];

    // How fast the idle server answers a static file: the yardstick for "idle again" between targets.
    const idleMs = await idleLatency(targets[0]!.url!);
    const stats: TargetStats[] = [];
    // --only: the static file (the yardstick) and the targets whose name matches.
    for (const t of targets.filter((t, i) => i === 0 || !args.only || args.only.test(t.name))) {
      if (!t.url) {
        stats.push({ ...summarise(t, { samples: [], wallSeconds: 1 }, NaN), path: null });
        console.log(`  ${t.name}: ${t.note}`);
        continue;
      }
      const tt = performance.now();
      const waited = await drain(targets[0]!.url!, Math.max(20, 4 * idleMs), args.timeoutSeconds + 60);
      if (waited > 1) console.log(`  (waited ${waited.toFixed(1)} s for the server to finish earlier requests)`);
      rss.reset();
      cpu.start();
      // Warm-up by one user: JIT, caches and the first connections, without paying a full
      // round of 20 slow requests (which at large sizes would double the run time).
      await drive(t, { users: 1, seconds: args.warmup, timeoutMs });
      ensureAlive(server);
      const run = await drive(t, { users: args.users, seconds: args.seconds, timeoutMs });
      ensureAlive(server);
      const s = { ...summarise(t, run, rss.peakMb()), otherCpuPct: cpu.stop() };
      stats.push(s);
      console.log(
        `  ${t.name}: ${s.requests} requests, ${s.errors} errors, p50 ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms (${elapsed(tt)})${s.otherCpuPct >= 10 ? `; other processes used ${s.otherCpuPct}% of a core meanwhile` : ""}`,
      );
    }
    const staticP95 = stats[0]!.p95;
    for (const s of stats) if (s.path !== null) s.p95VsStatic = s.p95 / staticP95;

    return {
      size,
      startedAt,
      commit: commitDescription(),
      postgres: pgDescribe,
      users: args.users,
      seconds: args.seconds,
      warmupSeconds: args.warmup,
      timeoutSeconds: args.timeoutSeconds,
      seed,
      fixtures: {
        roleId: fx.role.id,
        roleTitle: fx.role.title,
        roleApplications: fx.role.applications,
        roleOwner: fx.role.ownerEmail,
        applicationId: fx.applicationId,
        comparePages: later.label,
      },
      serverRssMb: { afterStart, peak: rss.overallPeakMb() },
      targets: stats,
    };
  } finally {
    rss.stop();
    await server.stop();
    console.log(`size ${size} done in ${elapsed(t0)}; server output in ${logFile}`);
  }
}

function ensureAlive(server: Server) {
  if (!server.alive()) throw new Error(`the server died under load:\n${server.log().slice(-3000)}`);
}

function commitDescription(): string {
  try {
    const sha = execSync("git rev-parse --short HEAD", { cwd: ROOT }).toString().trim();
    // Uncommitted changes outside bench/ mean the figures are not for that commit alone.
    const dirty = execSync("git status --porcelain -- . ':!bench'", { cwd: ROOT }).toString().trim();
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return "unknown";
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  ensureBuild(args.build);
  const pg = await ensurePostgres({ url: args.pgUrl, throwaway: args.throwawayPg, tcp: args.tcp });
  if (!pg) {
    console.log("Skipped: the HTTP benchmark needs a PostgreSQL server (PGlite would not be a fair target).");
    return;
  }
  process.on("exit", () => pg.stop());
  console.log(
    `${pg.describe}; ${args.users} users, ${args.seconds} s per target (+${args.warmup} s warm-up), sizes ${args.sizes.join(", ")}`,
  );
  const results: SizeResult[] = [];
  try {
    for (const size of args.sizes) {
      results.push(await runSize(size, args, pg.adminUrl, pg.describe));
      // Kept only when asked (or when the size failed, for a look at what went wrong).
      if (!args.keepDb) await dropDatabase(pg.adminUrl, `aiops_bench_${size}`);
    }
  } finally {
    pg.stop();
  }
  for (const r of results) console.log(`\n${sizeTable(r)}`);
  const growth = growthTable(results);
  if (growth) console.log(`\n${growth}`);
  const cpu = os.cpus();
  const preamble = `\`npm run bench:http -- ${process.argv.slice(2).join(" ")}\` on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}. Latency is from sending the request to the last byte of the body, failed requests included; RSS is the next-server process tree, sampled every 500 ms. "Other CPU" is what processes other than the server, its database backends and the load generator used meanwhile (% of one core): figures with a high value were taken on a busy machine.`;
  const file = writeResults(args.out, results, preamble);
  console.log(
    `\nWrote ${path.relative(ROOT, file)} and ${results.map((r) => `http-${r.size}.json`).join(", ")} (total ${elapsed(t0)})`,
  );
  if (!fs.existsSync(file)) throw new Error("results not written");
}

process.on("SIGINT", () => process.exit(130)); // runs the exit hooks: servers and a throwaway PostgreSQL stop
process.on("SIGTERM", () => process.exit(143));
main().catch((e) => {
  console.error(`\n✖ ${(e as Error).stack ?? e}`);
  process.exit(1);
});
