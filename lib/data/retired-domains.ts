import "server-only";
import { db } from "../db";

/**
 * The last wording of domains a matrix version no longer has (retired), for saying what was left
 * out of a plan or a template: each domain's name in the newest version that had it.
 * Answers a lookup: the name, or "a retired domain" for one no version ever named.
 */
export async function retiredDomainNames(domainIds: readonly string[]): Promise<(domainId: string) => string> {
  const rows = domainIds.length
    ? await db.matrixVersionDomain.findMany({
        where: { domainId: { in: [...new Set(domainIds)] } },
        select: { domainId: true, name: true },
        orderBy: { version: { createdAt: "asc" } },
      })
    : [];
  const names = new Map(rows.map((d) => [d.domainId, d.name])); // the newest wording wins
  return (domainId) => names.get(domainId) ?? "a retired domain";
}
