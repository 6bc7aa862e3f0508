// Tables for the terminal and bench/results/http.md, JSON per size for later comparison.
import fs from "node:fs";
import path from "node:path";
import type { TargetStats } from "./load";

export type SizeResult = {
  size: number;
  startedAt: string;
  commit: string;
  postgres: string;
  users: number;
  seconds: number;
  warmupSeconds: number;
  timeoutSeconds: number;
  seed: { seconds: number; analyzeSeconds: number; counts: Record<string, number> };
  fixtures: {
    roleId: string;
    roleTitle: string;
    roleApplications: number;
    roleOwner: string;
    applicationId: string;
    comparePages: string;
  };
  serverRssMb: { afterStart: number; peak: number };
  targets: TargetStats[];
};

const n = (v: number, digits = 0) =>
  Number.isFinite(v)
    ? v.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "–";
const ms = (v: number) => (!Number.isFinite(v) ? "–" : v < 10 ? n(v, 1) : n(v));
const bytes = (v: number) =>
  !Number.isFinite(v)
    ? "–"
    : v < 1024
      ? `${v} B`
      : v < 1024 * 1024
        ? `${n(v / 1024, 1)} kB`
        : `${n(v / 1024 / 1024, 1)} MB`;

export function sizeTable(r: SizeResult): string {
  const head = [
    `### ${n(r.size)} candidates`,
    "",
    `${r.users} users, ${r.seconds} s per target after ${r.warmupSeconds} s of one-user warm-up, request timeout ${r.timeoutSeconds} s; ${r.postgres}; commit ${r.commit}.`,
    `Seeded in ${n(r.seed.seconds, 1)} s (+ VACUUM ANALYZE ${n(r.seed.analyzeSeconds, 1)} s): ${Object.entries(
      r.seed.counts,
    )
      .map(([k, v]) => `${n(v)} ${k}`)
      .join(", ")}.`,
    `Role: "${r.fixtures.roleTitle}" (${n(r.fixtures.roleApplications)} applications, owner ${r.fixtures.roleOwner}); candidate page: ${r.fixtures.applicationId}; comparison: ${r.fixtures.comparePages}.`,
    "",
    "| target | signed in as | requests | errors | req/s | p50 ms | p95 ms | p99 ms | body (median) | peak RSS MB | p95 / static | other CPU |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  const rows = r.targets.map((t) =>
    t.path === null
      ? `| ${t.name} | ${t.as} | ${t.note ?? "n/a"} | | | | | | | | | |`
      : `| ${t.name} | ${t.as} | ${n(t.requests)} | ${t.errors ? `**${n(t.errors)}**` : "0"} | ${n(t.rps, 1)} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.p99)} | ${bytes(t.medianBytes)} | ${n(t.peakRssMb)} | ${t.p95VsStatic === null ? "–" : `${n(t.p95VsStatic, 0)}×`} | ${t.otherCpuPct === null ? "–" : `${t.otherCpuPct}%`} |`,
  );
  const errors = r.targets
    .filter((t) => t.errors)
    .map(
      (t) =>
        `${t.name}: ${Object.entries(t.errorKinds)
          .map(([k, v]) => `${v} × ${k}`)
          .join(", ")}`,
    );
  const foot = [
    "",
    `Server RSS: ${n(r.serverRssMb.afterStart)} MB after start, peak ${n(r.serverRssMb.peak)} MB over the run.`,
    ...(errors.length ? ["", `Errors: ${errors.join("; ")}.`] : []),
  ];
  return [...head, ...rows, ...foot].join("\n");
}

/** p95 at each larger size divided by p95 at the smallest, per target. */
export function growthTable(results: SizeResult[]): string {
  if (results.length < 2) return "";
  const sorted = [...results].sort((a, b) => a.size - b.size);
  const base = sorted[0]!;
  const others = sorted.slice(1);
  const lines = [
    `### Growth of p95 latency with organisation size (relative to ${n(base.size)} candidates)`,
    "",
    `| target | p95 at ${n(base.size)} | ${others.map((o) => `p95 at ${n(o.size)} | ×`).join(" | ")} |`,
    `|---|--:|${others.map(() => "--:|--:").join("|")}|`,
  ];
  for (const t of base.targets) {
    const cells = others.map((o) => {
      const ot = o.targets.find((x) => x.name === t.name);
      if (!ot || ot.path === null || t.path === null) return `${ot?.note ?? "n/a"} | `;
      return `${ms(ot.p95)} | ${n(ot.p95 / t.p95, 1)}×`;
    });
    lines.push(`| ${t.name} | ${t.path === null ? (t.note ?? "n/a") : ms(t.p95)} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

export function writeResults(dir: string, results: SizeResult[], preamble: string): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const r of results) fs.writeFileSync(path.join(dir, `http-${r.size}.json`), JSON.stringify(r, null, 2) + "\n");
  const md = [
    `# HTTP benchmark`,
    "",
    preamble,
    "",
    ...results.flatMap((r) => [sizeTable(r), ""]),
    growthTable(results),
    "",
  ].join("\n");
  const file = path.join(dir, "http.md");
  fs.writeFileSync(file, md);
  return file;
}
