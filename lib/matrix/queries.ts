// Reads for the admin matrix pages. The pages call requireCapability("editMatrix") before any of these.
import "server-only";
import { db } from "../db";
import { diffMatrices } from "./diff";
import { emptyCells } from "./service";
import { loadMatrixFile } from "./snapshot";

export async function versionsOverview() {
  const versions = await db.matrixVersion.findMany({
    orderBy: [{ number: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    include: {
      createdBy: { select: { name: true } },
      basedOn: { select: { id: true, number: true } },
      _count: { select: { domains: true, cells: true, roles: true, scorecards: true } },
    },
  });
  const indicatorCounts = await Promise.all(
    versions.map((v) => db.indicator.count({ where: { cell: { versionId: v.id } } })),
  );
  const draft = versions.find((v) => v.status === "DRAFT") ?? null;
  const latest = versions.find((v) => v.status === "PUBLISHED") ?? null;
  const empty = draft ? await emptyCells(db, draft.id) : [];
  const rolesBehind = latest?.number
    ? await db.role.findMany({
        where: { matrixVersion: { number: { lt: latest.number } } },
        orderBy: { title: "asc" },
        select: {
          id: true,
          title: true,
          status: true,
          owner: { select: { name: true } },
          matrixVersion: { select: { id: true, number: true } },
        },
      })
    : [];
  // The previous published version of each, for "compare with the one before".
  const published = versions.filter((v) => v.status === "PUBLISHED");
  const previousOf = new Map(published.map((v, i) => [v.id, published[i + 1]?.id ?? null]));
  return {
    versions: versions.map((v, i) => ({
      ...v,
      indicators: indicatorCounts[i]!,
      previousId: v.status === "DRAFT" ? (v.basedOn?.id ?? null) : previousOf.get(v.id)!,
    })),
    draft,
    latest,
    emptyCount: empty.length,
    rolesBehind,
  };
}

export async function draftEditor(clusterKey: string | undefined) {
  const draft = await db.matrixVersion.findFirst({
    where: { status: "DRAFT" },
    include: { basedOn: { select: { id: true, number: true } }, createdBy: { select: { name: true } } },
  });
  if (!draft) return null;
  const clusters = await db.roleCluster.findMany({ orderBy: { position: "asc" } });
  const cluster = clusters.find((c) => c.key === clusterKey) ?? clusters[0];
  if (!cluster) return null;
  const [levels, domains, cells, emphases, empty, highest] = await Promise.all([
    db.proficiencyLevel.findMany({ orderBy: { rank: "asc" }, select: { rank: true, name: true } }),
    db.matrixVersionDomain.findMany({
      where: { versionId: draft.id },
      orderBy: { position: "asc" },
      include: { domain: { select: { key: true } } },
    }),
    db.matrixCell.findMany({
      where: { versionId: draft.id, clusterId: cluster.id },
      include: { indicators: { orderBy: { position: "asc" } } },
    }),
    db.clusterEmphasis.findMany({ where: { versionId: draft.id, clusterId: cluster.id } }),
    emptyCells(db, draft.id),
    db.matrixVersion.aggregate({ _max: { number: true } }),
  ]);
  return {
    draft,
    nextNumber: (highest._max.number ?? 0) + 1,
    clusters: clusters.map((c) => ({
      id: c.id,
      key: c.key,
      name: c.name,
      empty: empty.filter((e) => e.clusterKey === c.key).length,
    })),
    cluster,
    levels,
    empty,
    domains: domains.map((d) => ({
      domainId: d.domainId,
      key: d.domain.key,
      name: d.name,
      shortName: d.shortName,
      description: d.description,
      emphasis: emphases.find((e) => e.domainId === d.domainId)?.emphasis ?? "SUPPORTING",
      cells: [1, 2, 3].map((level) => {
        const cell = cells.find((c) => c.domainId === d.domainId && c.level === level);
        return { level, cellId: cell?.id ?? null, indicators: cell?.indicators.map((i) => i.text) ?? [] };
      }),
    })),
  };
}

export async function versionChoices() {
  const versions = await db.matrixVersion.findMany({
    orderBy: [{ number: { sort: "desc", nulls: "first" } }],
    select: { id: true, number: true, status: true, basedOnId: true },
  });
  return versions.map((v) => ({ ...v, label: v.number ? `Version ${v.number}` : "Draft" }));
}

/** Both versions as files, and their diff; null when either id is unknown. */
export async function compareVersions(fromId: string, toId: string) {
  const [from, to] = await Promise.all([loadMatrixFile(db, fromId), loadMatrixFile(db, toId)]);
  if (!from || !to) return null;
  return { from, to, diff: diffMatrices(from, to) };
}
