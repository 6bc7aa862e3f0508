// Invitations: the way a person an admin added gets in with a password. A one-time link by
// email (lib/mail.ts) lets them set it; only a sha256 of its token is stored, it expires, a
// newer invitation replaces older ones, and using it claims it atomically, so it works once.
// Sending is a per-admin quota; bad links are counted per address and blocked like sign-ins.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { forbidden, invalid, notFound, rateLimited, refused, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { oidcConfigured } from "../auth/options";
import { weakPasswordReason } from "../auth/password-strength";
import { can } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { endAllSessions } from "../auth/sessions";
import { db, type Tx } from "../db";
import { env } from "../env";
import { mailDelivery, sendMail } from "../mail";
import { limits } from "../rate-limit/limits";
import { tooManyRequestsMessage } from "../rate-limit/retry-after";
import { setPasswordSchema } from "../validation/auth";
import { inviteSchema } from "../validation/people";
import { INVITATION_HOURS } from "./invitation-text";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const baseUrl = () => (env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");

/** How a person gets in, for the admin's message and the email. */
export function signInRoutes() {
  return { password: true, sso: oidcConfigured() ? env().OIDC_NAME : null };
}

/**
 * A new invitation for `userId`; any older unused one stops working. Inside the caller's
 * transaction. `actorId` null: the server itself (the first admin's, at start-up).
 */
export async function createInvitation(tx: Tx, userId: string, actorId: string | null, now = new Date()) {
  await tx.invitation.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_HOURS * 3600_000);
  await tx.invitation.create({
    data: { userId, tokenHash: hashToken(token), createdById: actorId, createdAt: now, expiresAt },
  });
  await recordAudit(
    {
      actorId,
      action: "user.invited",
      entityType: "User",
      entityId: userId,
      data: { expiresAt: expiresAt.toISOString() },
    },
    tx,
  );
  return { token, expiresAt };
}

/** The email, sent after the transaction committed (a rolled-back invitation must not be mailed). */
export async function sendInvitation(to: { name: string; email: string }, token: string, reset = false) {
  const routes = signInRoutes();
  await sendMail({
    to: to.email,
    subject: reset ? "Set a new password for AIOps Scorecards" : "Your AIOps Scorecards account",
    text: [
      `Hello ${to.name},`,
      "",
      reset
        ? "An admin sent you a link to set a new password for AIOps Scorecards (your current one works until you do):"
        : "An account was created for you in AIOps Scorecards. Set your password here:",
      `${baseUrl()}/invite/${token}`,
      "",
      `The link works once and expires in ${INVITATION_HOURS} hours. Then sign in with ${to.email} at ${baseUrl()}/signin.`,
      routes.sso ? `You can also sign in with ${routes.sso} using the same address.` : "",
      "If you did not expect this, ignore this email.",
    ]
      .filter((l, i, all) => l !== "" || all[i - 1] !== "")
      .join("\n"),
  });
}

/**
 * An admin sends a (new) invitation to someone already added; to someone with a password it is a
 * reset link (a forgotten password: setting the new one ends their sessions, as any invitation does).
 */
export async function reinvite(
  actor: CurrentUser,
  raw: unknown,
): Promise<ActionResult<{ email: string; expiresAt: string; delivery: "smtp" | "file" }>> {
  if (!can(actor, "managePeople")) return forbidden();
  const parsed = inviteSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const made = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: parsed.data.userId },
      select: { id: true, name: true, email: true, active: true, passwordHash: true },
    });
    if (!user) return null;
    if (!user.active) return "inactive" as const;
    return {
      user: { name: user.name, email: user.email },
      reset: user.passwordHash !== null,
      ...(await createInvitation(tx, user.id, actor.id)),
    };
  });
  if (!made) return notFound("That person");
  if (made === "inactive") return forbidden("Reactivate this person before inviting them.");
  await sendInvitation(made.user, made.token, made.reset);
  return { ok: true, email: made.user.email, expiresAt: made.expiresAt.toISOString(), delivery: mailDelivery() };
}

export type InvitationView = { ok: true; name: string; email: string } | { ok: false; message: string };

const DEAD_LINK = "This link has expired or was already used. Ask an admin to send you a new invitation.";

/** What the set-password page shows for a token (reading does not use it up). */
export async function invitationFor(token: string, now = new Date()): Promise<InvitationView> {
  if (token.length < 20 || token.length > 200) return { ok: false, message: DEAD_LINK };
  const inv = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { name: true, email: true, active: true } } },
  });
  if (!inv || inv.usedAt || inv.expiresAt <= now || !inv.user.active) return { ok: false, message: DEAD_LINK };
  return { ok: true, name: inv.user.name, email: inv.user.email };
}

/** Sets the password from an invitation: claims the token (once), hashes the password, ends older sessions. */
export async function acceptInvitation(
  raw: unknown,
  address: string,
  now = new Date(),
): Promise<ActionResult<{ email: string }>> {
  const parsed = setPasswordSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const failures = limits().invitationFailure;
  const blocked = await failures.blocked(address);
  if (blocked)
    return rateLimited(
      tooManyRequestsMessage("attempts with invitation links", blocked.retryAfterSeconds),
      blocked.retryAfterSeconds,
    );
  const tokenHash = hashToken(parsed.data.token);
  // A live link first (a dead one counts as a failed attempt, whatever the password), then the
  // password, judged against the person's own name and email too.
  const invitee = await db.invitation.findFirst({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { active: true } },
    select: { user: { select: { name: true, email: true } } },
  });
  const weak = invitee && weakPasswordReason(parsed.data.password, [invitee.user.name, invitee.user.email]);
  if (weak) return refused(weak, "password");
  const passwordHash = await bcrypt.hash(parsed.data.password, 10);
  const email = !invitee
    ? null
    : await db.$transaction(async (tx) => {
        const claimed = await tx.invitation.updateMany({
          where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
          data: { usedAt: now },
        });
        if (claimed.count !== 1) return null;
        const inv = await tx.invitation.findUniqueOrThrow({
          where: { tokenHash },
          select: { user: { select: { id: true, email: true, active: true } } },
        });
        if (!inv.user.active) return null;
        await tx.user.update({ where: { id: inv.user.id }, data: { passwordHash } });
        await endAllSessions(tx, inv.user.id);
        await recordAudit(
          {
            actorId: inv.user.id,
            action: "user.password_set",
            entityType: "User",
            entityId: inv.user.id,
            data: { via: "invitation" },
          },
          tx,
        );
        return inv.user.email;
      });
  if (!email) {
    const block = await failures.fail(address);
    if (block)
      return rateLimited(
        tooManyRequestsMessage("attempts with invitation links", block.retryAfterSeconds),
        block.retryAfterSeconds,
      );
    return { ok: false, kind: "not_found", message: DEAD_LINK };
  }
  return { ok: true, email };
}
