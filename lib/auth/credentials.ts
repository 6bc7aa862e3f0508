// Email + password check for the credentials provider (bcrypt, constant-ish time).
import bcrypt from "bcryptjs";
import { db } from "../db";
import { signInSchema } from "../validation/auth";

// A real hash of a throwaway string, so an unknown email costs as much as a wrong password.
const TIMING_DUMMY_HASH = "$2b$10$U86p.0Hti7733rs6P1K/Ye7azqM3/T2S54mE9mA0Dx/GCrF67fdUW";

export async function authorizeCredentials(raw: unknown): Promise<{ id: string; email: string; name: string } | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({ where: { email: parsed.data.email } });
  const ok = await bcrypt.compare(parsed.data.password, user?.passwordHash ?? TIMING_DUMMY_HASH);
  if (!user || !user.passwordHash || !ok || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name };
}

/** Single sign-on: only people an admin has added (and not deactivated) get in, matched by email. */
export async function ssoAccountFor(email: string | null | undefined): Promise<{ id: string } | null> {
  const normalised = email?.trim().toLowerCase();
  if (!normalised) return null;
  const user = await db.user.findUnique({ where: { email: normalised }, select: { id: true, active: true } });
  return user?.active ? { id: user.id } : null;
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
