// Synthetic data and fixtures for the HTTP benchmark, written straight into PostgreSQL
// after the app itself has migrated and seeded the database (so the schema and the demo
// organisation are exactly what the app creates).
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { withClient } from "./pg";

const SQL = fs.readFileSync(new URL("./seed-synthetic.sql", import.meta.url), "utf8");

export type SeedResult = { seconds: number; analyzeSeconds: number; counts: Record<string, number> };

export async function seedSynthetic(url: string, candidates: number): Promise<SeedResult> {
  return withClient(url, async (c) => {
    const t0 = performance.now();
    await c.query("SELECT set_config('bench.candidates', $1, false)", [String(candidates)]);
    // One multi-statement script: the simple query protocol runs it as one transaction,
    // so a failure leaves no half-seeded database.
    await c.query(SQL);
    const t1 = performance.now();
    // Fresh planner statistics and a visibility map, as autovacuum keeps them on a database that
    // grew slowly. A bulk load leaves every updated row's old version behind (the triggers update
    // interviews as scorecards are submitted: 35,000 dead rows at 10,000 candidates) and no page
    // marked all-visible, so without this no query could use an index-only scan. PostgreSQL as
    // installed on these machines runs with autovacuum off.
    await c.query("VACUUM (ANALYZE)");
    const t2 = performance.now();
    return {
      seconds: (t1 - t0) / 1000,
      analyzeSeconds: (t2 - t1) / 1000, // VACUUM (ANALYZE)
      counts: await seedCounts(url),
    };
  });
}

/** What the database holds, by kind of row (reported with each run). */
export async function seedCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ k: string; n: string }>(`
        SELECT 'candidates' AS k, count(*) AS n FROM "Candidate"
        UNION ALL SELECT 'applications', count(*) FROM "Application"
        UNION ALL SELECT 'interviews', count(*) FROM "Interview"
        UNION ALL SELECT 'scorecards submitted', count(*) FROM "Scorecard" WHERE status = 'SUBMITTED'
        UNION ALL SELECT 'scorecards draft', count(*) FROM "Scorecard" WHERE status = 'DRAFT'
        UNION ALL SELECT 'interviews without scorecard', count(*) FROM "Interview" i WHERE NOT EXISTS (SELECT 1 FROM "Scorecard" s WHERE s."interviewId" = i.id)
        UNION ALL SELECT 'domain scores', count(*) FROM "DomainScore"
        UNION ALL SELECT 'domain ratings (rated)', count(*) FROM "DomainScore" WHERE rating IS NOT NULL
        UNION ALL SELECT 'decisions', count(*) FROM "Application" WHERE decision IS NOT NULL
        UNION ALL SELECT 'audit events', count(*) FROM "AuditEvent"`);
    return Object.fromEntries(rows.map((r) => [r.k, Number(r.n)]));
  });
}

/** Whether a kept database (`--keep-db`) already holds the synthetic rows for `candidates`. */
export async function isSeeded(url: string, candidates: number): Promise<boolean> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ n: string }>(`SELECT count(*) AS n FROM "Candidate" WHERE id LIKE 'bench_%'`);
    return Number(rows[0]!.n) === candidates;
  }).catch(() => false);
}

/**
 * A personal API token for `email`, stored the way lib/api/tokens.ts stores one
 * (sha256 hex of the token, first 10 characters as prefix, every read scope, a day's expiry). Returns the token.
 */
export async function insertApiToken(url: string, email: string): Promise<string> {
  const token = `aiops_${randomBytes(24).toString("base64url")}`;
  const hash = createHash("sha256").update(token).digest("hex");
  await withClient(url, (c) =>
    c.query(
      `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", prefix, scopes, "expiresAt")
       SELECT 'bench_token_' || substr(md5(random()::text), 1, 12), id, 'HTTP benchmark', $2, $3, ARRAY['roles:read', 'candidates:read', 'scorecards:read'], now() + interval '1 day' FROM "User" WHERE email = $1`,
      [email, hash, token.slice(0, 10)],
    ),
  );
  return token;
}

export type Fixtures = {
  role: { id: string; title: string; applications: number; ownerEmail: string };
  /** A synthetic application on that role with the most submitted scorecards. */
  applicationId: string;
  pendingForInterviewer: number;
};

/** The largest demo role (most applications) and what the targets need from it. */
export async function fixtures(url: string): Promise<Fixtures> {
  return withClient(url, async (c) => {
    const role = (
      await c.query<{ id: string; title: string; n: string; email: string }>(`
        SELECT r.id, r.title, count(a.id) AS n, u.email
        FROM "Role" r JOIN "User" u ON u.id = r."ownerId" LEFT JOIN "Application" a ON a."roleId" = r.id
        GROUP BY r.id, u.email ORDER BY count(a.id) DESC, r.title LIMIT 1`)
    ).rows[0];
    if (!role) throw new Error("no role in the database: did the demo seed run?");
    const app = (
      await c.query<{ id: string }>(
        `SELECT a.id FROM "Application" a JOIN "Interview" i ON i."applicationId" = a.id
         JOIN "Scorecard" s ON s."interviewId" = i.id AND s.status = 'SUBMITTED'
         WHERE a."roleId" = $1 AND a.id LIKE 'bench\\_a\\_%'
         GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1`,
        [role.id],
      )
    ).rows[0];
    if (!app) throw new Error("no synthetic application with submitted scorecards on the largest role");
    const pending = (
      await c.query<{ n: string }>(
        `SELECT count(*) AS n FROM "Interview" i JOIN "User" u ON u.id = i."interviewerId"
         JOIN "Application" a ON a.id = i."applicationId" AND a.status = 'ACTIVE'
         WHERE u.email = 'interviewer@example.com' AND i.id LIKE 'bench\\_i\\_%'
           AND NOT EXISTS (SELECT 1 FROM "Scorecard" s WHERE s."interviewId" = i.id AND s.status = 'SUBMITTED')`,
      )
    ).rows[0];
    return {
      role: { id: role.id, title: role.title, applications: Number(role.n), ownerEmail: role.email },
      applicationId: app.id,
      pendingForInterviewer: Number(pending?.n ?? 0),
    };
  });
}
