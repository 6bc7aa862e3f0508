import "server-only";
import { db } from "../db";
import { retiredName } from "../matrix/retired-name";

/** The newest published matrix version. */
export async function currentMatrixVersion() {
  return db.matrixVersion.findFirst({ where: { status: "PUBLISHED" }, orderBy: { number: "desc" } });
}

/** The newest published version's domains, in order, as { domainId, name } (filters and forms). */
export async function currentDomains(): Promise<{ domainId: string; name: string }[]> {
  const version = await currentMatrixVersion();
  if (!version) return [];
  const domains = await db.matrixVersionDomain.findMany({
    where: { versionId: version.id },
    orderBy: { position: "asc" },
    select: { domainId: true, shortName: true },
  });
  return domains.map((d) => ({ domainId: d.domainId, name: d.shortName }));
}

export async function listClusters() {
  return db.roleCluster.findMany({ orderBy: { position: "asc" } });
}

export async function listLevels() {
  return db.proficiencyLevel.findMany({
    orderBy: { rank: "asc" },
    include: { indicators: { orderBy: { position: "asc" } } },
  });
}

/** One cluster's slice of a matrix version: domains (in order) x levels with indicators. */
export async function matrixForCluster(versionId: string, clusterId: string) {
  const [domains, cells, emphases] = await Promise.all([
    db.matrixVersionDomain.findMany({ where: { versionId }, orderBy: { position: "asc" } }),
    db.matrixCell.findMany({
      where: { versionId, clusterId },
      include: { indicators: { orderBy: { position: "asc" } } },
    }),
    db.clusterEmphasis.findMany({ where: { versionId, clusterId } }),
  ]);
  return domains.map((d) => ({
    domainId: d.domainId,
    name: d.name,
    shortName: d.shortName,
    description: d.description,
    emphasis: emphases.find((e) => e.domainId === d.domainId)?.emphasis ?? "SUPPORTING",
    levels: [1, 2, 3].map((level) => ({
      level,
      indicators: cells.find((c) => c.domainId === d.domainId && c.level === level)?.indicators ?? [],
    })),
  }));
}

/**
 * Domains the newest published version no longer has but questions still belong to (plans of
 * roles on older versions use them), each by its short name in the newest version that had it.
 */
async function retiredDomainsWithQuestions(
  current: { domainId: string }[],
): Promise<{ domainId: string; name: string }[]> {
  const rows = await db.matrixVersionDomain.findMany({
    where: {
      domainId: { notIn: current.map((d) => d.domainId) },
      version: { status: "PUBLISHED" },
      domain: { questions: { some: {} } },
    },
    orderBy: [{ version: { number: "desc" } }, { position: "asc" }],
    select: { domainId: true, shortName: true },
  });
  const named = new Map<string, string>();
  for (const r of rows) if (!named.has(r.domainId)) named.set(r.domainId, r.shortName);
  return [...named].map(([domainId, name]) => ({ domainId, name }));
}

/**
 * The question bank's domains: `current` for writing a question, `filterable` for finding one,
 * which also names the retired domains that still have questions ("… (retired)").
 */
export async function questionBankDomains() {
  const current = await currentDomains();
  const retired = await retiredDomainsWithQuestions(current);
  const filterable = [...current, ...retired.map((d) => ({ ...d, name: retiredName(d.name), retired: true }))];
  return { current, filterable };
}
