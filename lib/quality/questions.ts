// Hiring quality per question of the bank. A scorecard rates domains, not questions, so a
// question's ratings are the ratings of its domain on the submitted scorecards of interviews
// held at a stage whose plan lists the question (StageQuestion): "used" means it was in the kit
// of that interview. A rating "passes" the question when it reaches the question's level.
// Computed by PostgreSQL over the applications whose feedback the viewer may see
// (lib/scorecards/visibility.ts); the separation of later-strong from later-weak hires also needs
// the hire's check-ins (canSeeCheckIns). JavaScript only adds the intervals (validity-stats.ts).
import "server-only";
import { canReadInterviewerQuality } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { feedbackVisibility } from "../data/feedback";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { FeedbackVisibility } from "../generated/prisma/enums";
import { visibleApplicationsCtes } from "../scorecards/visibility";
import { questionLevelAnchors } from "./question-anchors";
import { checkInScopeSql, domainNameSql, latestJobRatingSql } from "./sql";
import {
  aucFromRankSum,
  aucInterval,
  MIN_OBSERVATIONS,
  readAuc,
  wilsonInterval,
  type AucVerdict,
  type Interval,
} from "./validity-stats";

/**
 * One row per question (all of the bank, or one): uses (ratings), candidates, passes, the
 * ratings per level (r0..r3), mean and standard deviation; and for the hires among those
 * candidates whose check-ins the viewer may read, per hire the mean of the question's ratings,
 * labelled later-strong when their latest on-the-job rating of the question's domain reaches
 * the role's target for it (later-weak when below; domains the role does not require are left
 * out). `nStrong`, `nWeak` and `rankSum` (the strong group's average ranks) give the AUC.
 */
export function questionQualitySql(viewer: CurrentUser, visibility: FeedbackVisibility, questionId?: string) {
  const one = questionId ? Prisma.sql`AND sq."questionId" = ${questionId}` : Prisma.empty;
  const oneQ = questionId ? Prisma.sql`WHERE q.id = ${questionId}` : Prisma.empty;
  return Prisma.sql`
    WITH ${visibleApplicationsCtes(viewer, visibility)},
    uses AS MATERIALIZED (
      SELECT sq."questionId" AS qid, i."applicationId" AS app_id, v.role_id, q."domainId" AS domain_id, q.level, ds.rating AS x
      FROM visible v JOIN "Interview" i ON i."applicationId" = v.app_id AND i.seat = 'LEAD'
      JOIN "StageQuestion" sq ON sq."stageId" = i."stageId" ${one}
      JOIN "Question" q ON q.id = sq."questionId"
      JOIN "Scorecard" s ON s."interviewId" = i.id AND s.status = 'SUBMITTED'
      JOIN "DomainScore" ds ON ds."scorecardId" = s.id AND ds."domainId" = q."domainId" AND ds.rating IS NOT NULL
    ),
    per_q AS (
      SELECT qid, count(*)::int AS uses, count(DISTINCT app_id)::int AS candidates, count(*) FILTER (WHERE x >= level)::int AS passes,
        count(*) FILTER (WHERE x = 0)::int AS r0, count(*) FILTER (WHERE x = 1)::int AS r1,
        count(*) FILTER (WHERE x = 2)::int AS r2, count(*) FILTER (WHERE x = 3)::int AS r3,
        avg(x)::float8 AS mean, stddev_samp(x)::float8 AS sd
      FROM uses GROUP BY qid
    ),
    per_app AS (SELECT qid, app_id, role_id, domain_id, avg(x)::float8 AS x FROM uses GROUP BY qid, app_id, role_id, domain_id),
    hires AS MATERIALIZED (
      SELECT f."applicationId" AS app_id
      FROM "HireFollowUp" f JOIN visible v ON v.app_id = f."applicationId" JOIN "Role" r ON r.id = v.role_id
      WHERE ${checkInScopeSql(viewer)} AND f."applicationId" IN (SELECT app_id FROM per_app)
    ),
    latest AS (${latestJobRatingSql}),
    labelled AS (
      SELECT p.qid, p.x, (l.job >= t.level) AS strong
      FROM per_app p JOIN latest l ON l.app_id = p.app_id AND l.domain_id = p.domain_id
      JOIN "RoleTarget" t ON t."roleId" = p.role_id AND t."domainId" = p.domain_id AND t.level > 0
    ),
    ranked AS (
      SELECT qid, strong, x, rank() OVER (PARTITION BY qid ORDER BY x) + (count(*) OVER (PARTITION BY qid, x) - 1) / 2.0 AS r
      FROM labelled
    ),
    sep AS (
      SELECT qid, count(*) FILTER (WHERE strong)::int AS "nStrong", count(*) FILTER (WHERE NOT strong)::int AS "nWeak",
        sum(r) FILTER (WHERE strong)::float8 AS "rankSum",
        avg(x) FILTER (WHERE strong)::float8 AS "meanStrong", avg(x) FILTER (WHERE NOT strong)::float8 AS "meanWeak"
      FROM ranked GROUP BY qid
    )
    SELECT q.id, q.prompt, q.level, q."domainId", ${domainNameSql(Prisma.sql`q."domainId"`)} AS domain, q."retiredAt",
      coalesce(pq.uses, 0) AS uses, coalesce(pq.candidates, 0) AS candidates, coalesce(pq.passes, 0) AS passes,
      coalesce(pq.r0, 0) AS r0, coalesce(pq.r1, 0) AS r1, coalesce(pq.r2, 0) AS r2, coalesce(pq.r3, 0) AS r3, pq.mean, pq.sd,
      coalesce(sp."nStrong", 0) AS "nStrong", coalesce(sp."nWeak", 0) AS "nWeak", sp."rankSum", sp."meanStrong", sp."meanWeak"
    FROM "Question" q LEFT JOIN per_q pq ON pq.qid = q.id LEFT JOIN sep sp ON sp.qid = q.id
    ${oneQ}
    ORDER BY domain, q.level, coalesce(pq.uses, 0) DESC, q.id`;
}

export type QuestionQualityRow = {
  id: string;
  prompt: string;
  level: number;
  domainId: string;
  domain: string;
  retiredAt: Date | null;
  uses: number;
  candidates: number;
  passes: number;
  r0: number;
  r1: number;
  r2: number;
  r3: number;
  mean: number | null;
  sd: number | null;
  nStrong: number;
  nWeak: number;
  rankSum: number | null;
  meanStrong: number | null;
  meanWeak: number | null;
};

export type RetirementFlag = "everybody-passes" | "nobody-passes" | null;

export type QuestionQuality = Omit<QuestionQualityRow, "rankSum"> & {
  passRate: number | null;
  passInterval: Interval | null;
  /** At least MIN_OBSERVATIONS uses: enough to print a pass rate and a spread. */
  enough: boolean;
  flag: RetirementFlag;
  auc: number | null;
  aucInterval: Interval | null;
  aucVerdict: AucVerdict;
  aucReading: string;
};

/**
 * A question is flagged as a candidate for retirement when, over at least MIN_OBSERVATIONS
 * uses, every rating passed it or none did: it then tells the panel nothing about who is
 * stronger (the Wilson interval shows how sure that is).
 */
export function retirementFlag(passes: number, uses: number): RetirementFlag {
  if (uses < MIN_OBSERVATIONS) return null;
  return passes === uses ? "everybody-passes" : passes === 0 ? "nobody-passes" : null;
}

export function questionFigures(r: QuestionQualityRow): QuestionQuality {
  const enough = r.uses >= MIN_OBSERVATIONS;
  const a = r.rankSum === null ? null : aucFromRankSum(r.rankSum, r.nStrong, r.nWeak);
  const ci = aucInterval(a, r.nStrong, r.nWeak);
  const read = readAuc(a, ci, r.nStrong, r.nWeak);
  const { rankSum: _rankSum, ...rest } = r;
  void _rankSum;
  return {
    ...rest,
    sd: enough ? r.sd : null,
    passRate: r.uses ? r.passes / r.uses : null,
    passInterval: wilsonInterval(r.passes, r.uses),
    enough,
    flag: retirementFlag(r.passes, r.uses),
    auc: read.verdict === "too-few" ? null : a,
    aucInterval: read.verdict === "too-few" ? null : ci,
    aucVerdict: read.verdict,
    aucReading: read.text,
  };
}

/** Every question of the bank with its figures over what the viewer may see; null for anyone but managers and admins. */
export async function questionQualityReport(viewer: CurrentUser): Promise<QuestionQuality[] | null> {
  if (!canReadInterviewerQuality(viewer)) return null;
  const rows = await db.$queryRaw<QuestionQualityRow[]>(questionQualitySql(viewer, await feedbackVisibility()));
  return rows.map(questionFigures);
}

/** One question's figures and where it was used (per role, over what the viewer may see), or null when there is no such question or the viewer may not read it. */
export async function questionQualityDetail(viewer: CurrentUser, questionId: string) {
  if (!canReadInterviewerQuality(viewer)) return null;
  const visibility = await feedbackVisibility();
  const [row] = await db.$queryRaw<QuestionQualityRow[]>(questionQualitySql(viewer, visibility, questionId));
  if (!row) return null;
  const roles = await db.$queryRaw<
    { roleId: string; title: string; stages: string; uses: number; passes: number }[]
  >(Prisma.sql`
    WITH ${visibleApplicationsCtes(viewer, visibility)}
    SELECT r.id AS "roleId", r.title, string_agg(DISTINCT st.name, ', ') AS stages,
      count(ds.rating)::int AS uses, count(*) FILTER (WHERE ds.rating >= q.level)::int AS passes
    FROM visible v JOIN "Interview" i ON i."applicationId" = v.app_id AND i.seat = 'LEAD'
    JOIN "StageQuestion" sq ON sq."stageId" = i."stageId" AND sq."questionId" = ${questionId}
    JOIN "Question" q ON q.id = sq."questionId"
    JOIN "InterviewStage" st ON st.id = i."stageId"
    JOIN "Role" r ON r.id = v.role_id
    JOIN "Scorecard" s ON s."interviewId" = i.id AND s.status = 'SUBMITTED'
    JOIN "DomainScore" ds ON ds."scorecardId" = s.id AND ds."domainId" = q."domainId" AND ds.rating IS NOT NULL
    GROUP BY r.id, r.title ORDER BY count(ds.rating) DESC, r.title`);
  const anchors = await questionLevelAnchors(
    questionId,
    roles.map((r) => r.roleId),
  );
  return {
    ...questionFigures(row),
    roles: roles.map((x) => ({ ...x, passInterval: wilsonInterval(x.passes, x.uses) })),
    anchors: anchors ?? { levels: [], clusters: [] },
  };
}
