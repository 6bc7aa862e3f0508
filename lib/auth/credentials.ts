// Email + password check for the credentials provider (bcrypt, constant-ish time), behind the
// sign-in throttle (lib/rate-limit/limits.ts).
import bcrypt from "bcryptjs";
import { recordAudit } from "../audit";
import { db } from "../db";
import { signInThrottle } from "../rate-limit/limits";
import { signInThrottledCode } from "../rate-limit/retry-after";
import { signInSchema } from "../validation/auth";

// A real hash of a throwaway string, so an unknown email costs as much as a wrong password.
const TIMING_DUMMY_HASH = "$2b$10$U86p.0Hti7733rs6P1K/Ye7azqM3/T2S54mE9mA0Dx/GCrF67fdUW";

/** Thrown (not returned) so next-auth hands its message, which carries the wait, to the sign-in form. */
export class SignInThrottledError extends Error {
  override name = "SignInThrottledError";
  constructor(readonly retryAfterSeconds: number) {
    super(signInThrottledCode(retryAfterSeconds));
  }
}

export type SignedInUser = { id: string; email: string; name: string; sessionGeneration: number };

/** `address`: the client's address (lib/rate-limit/client-address.ts), for the per-address limits. */
export async function authorizeCredentials(raw: unknown, address = "unknown"): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const throttle = signInThrottle();
  const blocked = await throttle.check(email, address);
  if (blocked) throw new SignInThrottledError(blocked.retryAfterSeconds);
  const user = await db.user.findUnique({ where: { email } });
  const ok = await bcrypt.compare(password, user?.passwordHash ?? TIMING_DUMMY_HASH);
  if (!user || !user.passwordHash || !ok || !user.active) {
    const block = await throttle.failed(email, address);
    // On the account's record for admins (a guessed password, a deactivated person trying). An
    // unknown email is not recorded: it would store whatever a stranger typed. Attempts the
    // throttle refuses before checking are not recorded either, so a flood writes nothing.
    if (user) {
      const reason = !user.active ? "deactivated" : !user.passwordHash ? "no_password" : "wrong_password";
      await recordAudit({
        actorId: null,
        action: "user.sign_in_failed",
        entityType: "User",
        entityId: user.id,
        data: { reason, address, blocked: block !== null },
      });
    }
    if (block) throw new SignInThrottledError(block.retryAfterSeconds);
    return null;
  }
  await throttle.succeeded(email, address);
  return { id: user.id, email: user.email, name: user.name, sessionGeneration: user.sessionGeneration };
}

/** Why a single sign-on is refused, as the sign-in page's `?error=` code: a missing, unverified, unknown or deactivated email. */
export type SsoRefusal = "NoEmail" | "EmailUnverified" | "NotInvited" | "Deactivated";

/** The sign-in callback's answer to an OIDC profile: null lets the person in. Nobody is ever created here. */
export async function ssoRefusal(profile: OidcProfile | undefined): Promise<SsoRefusal | null> {
  if (!profile?.email?.trim()) return "NoEmail";
  const email = ssoEmail(profile);
  if (!email) return "EmailUnverified";
  const user = await db.user.findUnique({ where: { email }, select: { active: true } });
  if (!user) return "NotInvited";
  return user.active ? null : "Deactivated";
}

/** Single sign-on: only people an admin has added (and not deactivated) get in, matched by email. */
export async function ssoAccountFor(
  email: string | null | undefined,
): Promise<{ id: string; sessionGeneration: number } | null> {
  const normalised = email?.trim().toLowerCase();
  if (!normalised) return null;
  const user = await db.user.findUnique({
    where: { email: normalised },
    select: { id: true, active: true, sessionGeneration: true },
  });
  return user?.active ? { id: user.id, sessionGeneration: user.sessionGeneration } : null;
}

export type OidcProfile = { sub: string; email?: string; email_verified?: boolean | string; name?: string };

/**
 * The email an OIDC profile vouches for. An address the provider marks unverified is refused:
 * otherwise anyone who can set that address on an account there could take over the person
 * with that email here. Providers that omit the claim (Entra ID) vouch for their directory.
 */
export function ssoEmail(profile: OidcProfile): string | null {
  if (profile.email_verified === false || profile.email_verified === "false") return null;
  return profile.email?.trim().toLowerCase() || null;
}
