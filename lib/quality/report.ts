// The hiring-quality page: per domain, how well the panel's interview consensus ranked the hires
// the way their manager later rated them on the job. Computed by PostgreSQL (rank() windows and
// corr()) over the hires the viewer may see both sides of: the interview feedback (the
// independence rule, lib/scorecards/visibility.ts) and the check-ins (canSeeCheckIns). The
// JavaScript `spearman` of lib/quality/stats.ts is the oracle (tests/integration/quality-report.test.ts).
import "server-only";
import type { CurrentUser } from "../auth/session";
import { feedbackVisibility } from "../data/feedback";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { FeedbackVisibility } from "../generated/prisma/enums";
import { hiddenReasonSql } from "../scorecards/visibility";
import { checkInScopeSql, domainNameSql } from "./sql";
import { fisherInterval, readCorrelation, type Verdict } from "./stats";

/**
 * One row per domain (of the newest published matrix, plus any other domain with pairs): n pairs
 * and Spearman's ρ between x = the panel's lower median (ApplicationDomainConsensus.median) and
 * y = the latest check-in's rating of the domain (the longest-serving view of the hire; a
 * check-in that marked it "not observed" is skipped). Ranks are average ranks over ties:
 * rank() plus half the tie group's size minus one; ρ is corr() of the ranks, NULL when one side
 * does not vary. Also the overview: hires visible, check-ins recorded, and the latest check-in's
 * overall rating and "would hire again" per hire.
 */
export function hiringQualitySql(viewer: CurrentUser, visibility: FeedbackVisibility) {
  return Prisma.sql`
    WITH hires AS MATERIALIZED (
      SELECT f."applicationId" AS app_id
      FROM "HireFollowUp" f JOIN "Application" a ON a.id = f."applicationId" JOIN "Role" r ON r.id = a."roleId"
      WHERE ${hiddenReasonSql(viewer, visibility, "a")} IS NULL AND ${checkInScopeSql(viewer)}
    ),
    latest AS (
      SELECT DISTINCT ON (q."applicationId", qr."domainId") q."applicationId" AS app_id, qr."domainId" AS domain_id, qr.rating AS job
      FROM hires h JOIN "QualityCheckIn" q ON q."applicationId" = h.app_id JOIN "QualityCheckInRating" qr ON qr."checkInId" = q.id
      WHERE qr.rating IS NOT NULL
      ORDER BY q."applicationId", qr."domainId", q."milestoneDays" DESC, q."submittedAt" DESC
    ),
    pairs AS (
      SELECT l.domain_id, c.median AS x, l.job AS y
      FROM latest l JOIN "ApplicationDomainConsensus" c ON c."applicationId" = l.app_id AND c."domainId" = l.domain_id
      WHERE c.median IS NOT NULL
    ),
    ranked AS (
      SELECT domain_id,
        rank() OVER (PARTITION BY domain_id ORDER BY x) + (count(*) OVER (PARTITION BY domain_id, x) - 1) / 2.0 AS rx,
        rank() OVER (PARTITION BY domain_id ORDER BY y) + (count(*) OVER (PARTITION BY domain_id, y) - 1) / 2.0 AS ry
      FROM pairs
    ),
    per_domain AS (SELECT domain_id, count(*)::int AS n, corr(rx, ry)::float8 AS rho FROM ranked GROUP BY domain_id),
    newest AS (
      SELECT vd."domainId" AS domain_id, vd.name, vd.position FROM "MatrixVersionDomain" vd
      WHERE vd."versionId" = (SELECT id FROM "MatrixVersion" WHERE status = 'PUBLISHED' ORDER BY number DESC LIMIT 1)
    ),
    named AS (
      SELECT coalesce(p.domain_id, nw.domain_id) AS "domainId",
        -- A domain the newest version retired: its last name, marked, never its key.
        coalesce(nw.name, ${domainNameSql(Prisma.sql`d.id`)} || ' (retired)') AS name, coalesce(nw.position, 1000) AS position,
        coalesce(p.n, 0) AS n, p.rho
      FROM per_domain p FULL JOIN newest nw ON nw.domain_id = p.domain_id
      JOIN "CompetencyDomain" d ON d.id = coalesce(p.domain_id, nw.domain_id)
    ),
    last_check AS (
      SELECT DISTINCT ON (q."applicationId") q.overall, q."wouldHireAgain"
      FROM hires h JOIN "QualityCheckIn" q ON q."applicationId" = h.app_id
      ORDER BY q."applicationId", q."milestoneDays" DESC, q."submittedAt" DESC
    )
    SELECT
      (SELECT count(*)::int FROM hires) AS hires,
      (SELECT count(*)::int FROM hires h JOIN "QualityCheckIn" q ON q."applicationId" = h.app_id) AS "checkIns",
      (SELECT count(*)::int FROM last_check) AS followed,
      (SELECT count(*)::int FROM last_check WHERE "wouldHireAgain") AS "wouldHireAgain",
      (SELECT avg(overall)::float8 FROM last_check) AS "meanOverall",
      (SELECT json_agg(named ORDER BY position, name) FROM named) AS domains`;
}

type ReportRow = {
  hires: number;
  checkIns: number;
  followed: number;
  wouldHireAgain: number;
  meanOverall: number | null;
  domains: { domainId: string; name: string; n: number; rho: number | null }[] | null;
};

export type DomainValidity = {
  domainId: string;
  name: string;
  n: number;
  rho: number | null;
  interval: { low: number; high: number } | null;
  verdict: Verdict;
  reading: string;
};

export async function hiringQualityReport(viewer: CurrentUser) {
  const [row] = await db.$queryRaw<ReportRow[]>(hiringQualitySql(viewer, await feedbackVisibility()));
  const domains = (row?.domains ?? []).map((d): DomainValidity => {
    const { verdict, text } = readCorrelation(d.rho, d.n);
    return { ...d, interval: verdict === "too-few" ? null : fisherInterval(d.rho, d.n), verdict, reading: text };
  });
  return {
    hires: row?.hires ?? 0,
    checkIns: row?.checkIns ?? 0,
    followed: row?.followed ?? 0,
    wouldHireAgain: row?.wouldHireAgain ?? 0,
    meanOverall: row?.meanOverall ?? null,
    domains,
  };
}
