// Reads one matrix version as a matrix file (the export format, which is also the snapshot
// the diff works on), and the small shared helpers of the matrix service.
import "server-only";
import type { ActionFailure } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import type { Tx } from "../db";
import type { Emphasis } from "../generated/prisma/enums";
import { MATRIX_FORMAT, MATRIX_FORMAT_VERSION, type EmphasisName, type MatrixFile } from "./json-format";

export const EMPHASIS_TO_FILE: Record<Emphasis, EmphasisName> = {
  CORE: "core",
  SUPPORTING: "supporting",
  PERIPHERAL: "peripheral",
};
export const EMPHASIS_FROM_FILE: Record<EmphasisName, Emphasis> = {
  core: "CORE",
  supporting: "SUPPORTING",
  peripheral: "PERIPHERAL",
};

export const ADMINS_ONLY = "Only admins change the competency matrix.";
export const noDraft = (): ActionFailure => ({
  ok: false,
  kind: "not_found",
  message: "There is no draft version. Start one from the matrix versions page.",
});
export const readOnly = (): ActionFailure => ({
  ok: false,
  kind: "locked",
  message: "Published versions never change: edit the draft instead.",
});

/**
 * Serializes every matrix write on one advisory lock, held until the transaction ends, so
 * "only one draft" holds and two admins' edits (or an edit and a publish) never interleave.
 */
export async function lockMatrix(tx: Tx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(74200001)`;
}

export function findDraft(tx: Tx) {
  return tx.matrixVersion.findFirst({ where: { status: "DRAFT" }, orderBy: { createdAt: "desc" } });
}

export function latestPublished(tx: Tx) {
  return tx.matrixVersion.findFirst({ where: { status: "PUBLISHED" }, orderBy: { number: "desc" } });
}

export const versionLabel = (v: { number: number | null }) => (v.number ? `version ${v.number}` : "the draft");

export async function loadMatrixFile(tx: Tx, versionId: string): Promise<MatrixFile | null> {
  const version = await tx.matrixVersion.findUnique({ where: { id: versionId } });
  if (!version) return null;
  const clusters = await tx.roleCluster.findMany({ orderBy: { position: "asc" } });
  const levels = await tx.proficiencyLevel.findMany({
    orderBy: { rank: "asc" },
    include: { indicators: { orderBy: { position: "asc" } } },
  });
  const domains = await tx.matrixVersionDomain.findMany({
    where: { versionId },
    orderBy: { position: "asc" },
    include: { domain: { select: { key: true } } },
  });
  const emphases = await tx.clusterEmphasis.findMany({ where: { versionId } });
  const cells = await tx.matrixCell.findMany({
    where: { versionId },
    include: { indicators: { orderBy: { position: "asc" } } },
  });

  const domainKey = new Map(domains.map((d) => [d.domainId, d.domain.key]));
  const clusterOrder = new Map(clusters.map((c, i) => [c.id, i]));
  const domainOrder = new Map(domains.map((d, i) => [d.domainId, i]));
  const clusterKey = new Map(clusters.map((c) => [c.id, c.key]));
  cells.sort(
    (a, b) =>
      clusterOrder.get(a.clusterId)! - clusterOrder.get(b.clusterId)! ||
      domainOrder.get(a.domainId)! - domainOrder.get(b.domainId)! ||
      a.level - b.level,
  );

  return {
    format: MATRIX_FORMAT,
    formatVersion: MATRIX_FORMAT_VERSION,
    source: {
      number: version.number,
      status: version.status,
      changeNote: version.changeNote,
      exportedAt: new Date().toISOString(),
    },
    levels: levels.map((l) => ({
      rank: l.rank as 1 | 2 | 3,
      name: l.name,
      summary: l.summary,
      indicators: l.indicators.map((i) => i.text),
    })),
    clusters: clusters.map((c) => ({
      key: c.key,
      name: c.name,
      summary: c.summary,
      emphasis: Object.fromEntries(
        domains.map((d) => [
          d.domain.key,
          EMPHASIS_TO_FILE[
            emphases.find((e) => e.clusterId === c.id && e.domainId === d.domainId)?.emphasis ?? "SUPPORTING"
          ],
        ]),
      ),
    })),
    domains: domains.map((d) => ({
      key: d.domain.key,
      name: d.name,
      shortName: d.shortName,
      description: d.description,
    })),
    cells: cells
      .filter((c) => domainKey.has(c.domainId))
      .map((c) => ({
        cluster: clusterKey.get(c.clusterId)!,
        domain: domainKey.get(c.domainId)!,
        level: c.level as 1 | 2 | 3,
        indicators: c.indicators.map((i) => i.text),
      })),
  };
}

/** Copies a version's domains, emphases, cells and indicators into another (empty) version. */
export async function copyContent(tx: Tx, fromId: string, toId: string) {
  const domains = await tx.matrixVersionDomain.findMany({ where: { versionId: fromId } });
  const emphases = await tx.clusterEmphasis.findMany({ where: { versionId: fromId } });
  const cells = await tx.matrixCell.findMany({ where: { versionId: fromId }, include: { indicators: true } });
  await tx.matrixVersionDomain.createMany({ data: domains.map((d) => ({ ...d, versionId: toId })) });
  await tx.clusterEmphasis.createMany({ data: emphases.map((e) => ({ ...e, versionId: toId })) });
  await createCells(
    tx,
    toId,
    cells.map((c) => ({
      clusterId: c.clusterId,
      domainId: c.domainId,
      level: c.level,
      indicators: c.indicators.sort((a, b) => a.position - b.position).map((i) => i.text),
    })),
  );
}

/** Creates cells with their indicators in a handful of queries (a matrix has ~50 cells). */
export async function createCells(
  tx: Tx,
  versionId: string,
  cells: { clusterId: string; domainId: string; level: number; indicators: string[] }[],
) {
  if (cells.length === 0) return;
  const created = await tx.matrixCell.createManyAndReturn({
    data: cells.map(({ clusterId, domainId, level }) => ({ versionId, clusterId, domainId, level })),
    select: { id: true, clusterId: true, domainId: true, level: true },
  });
  const key = (c: { clusterId: string; domainId: string; level: number }) => `${c.clusterId}/${c.domainId}/${c.level}`;
  const ids = new Map(created.map((c) => [key(c), c.id]));
  const indicators = cells.flatMap((c) =>
    c.indicators.map((text, position) => ({ cellId: ids.get(key(c))!, position, text })),
  );
  if (indicators.length > 0) await tx.indicator.createMany({ data: indicators });
}

/** The draft, creating it from the newest published version (or empty, for an import) if none exists. */
export async function ensureDraft(tx: Tx, actor: CurrentUser, allowEmpty = false) {
  const existing = await findDraft(tx);
  if (existing) return { versionId: existing.id, created: false };
  const base = await latestPublished(tx);
  if (!base && !allowEmpty) return null;
  const draft = await tx.matrixVersion.create({
    data: { status: "DRAFT", basedOnId: base?.id ?? null, createdById: actor.id },
  });
  if (base) await copyContent(tx, base.id, draft.id);
  await recordAudit(
    {
      actorId: actor.id,
      action: "matrix.draft_started",
      entityType: "MatrixVersion",
      entityId: draft.id,
      data: { basedOnId: base?.id ?? null, basedOnNumber: base?.number ?? null },
    },
    tx,
  );
  return { versionId: draft.id, created: true };
}
