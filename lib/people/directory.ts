import "server-only";
import { z } from "zod";
import { signInRoutes } from "./invitations";
import type { Prisma } from "../generated/prisma/client";
import { can } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { DEFAULT_PAGE_SIZE, type Page } from "../paging/cursor";
import { keysetTablePage, type KeyPart } from "../paging/keyset";
import { PEOPLE_STATUSES, peopleQuerySchema } from "../validation/page-queries";
import { USER_KINDS } from "../validation/people";
import { containsText } from "../validation/text";
import { hasSearchableText, searchNameMatches } from "../search/name-search";

// The admin page's list of people: searched, filtered and paged in the database, so an
// organisation of thousands reads fifty rows, never the whole user table.

// The list's URL parameters are declared in page-queries.ts (proxy.ts checks them too).
export { PEOPLE_STATUSES, peopleQuerySchema };
export type PeopleQuery = z.infer<typeof peopleQuerySchema>;

const PEOPLE_ORDER: readonly KeyPart[] = [
  { field: "kind", order: "asc", type: "enum", values: USER_KINDS },
  // The folded name (lib/search/name-search.ts): Łukasz among the L's, not after Z.
  { field: "searchName", order: "asc", type: "string" },
  { field: "id", order: "asc", type: "string" },
];

export type PersonRow = {
  id: string;
  name: string;
  email: string;
  kind: (typeof USER_KINDS)[number];
  active: boolean;
  version: number;
  hasPassword: boolean;
  /** ISO time until which an unused invitation link works, or null. */
  invitedUntil: string | null;
  /** When the last invitation link expired unused (none valid now), or null. */
  invitationExpiredAt: string | null;
};

function peopleWhere(query: PeopleQuery): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [];
  if (query.q) {
    and.push({
      OR: [
        searchNameMatches(query.q),
        // A lone apostrophe would be LIKE's "_" here: any email.
        ...(hasSearchableText(query.q) ? [{ email: containsText(query.q) }] : []),
      ],
    });
  }
  if (query.kind) and.push({ kind: query.kind });
  if (query.status === "active") and.push({ active: true });
  if (query.status === "deactivated") and.push({ active: false });
  if (query.status === "no-password") and.push({ active: true, passwordHash: null });
  return and.length ? { AND: and } : {};
}

/** One page of people for someone who may manage them; anyone else gets an empty page. */
export async function peoplePage(
  viewer: CurrentUser,
  raw: Record<string, unknown>,
  size = DEFAULT_PAGE_SIZE,
): Promise<Page<PersonRow> & { query: PeopleQuery; sso: string | null }> {
  const query = peopleQuerySchema.parse(raw);
  if (!can(viewer, "managePeople")) return { rows: [], total: 0, next: null, prev: null, start: 0, query, sso: null };
  const where = peopleWhere(query);
  const page = await keysetTablePage({
    parts: PEOPLE_ORDER,
    where,
    page: { size, after: query.after, before: query.before },
    count: (q) => db.user.count(q),
    findMany: (q) =>
      db.user.findMany({
        ...q,
        select: {
          id: true,
          name: true,
          searchName: true,
          email: true,
          kind: true,
          active: true,
          version: true,
          // The latest unused link, valid or not: an expired one is said as such (round V).
          invitations: {
            where: { usedAt: null },
            select: { expiresAt: true },
            orderBy: { expiresAt: "desc" },
            take: 1,
          },
        },
      }),
  });
  // Whether each person on the page has a password yet: a filter on the hash, never the hash itself.
  const ids = page.rows.map((r) => r.id);
  const withPassword = new Set(
    ids.length
      ? (await db.user.findMany({ where: { id: { in: ids }, passwordHash: { not: null } }, select: { id: true } })).map(
          (u) => u.id,
        )
      : [],
  );
  const now = Date.now();
  const rows = page.rows.map(({ invitations, searchName: _sortKey, ...p }) => {
    const link = invitations[0]?.expiresAt;
    return {
      ...p,
      hasPassword: withPassword.has(p.id),
      invitedUntil: link && link.getTime() > now ? link.toISOString() : null,
      invitationExpiredAt: link && link.getTime() <= now ? link.toISOString() : null,
    };
  });
  // Whether people without a password can sign in by SSO (the row says what they can do).
  return { ...page, rows, query, sso: signInRoutes().sso };
}
