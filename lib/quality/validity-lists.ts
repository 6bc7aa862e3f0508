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
import { choiceParam, pagingSchema } from "../validation/list-params";
import { interviewerFigures, interviewerQualitySql, type InterviewerQuality, type InterviewerQualityRow } from "./interviewers";
import { pagedReport, type SortPart } from "./paged-sql";
import { questionFigures, questionQualitySql, type QuestionQuality, type QuestionQualityRow } from "./questions";
import { MIN_OBSERVATIONS } from "./validity-stats";

export const QUALITY_PAGE_SIZE = 25;

export const INTERVIEWER_SORTS = {
  name: { label: "Name", parts: [s("name"), s("id")] },
  hires: { label: "Most hires followed", parts: [n("hires", "desc"), s("name"), s("id")] },
  ratings: { label: "Most ratings", parts: [n("ratings", "desc"), s("name"), s("id")] },
} as const satisfies Record<string, { label: string; parts: SortPart[] }>;
export type InterviewerSort = keyof typeof INTERVIEWER_SORTS;

export const QUESTION_SORTS = {
  domain: { label: "Domain and level", parts: [s("domain"), n("level"), n("uses", "desc"), s("id")] },
  uses: { label: "Most used", parts: [n("uses", "desc"), s("domain"), s("id")] },
} as const satisfies Record<string, { label: string; parts: SortPart[] }>;
export type QuestionSort = keyof typeof QUESTION_SORTS;

function s(column: string, order: "asc" | "desc" = "asc"): SortPart {
  return { column, order, type: "string" };
}
function n(column: string, order: "asc" | "desc" = "asc"): SortPart {
  return { column, order, type: "number" };
}

export const interviewerListQuerySchema = pagingSchema.extend({
  sort: choiceParam(Object.keys(INTERVIEWER_SORTS) as [InterviewerSort, ...InterviewerSort[]], "name"),
});

export const questionListQuerySchema = pagingSchema.extend({
  sort: choiceParam(Object.keys(QUESTION_SORTS) as [QuestionSort, ...QuestionSort[]], "domain"),
  show: choiceParam(["all", "flagged"] as const, "all"),
});

/** One page of interviewers with their figures, over what the viewer may see; null for anyone but managers and admins. */
export async function interviewerQualityPage(
  viewer: CurrentUser,
  raw: Record<string, unknown>,
): Promise<{ sort: InterviewerSort; page: Page<InterviewerQuality> } | null> {
  if (!canReadInterviewerQuality(viewer)) return null;
  const params = interviewerListQuerySchema.parse(raw);
  const { page } = await pagedReport<InterviewerQualityRow>({
    inner: interviewerQualitySql(viewer, await feedbackVisibility()),
    parts: INTERVIEWER_SORTS[params.sort].parts,
    size: pageSize(undefined, QUALITY_PAGE_SIZE),
    after: params.after,
    before: params.before,
    query: (sql) => db.$queryRaw(sql),
  });
  return { sort: params.sort, page: { ...page, rows: page.rows.map(interviewerFigures) } };
}

/** The SQL twin of retirementFlag (questions.ts): enough uses, and every rating passed or none did. */
const flaggedSql = Prisma.sql`(uses >= ${MIN_OBSERVATIONS} AND (passes = uses OR passes = 0))`;

/** One page of the question bank with its figures, optionally only the retirement candidates; null for anyone but managers and admins. */
export async function questionQualityPage(
  viewer: CurrentUser,
  raw: Record<string, unknown>,
): Promise<{ sort: QuestionSort; show: "all" | "flagged"; flagged: number; page: Page<QuestionQuality> } | null> {
  if (!canReadInterviewerQuality(viewer)) return null;
  const params = questionListQuerySchema.parse(raw);
  const { page, counts } = await pagedReport<QuestionQualityRow & { retiredAt: Date | string | null }>({
    inner: questionQualitySql(viewer, await feedbackVisibility()),
    filter: params.show === "flagged" ? flaggedSql : undefined,
    parts: QUESTION_SORTS[params.sort].parts,
    size: pageSize(undefined, QUALITY_PAGE_SIZE),
    after: params.after,
    before: params.before,
    counts: { flagged: flaggedSql },
    query: (sql) => db.$queryRaw(sql),
  });
  // Rows come back as JSON: the timestamp is a string (UTC, without a zone).
  const rows = page.rows.map((r) =>
    questionFigures({
      ...r,
      retiredAt:
        typeof r.retiredAt === "string" ? new Date(/Z|[+-]\d\d:?\d\d$/.test(r.retiredAt) ? r.retiredAt : `${r.retiredAt}Z`) : r.retiredAt,
    }),
  );
  return { sort: params.sort, show: params.show, flagged: counts.flagged ?? 0, page: { ...page, rows } };
}
