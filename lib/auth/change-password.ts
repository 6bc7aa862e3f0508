// A signed-in person changing their own password. The current password is asked for (a session
// left open on a shared computer must not be enough to take the account over), and a wrong one
// counts as a failed sign-in for that account and address: the same throttle, so a session does
// not become a faster way to guess. Success ends every session, this one included, as a password
// change must (a thief's session too); the page sends the person to sign in with the new one.
import "server-only";
import bcrypt from "bcryptjs";
import { forbidden, invalid, rateLimited, refused, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { db } from "../db";
import { signInThrottle } from "../rate-limit/limits";
import { waitText } from "../rate-limit/retry-after";
import { changePasswordSchema } from "../validation/auth";
import { weakPasswordReason } from "./password-strength";
import type { CurrentUser } from "./session";
import { endAllSessions } from "./sessions";

export const SSO_ONLY = "You sign in through single sign-on: change your password with your identity provider.";

const tooMany = (seconds: number) =>
  rateLimited(`Too many wrong passwords for this account. Try again in ${waitText(seconds)}.`, seconds);

/** `address`: the client's address (lib/rate-limit/client-address.ts), for the sign-in throttle. */
export async function changePassword(user: CurrentUser, raw: unknown, address: string): Promise<ActionResult<object>> {
  const parsed = changePasswordSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { current, password } = parsed.data;
  const throttle = signInThrottle();
  const blocked = await throttle.check(user.email, address);
  if (blocked) return tooMany(blocked.retryAfterSeconds);
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true, active: true } });
  if (!row?.active) return forbidden();
  if (!row.passwordHash) return refused(SSO_ONLY, "current");
  if (!(await bcrypt.compare(current, row.passwordHash))) {
    const block = await throttle.failed(user.email, address);
    return block ? tooMany(block.retryAfterSeconds) : refused("That is not your current password", "current");
  }
  await throttle.succeeded(user.email, address);
  const weak = weakPasswordReason(password, [user.name, user.email]);
  if (weak) return refused(weak, "password");
  const passwordHash = await bcrypt.hash(password, 10);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await endAllSessions(tx, user.id);
    await recordAudit(
      {
        actorId: user.id,
        action: "user.password_changed",
        entityType: "User",
        entityId: user.id,
      },
      tx,
    );
  });
  return { ok: true };
}
