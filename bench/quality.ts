// `npm run bench:quality -- <postgresql url> [--runs 7]`: the hiring-quality and team-readiness
// reads as their pages run them (lib/quality/report.ts, validity-lists.ts, lib/readiness/queries.ts),
// timed as the demo manager and the admin on a database of realistic size (e.g. one kept by
// `npm run bench:http -- --sizes=10000 --keep-db`). Median of --runs runs after one warm-up,
// one user at a time: the database and Prisma time behind one page, not a page under load.
import { performance } from "node:perf_hooks";
import { setConnection } from "../lib/db";
import { openConnection } from "../lib/db/connection";
import type { CurrentUser } from "../lib/auth/session";
import { hiringQualityReport } from "../lib/quality/report";
import { interviewerQualityPage, questionQualityPage } from "../lib/quality/validity-lists";
import { exerciseList, myExercisePage } from "../lib/readiness/exercise-lists";
import { myReadiness, teamReadiness } from "../lib/readiness/queries";

const url = process.argv.find((a) => a.startsWith("postgres"));
if (!url) throw new Error("usage: npm run bench:quality -- postgresql://user@host:5432/db [--runs 7]");
const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  const conn = openConnection({ kind: "postgres", url: url! });
  setConnection(conn);
  const users = await conn.prisma.user.findMany({
    where: { email: { in: ["manager@example.com", "admin@example.com", "interviewer@example.com"] } },
    select: { id: true, email: true, name: true, kind: true },
  });
  const as = (email: string) => users.find((u) => u.email === email) as CurrentUser;
  const [ratings, candidates] = await Promise.all([conn.prisma.domainScore.count(), conn.prisma.candidate.count()]);
  console.log(
    `${candidates.toLocaleString("en")} candidates, ${ratings.toLocaleString("en")} domain scores; median of ${runs} runs (ms)`,
  );
  const reads: [string, CurrentUser, () => Promise<unknown>][] = [];
  for (const email of ["manager@example.com", "admin@example.com"]) {
    const u = as(email);
    reads.push(
      ["/quality (per domain)", u, () => hiringQualityReport(u)],
      ["/quality/interviewers, page 1", u, () => interviewerQualityPage(u, {})],
      ["/quality/questions, page 1", u, () => questionQualityPage(u, {})],
      ["/quality/questions?show=flagged", u, () => questionQualityPage(u, { show: "flagged" })],
      ["/readiness/team, page 1", u, () => Promise.all([teamReadiness(u, "UTC"), exerciseList(u)])],
    );
  }
  reads.push([
    "/readiness (own)",
    as("interviewer@example.com"),
    () => Promise.all([myReadiness(as("interviewer@example.com")), myExercisePage(as("interviewer@example.com"))]),
  ]);
  console.log("| read | as | median ms | min ms |\n|---|---|--:|--:|");
  for (const [name, user, fn] of reads) {
    await fn();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
    console.log(
      `| ${name} | ${user.email.split("@")[0]} | ${median(times).toFixed(0)} | ${Math.min(...times).toFixed(0)} |`,
    );
  }
  await conn.close();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
