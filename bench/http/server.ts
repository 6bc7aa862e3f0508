// The app under test: a production build served as `npm start` serves it (scripts/serve.mjs; `next
// start` for a checkout that predates it, or with `nextStart`), and the memory it uses.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(new URL("../..", import.meta.url).pathname);

/** `npm run build` when there is no production build yet, or when asked to. */
export function ensureBuild(force: boolean): void {
  if (!force && fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.log("Using the existing production build (.next/BUILD_ID); pass --build to rebuild.");
    return;
  }
  console.log("Building (npm run build)...");
  const r = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status})`);
}

export type Server = {
  pid: number;
  base: string;
  /** What serves, for reports: npm start's server or plain `next start`. */
  program: string;
  log: () => string;
  alive: () => boolean;
  stop(): Promise<void>;
};

// Every server started and not yet stopped, so a crash or Ctrl-C still stops them.
const running = new Set<ChildProcess>();
function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal); // the whole process group: npx/next and anything they spawned
  } catch {
    // already gone
  }
}
process.on("exit", () => running.forEach((c) => killGroup(c, "SIGKILL")));

/** `databaseUrl` null: the embedded database (set `EMBEDDED_DB_DIR` and `EMBEDDED_DB_IN_PRODUCTION` in `env`). */
export async function startServer(opts: {
  port: number;
  databaseUrl: string | null;
  env?: Record<string, string>;
  /** Another checkout's production build (its own node_modules), e.g. the code before a change. */
  cwd?: string;
  logFile?: string;
  startTimeoutMs?: number;
  /** Write a V8 CPU profile of the server into this folder when it stops (`--profile`). */
  cpuProfileDir?: string;
  /** This many node:cluster workers of scripts/serve.mjs (`--workers`); default one process. */
  workers?: number;
  /** Serve with plain `next start` (Next's own gzip, no precompressed static files; `--next-start`). */
  nextStart?: boolean;
}): Promise<Server> {
  const base = `http://127.0.0.1:${opts.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
    NEXTAUTH_SECRET: `bench-secret-${randomBytes(24).toString("hex")}`,
    NEXTAUTH_URL: base,
    SEED_DEMO: "true",
    NODE_ENV: "production",
    REMINDER_INTERVAL_MINUTES: "0", // no background reminder runs competing with the load
    // The load test downloads a role's CSV hundreds of times a minute as one user: measured, not throttled.
    ROLE_EXPORTS_PER_10_MINUTES: "1000000",
    ...opts.env,
  };
  if (!opts.databaseUrl) delete env.DATABASE_URL;
  const cwd = opts.cwd ?? ROOT;
  Object.assign(env, { WEB_CONCURRENCY: String(opts.workers ?? 1), PORT: String(opts.port), LISTEN_HOST: "127.0.0.1" });
  const [command, args, program] = serverCommand(cwd, opts.port, opts);
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true, // own process group, so stop() reaches every child
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  const log = opts.logFile ? fs.createWriteStream(opts.logFile) : null;
  const keep = (b: Buffer) => {
    output = (output + b.toString()).slice(-20_000);
    log?.write(b);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited: number | null | undefined;
  const exitedP = new Promise<void>((resolve) =>
    child.on("exit", (code) => {
      exited = code;
      running.delete(child);
      log?.end();
      resolve();
    }),
  );
  const server: Server = {
    pid: child.pid!,
    base,
    program,
    log: () => output,
    alive: () => exited === undefined,
    async stop() {
      if (exited !== undefined) return;
      killGroup(child, "SIGTERM");
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
      await exitedP;
      clearTimeout(timer);
    },
  };
  // Ready = answers HTTP. Start-up (migrations, seeding) runs in instrumentation before that.
  const deadline = Date.now() + (opts.startTimeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`The server exited (${exited}) during start-up:\n${output.slice(-3000)}`);
    try {
      const res = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error(
    `The server did not answer within ${(opts.startTimeoutMs ?? 180_000) / 1000} s:\n${output.slice(-3000)}`,
  );
}

/** The program that serves (scripts/serve.mjs, else `next start`), under `--cpu-prof` when profiling. */
function serverCommand(
  cwd: string,
  port: number,
  opts: { nextStart?: boolean; cpuProfileDir?: string },
): [string, string[], string] {
  const serve = path.join(cwd, "scripts", "serve.mjs");
  if (!opts.nextStart && fs.existsSync(serve)) {
    const profile = opts.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${opts.cpuProfileDir}`] : [];
    return [
      process.execPath,
      [...profile, serve],
      "`npm start` (scripts/serve.mjs: brotli, static files precompressed)",
    ];
  }
  const program = "`next start` (gzip)";
  const startArgs = ["start", "-p", String(port), "-H", "127.0.0.1"];
  // The bin directly rather than `npx next`: same server, one process fewer to account for.
  if (!opts.cpuProfileDir) return [path.join(cwd, "node_modules", ".bin", "next"), startArgs, program];
  // Profiling needs node's own flag (NODE_OPTIONS refuses --cpu-prof), so node runs next's script.
  const next = path.join(cwd, "node_modules", "next", "dist", "bin", "next");
  return [process.execPath, ["--cpu-prof", `--cpu-prof-dir=${opts.cpuProfileDir}`, next, ...startArgs], program];
}

/** Resident memory (kB) of a process and all its descendants, from /proc. */
function treeRssKb(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(entry));
    } catch {
      // process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const m = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
      if (m) total += Number(m[1]);
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Samples the server's resident memory every 500 ms. `peakMb()` is the peak since the last
 * `reset()` (one target), `overallPeakMb()` since the sampler started.
 */
export function rssSampler(pid: number) {
  let peak = 0;
  let overall = 0;
  const sample = () => {
    const kb = treeRssKb(pid);
    peak = Math.max(peak, kb);
    overall = Math.max(overall, kb);
  };
  sample();
  const timer = setInterval(sample, 500);
  return {
    reset() {
      sample();
      peak = treeRssKb(pid);
    },
    peakMb: () => (sample(), Math.round(peak / 1024)),
    overallPeakMb: () => (sample(), Math.round(overall / 1024)),
    stop: () => clearInterval(timer),
  };
}
