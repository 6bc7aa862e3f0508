import "server-only";
import type { AuditAction } from "../audit";
import { auditQuerySchema, eventIdSchema } from "../validation/audit-query";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { dayAfter, startOfDayIn } from "../instants";
import type { Prisma } from "../generated/prisma/client";
import { pageSize, readDirection, toPage, type Cursor, type Page } from "../paging/cursor";
import { auditDetailsText, auditSentence, type AuditChange, type AuditFact } from "../audit-text";
import { auditDetails } from "../scorecards/audit-view";
import { auditNames } from "./audit-names";
import { searchNameMatches } from "../search/name-search";
import { escapeLike } from "../validation/text";
import { CANDIDATE_RECORD_IDS, candidateAuditScope } from "../candidates/audit-scope";
import { ERASED_NAME } from "../candidates/erasure";

// The audit log page's one read: a keyset page of events (newest first, optionally one action),
// a total, and each event's data or why it is hidden (lib/scorecards/audit-view.ts).

/** Above this many matching events the total reads "10,000+": counting stops there. */
export const AUDIT_COUNT_CAP = 10_000;

export type AuditRow = {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** "Sam Rivera submitted the Technical screen scorecard for Amara Okafor." */
  sentence: string;
  details: { hidden: false; changes: AuditChange[]; facts: AuditFact[] } | { hidden: true; why: string };
};
export type AuditFilters = { action?: AuditAction; who?: string; candidate?: string; from?: string; to?: string };
export type AuditLogPage = {
  filters: AuditFilters;
  /** The candidate the events are about (`candidate`): their name, or null when no such candidate is on record. */
  about: { name: string } | null;
  /** "From" was after "To": the range between them is shown, and the page says so. */
  daysSwapped: boolean;
  page: Page<AuditRow>;
  totalCapped: boolean;
  /** False past a capped count, where "9,951–10,000" would be a guess (the page says so instead). */
  positionKnown: boolean;
};

/**
 * The filters as a query: an action, part of the actor's name, the events about a candidate
 * (`about`, candidateAuditScope) and days in the viewer's zone (to: inclusive).
 */
function auditWhere(
  f: AuditFilters,
  about: Prisma.AuditEventWhereInput | null,
  timeZone: string,
): Prisma.AuditEventWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (f.from) at.gte = startOfDayIn(f.from, timeZone);
  // Up to the start of the next day; "to 9999-12-31" has none, and bounds nothing.
  const dayAfterTo = f.to ? dayAfter(f.to) : null;
  if (dayAfterTo) at.lt = startOfDayIn(dayAfterTo, timeZone);
  return {
    action: f.action,
    ...(f.who ? { actor: actorMatches(f.who) } : {}),
    ...(at.gte || at.lt ? { at } : {}),
    ...(about ? { AND: [about] } : {}),
  };
}

/** A candidate's name (erased ones as such) and the ids their audit events are filed under. */
async function candidateAbout(candidateId: string) {
  const candidate = await db.candidate.findUnique({
    where: { id: candidateId },
    select: { name: true, erasedAt: true, applications: CANDIDATE_RECORD_IDS },
  });
  // No such candidate (a mistyped link): only events filed under that id itself, likely none.
  if (!candidate) return { about: null, where: candidateAuditScope(candidateId, []) };
  return {
    about: { name: candidate.erasedAt ? ERASED_NAME : candidate.name },
    where: candidateAuditScope(candidateId, candidate.applications),
  };
}

/** Who acted: part of their name, or, typed with an "@", part of their email (admins know people by both). */
function actorMatches(who: string): Prisma.UserWhereInput {
  const typed = who.trim();
  if (!typed.includes("@")) return searchNameMatches(typed);
  return { email: { contains: escapeLike(typed), mode: "insensitive" } };
}

export async function auditLogPage(
  viewer: CurrentUser,
  rawParams: Record<string, unknown>,
  timeZone = "UTC",
): Promise<AuditLogPage> {
  const params = auditQuerySchema.parse(rawParams);
  // Days typed the wrong way round still mean the range between them.
  const daysSwapped = Boolean(params.from && params.to && params.from > params.to);
  const [from, to] = daysSwapped ? [params.to, params.from] : [params.from, params.to];
  const filters: AuditFilters = { action: params.action, who: params.who, candidate: params.candidate, from, to };
  const size = pageSize(undefined);
  const candidate = filters.candidate ? await candidateAbout(filters.candidate) : null;
  const where = auditWhere(filters, candidate?.where ?? null, timeZone);

  // Cursor key: the event id as a decimal string (JSON has no bigint), validated again on the way in.
  let { direction, cursor } = readDirection(params.after, params.before, 1);
  let key = cursor ? eventIdSchema.safeParse(cursor.key[0]) : null;
  if (cursor && !key?.success) ({ direction, cursor, key } = { direction: "forward", cursor: null, key: null });
  const legacy = !cursor && params.before !== undefined ? eventIdSchema.safeParse(params.before) : null;
  if (legacy?.success) {
    // "Older than #n" from an old link: its position is the number of newer matching events (capped).
    const newer = await db.auditEvent.count({
      where: { ...where, id: { gte: legacy.data } },
      take: AUDIT_COUNT_CAP + 1,
    });
    direction = "forward";
    cursor = { key: [legacy.data.toString()], position: newer - 1 } satisfies Cursor;
    key = legacy;
  }
  const id = key?.success ? key.data : undefined;
  // Newest first: "forward" reads older events (smaller ids), "backward" newer ones.
  const [fetched, counted] = await Promise.all([
    db.auditEvent.findMany({
      where: { ...where, ...(id !== undefined ? { id: direction === "forward" ? { lt: id } : { gt: id } } : {}) },
      orderBy: { id: direction === "forward" ? "desc" : "asc" },
      take: size + 1,
      select: {
        id: true,
        at: true,
        actorId: true,
        action: true,
        entityType: true,
        entityId: true,
        data: true,
        actor: { select: { name: true } },
      },
    }),
    // Counting every row of an append-only table that grows with each sign-in and score change
    // costs a scan of it on every page view; reading at most CAP + 1 index entries does not.
    db.auditEvent.count({ where, take: AUDIT_COUNT_CAP + 1 }),
  ]);
  // The extra row only tells toPage there is a next page; describing it costs no extra query.
  const rows = await describeEvents(viewer, fetched, timeZone);
  const totalCapped = counted > AUDIT_COUNT_CAP;
  // Past a capped count a row's place is not known: the oldest page ("Last") is placed beyond any
  // count (its cursors carry that on), so it never reads "9,951–10,000" for the oldest 50 events.
  const fromTheEnd = totalCapped && direction === "backward" && !cursor;
  const page = toPage(
    rows,
    size,
    fromTheEnd ? Number.MAX_SAFE_INTEGER : Math.min(counted, AUDIT_COUNT_CAP),
    (r) => [r.id],
    direction,
    cursor && cursor.position >= 0 ? cursor : null,
    !totalCapped,
  );
  const positionKnown = !totalCapped || page.start + page.rows.length <= AUDIT_COUNT_CAP;
  return {
    filters,
    about: candidate?.about ?? null,
    daysSwapped,
    page: { ...page, total: Math.min(counted, AUDIT_COUNT_CAP) },
    totalCapped,
    positionKnown,
  };
}

type FetchedEvent = {
  id: bigint;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
  actor: { name: string } | null;
};

/**
 * Events as sentences with their details, for the audit page and the admin home's recent
 * activity: what the viewer may not see stays hidden (auditDetails), and names are looked up
 * for these events only (auditNames), from visible data only.
 */
export async function describeEvents(
  viewer: CurrentUser,
  events: FetchedEvent[],
  timeZone: string | null = null,
): Promise<AuditRow[]> {
  const details = await auditDetails(viewer, events);
  const names = await auditNames(
    events.map((e, i) => ({ ...e, data: details[i]?.hidden === false ? details[i].data : undefined })),
  );
  return events.map((e, i): AuditRow => {
    const d = details[i] ?? { hidden: true as const, why: "" };
    const actorName = e.actor?.name ?? null;
    return {
      id: e.id.toString(),
      at: e.at,
      actorName,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      sentence: auditSentence({ ...e, actorName, data: d.hidden ? undefined : d.data }, names),
      details: d.hidden ? d : { hidden: false, ...auditDetailsText(d.data, { ...names, timeZone }) },
    };
  });
}
