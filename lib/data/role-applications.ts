import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { ApplicationStatus, FeedbackVisibility } from "../generated/prisma/enums";
import { readDirection, toPage, DEFAULT_PAGE_SIZE } from "../paging/cursor";
import type { Viewer } from "../scorecards/access";
import { hiddenReasonSql, visibleStatusSql } from "../scorecards/visibility";
import type { ComparisonQuery } from "../validation/comparison";
import { NOT_STARTED } from "../validation/list-params";
import { escapeLike } from "../validation/text";
import { feedbackVisibility } from "./feedback";

export type RoleApplicationRow = {
  id: string;
  name: string;
  erased: boolean;
  currentStageId: string | null;
  /** The status this viewer may see: hired/rejected read ACTIVE ("in process") when the feedback is hidden. */
  status: ApplicationStatus;
  statusHidden: boolean;
  interviews: number;
};

type Raw = { id: string; name: string; erased: boolean; stage_id: string | null; status: ApplicationStatus; status_hidden: boolean; interviews: number; created_ms: number };

/**
 * One page of a role's candidates, newest first, for the role page: name search, stage and
 * status filters and keyset paging in the query; the status each viewer may see decided there
 * too (the independence rule as SQL). No scores: the comparison page has those.
 */
export async function roleApplicationsPage(viewer: Viewer, roleId: string, query: Pick<ComparisonQuery, "q" | "stage" | "status" | "after" | "before" | "size">, visibility?: FeedbackVisibility) {
  visibility ??= await feedbackVisibility();
  const size = query.size ?? DEFAULT_PAGE_SIZE;
  const { direction, cursor } = readDirection(query.after, query.before, 2);
  const filters: Prisma.Sql[] = [Prisma.sql`a."roleId" = ${roleId}`];
  if (query.q) filters.push(Prisma.sql`c.name ILIKE ${`%${escapeLike(query.q)}%`}`);
  if (query.stage === NOT_STARTED) filters.push(Prisma.sql`a."currentStageId" IS NULL`);
  else if (query.stage) filters.push(Prisma.sql`a."currentStageId" = ${query.stage}`);
  // Newest first: keys (-createdAt in ms, id desc via the reversed comparison below).
  const seek = cursor ? Prisma.sql`WHERE (created_ms, id) ${Prisma.raw(direction === "forward" ? "<" : ">")} (${Number(cursor.key[0])}::float8, ${String(cursor.key[1])}::text)` : Prisma.empty;
  const order = Prisma.raw(direction === "forward" ? "created_ms DESC, id DESC" : "created_ms ASC, id ASC");
  // The status a viewer may see depends on the independence rule: evaluated for every row only
  // when filtering by status, otherwise for the page's rows alone.
  const reason = hiddenReasonSql(viewer, visibility, "b");
  const [result] = await db.$queryRaw<{ total: number; rows: Raw[] | null }[]>`
    WITH base AS (
      SELECT a.id, a."roleId", a."createdAt", a."currentStageId" AS stage_id, a.status AS real_status, c.name, (c."erasedAt" IS NOT NULL) AS erased,
        (extract(epoch FROM a."createdAt") * 1000)::float8 AS created_ms
      FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId"
      WHERE ${Prisma.join(filters, " AND ")}
    ),
    filtered AS (
      ${query.status ? Prisma.sql`SELECT * FROM (SELECT b.*, ${reason} AS reason FROM base b) r WHERE ${visibleStatusSql("r").status} = ${query.status}` : Prisma.sql`SELECT b.*, NULL::text AS reason FROM base b`}
    ),
    page AS (SELECT * FROM filtered ${seek} ORDER BY ${order} LIMIT ${size + 1}),
    page_visible AS (SELECT p.id, p.name, p.erased, p.stage_id, p.created_ms, p.real_status, ${hiddenReasonSql(viewer, visibility, "p")} AS reason FROM page p)
    SELECT (SELECT count(*) FROM filtered)::int AS total,
      (SELECT json_agg(row_to_json(x)) FROM (
        SELECT pv.id, pv.name, pv.erased, pv.stage_id, pv.created_ms, ${visibleStatusSql("pv").status} AS status, ${visibleStatusSql("pv").hidden} AS status_hidden,
          (SELECT count(*) FROM "Interview" i WHERE i."applicationId" = pv.id)::int AS interviews
        FROM page_visible pv ORDER BY ${order}) x) AS rows`;
  const raw = result?.rows ?? [];
  const page = toPage(raw, size, result?.total ?? 0, (r) => [r.created_ms, r.id], direction, cursor);
  return {
    ...page,
    rows: page.rows.map((r): RoleApplicationRow => ({ id: r.id, name: r.erased ? "Erased candidate" : r.name, erased: r.erased, currentStageId: r.stage_id, status: r.status, statusHidden: r.status_hidden, interviews: r.interviews })),
  };
}
