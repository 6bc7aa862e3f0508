import "server-only";
import { opensRoleApplications } from "../auth/permissions";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { VisibleStatus } from "../applications/status";
import type { FeedbackVisibility } from "../generated/prisma/enums";
import { readDirection, toPage, DEFAULT_PAGE_SIZE } from "../paging/cursor";
import type { Viewer } from "../scorecards/access";
import { hiddenReasonSql, visibleStatusSql } from "../scorecards/visibility";
import type { ComparisonQuery } from "../validation/comparison";
import { NOT_STARTED } from "../validation/list-params";
import { feedbackVisibility } from "./feedback";
import { candidateNamedSql } from "../search/name-search-sql";

export type RoleApplicationRow = {
  id: string;
  name: string;
  erased: boolean;
  currentStageId: string | null;
  /** The status this viewer may see: hired/rejected read CLOSED when the feedback is hidden. */
  status: VisibleStatus;
  statusHidden: boolean;
  /** Interviews of the application: all of them, or the viewer's own when they list only their candidates. */
  interviews: number;
  /** When the candidate was added to the role (tells apart two of one name). */
  addedAt: Date;
};

type Raw = {
  id: string;
  name: string;
  erased: boolean;
  stage_id: string | null;
  status: VisibleStatus;
  status_hidden: boolean;
  interviews: number;
  created_ms: number;
};

/** The role as the list's rule needs it: its id, owner and hiring team. */
export type RoleOfList = {
  id: string;
  ownerId: string;
  members: { userId: string; function: "INTERVIEWER" | "RECRUITER" }[];
};

/**
 * One page of a role's candidates, newest first, for the role page: name search, stage and
 * status filters and keyset paging in the query; the status each viewer may see decided there
 * too (the independence rule as SQL). No scores: the comparison page has those.
 */
export async function roleApplicationsPage(
  viewer: Viewer,
  role: RoleOfList,
  query: RoleListQuery,
  visibility?: FeedbackVisibility,
) {
  visibility ??= await feedbackVisibility();
  const size = query.size ?? DEFAULT_PAGE_SIZE;
  const { direction, cursor } = readDirection(query.after, query.before, 2);
  const [result] = await db.$queryRaw<{ total: number; rows: Raw[] | null }[]>(
    roleApplicationsSql(viewer, role, query, visibility),
  );
  const raw = result?.rows ?? [];
  const page = toPage(raw, size, result?.total ?? 0, (r) => [r.created_ms, r.id], direction, cursor);
  return {
    ...page,
    rows: page.rows.map((r): RoleApplicationRow => ({
      id: r.id,
      name: r.erased ? "Erased candidate" : r.name,
      erased: r.erased,
      currentStageId: r.stage_id,
      status: r.status,
      statusHidden: r.status_hidden,
      interviews: r.interviews,
      addedAt: new Date(r.created_ms),
    })),
  };
}

type RoleListQuery = Pick<ComparisonQuery, "q" | "stage" | "status" | "after" | "before" | "size">;

/** The role list's one statement: a page of rows (one more than asked, for paging) and the total. */
export function roleApplicationsSql(
  viewer: Viewer,
  role: RoleOfList,
  query: RoleListQuery,
  visibility: FeedbackVisibility,
): Prisma.Sql {
  const size = query.size ?? DEFAULT_PAGE_SIZE;
  const { direction, cursor } = readDirection(query.after, query.before, 2);
  const filters: Prisma.Sql[] = [Prisma.sql`a."roleId" = ${role.id}`];
  // Who opens every application of the role lists them all; anyone else (an interviewer on its
  // team) lists the candidates they interview, whose pages they may open, and no other names.
  const listsAll = opensRoleApplications(viewer, role);
  if (!listsAll)
    filters.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Interview" vi WHERE vi."applicationId" = a.id AND vi."interviewerId" = ${viewer.id})`,
    );
  if (query.q) filters.push(candidateNamedSql(Prisma.raw(`a."candidateId"`), query.q));
  if (query.stage === NOT_STARTED) filters.push(Prisma.sql`a."currentStageId" IS NULL`);
  else if (query.stage) filters.push(Prisma.sql`a."currentStageId" = ${query.stage}`);
  // The status a viewer may see depends on the independence rule: evaluated for every row only
  // when filtering by status, otherwise for the page's rows alone.
  if (query.status)
    filters.push(
      Prisma.sql`(SELECT ${visibleStatusSql("r").status} FROM (SELECT a.status AS real_status, ${hiddenReasonSql(viewer, visibility, "a")} AS reason) r) = ${query.status}`,
    );
  const where = Prisma.join(filters, " AND ");
  // Newest first, keyed on (createdAt, id) so the (roleId, createdAt) index yields the page
  // without reading the rest of the role; the cursor carries createdAt in epoch milliseconds.
  const seek = cursor
    ? Prisma.sql`AND (a."createdAt", a.id) ${Prisma.raw(direction === "forward" ? "<" : ">")} ('epoch'::timestamp + ${Number(cursor.key[0])} * interval '1 millisecond', ${String(cursor.key[1])}::text)`
    : Prisma.empty;
  const order = Prisma.raw(direction === "forward" ? `a."createdAt" DESC, a.id DESC` : `a."createdAt" ASC, a.id ASC`);
  return Prisma.sql`
    WITH page AS (
      SELECT a.id, a."candidateId", a."currentStageId" AS stage_id, a.status AS real_status, a."createdAt",
        (extract(epoch FROM a."createdAt") * 1000)::float8 AS created_ms, ${hiddenReasonSql(viewer, visibility, "a")} AS reason
      FROM "Application" a
      WHERE ${where} ${seek}
      ORDER BY ${order} LIMIT ${size + 1}
    )
    SELECT (SELECT count(*) FROM "Application" a WHERE ${where})::int AS total,
      (SELECT json_agg(row_to_json(x)) FROM (
        SELECT p.id, c.name, (c."erasedAt" IS NOT NULL) AS erased, p.stage_id, p.created_ms, ${visibleStatusSql("p").status} AS status, ${visibleStatusSql("p").hidden} AS status_hidden,
          (SELECT count(*) FROM "Interview" i WHERE i."applicationId" = p.id ${listsAll ? Prisma.empty : Prisma.sql`AND i."interviewerId" = ${viewer.id}`})::int AS interviews
        -- A page of at most 51 rows looks its candidates up one by one: joined plainly, the planner
        -- (random_page_cost 4) hashed the whole Candidate table instead, 5-9 ms at 10,000
        -- candidates against 3 ms this way (pgbench). OFFSET 0 keeps the lookup per row.
        FROM page p CROSS JOIN LATERAL (SELECT c.name, c."erasedAt" FROM "Candidate" c WHERE c.id = p."candidateId" OFFSET 0) c
        ORDER BY ${Prisma.raw(direction === "forward" ? `p."createdAt" DESC, p.id DESC` : `p."createdAt" ASC, p.id ASC`)}) x) AS rows`;
}
