// Personal API tokens for the read-only JSON API. Only a sha256 of the token is stored;
// the token is shown once. A token acts as its user, with exactly that user's visibility.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { tokenNameSchema } from "../validation/token";
import { invalid, notFound, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createApiToken(user: CurrentUser, raw: unknown): Promise<ActionResult<{ token: string; id: string }>> {
  const parsed = tokenNameSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const token = `aiops_${randomBytes(24).toString("base64url")}`;
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({ data: { userId: user.id, name: parsed.data.name, tokenHash: hash(token), prefix: token.slice(0, 10) } });
    await recordAudit({ actorId: user.id, action: "api_token.created", entityType: "ApiToken", entityId: created.id }, tx);
    return created;
  });
  return { ok: true, token, id: row.id };
}

export async function revokeApiToken(user: CurrentUser, tokenId: string): Promise<ActionResult<object>> {
  return db.$transaction(async (tx) => {
    const updated = await tx.apiToken.updateMany({ where: { id: tokenId, userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (updated.count === 0) return notFound("That token");
    await recordAudit({ actorId: user.id, action: "api_token.revoked", entityType: "ApiToken", entityId: tokenId }, tx);
    return { ok: true as const };
  });
}

export async function listApiTokens(user: CurrentUser) {
  return db.apiToken.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } });
}

/** The user a `Authorization: Bearer <token>` header stands for, or null. */
export async function userForToken(header: string | null): Promise<CurrentUser | null> {
  const token = header?.match(/^Bearer\s+(aiops_[A-Za-z0-9_-]{20,})$/)?.[1];
  if (!token) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hash(token) }, include: { user: { select: { id: true, email: true, name: true, kind: true, active: true } } } });
  if (!row || row.revokedAt || !row.user.active) return null;
  // Best effort: a failed timestamp update must not fail the read.
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
  return { id: row.user.id, email: row.user.email, name: row.user.name, kind: row.user.kind };
}
