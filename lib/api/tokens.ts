// Personal API tokens for the read-only JSON API. Only a sha256 of the token is stored;
// the token is shown once. A token acts as its user, with exactly that user's visibility,
// narrowed to its read scopes, until it expires or is revoked (by its owner, or for every
// token of a user an admin deactivates: reactivation does not bring them back).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { API_SCOPES, tokenSchema, type ApiScope } from "../validation/token";
import { invalid, notFound, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const DAY_MS = 86_400_000;
/** "Last used" is written at most this often per token: a busy integration costs one write a minute, not one per request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export async function createApiToken(
  user: CurrentUser,
  raw: unknown,
): Promise<ActionResult<{ token: string; id: string; expiresAt: Date }>> {
  const parsed = tokenSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { name, scopes, expiresInDays } = parsed.data;
  const token = `aiops_${randomBytes(24).toString("base64url")}`;
  const expiresAt = new Date(Date.now() + Number(expiresInDays) * DAY_MS);
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: user.id, name, tokenHash: hash(token), prefix: token.slice(0, 10), scopes, expiresAt },
    });
    await recordAudit(
      {
        actorId: user.id,
        action: "api_token.created",
        entityType: "ApiToken",
        entityId: created.id,
        data: { scopes, expiresAt: expiresAt.toISOString() },
      },
      tx,
    );
    return created;
  });
  return { ok: true, token, id: row.id, expiresAt };
}

export async function revokeApiToken(user: CurrentUser, tokenId: string): Promise<ActionResult<object>> {
  return db.$transaction(async (tx) => {
    const updated = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: user.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (updated.count === 0) return notFound("That token");
    await recordAudit({ actorId: user.id, action: "api_token.revoked", entityType: "ApiToken", entityId: tokenId }, tx);
    return { ok: true as const };
  });
}

/** Deactivation revokes every live token of the user, in the deactivation's transaction (lib/people/service.ts). */
export async function revokeAllTokensOf(tx: Tx, userId: string): Promise<number> {
  return (await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } })).count;
}

export type TokenState = "active" | "expired" | "revoked";

/** The user's tokens, newest first, each with its state now (the settings page's list). */
export async function listApiTokens(user: CurrentUser) {
  const rows = await db.apiToken.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
  const now = new Date();
  return rows.map((r) => ({
    ...r,
    state: (r.revokedAt ? "revoked" : r.expiresAt <= now ? "expired" : "active") as TokenState,
  }));
}

export type TokenAuth = { ok: true; user: CurrentUser; scopes: ApiScope[] } | { ok: false; error: string };

export const TOKEN_MISSING = "Send a valid personal API token: Authorization: Bearer aiops_...";
export const TOKEN_UNKNOWN = "This API token is not valid. Create one under Settings → API tokens.";
export const TOKEN_REVOKED = "This API token was revoked. Create a new one under Settings → API tokens.";
export const TOKEN_INACTIVE = "This API token's user is deactivated.";
export const tokenExpired = (at: Date) =>
  `This API token expired on ${at.toISOString()}. Create a new one under Settings → API tokens.`;

/** Who an `Authorization: Bearer <token>` header stands for, with the token's scopes; or why it is refused. */
export async function authenticateToken(header: string | null): Promise<TokenAuth> {
  const token = header?.match(/^Bearer\s+(aiops_[A-Za-z0-9_-]{20,100})$/i)?.[1];
  if (!token) return { ok: false, error: TOKEN_MISSING };
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hash(token) },
    select: {
      id: true,
      scopes: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true, name: true, kind: true, active: true } },
    },
  });
  if (!row) return { ok: false, error: TOKEN_UNKNOWN };
  if (row.revokedAt) return { ok: false, error: TOKEN_REVOKED };
  const now = new Date();
  if (row.expiresAt <= now) return { ok: false, error: tokenExpired(row.expiresAt) };
  if (!row.user.active) return { ok: false, error: TOKEN_INACTIVE };
  await touch(row.id, row.lastUsedAt, now);
  const scopes = row.scopes.filter((s): s is ApiScope => (API_SCOPES as readonly string[]).includes(s));
  return {
    ok: true,
    user: { id: row.user.id, email: row.user.email, name: row.user.name, kind: row.user.kind },
    scopes,
  };
}

/**
 * Records the use unless one was recorded in the last minute. Conditional, so parallel requests
 * write once. Best effort: a failed timestamp update must not fail the read.
 */
async function touch(id: string, lastUsedAt: Date | null, now: Date) {
  const cutoff = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (lastUsedAt && lastUsedAt > cutoff) return;
  await db.apiToken
    .updateMany({
      where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: cutoff } }] },
      data: { lastUsedAt: now },
    })
    .catch(() => undefined);
}
