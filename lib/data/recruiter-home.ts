// The recruiter home (/pipeline): role cards with their active candidates per stage, and the
// candidates on file with the status the viewer may see.
import "server-only";
import { visibleStatus } from "../applications/status";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ApplicationStatus } from "../generated/prisma/enums";
import type { ListOptions } from "../paging/cursor";
import { keysetTablePage, type KeyPart } from "../paging/keyset";
import { visibleFeedbackWhere } from "../scorecards/visibility";
import { containsText } from "../validation/text";
import { feedbackVisibility } from "./feedback";
import { hasSearchableText, searchNameMatches } from "../search/name-search";

/** The recruiter home shows at most this many role cards (open roles first); beyond it, a count. */
export const ROLE_CARD_LIMIT = 60;

/** Role cards: each role with its active applications counted per stage in one grouped query. */
async function roleCards() {
  const [total, roles] = await Promise.all([
    db.role.count(),
    db.role.findMany({
      relationLoadStrategy: "join", // one statement, not one per relation
      orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "desc" }],
      take: ROLE_CARD_LIMIT,
      select: {
        id: true,
        title: true,
        status: true,
        salaryMin: true,
        salaryMax: true,
        currency: true,
        cluster: { select: { name: true } },
        stages: { orderBy: { position: "asc" }, select: { id: true, name: true } },
      },
    }),
  ]);
  const counts = await db.application.groupBy({
    by: ["roleId", "currentStageId"],
    where: { status: "ACTIVE", roleId: { in: roles.map((r) => r.id) } },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((c) => [`${c.roleId}:${c.currentStageId ?? ""}`, c._count._all]));
  const rows = roles.map(({ stages, ...role }) => {
    const byStage = [...stages, { id: null, name: "Not started" }]
      .map((s) => ({ stageId: s.id, name: s.name, count: countOf.get(`${role.id}:${s.id ?? ""}`) ?? 0 }))
      .filter((s) => s.count > 0);
    return { ...role, active: byStage.reduce((n, s) => n + s.count, 0), byStage };
  });
  return { total, rows };
}

const CANDIDATE_ORDER: readonly KeyPart[] = [
  { field: "createdAt", order: "desc", type: "date" },
  { field: "id", order: "desc", type: "string" },
];

/** Case-insensitive substring search on name and email; LIKE wildcards in the text match themselves. */
export function candidateSearchWhere(q: string | undefined): Prisma.CandidateWhereInput {
  if (!q) return {};
  // A lone apostrophe would be LIKE's "_" in the email: any email.
  return {
    OR: [searchNameMatches(q), ...(hasSearchableText(q) ? [{ email: containsText(q) }] : [])],
  };
}

/**
 * Candidates on file, newest first, a keyset page at a time, filtered by name/email search.
 * Each row carries its applications with the status the viewer may see: hired/rejected read
 * CLOSED where the viewer may not see the application's feedback (decided in the query
 * for the page's applications only).
 */
export async function recruiterCandidates(user: CurrentUser, opts: ListOptions & { q?: string } = {}) {
  const where: Prisma.CandidateWhereInput = { AND: [{ erasedAt: null }, candidateSearchWhere(opts.q)] };
  const page = await keysetTablePage({
    parts: CANDIDATE_ORDER,
    where,
    page: opts,
    count: (q) => db.candidate.count(q),
    findMany: (q) =>
      db.candidate.findMany({
        ...q,
        relationLoadStrategy: "join",
        select: {
          id: true,
          name: true,
          headline: true,
          source: true,
          createdAt: true,
          applications: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: {
              id: true,
              status: true,
              role: { select: { title: true } },
              currentStage: { select: { name: true } },
            },
          },
        },
      }),
  });
  const appIds = page.rows.flatMap((c) => c.applications.map((a) => a.id));
  const visibility = await feedbackVisibility();
  const visible = appIds.length
    ? new Set(
        (
          await db.application.findMany({
            where: { AND: [{ id: { in: appIds } }, visibleFeedbackWhere(user, visibility)] },
            select: { id: true },
          })
        ).map((a) => a.id),
      )
    : new Set<string>();
  return {
    ...page,
    rows: page.rows.map((c) => ({
      ...c,
      applications: c.applications.map((a) => ({
        id: a.id,
        roleTitle: a.role.title,
        stage: a.currentStage?.name ?? null,
        ...shownStatus(a.status, visible.has(a.id)),
      })),
    })),
  };
}

/** The status as the viewer may see it (status.ts): the reason it is hidden doesn't change it. */
function shownStatus(status: ApplicationStatus, feedbackVisible: boolean) {
  return visibleStatus(status, feedbackVisible ? { visible: true } : { visible: false, reason: "not-on-team" });
}

export async function recruiterOverview(user: CurrentUser, opts: ListOptions & { q?: string } = {}) {
  const [roles, candidates] = await Promise.all([roleCards(), recruiterCandidates(user, opts)]);
  return { roles, candidates };
}
