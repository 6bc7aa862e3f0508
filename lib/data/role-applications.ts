import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { ApplicationStatus, FeedbackVisibility } from "../generated/prisma/enums";
import { readDirection, toPage, DEFAULT_PAGE_SIZE } from "../paging/cursor";
import type { Viewer } from "../scorecards/access";
import { hiddenReasonSql } from "../scorecards/visibility";
import type { ComparisonQuery } from "../validation/comparison";
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
  if (query.q) filters.push(Prisma.sql`c.name ILIKE ${`%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`}`);
  if (query.stage === "none") filters.push(Prisma.sql`a."currentStageId" IS NULL`);
  else if (query.stage) filters.push(Prisma.sql`a."currentStageId" = ${query.stage}`);
  // Newest first: keys (-createdAt in ms, id desc via the reversed comparison below).
  const seek = cursor ? Prisma.sql`WHERE (created_ms, id) ${Prisma.raw(direction === "forward" ? "<" : ">")} (${Number(cursor.key[0])}::float8, ${String(cursor.key[1])}::text)` : Prisma.empty;
  const order = Prisma.raw(direction === "forward" ? "created_ms DESC, id DESC" : "created_ms ASC, id ASC");
  const statusFilter = query.status ? Prisma.sql`WHERE status = ${query.status}` : Prisma.empty;
  const [result] = await db.$queryRaw<{ total: number; rows: Raw[] | null }[]>`
    WITH base AS (
      SELECT a.id, a."createdAt", a."currentStageId" AS stage_id, a.status AS real_status, c.name, (c."erasedAt" IS NOT NULL) AS erased,
        ${hiddenReasonSql(viewer, visibility, "a")} AS reason
      FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId"
      WHERE ${Prisma.join(filters, " AND ")}
    ),
    visible AS (
      SELECT id, name, erased, stage_id, (extract(epoch FROM "createdAt") * 1000)::float8 AS created_ms,
        (CASE WHEN reason IS NOT NULL AND real_status IN ('HIRED', 'REJECTED') THEN 'ACTIVE' ELSE real_status::text END) AS status,
        (reason IS NOT NULL AND real_status IN ('HIRED', 'REJECTED')) AS status_hidden
      FROM base
    ),
    filtered AS (SELECT * FROM visible ${statusFilter}),
    page AS (SELECT * FROM filtered ${seek} ORDER BY ${order} LIMIT ${size + 1})
    SELECT (SELECT count(*) FROM filtered)::int AS total,
      (SELECT json_agg(row_to_json(p)) FROM (
        SELECT page.*, (SELECT count(*) FROM "Interview" i WHERE i."applicationId" = page.id)::int AS interviews FROM page ORDER BY ${order}) p) AS rows`;
  const raw = result?.rows ?? [];
  const page = toPage(raw, size, result?.total ?? 0, (r) => [r.created_ms, r.id], direction, cursor);
  return {
    ...page,
    rows: page.rows.map((r): RoleApplicationRow => ({ id: r.id, name: r.erased ? "Erased candidate" : r.name, erased: r.erased, currentStageId: r.stage_id, status: r.status, statusHidden: r.status_hidden, interviews: r.interviews })),
  };
}
