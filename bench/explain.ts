// `npm run bench:explain -- <postgresql url>`: EXPLAIN (ANALYZE, BUFFERS) of the hot read
// queries against a database (e.g. one seeded by `npm run bench:http`), as the largest role's
// owner sees them (the role list also as its busiest interviewer), and times the audit log's
// filtered pages. Prints each plan's execution time and its top lines; `--full` prints whole plans.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { setConnection } from "../lib/db";
import { openConnection } from "../lib/db/connection";
import { auditLogPage } from "../lib/data/audit-log";
import { comparisonRole, comparisonSql } from "../lib/data/role-comparison";
import { roleApplicationsSql } from "../lib/data/role-applications";
import type { Prisma } from "../lib/generated/prisma/client";
import { parseComparisonQuery } from "../lib/validation/comparison";

const url = process.argv.find((a) => a.startsWith("postgres"));
if (!url) throw new Error("usage: npm run bench:explain -- postgresql://user@host:5432/db [--full]");
const full = process.argv.includes("--full");

async function main() {
  const conn = openConnection({ kind: "postgres", url: url! });
  setConnection(conn);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ role_id: string; owner_id: string; kind: string }>(
      `SELECT r.id AS role_id, u.id AS owner_id, u.kind FROM "Role" r JOIN "User" u ON u.id = r."ownerId"
       ORDER BY (SELECT count(*) FROM "Application" a WHERE a."roleId" = r.id) DESC LIMIT 1`,
    );
    const { role_id, owner_id } = rows[0]!;
    const owner = { id: owner_id, kind: "MANAGER" as const, email: "", name: "" };
    const role = (await comparisonRole(owner, role_id))!;
    // The interviewer (kind INTERVIEWER) with the most interviews on the role lists only their own candidates.
    const busiest = await client.query<{ id: string; n: number }>(
      `SELECT u.id, count(*)::int AS n FROM "Interview" i JOIN "Application" a ON a.id = i."applicationId"
       JOIN "User" u ON u.id = i."interviewerId" WHERE a."roleId" = $1 AND u.kind = 'INTERVIEWER'
       GROUP BY u.id ORDER BY n DESC LIMIT 1`,
      [role_id],
    );
    const interviewer = { id: busiest.rows[0]!.id, kind: "INTERVIEWER" as const, email: "", name: "" };
    const listRole = {
      id: role_id,
      ownerId: owner_id,
      members: (
        await client.query<{ userId: string; function: "INTERVIEWER" | "RECRUITER" }>(
          `SELECT "userId", function FROM "RoleMember" WHERE "roleId" = $1`,
          [role_id],
        )
      ).rows,
    };
    // The owner's first page of 50 (a lead: the indexed plan unless `general`).
    const comparison = (params: Record<string, string>, general = false) =>
      comparisonSql(owner, role, parseComparisonQuery(params), 50, "forward", null, {
        aggregates: true,
        generalPlan: general,
      });
    const cases: [string, Prisma.Sql][] = [
      ["role list, owner, first page", roleApplicationsSql(owner, listRole, {}, "AFTER_SUBMIT")],
      ["role list, owner, name search", roleApplicationsSql(owner, listRole, { q: "ab" }, "AFTER_SUBMIT")],
      [
        `role list, interviewer with ${busiest.rows[0]!.n} interviews on the role`,
        roleApplicationsSql(interviewer, listRole, {}, "AFTER_SUBMIT"),
      ],
      ["comparison, first page by fit", comparison({})],
      [
        "comparison, below target in first domain",
        comparison({ below: role.targets.find((t) => t.target > 0)!.domainId }),
      ],
      ["comparison, strongest in the first domain", comparison({ sort: `domain.${role.targets[0]!.domainId}` })],
      [
        "comparison, strongest in the first domain, general plan (a viewer who is not a lead)",
        comparison({ sort: `domain.${role.targets[0]!.domainId}` }, true),
      ],
      ["comparison, name search", comparison({ q: "ab", sort: "name" })],
    ];
    for (const [label, sql] of cases) {
      const plan = await client.query<{ "QUERY PLAN": string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`,
        sql.values as unknown[],
      );
      const lines = plan.rows.map((r) => r["QUERY PLAN"]);
      // EXPLAIN ANALYZE's own timing inflates row-heavy plans: time the plain statement too (median of 5).
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        await client.query(sql.text, sql.values as unknown[]);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      console.log(
        `\n=== ${label}: ${lines.find((l) => l.startsWith("Execution Time"))}; plain statement median ${times[2]!.toFixed(1)} ms`,
      );
      console.log((full ? lines : lines.slice(0, 25)).join("\n"));
    }
    // The audit log reads through Prisma (a page of 51 and a count capped at 10,001): timed whole.
    const admin = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE kind = 'ADMIN' LIMIT 1`);
    const viewer = { id: admin.rows[0]!.id, kind: "ADMIN" as const, email: "", name: "" };
    const audit: [string, Record<string, string>][] = [
      ["audit log, first page", {}],
      ["audit log, who acted: a common name part", { who: "a" }],
      ["audit log, who acted: nobody matches", { who: "zzzz" }],
      ["audit log, one week", { from: "2026-11-01", to: "2026-11-07" }],
    ];
    for (const [label, params] of audit) {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        total = (await auditLogPage(viewer, params)).page.total;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      console.log(`\n=== ${label}: ${total} events; median ${times[2]!.toFixed(1)} ms (5 runs)`);
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
