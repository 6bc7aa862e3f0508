// Edits to the draft matrix version (admins only): indicators, domains, emphasis.
// Each checks the actor first, then validates, then writes under the matrix lock so an
// edit can never land on a version that was published a moment earlier.
import "server-only";
import {
  conflict,
  forbidden,
  invalid,
  notFound,
  refused,
  type ActionFailure,
  type ActionResult,
} from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import type { MatrixVersion } from "../generated/prisma/client";
import { MATRIX_LEVELS } from "./json-format";
import { DOMAIN_LABEL_TAKEN, domainLabelClash } from "./domain-names";
import {
  addDomainSchema,
  cellIndicatorsSchema,
  domainIdSchema,
  emphasisSchema,
  reorderDomainsSchema,
  updateDomainSchema,
} from "./schemas";
import { ADMINS_ONLY, EMPHASIS_FROM_FILE, createCells, findDraft, lockMatrix, noDraft, readOnly } from "./snapshot";
import { can } from "../auth/permissions";

const isAdmin = (actor: CurrentUser) => can(actor, "editMatrix");

/** Runs `fn` on the draft inside one locked transaction. */
function onDraft<T>(fn: (tx: Tx, draft: MatrixVersion) => Promise<T>): Promise<T | ActionFailure> {
  return db.$transaction(
    async (tx) => {
      await lockMatrix(tx);
      const draft = await findDraft(tx);
      return draft ? fn(tx, draft) : noDraft();
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

/** Replaces one draft cell's indicators (in the given order). */
export type CellConflict = { ok: false; kind: "conflict"; message: string; current: string[] };

export async function updateCellIndicators(
  actor: CurrentUser,
  raw: unknown,
): Promise<ActionResult<{ count: number }> | CellConflict> {
  if (!isAdmin(actor)) return forbidden(ADMINS_ONLY);
  const parsed = cellIndicatorsSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { cellId, indicators, expected } = parsed.data;
  return db.$transaction(async (tx) => {
    await lockMatrix(tx);
    const cell = await tx.matrixCell.findUnique({
      where: { id: cellId },
      include: {
        version: { select: { status: true } },
        _count: { select: { indicators: true } },
        indicators: { orderBy: { position: "asc" }, select: { text: true } },
      },
    });
    // Cells go with their domain (retired from the draft) or the draft (discarded, or published
    // and a new one started): most likely another admin's doing since this page loaded.
    if (!cell)
      return {
        ok: false as const,
        kind: "not_found" as const,
        message:
          "This cell is no longer in the draft: another admin may have retired its domain or discarded the draft since you loaded the page. Reload to see the draft as it is (copy your text first if you need it).",
      };
    if (cell.version.status !== "DRAFT") return readOnly();
    const current = cell.indicators.map((i) => i.text);
    const same = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);
    // Another admin saved this cell since this editor loaded it: show theirs, overwrite nothing.
    if (!same(current, expected) && !same(current, indicators)) {
      return {
        ok: false as const,
        kind: "conflict" as const,
        message:
          "Another admin changed this cell since you loaded it. Their version is below; your text is still in the box. Save again to replace theirs, or reload the page to start from theirs.",
        current,
      };
    }
    await tx.indicator.deleteMany({ where: { cellId } });
    await tx.indicator.createMany({ data: indicators.map((text, position) => ({ cellId, position, text })) });
    const data = {
      versionId: cell.versionId,
      clusterId: cell.clusterId,
      domainId: cell.domainId,
      level: cell.level,
      before: cell._count.indicators,
      after: indicators.length,
    };
    await recordAudit(
      { actorId: actor.id, action: "matrix.cell_edited", entityType: "MatrixCell", entityId: cellId, data },
      tx,
    );
    return { ok: true as const, count: indicators.length };
  });
}

/**
 * Adds a domain to the draft with an empty cell for every cluster and level (publishing
 * refuses until they are filled) and "supporting" emphasis. A key used before (say, a
 * domain retired in an earlier version) brings back the same domain identity.
 */
export async function addDomain(actor: CurrentUser, raw: unknown): Promise<ActionResult<{ domainId: string }>> {
  if (!isAdmin(actor)) return forbidden(ADMINS_ONLY);
  const parsed = addDomainSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { key, ...wording } = parsed.data;
  return onDraft(async (tx, draft) => {
    const inDraft = await tx.matrixVersionDomain.findMany({
      where: { versionId: draft.id },
      include: { domain: { select: { key: true } } },
    });
    if (inDraft.some((d) => d.domain.key === key))
      return refused("The draft already has a domain with that key.", "key");
    const clash = domainLabelClash(inDraft, wording);
    if (clash) return refused(DOMAIN_LABEL_TAKEN[clash], clash);
    const existing = await tx.competencyDomain.findUnique({ where: { key } });
    const domain = existing ?? (await tx.competencyDomain.create({ data: { key } }));
    const position = Math.max(-1, ...inDraft.map((d) => d.position)) + 1;
    await tx.matrixVersionDomain.create({ data: { versionId: draft.id, domainId: domain.id, position, ...wording } });
    const clusters = await tx.roleCluster.findMany({ select: { id: true } });
    await tx.clusterEmphasis.createMany({
      data: clusters.map((c) => ({
        versionId: draft.id,
        clusterId: c.id,
        domainId: domain.id,
        emphasis: "SUPPORTING" as const,
      })),
    });
    await createCells(
      tx,
      draft.id,
      clusters.flatMap((c) =>
        MATRIX_LEVELS.map((level) => ({ clusterId: c.id, domainId: domain.id, level, indicators: [] })),
      ),
    );
    await recordAudit(
      {
        actorId: actor.id,
        action: "matrix.domain_added",
        entityType: "MatrixVersion",
        entityId: draft.id,
        data: { domainId: domain.id, key, reused: !!existing },
      },
      tx,
    );
    return { ok: true as const, domainId: domain.id };
  });
}

/** Rewords a domain in the draft; its key (identity) never changes. */
export async function updateDomain(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!isAdmin(actor)) return forbidden(ADMINS_ONLY);
  const parsed = updateDomainSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { domainId, expected, ...wording } = parsed.data;
  // What this admin changed; the other fields keep whatever they hold now.
  const keys = (Object.keys(wording) as (keyof typeof wording)[]).filter(
    (k) => !expected || wording[k] !== expected[k],
  );
  return onDraft(async (tx, draft) => {
    const all = await tx.matrixVersionDomain.findMany({ where: { versionId: draft.id } });
    const current = all.find((d) => d.domainId === domainId);
    if (!current) return notFound("That domain in the draft");
    if (keys.length === 0) return { ok: true as const };
    // The matrix lock (onDraft) makes this check and the write one step.
    const changedSince = expected ? keys.filter((k) => current[k] !== expected[k] && current[k] !== wording[k]) : [];
    if (changedSince.length)
      return conflict(
        `Another admin changed this domain's ${changedSince.map((k) => DOMAIN_FIELD_LABEL[k]).join(" and ")} after you opened it, so your change was not saved. Reload to see theirs, then make yours again.`,
      );
    const name = keys.includes("name") ? wording.name : current.name;
    // Only a label this admin changes is checked: a clash already there (an imported file's)
    // must not block rewording the description.
    const clash = domainLabelClash(
      all.filter((d) => d.domainId !== domainId),
      { name, shortName: keys.includes("shortName") ? wording.shortName : current.shortName },
      (["name", "shortName"] as const).filter((f) => keys.includes(f)),
    );
    if (clash) return refused(DOMAIN_LABEL_TAKEN[clash], clash);
    await tx.matrixVersionDomain.update({
      where: { versionId_domainId: { versionId: draft.id, domainId } },
      data: Object.fromEntries(keys.map((k) => [k, wording[k]])),
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "matrix.domain_updated",
        entityType: "MatrixVersion",
        entityId: draft.id,
        data: {
          domainId,
          from: current.name,
          to: name,
          before: Object.fromEntries(keys.map((k) => [k, current[k]])),
        },
      },
      tx,
    );
    return { ok: true as const };
  });
}

const DOMAIN_FIELD_LABEL = { name: "name", shortName: "short name", description: "description" } as const;

/** Removes a domain from the draft only: published versions (and their scorecards) keep it. */
export async function retireDomain(actor: CurrentUser, rawDomainId: unknown): Promise<ActionResult<object>> {
  if (!isAdmin(actor)) return forbidden(ADMINS_ONLY);
  const parsed = domainIdSchema.safeParse(rawDomainId);
  if (!parsed.success) return invalid(parsed.error);
  const domainId = parsed.data;
  return onDraft(async (tx, draft) => {
    const all = await tx.matrixVersionDomain.findMany({ where: { versionId: draft.id }, orderBy: { position: "asc" } });
    if (!all.some((d) => d.domainId === domainId)) return notFound("That domain in the draft");
    if (all.length === 1) return refused("The matrix needs at least one domain.", "_form");
    await tx.matrixCell.deleteMany({ where: { versionId: draft.id, domainId } });
    await tx.clusterEmphasis.deleteMany({ where: { versionId: draft.id, domainId } });
    await tx.matrixVersionDomain.delete({ where: { versionId_domainId: { versionId: draft.id, domainId } } });
    await renumber(
      tx,
      draft.id,
      all.map((d) => d.domainId).filter((id) => id !== domainId),
    );
    await recordAudit(
      {
        actorId: actor.id,
        action: "matrix.domain_retired",
        entityType: "MatrixVersion",
        entityId: draft.id,
        data: { domainId },
      },
      tx,
    );
    return { ok: true as const };
  });
}

async function renumber(tx: Tx, versionId: string, order: string[]) {
  for (const [position, domainId] of order.entries()) {
    await tx.matrixVersionDomain.update({ where: { versionId_domainId: { versionId, domainId } }, data: { position } });
  }
}

/** Sets the draft's domain order; `domainIds` must list every draft domain once. */
export async function reorderDomains(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!isAdmin(actor)) return forbidden(ADMINS_ONLY);
  const parsed = reorderDomainsSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { order, expected } = parsed.data;
  return onDraft(async (tx, draft) => {
    const all = await tx.matrixVersionDomain.findMany({
      where: { versionId: draft.id },
      select: { domainId: true },
      orderBy: { position: "asc" },
    });
    if (all.map((d) => d.domainId).join() !== expected.join()) {
      return conflict(
        "Another admin changed the domains' order (or added or retired one) since you loaded this page. The list now shows the draft as it is; move again if you still need to.",
      );
    }
    const ids = new Set(all.map((d) => d.domainId));
    if (order.length !== ids.size || new Set(order).size !== order.length || order.some((id) => !ids.has(id))) {
      return refused("List every domain of the draft exactly once.", "_form");
    }
    await renumber(tx, draft.id, order);
    await recordAudit(
      {
        actorId: actor.id,
        action: "matrix.domains_reordered",
        entityType: "MatrixVersion",
        entityId: draft.id,
        data: { order },
      },
      tx,
    );
    return { ok: true as const };
  });
}

/** How much a domain matters for one role cluster, in the draft. */
export async function setEmphasis(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!isAdmin(actor)) return forbidden(ADMINS_ONLY);
  const parsed = emphasisSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { clusterId, domainId } = parsed.data;
  const emphasis = EMPHASIS_FROM_FILE[parsed.data.emphasis];
  return onDraft(async (tx, draft) => {
    const domain = await tx.matrixVersionDomain.findUnique({
      where: { versionId_domainId: { versionId: draft.id, domainId } },
    });
    const cluster = await tx.roleCluster.findUnique({ where: { id: clusterId } });
    if (!domain || !cluster) return notFound("That domain or cluster");
    const where = { versionId_clusterId_domainId: { versionId: draft.id, clusterId, domainId } };
    await tx.clusterEmphasis.upsert({
      where,
      create: { versionId: draft.id, clusterId, domainId, emphasis },
      update: { emphasis },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "matrix.emphasis_changed",
        entityType: "MatrixVersion",
        entityId: draft.id,
        data: { clusterId, domainId, emphasis },
      },
      tx,
    );
    return { ok: true as const };
  });
}
