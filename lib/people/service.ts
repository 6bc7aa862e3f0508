// People and permissions (admins only). Every change is audited in the same transaction.
import "server-only";
import { forbidden, invalid, notFound, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { changeKindSchema, personSchema, setActiveSchema } from "../validation/people";
import { can } from "../auth/permissions";
import { endAllSessions } from "../auth/sessions";

const LAST_ADMIN = "At least one active admin must remain: make someone else an admin first.";

/**
 * Locks every active admin's row until the transaction ends, so two admins demoting or
 * deactivating each other at once take turns: the second one counts after the first has
 * committed and is refused if nobody would be left. Rows are locked in id order (no deadlock).
 * Under PostgreSQL's READ COMMITTED the count below, a new statement, sees that commit.
 */
async function lockActiveAdmins(tx: Tx) {
  await tx.$queryRaw`SELECT id FROM "User" WHERE kind = 'ADMIN' AND active = true ORDER BY id FOR UPDATE`;
}

async function otherActiveAdmins(tx: Tx, userId: string) {
  return tx.user.count({ where: { kind: "ADMIN", active: true, id: { not: userId } } });
}

export async function addPerson(actor: CurrentUser, raw: unknown): Promise<ActionResult<{ id: string }>> {
  if (!can(actor, "managePeople")) return forbidden();
  const parsed = personSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: parsed.data.email } })) {
      return { ok: false as const, kind: "invalid" as const, message: "Someone with that email already exists.", fieldErrors: { email: "Someone with that email already exists" } };
    }
    const user = await tx.user.create({ data: parsed.data });
    await recordAudit({ actorId: actor.id, action: "user.created", entityType: "User", entityId: user.id, data: { kind: user.kind } }, tx);
    return { ok: true as const, id: user.id };
  });
}

export async function changeKind(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "managePeople")) return forbidden();
  const parsed = changeKindSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    await lockActiveAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: parsed.data.userId } });
    if (!user) return notFound("That person");
    if (user.kind === parsed.data.kind) return { ok: true as const };
    if (user.kind === "ADMIN" && user.active && (await otherActiveAdmins(tx, user.id)) === 0) return forbidden(LAST_ADMIN);
    await tx.user.update({ where: { id: user.id }, data: { kind: parsed.data.kind } });
    // New rights, new session: tokens minted under the old kind stop working.
    await endAllSessions(tx, user.id);
    await recordAudit({ actorId: actor.id, action: "user.kind_changed", entityType: "User", entityId: user.id, data: { from: user.kind, to: parsed.data.kind } }, tx);
    return { ok: true as const };
  });
}

export async function setActive(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "managePeople")) return forbidden();
  const parsed = setActiveSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    await lockActiveAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: parsed.data.userId } });
    if (!user) return notFound("That person");
    if (user.active === parsed.data.active) return { ok: true as const };
    if (!parsed.data.active && user.kind === "ADMIN" && (await otherActiveAdmins(tx, user.id)) === 0) return forbidden(LAST_ADMIN);
    // Past scorecards stay: nothing is deleted, the account just can't sign in.
    await tx.user.update({ where: { id: user.id }, data: { active: parsed.data.active } });
    // Both ways: a reactivated person signs in afresh; no session from before comes back.
    await endAllSessions(tx, user.id);
    await recordAudit({ actorId: actor.id, action: parsed.data.active ? "user.reactivated" : "user.deactivated", entityType: "User", entityId: user.id }, tx);
    return { ok: true as const };
  });
}
