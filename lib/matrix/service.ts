// The competency matrix over time (admins only). Published versions never change: admins
// edit one draft (a copy of the newest published version), then publish it as version N+1.
// Roles keep the version they were planned on until moved; scorecards keep theirs forever.
// Every write is one transaction holding the matrix lock, with its audit entry inside.
import "server-only";
import { forbidden, invalid, notFound, refused, type ActionFailure, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { diffMatrices, type MatrixDiff } from "./diff";
import { stringifyMatrix } from "./json-format";
import { publishSchema } from "./schemas";
import { ADMINS_ONLY, ensureDraft, findDraft, loadMatrixFile, lockMatrix, noDraft } from "./snapshot";
import { can } from "../auth/permissions";

export {
  addDomain,
  reorderDomains,
  retireDomain,
  setEmphasis,
  updateCellIndicators,
  updateDomain,
} from "./draft-edits";
export { importMatrix, type ImportResult } from "./import";
export { moveRoleToVersion } from "./move-role";

const TX = { timeout: 30_000, maxWait: 10_000 };

/** Opens the draft: the existing one, or a copy of the newest published version. */
export async function startDraft(actor: CurrentUser): Promise<ActionResult<{ versionId: string; created: boolean }>> {
  if (!can(actor, "editMatrix")) return forbidden(ADMINS_ONLY);
  return db.$transaction(async (tx) => {
    await lockMatrix(tx);
    const draft = await ensureDraft(tx, actor);
    if (!draft) return notFound("A published matrix version to start from");
    return { ok: true as const, ...draft };
  }, TX);
}

/** Throws the draft away; published versions, roles and scorecards are untouched. */
export async function discardDraft(actor: CurrentUser): Promise<ActionResult<object>> {
  if (!can(actor, "editMatrix")) return forbidden(ADMINS_ONLY);
  return db.$transaction(async (tx) => {
    await lockMatrix(tx);
    const draft = await findDraft(tx);
    if (!draft) return noDraft();
    await tx.matrixVersion.delete({ where: { id: draft.id } }); // domains, emphases, cells cascade
    await recordAudit(
      {
        actorId: actor.id,
        action: "matrix.draft_discarded",
        entityType: "MatrixVersion",
        entityId: draft.id,
        data: { basedOnId: draft.basedOnId },
      },
      tx,
    );
    return { ok: true as const };
  }, TX);
}

export type EmptyCell = { cellId: string; clusterKey: string; cluster: string; domain: string; level: number };

/** Cells of a version with no indicator yet, in matrix order, named for people. */
export async function emptyCells(tx: Tx, versionId: string): Promise<EmptyCell[]> {
  const cells = await tx.matrixCell.findMany({
    where: { versionId, indicators: { none: {} } },
    select: { id: true, level: true, domainId: true, cluster: { select: { key: true, name: true, position: true } } },
  });
  const domains = await tx.matrixVersionDomain.findMany({ where: { versionId } });
  const domain = new Map(domains.map((d) => [d.domainId, d]));
  return cells
    .sort(
      (a, b) =>
        a.cluster.position - b.cluster.position ||
        (domain.get(a.domainId)?.position ?? 0) - (domain.get(b.domainId)?.position ?? 0) ||
        a.level - b.level,
    )
    .map((c) => ({
      cellId: c.id,
      clusterKey: c.cluster.key,
      cluster: c.cluster.name,
      domain: domain.get(c.domainId)?.name ?? "?",
      level: c.level,
    }));
}

type PublishFailure =
  | ActionFailure
  | { ok: false; kind: "invalid"; message: string; fieldErrors: Record<string, string>; emptyCells: EmptyCell[] };

/** Publishes the draft as the next version number; refuses while any cell is empty. */
export async function publishDraft(
  actor: CurrentUser,
  raw: unknown,
): Promise<
  ActionResult<{ versionId: string; number: number; summary: MatrixDiff["summary"] | null }> | PublishFailure
> {
  if (!can(actor, "editMatrix")) return forbidden(ADMINS_ONLY);
  const parsed = publishSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    await lockMatrix(tx);
    const draft = await findDraft(tx);
    if (!draft) return noDraft();
    const empty = await emptyCells(tx, draft.id);
    if (empty.length > 0) {
      const names = empty
        .slice(0, 3)
        .map((c) => `${c.cluster} · ${c.domain} · level ${c.level}`)
        .join("; ");
      const more = empty.length > 3 ? ` and ${empty.length - 3} more` : "";
      const message = `${empty.length} cell${empty.length === 1 ? " has" : "s have"} no indicators yet: ${names}${more}. Fill every cell before publishing.`;
      return { ok: false as const, kind: "invalid" as const, message, fieldErrors: {}, emptyCells: empty };
    }
    const [before, after] = [
      draft.basedOnId ? await loadMatrixFile(tx, draft.basedOnId) : null,
      await loadMatrixFile(tx, draft.id),
    ];
    const summary = before && after ? diffMatrices(before, after).summary : null;
    // A version that reads as the one it was drafted from would only make roles "move" to nothing new.
    if (summary?.total === 0) {
      const basedOn = before?.source?.number ? `version ${before.source.number}` : "the version it was drafted from";
      return refused(
        `Nothing changed since ${basedOn}: the draft reads the same. Change something first, or discard the draft.`,
      );
    }
    const { _max } = await tx.matrixVersion.aggregate({ _max: { number: true } });
    const number = (_max.number ?? 0) + 1;
    await tx.matrixVersion.update({
      where: { id: draft.id },
      data: { status: "PUBLISHED", number, publishedAt: new Date(), changeNote: parsed.data.changeNote },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "matrix.published",
        entityType: "MatrixVersion",
        entityId: draft.id,
        data: { number, basedOnId: draft.basedOnId, summary },
      },
      tx,
    );
    return { ok: true as const, versionId: draft.id, number, summary };
  }, TX);
}

/** A version as a matrix file (docs/matrix-json.md). */
export async function exportMatrix(
  actor: CurrentUser,
  versionId: string,
): Promise<ActionResult<{ filename: string; json: string }>> {
  if (!can(actor, "editMatrix")) return forbidden("Only admins export the matrix.");
  const file = await loadMatrixFile(db, versionId);
  if (!file) return notFound("That matrix version");
  const filename = file.source?.number ? `aiops-matrix-v${file.source.number}.json` : "aiops-matrix-draft.json";
  return { ok: true, filename, json: stringifyMatrix(file) };
}
