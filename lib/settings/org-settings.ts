// The organisation's settings row (OrgSettings, id 1): the one way to change it. Every setter
// reads the fields it changes, writes them and records its audit event in one transaction, so
// a setting never changes without its before/after in the audit log.
import "server-only";
import { conflict, type ActionFailure } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

/** The settings an admin may change: every column but the key, the name and the bookkeeping. */
export type OrgSettingsChange = Omit<Prisma.OrgSettingsCreateInput, "id" | "name" | "demo" | "seededAt" | "updatedAt">;

/**
 * Writes `change` to the settings row (creating it when the database has none yet) and audits
 * it as `action`, with the data `describe` makes from the changed fields' previous values
 * (null when the row did not exist). With `expected` (the values the person's form loaded), the
 * write happens only if the row still holds them, checked by the write itself: a form opened
 * before someone else saved gets a conflict instead of putting the old values back.
 */
export async function saveOrgSettings<C extends OrgSettingsChange>(
  actor: CurrentUser,
  action: string,
  change: C,
  describe: (before: { [K in keyof C]: unknown } | null) => object,
  expected?: { values: Partial<C>; conflictMessage: string },
): Promise<{ ok: true } | ActionFailure> {
  const select = Object.fromEntries(Object.keys(change).map((k) => [k, true])) as Prisma.OrgSettingsSelect;
  return db.$transaction(async (tx) => {
    const before = (await tx.orgSettings.findUnique({ where: { id: 1 }, select })) as
      { [K in keyof C]: unknown } | null;
    const data: OrgSettingsChange = change;
    if (before && expected) {
      const where = { id: 1, ...expected.values } as Prisma.OrgSettingsWhereInput;
      const written = await tx.orgSettings.updateMany({ where, data });
      if (written.count === 0) return conflict(expected.conflictMessage);
    } else
      await tx.orgSettings.upsert({
        where: { id: 1 },
        update: data,
        create: { id: 1, name: "My organisation", ...data },
      });
    await recordAudit(
      { actorId: actor.id, action, entityType: "OrgSettings", entityId: "1", data: describe(before) },
      tx,
    );
    return { ok: true as const };
  });
}
