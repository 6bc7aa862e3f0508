// The per-interviewer and per-question hiring-quality pages' reads: one keyset page of
// interviewerQualitySql / questionQualitySql (paged-sql.ts), sorted as the URL asks, with the
// figures and intervals added to that page's rows only. URL parameters are parsed here with zod:
// anything unknown reads as the default, never a 500.
import "server-only";
import { canReadInterviewerQuality } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { feedbackVisibility } from "../data/feedback";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { pageSize, type Page } from "../paging/cursor";
import {
  INTERVIEWER_SORT_KEYS,
  interviewerListQuerySchema,
  QUESTION_SORT_KEYS,
  questionListQuerySchema,
} from "../validation/page-queries";
import {
  interviewerFigures,
  interviewerQualitySql,
  type InterviewerQuality,
  type InterviewerQualityRow,
} from "./interviewers";
import { pagedReport, type SortPart } from "./paged-sql";
import { questionFigures, questionQualitySql, type QuestionQuality, type QuestionQualityRow } from "./questions";
import { MIN_HIRES } from "./stats";
import { MIN_OBSERVATIONS, MIN_PER_GROUP } from "./validity-stats";

export const QUALITY_PAGE_SIZE = 25;

type Dir = "asc" | "desc";
/** A sortable column: its label, the direction it sorts in first, and its sort key in that or the other direction. */
type Column = { label: string; dir: Dir; parts: (dir: Dir) => SortPart[] };

/**
 * A figure sorted in SQL: rows whose figure the page does not print (below its threshold) come
 * last in both directions ("…Missing" 0/1 first), then the figure, then the ties in a fixed order.
 */
const figure =
  (key: string, ...ties: SortPart[]) =>
  (dir: Dir): SortPart[] => [n(`${key}Missing`), n(`${key}Key`, dir), ...ties];

export const INTERVIEWER_SORTS = {
  name: { label: "Name", dir: "asc", parts: (d) => [s("name", d), s("id", d)] },
  rho: { label: "Against the job (ρ)", dir: "desc", parts: figure("rho", s("name"), s("id")) },
  offset: { label: "Distance from the panel", dir: "desc", parts: figure("offset", s("name"), s("id")) },
  spread: { label: "Spread against the panel", dir: "desc", parts: figure("spread", s("name"), s("id")) },
  alpha: { label: "Agreement (α)", dir: "desc", parts: figure("alpha", s("name"), s("id")) },
  hires: { label: "Most hires followed", dir: "desc", parts: (d) => [n("hires", d), s("name"), s("id")] },
  ratings: { label: "Most ratings", dir: "desc", parts: (d) => [n("ratings", d), s("name"), s("id")] },
} as const satisfies Record<(typeof INTERVIEWER_SORT_KEYS)[number], Column>;
export type InterviewerSort = keyof typeof INTERVIEWER_SORTS;

export const QUESTION_SORTS = {
  domain: {
    label: "Domain and level",
    dir: "asc",
    parts: (d) => [s("domain", d), n("level", d), n("uses", "desc"), s("id")],
  },
  uses: { label: "Most used", dir: "desc", parts: (d) => [n("uses", d), s("domain"), s("id")] },
  spread: { label: "Spread of ratings", dir: "desc", parts: figure("spread", s("domain"), s("id")) },
  passRate: { label: "Pass rate", dir: "desc", parts: figure("passRate", s("domain"), s("id")) },
  auc: { label: "Separation (AUC)", dir: "desc", parts: figure("auc", s("domain"), s("id")) },
} as const satisfies Record<(typeof QUESTION_SORT_KEYS)[number], Column>;
export type QuestionSort = keyof typeof QUESTION_SORTS;

function s(column: string, order: Dir = "asc"): SortPart {
  return { column, order, type: "string" };
}
function n(column: string, order: Dir = "asc"): SortPart {
  return { column, order, type: "number" };
}

/** `when` holds: 0 and the figure (rounded, so equal figures tie exactly and a cursor's value reads back the same); else 1 and 0. */
function figureSql(key: string, when: Prisma.Sql, value: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${when} THEN 0 ELSE 1 END AS ${Prisma.raw(`"${key}Missing"`)},
    CASE WHEN ${when} THEN round((${value})::numeric, 9)::float8 ELSE 0 END AS ${Prisma.raw(`"${key}Key"`)}`;
}

/** The interviewer report's rows plus the sort keys of the figures the page prints (the same thresholds as interviewerFigures). */
function withInterviewerKeys(inner: Prisma.Sql): Prisma.Sql {
  const panel = Prisma.sql`b."offN" >= ${MIN_OBSERVATIONS}`;
  return Prisma.sql`SELECT b.*,
    ${figureSql("rho", Prisma.sql`b.hires >= ${MIN_HIRES} AND b.rho IS NOT NULL`, Prisma.sql`b.rho`)},
    ${figureSql("offset", panel, Prisma.sql`abs(b."offSum" / b."offN")`)},
    ${figureSql("spread", panel, Prisma.sql`sqrt(greatest(0, (b."offSq" - b."offSum" * b."offSum" / b."offN") / (b."offN" - 1)))`)},
    ${figureSql("alpha", Prisma.sql`b.units >= ${MIN_OBSERVATIONS} AND b.alpha IS NOT NULL`, Prisma.sql`b.alpha`)}
    FROM (${inner}) b`;
}

/** The question report's rows plus the sort keys of the figures the page prints (the same thresholds as questionFigures). */
function withQuestionKeys(inner: Prisma.Sql): Prisma.Sql {
  const enough = Prisma.sql`b.uses >= ${MIN_OBSERVATIONS}`;
  const groups = Prisma.sql`b."nStrong" >= ${MIN_PER_GROUP} AND b."nWeak" >= ${MIN_PER_GROUP} AND b."rankSum" IS NOT NULL`;
  return Prisma.sql`SELECT b.*,
    ${figureSql("spread", Prisma.sql`${enough} AND b.sd IS NOT NULL`, Prisma.sql`b.sd`)},
    ${figureSql("passRate", enough, Prisma.sql`b.passes::float8 / b.uses`)},
    ${figureSql("auc", groups, Prisma.sql`(b."rankSum" - b."nStrong" * (b."nStrong" + 1) / 2.0) / (b."nStrong" * b."nWeak")`)}
    FROM (${inner}) b`;
}

/** A row without the sort keys (the figures carry the same values, as printed). */
function withoutKeys<T extends Record<string, unknown>>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !/(Missing|Key)$/.test(k))) as T;
}

export { interviewerListQuerySchema, questionListQuerySchema };

/** One page of interviewers with their figures, over what the viewer may see; null for anyone but managers and admins. */
export async function interviewerQualityPage(
  viewer: CurrentUser,
  raw: Record<string, unknown>,
  size = QUALITY_PAGE_SIZE,
): Promise<{ sort: InterviewerSort; dir: Dir; page: Page<InterviewerQuality> } | null> {
  if (!canReadInterviewerQuality(viewer)) return null;
  const params = interviewerListQuerySchema.parse(raw);
  const dir = params.dir ?? INTERVIEWER_SORTS[params.sort].dir;
  const { page } = await pagedReport<InterviewerQualityRow>({
    inner: withInterviewerKeys(interviewerQualitySql(viewer, await feedbackVisibility())),
    parts: INTERVIEWER_SORTS[params.sort].parts(dir),
    size: pageSize(String(size), QUALITY_PAGE_SIZE),
    after: params.after,
    before: params.before,
    query: (sql) => db.$queryRaw(sql),
  });
  return { sort: params.sort, dir, page: { ...page, rows: page.rows.map((r) => interviewerFigures(withoutKeys(r))) } };
}

/** The SQL twin of retirementFlag (questions.ts): enough uses, and every rating passed or none did. */
const flaggedSql = Prisma.sql`(uses >= ${MIN_OBSERVATIONS} AND (passes = uses OR passes = 0))`;

/** One page of the question bank with its figures, optionally only the retirement candidates; null for anyone but managers and admins. */
export async function questionQualityPage(
  viewer: CurrentUser,
  raw: Record<string, unknown>,
  size = QUALITY_PAGE_SIZE,
): Promise<{
  sort: QuestionSort;
  dir: Dir;
  show: "all" | "flagged";
  flagged: number;
  page: Page<QuestionQuality>;
} | null> {
  if (!canReadInterviewerQuality(viewer)) return null;
  const params = questionListQuerySchema.parse(raw);
  const dir = params.dir ?? QUESTION_SORTS[params.sort].dir;
  const { page, counts } = await pagedReport<QuestionQualityRow & { retiredAt: Date | string | null }>({
    inner: withQuestionKeys(questionQualitySql(viewer, await feedbackVisibility())),
    filter: params.show === "flagged" ? flaggedSql : undefined,
    parts: QUESTION_SORTS[params.sort].parts(dir),
    size: pageSize(String(size), QUALITY_PAGE_SIZE),
    after: params.after,
    before: params.before,
    counts: { flagged: flaggedSql },
    query: (sql) => db.$queryRaw(sql),
  });
  // Rows come back as JSON: the timestamp is a string (UTC, without a zone).
  const rows = page.rows.map((r) =>
    questionFigures({
      ...withoutKeys(r),
      retiredAt:
        typeof r.retiredAt === "string"
          ? new Date(/Z|[+-]\d\d:?\d\d$/.test(r.retiredAt) ? r.retiredAt : `${r.retiredAt}Z`)
          : r.retiredAt,
    }),
  );
  return { sort: params.sort, dir, show: params.show, flagged: counts.flagged ?? 0, page: { ...page, rows } };
}
