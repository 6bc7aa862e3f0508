// Interviewer readiness reads. Visibility is in the query: an interviewer's own progress reads
// only rows of their own id; the team view and other people's limits need manageReadiness
// (lib/auth/permissions.ts), checked here, not in the page.
import "server-only";
import { requestSettings } from "../settings/request-settings";
import { TRAINEE_KINDS, can, canSeeReadinessOf, canTrainAsInterviewer } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { keysetTablePage, type KeyPart } from "../paging/keyset";
import { teamQuerySchema } from "../validation/page-queries";
import { searchNameMatches } from "../search/name-search";
import {
  DEFAULT_READINESS_SETTINGS,
  domainProgress,
  effectiveLimit,
  weekKeyOf,
  type DomainProgress,
  type ReadinessSettings,
} from "./rules";

export async function readinessSettings(): Promise<ReadinessSettings> {
  const row = await requestSettings();
  const s = row && {
    shadowsRequired: row.shadowsRequired,
    reverseShadowsRequired: row.reverseShadowsRequired,
    calibrationPassMark: row.calibrationPassMark,
    weeklyInterviewLimit: row.weeklyInterviewLimit,
  };
  return s ?? DEFAULT_READINESS_SETTINGS;
}

/** The domains of the newest published matrix version, in its order. */
export async function currentDomains(): Promise<{ domainId: string; name: string; shortName: string }[]> {
  const version = await db.matrixVersion.findFirst({
    where: { status: "PUBLISHED" },
    orderBy: { number: "desc" },
    select: { domains: { orderBy: { position: "asc" }, select: { domainId: true, name: true, shortName: true } } },
  });
  return version?.domains ?? [];
}

type SeatCount = { uid: string; domain: string; seat: "SHADOW" | "REVERSE_SHADOW"; n: number };

/**
 * Submitted training seats per person and domain (the seat's stage's focus domains). After a
 * revocation only seats submitted later count: the person trains again.
 */
async function trainingSeats(userIds: string[]): Promise<SeatCount[]> {
  if (userIds.length === 0) return [];
  return db.$queryRaw<SeatCount[]>(Prisma.sql`
    SELECT i."interviewerId" AS uid, sd."domainId" AS domain, i.seat::text AS seat, count(*)::int AS n
    FROM "Interview" i JOIN "StageDomain" sd ON sd."stageId" = i."stageId"
    LEFT JOIN "QualificationRevocation" r ON r."userId" = i."interviewerId" AND r."domainId" = sd."domainId"
    WHERE i."interviewerId" = ANY (${userIds}) AND i.seat <> 'LEAD' AND i."scorecardSubmittedAt" IS NOT NULL
      AND (r."revokedAt" IS NULL OR i."scorecardSubmittedAt" > r."revokedAt")
    GROUP BY 1, 2, 3`);
}

type Best = { exact: number; items: number; passed: boolean };
/**
 * Each person's best calibration attempt per domain (a pass first, then the highest share rated as
 * the panel did), one row each. Only a person's first attempt at an exercise counts: its result
 * shows the panel's levels, so a retake is practice (else retaking the same items copied the
 * answers into a pass). After a revocation, only first attempts submitted since count.
 */
async function bestCalibrations(userIds: string[]): Promise<Map<string, Best>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.$queryRaw<(Best & { uid: string; domain: string })[]>(Prisma.sql`
    SELECT DISTINCT ON (a."userId", e."domainId") a."userId" AS uid, e."domainId" AS domain, a.exact, a.items, a.passed
    FROM "CalibrationAttempt" a JOIN "CalibrationExercise" e ON e.id = a."exerciseId"
    LEFT JOIN "QualificationRevocation" r ON r."userId" = a."userId" AND r."domainId" = e."domainId"
    WHERE a."userId" = ANY (${userIds}) AND (r."revokedAt" IS NULL OR a."submittedAt" > r."revokedAt")
      AND NOT EXISTS (
        SELECT 1 FROM "CalibrationAttempt" p
        WHERE p."userId" = a."userId" AND p."exerciseId" = a."exerciseId"
          AND (p."submittedAt", p.id) < (a."submittedAt", a.id))
    ORDER BY a."userId", e."domainId", a.passed DESC, a.exact::float8 / NULLIF(a.items, 0) DESC NULLS LAST, a."submittedAt" DESC`);
  return new Map(rows.map((r) => [`${r.uid}:${r.domain}`, { exact: r.exact, items: r.items, passed: r.passed }]));
}

export type PersonDomainReadiness = DomainProgress & {
  domainId: string;
  name: string;
  qualification: { how: "TRAINED" | "GRANTED"; qualifiedAt: Date; note: string } | null;
  best: Best | null;
  /** When a qualification in the domain was last revoked: what was done before it no longer counts. */
  revokedAt: Date | null;
};

export async function readinessOf(userIds: string[], settings: ReadinessSettings) {
  const [domains, seats, best, quals, revocations] = await Promise.all([
    currentDomains(),
    trainingSeats(userIds),
    bestCalibrations(userIds),
    db.interviewerQualification.findMany({
      where: { userId: { in: userIds } },
      select: { userId: true, domainId: true, how: true, qualifiedAt: true, note: true },
    }),
    db.qualificationRevocation.findMany({
      where: { userId: { in: userIds } },
      select: { userId: true, domainId: true, revokedAt: true },
    }),
  ]);
  const seatsOf = (uid: string, domain: string, seat: SeatCount["seat"]) =>
    seats.find((s) => s.uid === uid && s.domain === domain && s.seat === seat)?.n ?? 0;
  return new Map(
    userIds.map((uid) => [
      uid,
      domains.map((d): PersonDomainReadiness => {
        const q = quals.find((x) => x.userId === uid && x.domainId === d.domainId) ?? null;
        const b = best.get(`${uid}:${d.domainId}`) ?? null;
        const revokedAt = revocations.find((r) => r.userId === uid && r.domainId === d.domainId)?.revokedAt ?? null;
        const progress = domainProgress(
          {
            shadows: seatsOf(uid, d.domainId, "SHADOW"),
            reverseShadows: seatsOf(uid, d.domainId, "REVERSE_SHADOW"),
            bestCalibration: b,
            qualification: q,
          },
          settings,
        );
        return { ...progress, domainId: d.domainId, name: d.name, qualification: q, best: b, revokedAt };
      }),
    ]),
  );
}

/** The viewer's own readiness per domain and weekly limit (their exercises: exercise-lists.ts). Null for recruiters (they don't interview). */
export async function myReadiness(user: CurrentUser) {
  if (!canTrainAsInterviewer(user)) return null;
  const settings = await readinessSettings();
  const [byUser, me] = await Promise.all([
    readinessOf([user.id], settings),
    db.user.findUnique({ where: { id: user.id }, select: { weeklyInterviewLimit: true } }),
  ]);
  const domains = byUser.get(user.id) ?? [];
  return {
    settings,
    domains,
    /** Per domain, since when earlier attempts stopped counting: only while the person is not qualified again. */
    revokedSince: new Map(
      domains.flatMap((d) => (d.revokedAt && !d.qualification ? [[d.domainId, d.revokedAt] as const] : [])),
    ),
    weeklyLimit: effectiveLimit(me?.weeklyInterviewLimit, settings.weeklyInterviewLimit),
  };
}

/** The team page's URL parameters; anything malformed reads as "no filter". */
export { teamQuerySchema };
const TEAM_ORDER: readonly KeyPart[] = [
  // The folded name (lib/search/name-search.ts): Łukasz among the L's, not after Z.
  { field: "searchName", order: "asc", type: "string" },
  { field: "id", order: "asc", type: "string" },
];

/**
 * Everyone who may interview (active, not recruiters), a page at a time and searchable by name,
 * with their readiness per domain and this week's load: for managers and admins only.
 */
export async function teamReadiness(
  user: CurrentUser,
  timeZone: string,
  raw: Record<string, unknown> = {},
  now = new Date(),
  size = 25,
) {
  if (!can(user, "manageReadiness")) return null;
  const query = teamQuerySchema.parse(raw);
  const settings = await readinessSettings();
  const where: Prisma.UserWhereInput = {
    active: true,
    kind: { in: [...TRAINEE_KINDS] },
    ...(query.q ? searchNameMatches(query.q) : {}),
  };
  const page = await keysetTablePage({
    parts: TEAM_ORDER,
    where,
    page: { size, after: query.after, before: query.before },
    count: (q) => db.user.count(q),
    findMany: (q) =>
      db.user.findMany({
        ...q,
        select: { id: true, name: true, searchName: true, kind: true, weeklyInterviewLimit: true },
      }),
  });
  // searchName is the sort key only.
  const rows = page.rows.map(({ searchName: _sortKey, ...p }) => p);
  const ids = rows.map((p) => p.id);
  const [byUser, load, domains] = await Promise.all([
    readinessOf(ids, settings),
    interviewerLoad(user, ids, timeZone, now),
    currentDomains(),
  ]);
  const thisWeek = weekKeyOf(now, timeZone);
  return {
    settings,
    domains,
    thisWeek,
    query,
    page: { next: page.next, prev: page.prev, start: page.start, total: page.total, rows },
    people: rows.map((p) => ({
      ...p,
      limit: effectiveLimit(p.weeklyInterviewLimit, settings.weeklyInterviewLimit),
      thisWeek: load.weeks[p.id]?.[thisWeek] ?? 0,
      domains: byUser.get(p.id) ?? [],
    })),
  };
}
export type TeamReadiness = NonNullable<Awaited<ReturnType<typeof teamReadiness>>>;

export type InterviewerLoad = {
  /** Each person's weekly limit (their own, else the organisation's default). */
  limits: Record<string, number>;
  /** Interviews per person and week (the week's Monday in the viewer's zone), from this week on. */
  weeks: Record<string, Record<string, number>>;
};

/**
 * Interviews per interviewer per week, weeks counted in the viewer's time zone, from the start
 * of the current week (a day back, to be safe at the zone's edge) for 26 weeks: what the
 * scheduling form shows against each interviewer's limit. Every seat counts (a shadow seat is
 * an hour of the person's week too). Counts of interviews are not feedback: shown to whoever
 * schedules (canManagePipeline, checked by the page) and to managers and admins.
 */
export async function interviewerLoad(
  user: CurrentUser,
  userIds: string[],
  timeZone: string,
  now = new Date(),
): Promise<InterviewerLoad> {
  const ids = userIds.filter(
    (id) => canSeeReadinessOf(user, id) || can(user, "manageCandidates") || can(user, "planInterviews"),
  );
  const settings = await readinessSettings();
  if (ids.length === 0) return { limits: {}, weeks: {} };
  const from = new Date(now.getTime() - 8 * 86_400_000);
  const to = new Date(now.getTime() + 26 * 7 * 86_400_000);
  const [rows, people] = await Promise.all([
    // The weeks are generated and each (person, week) counted from the index: naming every
    // interview's week (date_trunc + to_char per row) cost 13 ms at 5,600 interviews in the window.
    db.$queryRaw<{ uid: string; week: string; n: number }[]>(Prisma.sql`
      WITH bounds AS (
        SELECT ${from.toISOString()}::timestamptz AT TIME ZONE 'UTC' AS lo, ${to.toISOString()}::timestamptz AT TIME ZONE 'UTC' AS hi
      ), weeks AS (
        SELECT w, greatest((w AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC', b.lo) AS lo,
          least(((w + interval '1 week') AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC', b.hi) AS hi
        FROM bounds b CROSS JOIN generate_series(
          date_trunc('week', (b.lo AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}),
          (b.hi AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, interval '1 week') AS w
      )
      SELECT p.uid, to_char(wk.w, 'YYYY-MM-DD') AS week, c.n
      FROM unnest(${ids}::text[]) AS p(uid) CROSS JOIN weeks wk
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS n FROM "Interview" i
        WHERE i."interviewerId" = p.uid AND i."scheduledAt" >= wk.lo AND i."scheduledAt" < wk.hi
      ) c
      WHERE c.n > 0`),
    db.user.findMany({ where: { id: { in: ids } }, select: { id: true, weeklyInterviewLimit: true } }),
  ]);
  const weeks: InterviewerLoad["weeks"] = {};
  for (const r of rows) (weeks[r.uid] ??= {})[r.week] = r.n;
  return {
    limits: Object.fromEntries(
      people.map((p) => [p.id, effectiveLimit(p.weeklyInterviewLimit, settings.weeklyInterviewLimit)]),
    ),
    weeks,
  };
}

/** Who is qualified for which domains, for the plan editor's warnings (people: the role's possible interviewers). */
export async function qualifiedDomainsOf(userIds: string[]): Promise<Record<string, string[]>> {
  const rows = await db.interviewerQualification.findMany({
    where: { userId: { in: userIds } },
    select: { userId: true, domainId: true },
  });
  const out: Record<string, string[]> = Object.fromEntries(userIds.map((id) => [id, []]));
  for (const r of rows) out[r.userId]!.push(r.domainId);
  return out;
}

/**
 * An exercise to take: its anonymised items without the panel's consensus (shown only in the
 * result of a submitted attempt). Null when it doesn't exist, is retired, or the viewer doesn't train.
 */
export async function exerciseToTake(user: CurrentUser, exerciseId: string) {
  if (!canTrainAsInterviewer(user)) return null;
  const exercise = await db.calibrationExercise.findFirst({
    where: { id: exerciseId, retiredAt: null },
    select: {
      id: true,
      title: true,
      domainId: true,
      items: { orderBy: { position: "asc" }, select: { id: true, position: true, evidence: true } },
    },
  });
  if (!exercise) return null;
  const [domain, settings, last, attempts] = await Promise.all([
    currentDomains().then((ds) => ds.find((d) => d.domainId === exercise.domainId) ?? null),
    readinessSettings(),
    db.calibrationAttempt.findFirst({
      where: { exerciseId, userId: user.id },
      orderBy: { submittedAt: "desc" },
      select: {
        id: true,
        exact: true,
        withinOne: true,
        items: true,
        meanOffset: true,
        passed: true,
        passMark: true,
        submittedAt: true,
        answers: { select: { itemId: true, rating: true, item: { select: { consensus: true, raters: true } } } },
      },
    }),
    db.calibrationAttempt.count({ where: { exerciseId, userId: user.id } }),
  ]);
  // More than one attempt: the newest is a practice retake (only the first counts toward qualifying).
  return { exercise, domain, passMark: settings.calibrationPassMark, lastAttempt: last, attempts };
}
