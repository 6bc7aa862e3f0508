// `npm run bench:calibration -- <postgresql url> [--runs 9] [--explain] [--full]`: the calibration
// page's statements (lib/data/calibration.ts) timed as an admin and as the demo manager: each
// statement alone, and the whole report (both statements in parallel, through Prisma, as the
// page runs it). Medians of --runs runs after one warm-up; --explain prints
// EXPLAIN (ANALYZE, BUFFERS) of each statement (top lines; --full for whole plans).
import { performance } from "node:perf_hooks";
import pg from "pg";
import { setConnection } from "../lib/db";
import { openConnection } from "../lib/db/connection";
import { agreementSql, calibrationReport, interviewerPageSql } from "../lib/data/calibration";
import type { CurrentUser } from "../lib/auth/session";
import type { FeedbackVisibility } from "../lib/generated/prisma/enums";

const url = process.argv.find((a) => a.startsWith("postgres"));
if (!url) throw new Error("usage: npm run bench:calibration -- postgresql://user@host:5432/db [--runs 9] [--explain] [--full]");
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

async function main() {
  const conn = openConnection({ kind: "postgres", url: url! });
  setConnection(conn);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: settings } = await client.query<{ v: FeedbackVisibility }>(`SELECT "feedbackVisibility" AS v FROM "OrgSettings" WHERE id = 1`);
    const visibility = settings[0]?.v ?? "AFTER_SUBMIT";
    const { rows: users } = await client.query<CurrentUser>(
      `SELECT id, email, name, kind FROM "User" WHERE email IN ('admin@example.com', 'manager@example.com') ORDER BY kind`,
    );
    for (const user of users) {
      const statements = [
        ["interviewers", interviewerPageSql(user, visibility, {}).sql],
        ["agreement", agreementSql(user, visibility)],
      ] as const;
      if (explain) {
        for (const [label, sql] of statements) {
          const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values as unknown[]);
          const lines = plan.rows.map((r) => r["QUERY PLAN"]);
          console.log(`\n=== ${user.email} ${label}: ${lines.find((l) => l.startsWith("Execution Time"))}`);
          console.log((full ? lines : lines.slice(0, 40)).join("\n"));
        }
      }
      const samples: Record<string, number[]> = { interviewers: [], agreement: [], report: [] };
      for (let i = 0; i <= runs; i++) {
        const t = {
          interviewers: await time(() => client.query(statements[0][1].text, statements[0][1].values as unknown[])),
          agreement: await time(() => client.query(statements[1][1].text, statements[1][1].values as unknown[])),
          report: await time(() => calibrationReport(user)),
        };
        if (i === 0) continue; // warm-up
        for (const k of Object.keys(t) as (keyof typeof t)[]) samples[k]!.push(t[k]);
      }
      const report = await calibrationReport(user);
      console.log(
        `${user.email.padEnd(22)} interviewers ${median(samples.interviewers!).toFixed(0).padStart(5)} ms | agreement ${median(samples.agreement!).toFixed(0).padStart(5)} ms | report ${median(samples.report!).toFixed(0).padStart(5)} ms` +
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
