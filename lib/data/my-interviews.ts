// The interviewer home (/interviews): an interviewer's own interviews, bucketed by what is left to do.
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { DEFAULT_PAGE_SIZE, readDirection, readsFromEnd, toPage, type ListOptions } from "../paging/cursor";
import { OPEN_BUCKETS, type InterviewBucket, type OpenBucket } from "../interviews/buckets";
import { keysetPage, type KeyPart } from "../paging/keyset";
import { hasSearchableText, searchNameMatches } from "../search/name-search";
import { applicantNamedSql } from "../search/name-search-sql";

export { OPEN_BUCKETS, type InterviewBucket, type OpenBucket };
/** How many of each open bucket the overview lists: the next few; the rest page on their own. */
export const OPEN_BUCKET_LIMIT = 10;
/** A scorecard not submitted a day after the interview is overdue (bucketOf). */
const DAY_MS = 24 * 3600 * 1000;

/**
 * The bucket of one interview, from the interviewer's own scorecard and the application's state.
 * The definition `bucketWhere` puts in the query; kept as the tests' oracle.
 */
export function bucketOf(
  r: {
    scheduledAt: Date | null;
    scorecard: { status: string } | null;
    application: { status: string; candidate: { erasedAt: Date | null } };
  },
  now: Date,
): InterviewBucket {
  if (r.scorecard?.status === "SUBMITTED") return "submitted";
  if (r.application.candidate.erasedAt || r.application.status !== "ACTIVE") return "closed";
  if (r.scheduledAt && now.getTime() - r.scheduledAt.getTime() > DAY_MS) return "overdue";
  return r.scorecard ? "draft" : "todo";
}

/**
 * Due scorecards (lib/reminders' dueInterviews) split as the page's sections list them: held over
 * a day ago (Overdue, as bucketOf says) and held in the last day (Drafts or To do).
 */
export function splitDue(due: { scheduledAt: Date }[], now: Date): { overdue: number; recent: number } {
  const overdue = due.filter((d) => now.getTime() - d.scheduledAt.getTime() > DAY_MS).length;
  return { overdue, recent: due.length - overdue };
}

/**
 * `bucketOf` in SQL over one interviewer's interviews: per bucket its total and, for the open
 * buckets, the first `limit` interview ids (soonest scheduled first, unscheduled last). Reads
 * the open interviews only (Interview."scorecardSubmittedAt" IS NULL, a partial index kept by
 * the database), so the cost follows what is still to do, not the interviewer's whole history;
 * the submitted ones are counted from their own partial index.
 */
/** A candidate's name (their stored folded name, lib/search/name-search.ts), per interview by key. */
const namedSql = (q: string | undefined) =>
  q ? Prisma.sql`AND ${applicantNamedSql(Prisma.raw(`i."applicationId"`), q)}` : Prisma.empty;

/**
 * One interviewer's open interviews with the bucket of each (scheduledAt for their order). Reads
 * the open interviews only (Interview."scorecardSubmittedAt" IS NULL, a partial index kept by the
 * database), so the cost follows what is still to do, not the interviewer's whole history.
 */
function openInterviewsSql(userId: string, now: Date, q: string | undefined) {
  const overdueSince = new Date(now.getTime() - DAY_MS);
  return Prisma.sql`
      -- Scalar lookups per open interview (a handful, by primary key), never a join or a hashed
      -- subplan over every application: the planner overestimates the open rows.
      SELECT i.id, i."scheduledAt",
        CASE
          WHEN (SELECT c."erasedAt" IS NOT NULL OR a.status <> 'ACTIVE' FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId"
            WHERE a.id = i."applicationId") THEN 'closed'
          WHEN i."scheduledAt" < ${overdueSince} THEN 'overdue'
          WHEN (SELECT s.id FROM "Scorecard" s WHERE s."interviewId" = i.id AND s."interviewerId" = ${userId} LIMIT 1) IS NOT NULL THEN 'draft'
          ELSE 'todo' END AS bucket
      FROM "Interview" i
      WHERE i."interviewerId" = ${userId} AND i."scorecardSubmittedAt" IS NULL ${namedSql(q)}`;
}

/**
 * `bucketOf` in SQL over one interviewer's interviews: per bucket its total and, for the open
 * buckets, the first `limit` interview ids (soonest scheduled first, unscheduled last); the
 * submitted ones are counted from their own partial index.
 */
async function bucketTotals(userId: string, now: Date, limit: number, q: string | undefined) {
  return db.$queryRaw<{ bucket: InterviewBucket; total: number; ids: string[] | null }[]>`
    WITH open AS (${openInterviewsSql(userId, now, q)}),
    ranked AS (
      SELECT id, bucket, row_number() OVER (PARTITION BY bucket ORDER BY "scheduledAt" ASC NULLS LAST, id ASC) AS rn FROM open
    )
    SELECT bucket, count(*)::int AS total, array_agg(id ORDER BY rn) FILTER (WHERE rn <= ${limit}) AS ids FROM ranked GROUP BY bucket
    UNION ALL
    SELECT 'submitted', count(*)::int, NULL FROM "Interview" i WHERE i."interviewerId" = ${userId} AND i."scorecardSubmittedAt" IS NOT NULL ${namedSql(q)}`;
}

const interviewFields = (userId: string) =>
  ({
    id: true,
    interviewerId: true,
    applicationId: true,
    scheduledAt: true,
    stage: { select: { name: true, durationMinutes: true } },
    application: { select: { candidate: { select: { name: true } }, role: { select: { title: true } } } },
    scorecards: { where: { interviewerId: userId }, select: { status: true, updatedAt: true, submittedAt: true } },
  }) satisfies Prisma.InterviewSelect;

type InterviewRow = Prisma.InterviewGetPayload<{ select: ReturnType<typeof interviewFields> }>;
const withCard = ({ scorecards, ...r }: InterviewRow, bucket: InterviewBucket) => ({
  ...r,
  scorecard: scorecards[0] ?? null,
  bucket,
});
export type MyInterview = ReturnType<typeof withCard>;

/** The interviews of `ids` this interviewer holds, with what the page shows of each. */
async function interviewsById(userId: string, ids: string[]) {
  const rows = ids.length
    ? await db.interview.findMany({
        relationLoadStrategy: "join",
        where: { id: { in: ids }, interviewerId: userId },
        select: interviewFields(userId),
      })
    : [];
  return new Map(rows.map((r) => [r.id, r]));
}

const SUBMITTED_ORDER: readonly KeyPart[] = [
  { field: "scorecardSubmittedAt", order: "desc", type: "date" },
  { field: "id", order: "desc", type: "string" },
];

/**
 * An interviewer's own interviews (scoped by interviewerId: nobody else's appear), bucketed in the
 * query: the open buckets (drafts, overdue, to do, closed) at most OPEN_BUCKET_LIMIT each with
 * their totals, and the submitted history a keyset page (newest submission first).
 */
export async function interviewerInterviews(
  user: CurrentUser,
  opts: ListOptions & { now?: Date; limit?: number; q?: string } = {},
) {
  const now = opts.now ?? new Date();
  const limit = opts.limit ?? OPEN_BUCKET_LIMIT;
  // A query of apostrophes alone names nobody (name-search.ts).
  const q = opts.q;
  if (q && !hasSearchableText(q)) return emptyResult();
  const totals = new Map((await bucketTotals(user.id, now, limit, q)).map((t) => [t.bucket, t]));
  const byId = await interviewsById(
    user.id,
    OPEN_BUCKETS.flatMap((bucket) => totals.get(bucket)?.ids ?? []),
  );
  const open = OPEN_BUCKETS.map((bucket) => {
    const t = totals.get(bucket);
    const rows = (t?.ids ?? []).flatMap((id) => (byId.has(id) ? [withCard(byId.get(id)!, bucket)] : []));
    return [bucket, { total: t?.total ?? 0, rows }] as const;
  });
  // The history, newest submission first, by the submitted interviews' partial index.
  const submitted = await keysetPage({
    parts: SUBMITTED_ORDER,
    size: opts.size ?? DEFAULT_PAGE_SIZE,
    after: opts.after,
    before: opts.before,
    count: async () => totals.get("submitted")?.total ?? 0,
    fetch: ({ seek, orderBy, take }) =>
      db.interview.findMany({
        relationLoadStrategy: "join", // one statement, not one per relation (six)
        where: {
          AND: [
            { interviewerId: user.id, scorecardSubmittedAt: { not: null } },
            q ? { application: { candidate: searchNameMatches(q) } } : {},
            seek,
          ],
        },
        orderBy,
        take,
        select: { ...interviewFields(user.id), scorecardSubmittedAt: true },
      }),
  });
  return {
    buckets: Object.fromEntries(open) as Record<(typeof OPEN_BUCKETS)[number], { total: number; rows: MyInterview[] }>,
    submitted: {
      ...submitted,
      rows: submitted.rows.map(({ scorecardSubmittedAt: _, ...r }) => withCard(r, "submitted")),
    },
  };
}

/**
 * A cursor's key into an open bucket: the bucket (a cursor of another section, or of the
 * submitted list, reads as the first page rather than a page numbered from somewhere else),
 * scheduledAt (null: unscheduled, listed last) and id.
 */
function bucketKey(bucket: OpenBucket, key: readonly unknown[] | undefined): { at: Date | null; id: string } | null {
  if (!key || key.length !== 3 || key[0] !== bucket || typeof key[2] !== "string") return null;
  if (key[1] === null) return { at: null, id: key[2] };
  if (typeof key[1] !== "string") return null;
  const at = new Date(key[1]);
  return Number.isNaN(at.getTime()) ? null : { at, id: key[2] };
}

/**
 * One open bucket of an interviewer's own interviews, a keyset page in the overview's order
 * (soonest scheduled first, unscheduled last, then id), with its total: the overview lists the
 * first few of each, this pages through all of them.
 */
export async function interviewerBucketPage(
  user: CurrentUser,
  bucket: OpenBucket,
  opts: ListOptions & { now?: Date; q?: string } = {},
) {
  const now = opts.now ?? new Date();
  const size = opts.size ?? DEFAULT_PAGE_SIZE;
  const q = opts.q;
  if (q && !hasSearchableText(q)) return { ...emptyResult().submitted };
  const read = readDirection(opts.after, opts.before, 3);
  const key = bucketKey(bucket, read.cursor?.key);
  const direction = key || readsFromEnd(read) ? read.direction : "forward";
  const cursor = key ? read.cursor : null;
  const forward = direction === "forward";
  // Rows beyond the cursor in reading order, "scheduledAt" ascending with NULLs last, then id.
  const seek = !key
    ? Prisma.empty
    : key.at === null
      ? forward
        ? Prisma.sql`AND "scheduledAt" IS NULL AND id > ${key.id}`
        : Prisma.sql`AND ("scheduledAt" IS NOT NULL OR id < ${key.id})`
      : forward
        ? Prisma.sql`AND ("scheduledAt" IS NULL OR "scheduledAt" > ${key.at} OR ("scheduledAt" = ${key.at} AND id > ${key.id}))`
        : Prisma.sql`AND ("scheduledAt" < ${key.at} OR ("scheduledAt" = ${key.at} AND id < ${key.id}))`;
  const order = forward
    ? Prisma.sql`"scheduledAt" ASC NULLS LAST, id ASC`
    : Prisma.sql`"scheduledAt" DESC NULLS FIRST, id DESC`;
  const open = openInterviewsSql(user.id, now, q);
  const [keys, [counted]] = await Promise.all([
    db.$queryRaw<{ id: string; scheduledAt: Date | null }[]>`
      WITH open AS (${open})
      SELECT id, "scheduledAt" FROM open WHERE bucket = ${bucket} ${seek} ORDER BY ${order} LIMIT ${size + 1}`,
    db.$queryRaw<
      { total: number }[]
    >`WITH open AS (${open}) SELECT count(*)::int AS total FROM open WHERE bucket = ${bucket}`,
  ]);
  const page = toPage(
    keys,
    size,
    counted?.total ?? 0,
    (r) => [bucket, r.scheduledAt?.toISOString() ?? null, r.id],
    direction,
    cursor,
  );
  const byId = await interviewsById(
    user.id,
    page.rows.map((r) => r.id),
  );
  return {
    ...page,
    rows: page.rows.flatMap((r) => (byId.has(r.id) ? [withCard(byId.get(r.id)!, bucket)] : [])),
  };
}

function emptyResult() {
  const none = { total: 0, rows: [] as MyInterview[] };
  return {
    buckets: Object.fromEntries(OPEN_BUCKETS.map((b) => [b, none])) as Record<
      (typeof OPEN_BUCKETS)[number],
      { total: number; rows: MyInterview[] }
    >,
    submitted: { ...none, next: null, prev: null, start: 0 },
  };
}

/** Every row of `interviewerInterviews` in one list (tests): open buckets, then the submitted page. */
export function allMyInterviews(result: Awaited<ReturnType<typeof interviewerInterviews>>): MyInterview[] {
  return [...OPEN_BUCKETS.flatMap((b) => result.buckets[b].rows), ...result.submitted.rows];
}
