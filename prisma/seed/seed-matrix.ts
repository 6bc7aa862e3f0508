// The competency matrix as published version 1, written from the AIOps Skills Matrix 2026.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { CLUSTER_KEYS, DOMAIN_KEYS, LEVEL_RANKS, cells, clusters, domains, levels } from "./content/matrix";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type MatrixIds = {
  versionId: string;
  clusterIds: Record<string, string>;
  domainIds: Record<string, string>;
  /** indicator ids by `${clusterKey}/${domainKey}/${level}` */
  indicatorIds: Record<string, string[]>;
};

export async function seedMatrix(tx: Tx, createdById?: string): Promise<MatrixIds> {
  const clusterIds: Record<string, string> = {};
  for (const [position, c] of clusters.entries()) {
    const row = await tx.roleCluster.create({ data: { key: c.key, name: c.name, summary: c.summary, position } });
    clusterIds[c.key] = row.id;
  }
  for (const l of levels) {
    await tx.proficiencyLevel.create({
      data: {
        rank: l.rank,
        name: l.name,
        summary: l.summary,
        indicators: { create: l.indicators.map((text, position) => ({ text, position })) },
      },
    });
  }
  const domainIds: Record<string, string> = {};
  for (const d of domains) {
    domainIds[d.key] = (await tx.competencyDomain.create({ data: { key: d.key } })).id;
  }
  const version = await tx.matrixVersion.create({
    data: {
      number: 1,
      status: "PUBLISHED",
      publishedAt: new Date(),
      createdById,
      changeNote: "Initial matrix, written from the AIOps Skills Matrix 2026.",
    },
  });
  await tx.matrixVersionDomain.createMany({
    data: domains.map((d, position) => ({
      versionId: version.id,
      domainId: domainIds[d.key]!,
      position,
      name: d.name,
      shortName: d.shortName,
      description: d.description,
    })),
  });
  const emphasisValue = { core: "CORE", supporting: "SUPPORTING", peripheral: "PERIPHERAL" } as const;
  await tx.clusterEmphasis.createMany({
    data: clusters.flatMap((c) =>
      DOMAIN_KEYS.map((dk) => ({
        versionId: version.id,
        clusterId: clusterIds[c.key]!,
        domainId: domainIds[dk]!,
        emphasis: emphasisValue[c.emphasis[dk]],
      })),
    ),
  });
  const indicatorIds: Record<string, string[]> = {};
  for (const ck of CLUSTER_KEYS) {
    for (const dk of DOMAIN_KEYS) {
      for (const level of LEVEL_RANKS) {
        const cell = await tx.matrixCell.create({
          data: {
            versionId: version.id,
            clusterId: clusterIds[ck]!,
            domainId: domainIds[dk]!,
            level,
            indicators: { create: cells[ck][dk][level].map((text, position) => ({ text, position })) },
          },
          include: { indicators: { orderBy: { position: "asc" }, select: { id: true } } },
        });
        indicatorIds[`${ck}/${dk}/${level}`] = cell.indicators.map((i) => i.id);
      }
    }
  }
  return { versionId: version.id, clusterIds, domainIds, indicatorIds };
}
