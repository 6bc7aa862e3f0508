import "server-only";
import { db } from "../db";

/**
 * The last wording of domains a matrix version no longer has (retired), for saying what was left
 * out of a plan or a template: each domain's name in the newest version that had it.
 */
export async function retiredDomainNames(domainIds: readonly string[]): Promise<Map<string, string>> {
  if (domainIds.length === 0) return new Map();
  const rows = await db.matrixVersionDomain.findMany({
    where: { domainId: { in: [...new Set(domainIds)] } },
    select: { domainId: true, name: true },
    orderBy: { version: { createdAt: "asc" } },
  });
  return new Map(rows.map((d) => [d.domainId, d.name])); // the newest wording wins
}
