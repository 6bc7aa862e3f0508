// Which quality-of-hire check-ins are due, for whom: computed from the hires (HireFollowUp, kept
// by the database), the organisation's milestones and the check-ins recorded, so changing the
// milestones needs no back-fill. A check-in is due from hiredAt + days until it is recorded, while
// the person is still hired; it is the delegate's if an admin named one, else the role owner's.
import "server-only";
import { seesEveryCheckIn } from "../auth/permissions";
import { cache } from "react";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { pageSize, readDirection, readsFromEnd, toPage } from "../paging/cursor";
import { checkInDaysOf } from "./milestones";
import { requestSettings } from "../settings/request-settings";

export async function checkInDays(): Promise<number[]> {
  return checkInDaysOf(await requestSettings());
}

/**
 * The hires whose check-ins are this user's list (`null`: every hire, for the reminder run): the
 * delegate's, or the role owner's when nobody was named. Two index-driven branches rather than a
 * filter on `coalesce(delegate, owner)`, which PostgreSQL can only apply after joining every hire.
 * Admins see every due check-in (to reassign them).
 */
function hiresInScope(user: CurrentUser | null): Prisma.Sql {
  const hire = Prisma.sql`f."applicationId", f."hiredAt", f."delegateId", a."roleId", a."candidateId"`;
  // Nobody is asked to write about a person whose data was erased.
  const notErased = Prisma.sql`JOIN "Candidate" c ON c.id = a."candidateId" AND c."erasedAt" IS NULL`;
  if (!user || seesEveryCheckIn(user)) {
    return Prisma.sql`SELECT ${hire} FROM "HireFollowUp" f JOIN "Application" a ON a.id = f."applicationId" AND a.status = 'HIRED' ${notErased}`;
  }
  return Prisma.sql`SELECT ${hire} FROM "HireFollowUp" f
      JOIN "Application" a ON a.id = f."applicationId" AND a.status = 'HIRED'
      ${notErased}
      WHERE f."delegateId" = ${user.id}
    UNION ALL
    SELECT ${hire} FROM "Role" r
      JOIN "Application" a ON a."roleId" = r.id AND a.status = 'HIRED'
      JOIN "HireFollowUp" f ON f."applicationId" = a.id AND f."delegateId" IS NULL
      ${notErased}
      WHERE r."ownerId" = ${user.id}`;
}

/** One row per hire in scope and milestone not recorded, due by `now` (a CTE body, without names). */
function dueRows(user: CurrentUser | null, days: number[], now: Date): Prisma.Sql {
  return Prisma.sql`SELECT h."applicationId" AS app_id, m.days, h."roleId" AS role_id, h."candidateId" AS candidate_id, h."delegateId" AS delegate_id,
      round(extract(epoch FROM h."hiredAt" + make_interval(days => m.days)) * 1000)::float8 AS due_ms
    FROM (${hiresInScope(user)}) h
    CROSS JOIN unnest(${days}::int[]) AS m(days)
    WHERE h."hiredAt" + make_interval(days => m.days) <= ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
      AND NOT EXISTS (SELECT 1 FROM "QualityCheckIn" q WHERE q."applicationId" = h."applicationId" AND q."milestoneDays" = m.days)`;
}

/** The due check-ins with the names a list shows (a CTE named `due`). */
function dueCte(user: CurrentUser | null, days: number[], now: Date): Prisma.Sql {
  return Prisma.sql`due AS MATERIALIZED (
    SELECT d.app_id, d.days, d.due_ms, c.name AS candidate, r.title AS role, u.id AS assignee_id, u.name AS assignee,
      u.email AS assignee_email, u.active AS assignee_active, (d.delegate_id IS NOT NULL) AS delegated
    FROM (${dueRows(user, days, now)}) d
    JOIN "Role" r ON r.id = d.role_id
    JOIN "Candidate" c ON c.id = d.candidate_id
    JOIN "User" u ON u.id = coalesce(d.delegate_id, r."ownerId")
  )`;
}

export type DueCheckIn = {
  applicationId: string;
  days: number;
  dueAt: Date;
  candidate: string;
  role: string;
  assigneeId: string;
  assignee: string;
  delegated: boolean;
};
type DueJson = {
  app_id: string;
  days: number;
  due_ms: number;
  candidate: string;
  role: string;
  assignee_id: string;
  assignee: string;
  delegated: boolean;
};

/** The viewer's due check-ins, oldest due first, a page at a time (keyset on due time, application, milestone). */
export async function dueCheckInsPage(
  user: CurrentUser,
  paging: { after?: string; before?: string; size?: string } = {},
  now = new Date(),
) {
  const size = pageSize(paging.size);
  const read = readDirection(paging.after, paging.before, 3);
  const [ms, id, d] = read.cursor?.key ?? [];
  const valid = typeof ms === "number" && typeof id === "string" && typeof d === "number";
  const cursor = valid ? read.cursor : null;
  const direction = valid || readsFromEnd(read) ? read.direction : "forward";
  const seek = !cursor
    ? Prisma.sql`TRUE`
    : direction === "forward"
      ? Prisma.sql`(due_ms, app_id, days) > (${ms}::float8, ${id}, ${d}::int)`
      : Prisma.sql`(due_ms, app_id, days) < (${ms}::float8, ${id}, ${d}::int)`;
  const order =
    direction === "forward"
      ? Prisma.sql`due_ms ASC, app_id ASC, days ASC`
      : Prisma.sql`due_ms DESC, app_id DESC, days DESC`;
  const [row] = await db.$queryRaw<{ total: number; rows: DueJson[] | null }[]>(Prisma.sql`
    WITH ${dueCte(user, await checkInDays(), now)}
    SELECT (SELECT count(*)::int FROM due) AS total,
      (SELECT json_agg(p ORDER BY ${order}) FROM (
        SELECT app_id, days, due_ms, candidate, role, assignee_id, assignee, delegated FROM due WHERE ${seek} ORDER BY ${order} LIMIT ${size + 1}
      ) p) AS rows`);
  const fetched = (row?.rows ?? []).map((r): DueCheckIn => ({
    applicationId: r.app_id,
    days: r.days,
    dueAt: new Date(r.due_ms),
    candidate: r.candidate,
    role: r.role,
    assigneeId: r.assignee_id,
    assignee: r.assignee,
    delegated: r.delegated,
  }));
  return toPage(fetched, size, row?.total ?? 0, (r) => [r.dueAt.getTime(), r.applicationId, r.days], direction, cursor);
}

async function dueCountAt(user: CurrentUser, now: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT count(*)::int AS n FROM (${dueRows(user, await checkInDays(), now)}) d`);
  return row?.n ?? 0;
}

/** For the navigation badge: how many check-ins are due for the user (once per request). */
export function dueCheckInCount(user: CurrentUser): Promise<number> {
  return dueCountNow(user.id, user.kind);
}
// Keyed on id and kind, not the user object, so two callers in one request share the answer.
const dueCountNow = cache((id: string, kind: CurrentUser["kind"]) =>
  dueCountAt({ id, kind, email: "", name: "" }, new Date()),
);

/** Every due check-in whose reminder was never claimed, with its assignee's address (the reminder run). */
export async function unremindedDueCheckIns(now: Date) {
  return db.$queryRaw<(DueJson & { assignee_email: string })[]>(Prisma.sql`
    WITH ${dueCte(null, await checkInDays(), now)}
    SELECT app_id, days, due_ms, candidate, role, assignee_id, assignee, assignee_email, delegated FROM due
    WHERE assignee_active AND NOT EXISTS (SELECT 1 FROM "CheckInReminder" cr WHERE cr."applicationId" = due.app_id AND cr."milestoneDays" = due.days)
    ORDER BY due_ms, app_id, days`);
}
