// The calibration exercise lists, a keyset page at a time with a total, read in the database:
// the ones an interviewer can take (/readiness) and all of them for managers (/readiness/team).
// Their URL parameters are read with zod; anything malformed reads as the first page, never a 500.
import "server-only";
import { can, canTrainAsInterviewer } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { keysetPage, keysetTablePage, type KeyPart } from "../paging/keyset";
import { pagingSchema } from "../validation/list-params";
import { exerciseListQuerySchema } from "../validation/page-queries";
import { currentDomains } from "./queries";

export const EXERCISE_PAGE_SIZE = 10;

/** Newest first; the id breaks ties between exercises created at the same instant. */
const NEWEST_FIRST: readonly KeyPart[] = [
  { field: "createdAt", order: "desc", type: "date" },
  { field: "id", order: "desc", type: "string" },
];

/**
 * The exercises an interviewer can take: in use, in a domain of the current matrix, newest first,
 * each with its number of items and the viewer's own attempts (newest first). Null for recruiters.
 * `raw` is the page's URL parameters (`after` / `before`).
 */
export async function myExercisePage(user: CurrentUser, raw: Record<string, unknown> = {}, size = EXERCISE_PAGE_SIZE) {
  if (!canTrainAsInterviewer(user)) return null;
  const { after, before } = pagingSchema.parse(raw);
  const domains = await currentDomains();
  const domainName = new Map(domains.map((d) => [d.domainId, d.name]));
  const where: Prisma.CalibrationExerciseWhereInput = { retiredAt: null, domainId: { in: [...domainName.keys()] } };
  const page = await keysetTablePage({
    parts: NEWEST_FIRST,
    where,
    page: { size, after, before },
    count: (q) => db.calibrationExercise.count(q),
    findMany: (q) =>
      db.calibrationExercise.findMany({
        ...q,
        select: { id: true, title: true, domainId: true, createdAt: true, _count: { select: { items: true } } },
      }),
  });
  const attempts = await db.calibrationAttempt.findMany({
    where: { userId: user.id, exerciseId: { in: page.rows.map((e) => e.id) } },
    orderBy: { submittedAt: "desc" },
    select: { exerciseId: true, exact: true, items: true, passed: true, submittedAt: true },
  });
  return {
    ...page,
    rows: page.rows.map((e) => ({
      id: e.id,
      title: e.title,
      domainId: e.domainId,
      domain: domainName.get(e.domainId)!,
      items: e._count.items,
      attempts: attempts.filter((a) => a.exerciseId === e.id),
    })),
  };
}

/**
 * Per domain, the newest exercise in use that the person has not taken yet (for each domain's
 * "take the calibration" step: only a first attempt at an exercise counts), by domain id.
 */
export async function newestExercisePerDomain(
  domainIds: string[],
  userId: string,
): Promise<Map<string, { id: string; title: string }>> {
  if (domainIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; title: string; domainId: string }[]>(Prisma.sql`
    SELECT DISTINCT ON (e."domainId") e.id, e.title, e."domainId" FROM "CalibrationExercise" e
    WHERE e."retiredAt" IS NULL AND e."domainId" = ANY (${domainIds})
      AND NOT EXISTS (SELECT 1 FROM "CalibrationAttempt" a WHERE a."exerciseId" = e.id AND a."userId" = ${userId})
    ORDER BY e."domainId", e."createdAt" DESC, e.id DESC`);
  return new Map(rows.map((r) => [r.domainId, { id: r.id, title: r.title }]));
}

/** /readiness/team has two paged lists: the exercises' cursors have their own names. */
export { exerciseListQuerySchema };

/** Every calibration exercise for the team page (managers and admins), newest first (retired ones badged), a page at a time. */
export async function exerciseList(user: CurrentUser, raw: Record<string, unknown> = {}, size = EXERCISE_PAGE_SIZE) {
  if (!can(user, "manageReadiness")) return null;
  const query = exerciseListQuerySchema.parse(raw);
  const page = await keysetPage({
    parts: NEWEST_FIRST,
    size,
    after: query.exAfter,
    before: query.exBefore,
    count: () => db.calibrationExercise.count(),
    fetch: ({ seek, orderBy, take }) =>
      db.calibrationExercise.findMany({
        where: seek,
        orderBy,
        take,
        select: {
          id: true,
          title: true,
          domainId: true,
          createdAt: true,
          retiredAt: true,
          _count: { select: { items: true, attempts: true } },
          createdBy: { select: { name: true } },
        },
      }),
  });
  return { ...page, query };
}
