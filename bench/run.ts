// Benchmarks: `npm run bench`. Runs against an in-memory embedded database (PGlite) seeded
// with the demo organisation, plus synthetic load. Prints one table of timings and memory.
import { performance } from "node:perf_hooks";
import { setConnection } from "../lib/db";
import { openConnection } from "../lib/db/connection";
import { migrate } from "../lib/db/migrate";
import { candidateSummary, krippendorffAlphaOrdinal, type ScoreRow } from "../lib/scoring";
import { seedDatabase } from "../prisma/seed/seed";
import { commitImport } from "../lib/candidates/import";
import { comparisonRole, roleComparisonPage } from "../lib/data/role-comparison";
import { calibrationReport } from "../lib/data/calibration";

type Row = { measure: string; value: string };
const rows: Row[] = [];
async function time<T>(measure: string, fn: () => Promise<T> | T, repeat = 1): Promise<T> {
  let result!: T;
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) result = await fn();
  const ms = (performance.now() - t0) / repeat;
  rows.push({ measure, value: `${ms.toFixed(1)} ms${repeat > 1 ? ` (mean of ${repeat})` : ""}` });
  return result;
}

async function main() {
  const conn = openConnection({ kind: "memory" });
  setConnection(conn);
  await time("migrate empty database", () => migrate(conn.runner));
  await time("seed matrix, catalogue and demo organisation", () => seedDatabase(conn.prisma, { demo: true }));

  const manager = await conn.prisma.user.findUniqueOrThrow({ where: { email: "manager@example.com" } });
  const recruiter = await conn.prisma.user.findUniqueOrThrow({ where: { email: "recruiter@example.com" } });
  const role = await conn.prisma.role.findFirstOrThrow({ where: { ownerId: manager.id } });
  // One page of the comparison, as the page asks for it (the HTTP benchmark, bench:http, times the page itself).
  const comparison = async () =>
    roleComparisonPage(manager, (await comparisonRole(manager, role.id))!, { view: "scored", sort: "fit" });
  await time("role comparison, first page (demo role)", comparison, 20);
  await time("calibration report (all submitted scores)", () => calibrationReport(manager), 10);

  const csv = [
    "name,email,role,source",
    ...Array.from({ length: 5000 }, (_, i) => `Bench Candidate ${i},bench${i}@example.org,${role.title},Agency`),
  ].join("\n");
  await time("CSV import, 5,000 rows (preview + commit)", () => commitImport(recruiter, csv));
  await time("role comparison, first page, 5,000+ unscored candidates", comparison, 3);

  // Pure scoring over a large synthetic role: 2,000 candidates x 4 domains x 3 interviewers.
  const domains = ["a", "b", "c", "d"];
  const synthetic: ScoreRow[] = [];
  for (let c = 0; c < 2000; c++)
    for (const d of domains)
      for (let i = 0; i < 3; i++)
        synthetic.push({
          applicationId: `app${c}`,
          domainId: d,
          interviewerId: `iv${i}`,
          rating: (c + i + d.charCodeAt(0)) % 4,
          recommendation: "YES",
          scorecardId: `sc${c}-${i}`,
        });
  await time(
    "candidateSummary, 24,000 score rows in one pass",
    () => candidateSummary({ rows: synthetic, targets: domains.map((d) => ({ domainId: d, name: d, target: 2 })) }),
    10,
  );
  const units = Array.from({ length: 8000 }, (_, u) => [u % 4, (u + 1) % 4, u % 3 === 0 ? null : (u + 2) % 4]);
  await time("Krippendorff's alpha (ordinal), 8,000 units x 3 raters", () => krippendorffAlphaOrdinal(units), 10);

  const mem = process.memoryUsage();
  rows.push({
    measure: "peak resident memory (process)",
    value: `${(mem.rss / 1024 / 1024).toFixed(0)} MB (heap used ${(mem.heapUsed / 1024 / 1024).toFixed(0)} MB)`,
  });
  await conn.close();
  const w = Math.max(...rows.map((r) => r.measure.length));
  console.log(`\n${"measure".padEnd(w)}  value\n${"-".repeat(w)}  -----`);
  for (const r of rows) console.log(`${r.measure.padEnd(w)}  ${r.value}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
