import "server-only";
import { listsEveryRole } from "../auth/permissions";
import { db } from "../db";
import type { CurrentUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import type { ApplicationStatus } from "../generated/prisma/enums";
import { visibleStatus } from "../applications/status";
import { keysetPage, type KeyPart } from "../paging/keyset";
import { DEFAULT_PAGE_SIZE } from "../paging/cursor";
import { visibleFeedbackWhere } from "../scorecards/visibility";
import { describeEvents } from "./audit-log";
import { feedbackVisibility } from "./feedback";
import { containsText } from "../validation/text";

type ListOptions = { after?: string; before?: string; size?: number };

// ---------------------------------------------------------------- manager home

const ROLE_ORDER: readonly KeyPart[] = [
  { field: "status", order: "asc", type: "enum", values: ["DRAFT", "OPEN", "CLOSED"] },
  { field: "createdAt", order: "desc", type: "date" },
  { field: "id", order: "desc", type: "string" },
];

/** The roles a manager owns (an admin: every role), a page at a time, with the fields the cards show. */
export async function managerRoles(user: CurrentUser, opts: ListOptions = {}) {
  const where: Prisma.RoleWhereInput = listsEveryRole(user) ? {} : { ownerId: user.id };
  const page = await keysetPage({
    parts: ROLE_ORDER,
    size: opts.size ?? DEFAULT_PAGE_SIZE,
    after: opts.after,
    before: opts.before,
    count: () => db.role.count({ where }),
    fetch: ({ seek, orderBy, take }) =>
      db.role.findMany({
        where: { AND: [where, seek] },
        orderBy,
        take,
        select: {
          id: true,
          title: true,
          status: true,
          seniority: true,
          createdAt: true,
          salaryMin: true,
          salaryMax: true,
          currency: true,
          matrixVersionId: true,
          cluster: { select: { name: true } },
          owner: { select: { name: true } },
          targets: { select: { domainId: true, level: true, domain: { select: { key: true } } } },
          _count: { select: { applications: true, stages: true } },
        },
      }),
  });
  // Each role names its domains as worded in its own matrix version: one read for the page's pairs.
  const names = await db.matrixVersionDomain.findMany({
    where: {
      versionId: { in: [...new Set(page.rows.map((r) => r.matrixVersionId))] },
      domainId: { in: [...new Set(page.rows.flatMap((r) => r.targets.map((t) => t.domainId)))] },
    },
    select: { versionId: true, domainId: true, shortName: true },
  });
  const shortName = new Map(names.map((n) => [`${n.versionId}:${n.domainId}`, n.shortName]));
  return {
    ...page,
    rows: page.rows.map(({ targets, ...role }) => ({
      ...role,
      targets: targets.map((t) => ({
        domainId: t.domainId,
        level: t.level,
        label: shortName.get(`${role.matrixVersionId}:${t.domainId}`) ?? t.domain.key,
      })),
    })),
  };
}

// ---------------------------------------------------------------- my interviews

/** "closed": the candidate withdrew, was rejected/hired or erased before this scorecard was submitted. */
export type InterviewBucket = "draft" | "overdue" | "todo" | "submitted" | "closed";
export const OPEN_BUCKETS = ["draft", "overdue", "todo", "closed"] as const;
/** Open buckets are normally a handful; beyond this many the page says how many more there are. */
export const OPEN_BUCKET_LIMIT = 50;
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
 * `bucketOf` in SQL over one interviewer's interviews: per bucket its total and, for the open
 * buckets, the first `limit` interview ids (soonest scheduled first, unscheduled last). Reads
 * the open interviews only (Interview."scorecardSubmittedAt" IS NULL, a partial index kept by
 * the database), so the cost follows what is still to do, not the interviewer's whole history;
 * the submitted ones are counted from their own partial index.
 */
async function bucketTotals(userId: string, now: Date, limit: number) {
  const overdueSince = new Date(now.getTime() - DAY_MS);
  return db.$queryRaw<{ bucket: InterviewBucket; total: number; ids: string[] | null }[]>`
    WITH open AS (
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
      WHERE i."interviewerId" = ${userId} AND i."scorecardSubmittedAt" IS NULL
    ),
    ranked AS (
      SELECT id, bucket, row_number() OVER (PARTITION BY bucket ORDER BY "scheduledAt" ASC NULLS LAST, id ASC) AS rn FROM open
    )
    SELECT bucket, count(*)::int AS total, array_agg(id ORDER BY rn) FILTER (WHERE rn <= ${limit}) AS ids FROM ranked GROUP BY bucket
    UNION ALL
    SELECT 'submitted', count(*)::int, NULL FROM "Interview" WHERE "interviewerId" = ${userId} AND "scorecardSubmittedAt" IS NOT NULL`;
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
const withCard = ({ scorecards, ...r }: InterviewRow, bucket: InterviewBucket) => ({ ...r, scorecard: scorecards[0] ?? null, bucket });
export type MyInterview = ReturnType<typeof withCard>;

const SUBMITTED_ORDER: readonly KeyPart[] = [
  { field: "scorecardSubmittedAt", order: "desc", type: "date" },
  { field: "id", order: "desc", type: "string" },
];

/**
 * An interviewer's own interviews (scoped by interviewerId: nobody else's appear), bucketed in the
 * query: the open buckets (drafts, overdue, to do, closed) at most OPEN_BUCKET_LIMIT each with
 * their totals, and the submitted history a keyset page (newest submission first).
 */
export async function interviewerInterviews(user: CurrentUser, opts: ListOptions & { now?: Date; limit?: number } = {}) {
  const now = opts.now ?? new Date();
  const limit = opts.limit ?? OPEN_BUCKET_LIMIT;
  const select = interviewFields(user.id);
  const totals = new Map((await bucketTotals(user.id, now, limit)).map((t) => [t.bucket, t]));
  const openIds = OPEN_BUCKETS.flatMap((bucket) => totals.get(bucket)?.ids ?? []);
  const byId = new Map(
    (openIds.length
      ? await db.interview.findMany({ relationLoadStrategy: "join", where: { id: { in: openIds }, interviewerId: user.id }, select })
      : []
    ).map((r) => [r.id, r]),
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
        where: { AND: [{ interviewerId: user.id, scorecardSubmittedAt: { not: null } }, seek] },
        orderBy,
        take,
        select: { ...select, scorecardSubmittedAt: true },
      }),
  });
  return {
    buckets: Object.fromEntries(open) as Record<(typeof OPEN_BUCKETS)[number], { total: number; rows: MyInterview[] }>,
    submitted: { ...submitted, rows: submitted.rows.map(({ scorecardSubmittedAt: _, ...r }) => withCard(r, "submitted")) },
  };
}

/** Every row of `interviewerInterviews` in one list (tests): open buckets, then the submitted page. */
export function allMyInterviews(result: Awaited<ReturnType<typeof interviewerInterviews>>): MyInterview[] {
  return [...OPEN_BUCKETS.flatMap((b) => result.buckets[b].rows), ...result.submitted.rows];
}

// ---------------------------------------------------------------- recruiter home

/** The recruiter home shows at most this many role cards (open roles first); beyond it, a count. */
export const ROLE_CARD_LIMIT = 60;

/** Role cards: each role with its active applications counted per stage in one grouped query. */
async function roleCards() {
  const [total, roles] = await Promise.all([
    db.role.count(),
    db.role.findMany({
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
  return { OR: [{ name: containsText(q) }, { email: containsText(q) }] };
}

/**
 * Candidates on file, newest first, a keyset page at a time, filtered by name/email search.
 * Each row carries its applications with the status the viewer may see: hired/rejected read
 * "in process" where the viewer may not see the application's feedback (decided in the query
 * for the page's applications only).
 */
export async function recruiterCandidates(user: CurrentUser, opts: ListOptions & { q?: string } = {}) {
  const where: Prisma.CandidateWhereInput = { AND: [{ erasedAt: null }, candidateSearchWhere(opts.q)] };
  const page = await keysetPage({
    parts: CANDIDATE_ORDER,
    size: opts.size ?? DEFAULT_PAGE_SIZE,
    after: opts.after,
    before: opts.before,
    count: () => db.candidate.count({ where }),
    fetch: ({ seek, orderBy, take }) =>
      db.candidate.findMany({
        where: { AND: [where, seek] },
        orderBy,
        take,
        select: {
          id: true,
          name: true,
          headline: true,
          source: true,
          createdAt: true,
          applications: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, status: true, role: { select: { title: true } }, currentStage: { select: { name: true } } },
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

export async function adminOverview(viewer: CurrentUser) {
  const [settings, versions, audit] = await Promise.all([
    db.orgSettings.findUnique({ where: { id: 1 } }),
    db.matrixVersion.findMany({
      orderBy: { createdAt: "desc" },
      include: { _count: { select: { cells: true, scorecards: true, roles: true } } },
    }),
    db.auditEvent.findMany({ orderBy: { at: "desc" }, take: 10, include: { actor: { select: { name: true } } } }),
  ]);
  // Recent activity names its objects, as the audit page does (and hides what it hides).
  return { settings, versions, audit: await describeEvents(viewer, audit) };
}
