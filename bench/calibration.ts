// `npm run bench:calibration -- <postgresql url> [--runs 9] [--explain] [--full]`: the calibration
// page's statement (lib/data/calibration.ts) timed as an admin and as the demo manager: the
// statement alone (pg, with the report's planner settings), the server process's CPU time for
// it (read from /proc when the server runs on this machine: steadier than wall time on a busy
// one), and the whole report through Prisma as the page runs it. Medians of --runs runs after
// one warm-up; --explain prints EXPLAIN (ANALYZE, BUFFERS) of the statement (top lines; --full
// for whole plans).
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { setConnection } from "../lib/db";
import { openConnection } from "../lib/db/connection";
import { calibrationReport, calibrationSql } from "../lib/data/calibration";
import type { CurrentUser } from "../lib/auth/session";
import type { FeedbackVisibility } from "../lib/generated/prisma/enums";

const url = process.argv.find((a) => a.startsWith("postgres"));
if (!url)
  throw new Error("usage: npm run bench:calibration -- postgresql://user@host:5432/db [--runs 9] [--explain] [--full]");
const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 9;
const explain = process.argv.includes("--explain");
const full = process.argv.includes("--full");

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** CPU time (user + system, ms) the server process `pid` has used, when /proc shows it (same machine); else NaN. */
function backendCpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return NaN;
  }
}

async function main() {
  const conn = openConnection({ kind: "postgres", url: url! });
  setConnection(conn);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows: backend } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const pid = backend[0]!.pid;
  try {
    const { rows: settings } = await client.query<{ v: FeedbackVisibility }>(
      `SELECT "feedbackVisibility" AS v FROM "OrgSettings" WHERE id = 1`,
    );
    const visibility = settings[0]?.v ?? "AFTER_SUBMIT";
    const { rows: users } = await client.query<CurrentUser>(
      `SELECT id, email, name, kind FROM "User" WHERE email IN ('admin@example.com', 'manager@example.com') ORDER BY kind`,
    );
    for (const user of users) {
      const statements = [["statement", calibrationSql(user, visibility, {}).sql]] as const;
      if (explain) {
        for (const [label, sql] of statements) {
          const plan = await client.query<{ "QUERY PLAN": string }>(
            `EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`,
            sql.values as unknown[],
          );
          const lines = plan.rows.map((r) => r["QUERY PLAN"]);
          console.log(`\n=== ${user.email} ${label}: ${lines.find((l) => l.startsWith("Execution Time"))}`);
          console.log((full ? lines : lines.slice(0, 40)).join("\n"));
        }
      }
      const samples: Record<string, number[]> = { statement: [], cpu: [], report: [] };
      for (let i = 0; i <= runs; i++) {
        const cpu0 = backendCpuMs(pid);
        const statement = await time(() => client.query(statements[0][1].text, statements[0][1].values as unknown[]));
        const t = {
          statement,
          cpu: backendCpuMs(pid) - cpu0,
          report: await time(() => calibrationReport(user)),
        };
        if (i === 0) continue; // warm-up
        for (const k of Object.keys(t) as (keyof typeof t)[]) samples[k]!.push(t[k]);
      }
      const report = await calibrationReport(user);
      console.log(
        `${user.email.padEnd(22)} statement ${median(samples.statement!).toFixed(1).padStart(6)} ms (server CPU ${median(samples.cpu!).toFixed(0).padStart(4)} ms) | report ${median(samples.report!).toFixed(1).padStart(6)} ms` +
          `  (${report.page.total} interviewers, ${report.agreement.length} roles; medians of ${runs})`,
      );
    }
  } finally {
    await client.end();
    await conn.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
