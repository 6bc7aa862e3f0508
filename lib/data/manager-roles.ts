// The manager home (/roles): the roles a manager owns, or every role for an admin.
import "server-only";
import { listsEveryRole } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ListOptions } from "../paging/cursor";
import { keysetTablePage, type KeyPart } from "../paging/keyset";

const ROLE_ORDER: readonly KeyPart[] = [
  { field: "status", order: "asc", type: "enum", values: ["DRAFT", "OPEN", "CLOSED"] },
  { field: "createdAt", order: "desc", type: "date" },
  { field: "id", order: "desc", type: "string" },
];

/** The roles a manager owns (an admin: every role), a page at a time, with the fields the cards show. */
export async function managerRoles(user: CurrentUser, opts: ListOptions = {}) {
  const where: Prisma.RoleWhereInput = listsEveryRole(user) ? {} : { ownerId: user.id };
  const page = await keysetTablePage({
    parts: ROLE_ORDER,
    where,
    page: opts,
    count: (q) => db.role.count(q),
    findMany: (q) =>
      db.role.findMany({
        ...q,
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
          targets: { select: { domainId: true, level: true } },
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
      // A target whose domain the role's version no longer has was retired with it (kept on the
      // role for its history): not a target any more, as the role page shows it.
      targets: targets.flatMap((t) => {
        const label = shortName.get(`${role.matrixVersionId}:${t.domainId}`);
        return label === undefined ? [] : [{ domainId: t.domainId, level: t.level, label }];
      }),
    })),
  };
}
