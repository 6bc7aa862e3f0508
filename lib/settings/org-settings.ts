// The organisation's settings row (OrgSettings, id 1): the one way to change it. Every setter
// reads the fields it changes, writes them and records its audit event in one transaction, so
// a setting never changes without its before/after in the audit log.
import "server-only";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

/** The settings an admin may change: every column but the key, the name and the bookkeeping. */
export type OrgSettingsChange = Omit<Prisma.OrgSettingsCreateInput, "id" | "name" | "demo" | "seededAt" | "updatedAt">;

/**
 * Writes `change` to the settings row (creating it when the database has none yet) and audits
 * it as `action`, with the data `describe` makes from the changed fields' previous values
 * (null when the row did not exist).
 */
export async function saveOrgSettings<C extends OrgSettingsChange>(
  actor: CurrentUser,
  action: string,
  change: C,
  describe: (before: { [K in keyof C]: unknown } | null) => object,
): Promise<{ ok: true }> {
  const select = Object.fromEntries(Object.keys(change).map((k) => [k, true])) as Prisma.OrgSettingsSelect;
  return db.$transaction(async (tx) => {
    const before = (await tx.orgSettings.findUnique({ where: { id: 1 }, select })) as
      { [K in keyof C]: unknown } | null;
    const data: OrgSettingsChange = change;
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
