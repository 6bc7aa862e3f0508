// Importing a matrix file into the draft (admins only). All or nothing: the file is parsed
// and checked against this installation before anything is written, and the writes are one
// transaction, so a bad file leaves the database exactly as it was.
import "server-only";
import { forbidden, type ActionResult, type FieldErrors } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { diffMatrices, type MatrixDiff } from "./diff";
import { formatPath, parseMatrixJson, problemsText, type MatrixFile, type MatrixJsonError } from "./json-format";
import { ADMINS_ONLY, EMPHASIS_FROM_FILE, createCells, ensureDraft, loadMatrixFile, lockMatrix } from "./snapshot";
import { can } from "../auth/permissions";

export type ImportFailure = {
  ok: false;
  kind: "invalid";
  message: string;
  fieldErrors: FieldErrors;
  errors: MatrixJsonError[];
};
export type ImportResult =
  ActionResult<{ versionId: string; created: boolean; summary: MatrixDiff["summary"] }> | ImportFailure;

const rejected = (errors: MatrixJsonError[], total?: number): ImportFailure => ({
  ok: false,
  kind: "invalid",
  message: problemsText(errors, total),
  fieldErrors: {},
  errors,
});

/** Role clusters are organisation-wide (roles and templates point at them), so a file must use exactly this installation's. */
function checkClusters(file: MatrixFile, installed: { key: string }[]): MatrixJsonError[] {
  const known = new Set(installed.map((c) => c.key));
  const inFile = new Set(file.clusters.map((c) => c.key));
  const errors: MatrixJsonError[] = [];
  file.clusters.forEach((c, i) => {
    if (!known.has(c.key))
      errors.push({
        path: formatPath(["clusters", i, "key"]),
        message: `This installation has no cluster "${c.key}"; its clusters are ${[...known].join(", ")}`,
      });
  });
  for (const key of known) {
    if (!inFile.has(key))
      errors.push({
        path: "clusters",
        message: `Missing cluster "${key}": a matrix file must cover every cluster of this installation`,
      });
  }
  return errors;
}

/** Replaces the draft's domains, emphases and indicators with the file's (creating the draft if needed). */
export async function importMatrix(actor: CurrentUser, text: unknown): Promise<ImportResult> {
  if (!can(actor, "editMatrix")) return forbidden(ADMINS_ONLY);
  if (typeof text !== "string" || text.trim() === "")
    return rejected([{ path: "(file)", message: "The file is empty" }]);
  const parsed = parseMatrixJson(text);
  if (!parsed.ok) return rejected(parsed.errors, parsed.total);
  const file = parsed.data;

  return db.$transaction(
    async (tx) => {
      await lockMatrix(tx);
      const clusters = await tx.roleCluster.findMany({ select: { id: true, key: true } });
      const clusterErrors = checkClusters(file, clusters);
      if (clusterErrors.length > 0) return rejected(clusterErrors);

      const draft = await ensureDraft(tx, actor, true);
      const versionId = draft!.versionId; // allowEmpty: always a draft
      const before = await loadMatrixFile(tx, versionId);

      const domainIds = new Map<string, string>();
      for (const d of file.domains) {
        const row = await tx.competencyDomain.upsert({ where: { key: d.key }, create: { key: d.key }, update: {} });
        domainIds.set(d.key, row.id);
      }
      const clusterIds = new Map(clusters.map((c) => [c.key, c.id]));

      await tx.matrixCell.deleteMany({ where: { versionId } }); // indicators cascade
      await tx.clusterEmphasis.deleteMany({ where: { versionId } });
      await tx.matrixVersionDomain.deleteMany({ where: { versionId } });
      await tx.matrixVersionDomain.createMany({
        data: file.domains.map((d, position) => ({
          versionId,
          domainId: domainIds.get(d.key)!,
          position,
          name: d.name,
          shortName: d.shortName,
          description: d.description,
        })),
      });
      await tx.clusterEmphasis.createMany({
        data: file.clusters.flatMap((c) =>
          file.domains.map((d) => ({
            versionId,
            clusterId: clusterIds.get(c.key)!,
            domainId: domainIds.get(d.key)!,
            emphasis: EMPHASIS_FROM_FILE[c.emphasis[d.key]!],
          })),
        ),
      });
      await createCells(
        tx,
        versionId,
        file.cells.map((c) => ({
          clusterId: clusterIds.get(c.cluster)!,
          domainId: domainIds.get(c.domain)!,
          level: c.level,
          indicators: c.indicators,
        })),
      );

      const summary = diffMatrices(before ?? { clusters: [], domains: [], cells: [] }, file).summary;
      await recordAudit(
        {
          actorId: actor.id,
          action: "matrix.imported",
          entityType: "MatrixVersion",
          entityId: versionId,
          data: { domains: file.domains.length, cells: file.cells.length, summary },
        },
        tx,
      );
      return { ok: true as const, versionId, created: draft!.created, summary };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
