import "server-only";
import { db } from "../db";

/**
 * Each domain's names in the latest matrix version that has it: how a domain a role's version
 * retired is still named where old scorecards or stages refer to it (never by its id).
 */
export async function lastDomainNames(domainIds: string[]) {
  if (!domainIds.length) return [];
  return db.matrixVersionDomain.findMany({
    where: { domainId: { in: domainIds } },
    orderBy: [{ domainId: "asc" }, { version: { number: "desc" } }],
    distinct: ["domainId"],
    select: { domainId: true, name: true, shortName: true },
  });
}
