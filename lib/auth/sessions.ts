// Ending sessions on the server. A session token stays valid until its expiry wherever a copy
// of it is kept, so signing out must also be recorded here: per session (sign-out) or for all
// of a person's sessions at once (a higher User.sessionGeneration).
import "server-only";
import type { ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { db, type Tx } from "../db";
import { liveClaims, sessionEndsAt, type SessionPolicy } from "./session-token";
import type { CurrentUser } from "./session";

/** Sign-out: this session's token is refused from now on, however many copies of it exist. */
export async function revokeSession(token: unknown, policy: SessionPolicy): Promise<void> {
  const claims = liveClaims(token, policy);
  if (!claims) return; // already dead: nothing to revoke
  const expiresAt = new Date(sessionEndsAt(claims, policy) * 1000);
  // Rows are needed until the token would have expired; older ones are cleared on the way.
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.revokedSession.upsert({
      where: { id: claims.sid },
      create: { id: claims.sid, userId: claims.uid, expiresAt },
      update: {},
    }),
  ]);
}

/** Ends every session of the person at its next request (deactivation, reactivation, kind change). */
export async function endAllSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionGeneration: { increment: 1 } } });
}

/** "Sign out everywhere": every device's session of the signed-in person, this one included. */
export async function signOutEverywhere(user: CurrentUser): Promise<ActionResult<object>> {
  await db.$transaction(async (tx) => {
    await endAllSessions(tx, user.id);
    await recordAudit(
      { actorId: user.id, action: "user.signed_out_everywhere", entityType: "User", entityId: user.id },
      tx,
    );
  });
  return { ok: true };
}
