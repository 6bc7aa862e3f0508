// People and permissions (admins only). Every change is audited in the same transaction.
// Concurrent edits: each change names the User.version its page loaded and writes only if the
// row still has it (a conditional update), so of two admins editing one person from the same
// page, the second is told to reload instead of both being told "saved".
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
import { changeKindSchema, personSchema, setActiveSchema } from "../validation/people";
import { can, canOwnRole, KIND_LABEL, isAdmin } from "../auth/permissions";
import { endAllSessions } from "../auth/sessions";
import { revokeAllTokensOf } from "../api/tokens";
import type { UserKind } from "../generated/prisma/enums";
import { mailDelivery } from "../mail";
import { createInvitation, sendInvitation, signInRoutes } from "./invitations";

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

/** What a stale page is told: who changed under it, as they are now, and to reload. */
function staleEdit(user: { name: string; kind: UserKind; active: boolean }): ActionFailure {
  return conflict(
    `Someone else changed ${user.name} since you loaded this page (now ${KIND_LABEL[user.kind].toLowerCase()}, ${user.active ? "active" : "deactivated"}). Nothing was saved: reload the page and try again.`,
  );
}

/** The write, only if the row still has the version the page loaded; false when it moved on meanwhile. */
async function writeIfVersion(tx: Tx, userId: string, version: number, data: { kind?: UserKind; active?: boolean }) {
  const res = await tx.user.updateMany({
    where: { id: userId, version },
    data: { ...data, version: { increment: 1 } },
  });
  return res.count === 1;
}

async function otherActiveAdmins(tx: Tx, userId: string) {
  return tx.user.count({ where: { kind: "ADMIN", active: true, id: { not: userId } } });
}

/** What adding someone did: `emailed` false when the invitation could not be sent (the admin can resend it). */
type Added = {
  id: string;
  invitation: { expiresAt: string; emailed: boolean; delivery: "smtp" | "file" };
  sso: string | null;
};

const DUPLICATE_EMAIL = "Someone with that email already exists";

/** Adds a person and emails them an invitation to set a password (lib/people/invitations.ts). */
export async function addPerson(actor: CurrentUser, raw: unknown): Promise<ActionResult<Added>> {
  if (!can(actor, "managePeople")) return forbidden();
  const parsed = personSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const added = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: parsed.data.email } })) {
      return {
        ok: false as const,
        kind: "invalid" as const,
        message: DUPLICATE_EMAIL,
        fieldErrors: { email: DUPLICATE_EMAIL },
      };
    }
    const user = await tx.user.create({ data: parsed.data });
    await recordAudit(
      { actorId: actor.id, action: "user.created", entityType: "User", entityId: user.id, data: { kind: user.kind } },
      tx,
    );
    return { ok: true as const, user, ...(await createInvitation(tx, user.id, actor.id)) };
  });
  if (!added.ok) return added;
  // Sent once the person and the invitation are committed; a mail failure leaves both in place.
  const emailed = await sendInvitation(added.user, added.token).then(
    () => true,
    (e: unknown) => (console.error("invitation email failed", e), false),
  );
  return {
    ok: true,
    id: added.user.id,
    invitation: { expiresAt: added.expiresAt.toISOString(), emailed, delivery: mailDelivery() },
    sso: signInRoutes().sso,
  };
}

/**
 * Why a kind change would leave roles with an owner who can no longer open them (a manager made
 * an interviewer or a recruiter), or null. Closed roles keep their owner as history; a departing manager is
 * deactivated instead, and the role form then asks for a new owner.
 */
async function rolesLeftWithoutOwner(
  tx: Tx,
  user: { id: string; name: string; kind: UserKind },
  kind: UserKind,
): Promise<string | null> {
  // Made an admin, they still open every role; made an interviewer or a recruiter, they open none.
  if (!canOwnRole(user) || can({ kind }, "listRoles")) return null;
  const owned = await tx.role.findMany({
    where: { ownerId: user.id, status: { not: "CLOSED" } },
    select: { title: true },
    orderBy: { createdAt: "asc" },
    take: 4,
  });
  if (owned.length === 0) return null;
  const total =
    owned.length < 4 ? owned.length : await tx.role.count({ where: { ownerId: user.id, status: { not: "CLOSED" } } });
  const titles = owned.slice(0, 3).map((r) => `“${r.title}”`);
  const list = total > 3 ? `${titles.join(", ")} and ${total - 3} more` : titles.join(", ");
  return `${user.name} owns ${total} role${total === 1 ? "" : "s"} not yet closed (${list}). Give ${total === 1 ? "it" : "each"} another owner first (Edit role, Owner), then change their kind.`;
}

export async function changeKind(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "managePeople")) return forbidden();
  const parsed = changeKindSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    await lockActiveAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: parsed.data.userId } });
    if (!user) return notFound("That person");
    // Already what the admin asked for (a retry, or both admins chose the same): nothing to do.
    if (user.kind === parsed.data.kind) return { ok: true as const };
    if (user.version !== parsed.data.version) return staleEdit(user);
    if (isAdmin(user) && user.active && (await otherActiveAdmins(tx, user.id)) === 0) return forbidden(LAST_ADMIN);
    const orphaned = await rolesLeftWithoutOwner(tx, user, parsed.data.kind);
    if (orphaned) return refused(orphaned, "kind");
    if (!(await writeIfVersion(tx, user.id, parsed.data.version, { kind: parsed.data.kind })))
      return staleEdit(await tx.user.findUniqueOrThrow({ where: { id: user.id } }));
    // New rights, new session: tokens minted under the old kind stop working.
    await endAllSessions(tx, user.id);
    await recordAudit(
      {
        actorId: actor.id,
        action: "user.kind_changed",
        entityType: "User",
        entityId: user.id,
        data: { from: user.kind, to: parsed.data.kind },
      },
      tx,
    );
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
    if (user.version !== parsed.data.version) return staleEdit(user);
    if (!parsed.data.active && isAdmin(user) && (await otherActiveAdmins(tx, user.id)) === 0)
      return forbidden(LAST_ADMIN);
    // Past scorecards stay: nothing is deleted, the account just can't sign in.
    if (!(await writeIfVersion(tx, user.id, parsed.data.version, { active: parsed.data.active })))
      return staleEdit(await tx.user.findUniqueOrThrow({ where: { id: user.id } }));
    // Both ways: a reactivated person signs in afresh; no session from before comes back.
    await endAllSessions(tx, user.id);
    // Their API tokens die with the deactivation, so reactivating the account later revives none of them.
    const tokensRevoked = parsed.data.active ? 0 : await revokeAllTokensOf(tx, user.id);
    // So do their unused invitation links: one forwarded while they were away is not re-armed by a reactivation.
    if (!parsed.data.active)
      await tx.invitation.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: new Date() } });
    await recordAudit(
      {
        actorId: actor.id,
        action: parsed.data.active ? "user.reactivated" : "user.deactivated",
        entityType: "User",
        entityId: user.id,
        ...(tokensRevoked ? { data: { tokensRevoked } } : {}),
      },
      tx,
    );
    return { ok: true as const };
  });
}
