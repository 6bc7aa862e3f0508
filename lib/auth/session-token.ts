// What our session token carries beyond next-auth's own claims, and the rules on it (no I/O).
// The token is next-auth's encrypted JWT in a cookie; the database decides the rest at every
// request (lib/auth/session.ts): the person is active, the generation is theirs, and this
// session was not signed out.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { env, type Env } from "../env";

export type SessionPolicy = {
  /** Absolute lifetime from sign-in: also the token's own `exp`. */
  maxAgeSeconds: number;
  /** A session not used for this long ends. */
  idleSeconds: number;
  /** How often an active page reports activity (keeping `lastSeen` fresh without a request per keystroke). */
  keepAliveSeconds: number;
};

export function sessionPolicy(e: Pick<Env, "SESSION_MAX_AGE_HOURS" | "SESSION_IDLE_MINUTES"> = env()): SessionPolicy {
  const idleSeconds = e.SESSION_IDLE_MINUTES * 60;
  return {
    maxAgeSeconds: Math.round(e.SESSION_MAX_AGE_HOURS * 3600),
    idleSeconds,
    keepAliveSeconds: Math.min(300, Math.floor(idleSeconds / 4)),
  };
}

const claimsSchema = z.object({
  /** Our user id. */
  uid: z.string().min(1),
  /** This session (stays the same when the cookie is refreshed); a signed-out one is listed in RevokedSession. */
  sid: z.string().min(1),
  /** User.sessionGeneration at sign-in; raising it ends every session minted before. */
  gen: z.number().int(),
  /** Sign-in time (seconds): the absolute lifetime counts from here, whatever refreshes the token. */
  authTime: z.number(),
  /** Last activity (seconds): the idle timeout counts from here. */
  lastSeen: z.number(),
});
export type SessionClaims = z.infer<typeof claimsSchema>;

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export function newSessionClaims(userId: string, generation: number, now = nowSeconds()): SessionClaims {
  return { uid: userId, sid: randomUUID(), gen: generation, authTime: now, lastSeen: now };
}

/** The token's claims while the session is within its lifetime and not idle; null otherwise (or for a token without them). */
export function liveClaims(token: unknown, policy: SessionPolicy, now = nowSeconds()): SessionClaims | null {
  const parsed = claimsSchema.safeParse(token);
  if (!parsed.success) return null;
  const c = parsed.data;
  if (now - c.authTime >= policy.maxAgeSeconds) return null;
  if (now - c.lastSeen >= policy.idleSeconds) return null;
  return c;
}

// Picked once: zod builds (and on first use compiles) a new parser for every pick(), on every request.
const authTimeSchema = claimsSchema.pick({ authTime: true });
/** When the session ends at the latest, in seconds since the epoch (0 for a token without claims). */
export function sessionEndsAt(token: unknown, policy: SessionPolicy): number {
  const parsed = authTimeSchema.safeParse(token);
  return parsed.success ? parsed.data.authTime + policy.maxAgeSeconds : 0;
}

/** What pages and actions need from the session to look the person up (lib/auth/session.ts). */
export type SessionRef = Pick<SessionClaims, "uid" | "sid" | "gen">;

const refSchema = claimsSchema.pick({ uid: true, sid: true, gen: true });
export function sessionRefOf(value: unknown): SessionRef | null {
  const parsed = refSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
