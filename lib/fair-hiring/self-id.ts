// Voluntary self-identification: a candidate answers a few questions about themselves (gender,
// ethnicity, veteran and disability status: the SelfIdCategory rows) through a link a recruiter
// gives them. Kept apart from everything else: the answers are written here and read only by
// the fair-hiring report's aggregate query; no candidate page, export, scorecard or API reads
// them, and the form never shows earlier answers (whoever holds the link learns nothing).
// Only a sha256 of the link's token is stored; bad links are counted per address and blocked.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { forbidden, invalid, notFound, rateLimited, refused, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { can, canSendSelfIdLink } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { env } from "../env";
import { limits } from "../rate-limit/limits";
import { tooManyRequestsMessage } from "../rate-limit/retry-after";
import { PREFER_NOT_TO_SAY, selfIdAnswersSchema, selfIdLinkSchema } from "../validation/self-id";

export const SELF_ID_LINK_DAYS = 60;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const baseUrl = () => (env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
export const DEAD_SELF_ID_LINK = "This link has expired or is not valid. Ask your recruiter for a new one.";

const candidateRolesSelect = {
  erasedAt: true,
  applications: { select: { role: { select: { members: { select: { userId: true, function: true } } } } } },
} as const;
const rolesOf = (c: {
  applications: { role: { members: { userId: string; function: "INTERVIEWER" | "RECRUITER" }[] } }[];
}) => c.applications.map((a) => a.role);

export type SelfIdLinkState = {
  /** The current link's dates (its address is not stored, so it cannot be shown again), or null. */
  link: { createdAt: Date; expiresAt: Date; expired: boolean } | null;
};

/**
 * For the candidate page: whether the viewer may create the candidate's link (null: they may
 * not, or the candidate is erased), and when the current one was made and expires. Whether the
 * candidate answered is not told: nobody on the hiring side learns who chose to answer.
 */
export async function selfIdLinkState(
  actor: CurrentUser,
  candidateId: string,
  now = new Date(),
): Promise<SelfIdLinkState | null> {
  if (!can(actor, "sendSelfIdLinks")) return null;
  const candidate = await db.candidate.findUnique({
    where: { id: candidateId },
    select: { ...candidateRolesSelect, selfIdLink: { select: { createdAt: true, expiresAt: true } } },
  });
  if (!candidate || candidate.erasedAt || !canSendSelfIdLink(actor, rolesOf(candidate))) return null;
  const link = candidate.selfIdLink;
  return {
    link: link ? { createdAt: link.createdAt, expiresAt: link.expiresAt, expired: link.expiresAt <= now } : null,
  };
}

/** A recruiter (or admin) creates the link to send a candidate; an older link stops working. */
export async function createSelfIdLink(
  actor: CurrentUser,
  raw: unknown,
  now = new Date(),
): Promise<ActionResult<{ url: string; expiresAt: string }>> {
  if (!can(actor, "sendSelfIdLinks")) return forbidden();
  const parsed = selfIdLinkSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { candidateId } = parsed.data;
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SELF_ID_LINK_DAYS * 24 * 3600_000);
  const made = await db.$transaction(async (tx) => {
    const candidate = await tx.candidate.findUnique({ where: { id: candidateId }, select: candidateRolesSelect });
    if (!candidate) return "missing" as const;
    if (!canSendSelfIdLink(actor, rolesOf(candidate))) return "forbidden" as const;
    if (candidate.erasedAt) return "erased" as const;
    const tokenHash = hashToken(token);
    await tx.selfIdLink.upsert({
      where: { candidateId },
      update: { tokenHash, createdAt: now, expiresAt },
      create: { candidateId, tokenHash, createdAt: now, expiresAt },
    });
    await recordAudit(
      { actorId: actor.id, action: "self_id.link_created", entityType: "Candidate", entityId: candidateId },
      tx,
    );
    return "ok" as const;
  });
  if (made === "missing") return notFound("That candidate");
  if (made === "forbidden")
    return forbidden("Only admins and the recruiters of a role this candidate applied to may create their link.");
  if (made === "erased") return refused("This candidate's data was erased.");
  return { ok: true, url: `${baseUrl()}/self-id/${token}`, expiresAt: expiresAt.toISOString() };
}

export type SelfIdForm =
  | { ok: true; answered: boolean; categories: { key: string; label: string; options: string[] }[] }
  | { ok: false; message: string };

/** What the public form shows for a token: the questions, and whether answers were sent before (never which). */
export async function selfIdFormFor(token: string, now = new Date()): Promise<SelfIdForm> {
  if (token.length < 20 || token.length > 200) return { ok: false, message: DEAD_SELF_ID_LINK };
  const link = await db.selfIdLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, answeredAt: true },
  });
  if (!link || link.expiresAt <= now) return { ok: false, message: DEAD_SELF_ID_LINK };
  const categories = await db.selfIdCategory.findMany({
    where: { active: true },
    orderBy: [{ position: "asc" }, { key: "asc" }],
    select: { key: true, label: true, options: true },
  });
  return { ok: true, answered: link.answeredAt !== null, categories };
}

/**
 * Stores the answers sent with a link: each category answered is replaced (PREFER_NOT_TO_SAY is
 * stored as null), categories left out are left as they were. Throttled per address (sends, and
 * bad links separately).
 */
export async function submitSelfId(
  raw: unknown,
  address: string,
  now = new Date(),
): Promise<ActionResult<{ saved: number }>> {
  const l = limits();
  const blocked = await l.selfIdFailure.blocked(address);
  if (blocked)
    return rateLimited(
      tooManyRequestsMessage("attempts with self-identification links", blocked.retryAfterSeconds),
      blocked.retryAfterSeconds,
    );
  const quota = await l.selfId.take(address);
  if (quota)
    return rateLimited(tooManyRequestsMessage(l.selfId.what, quota.retryAfterSeconds), quota.retryAfterSeconds);
  const parsed = selfIdAnswersSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { token, answers } = parsed.data;
  const link = await db.selfIdLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { candidateId: true, expiresAt: true },
  });
  if (!link || link.expiresAt <= now) {
    const block = await l.selfIdFailure.fail(address);
    if (block)
      return rateLimited(
        tooManyRequestsMessage("attempts with self-identification links", block.retryAfterSeconds),
        block.retryAfterSeconds,
      );
    return { ok: false, kind: "not_found", message: DEAD_SELF_ID_LINK };
  }
  const categories = await db.selfIdCategory.findMany({
    where: { active: true },
    select: { id: true, key: true, options: true },
  });
  const fieldErrors: Record<string, string> = {};
  const rows: { categoryId: string; value: string | null }[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const category = categories.find((c) => c.key === key);
    if (!category) fieldErrors[`answers.${key}`] = "This question is no longer asked.";
    else if (value !== PREFER_NOT_TO_SAY && !category.options.includes(value))
      fieldErrors[`answers.${key}`] = "Choose one of the answers offered.";
    else rows.push({ categoryId: category.id, value: value === PREFER_NOT_TO_SAY ? null : value });
  }
  if (Object.keys(fieldErrors).length)
    return { ok: false, kind: "invalid", message: "Some answers need attention.", fieldErrors };
  // Sent with nothing chosen: nothing is recorded, and the link is not marked answered.
  if (rows.length === 0) return { ok: true, saved: 0 };
  await db.$transaction(async (tx) => {
    for (const r of rows)
      await tx.selfIdAnswer.upsert({
        where: { candidateId_categoryId: { candidateId: link.candidateId, categoryId: r.categoryId } },
        update: { value: r.value, answeredAt: now },
        create: { candidateId: link.candidateId, categoryId: r.categoryId, value: r.value, answeredAt: now },
      });
    await tx.selfIdLink.update({ where: { candidateId: link.candidateId }, data: { answeredAt: now } });
  });
  return { ok: true, saved: rows.length };
}
