import "server-only";
import { forbidden, invalid, notFound, refused, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { canDecideOnCandidates } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { decisionSchema } from "../validation/decision";
import { STATUS_OF_DECISION } from "./status";

/** The role's owning manager (or an admin) records hire / no hire / hold with a rationale. */
export async function recordDecision(actor: CurrentUser, applicationId: string, raw: unknown): Promise<ActionResult<object>> {
  const parsed = decisionSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    const app = await tx.application.findUnique({ where: { id: applicationId }, include: { role: { select: { ownerId: true } }, candidate: { select: { erasedAt: true } } } });
    if (!app) return notFound("That candidate");
    if (!canDecideOnCandidates(actor, app.role)) return forbidden("Only the role's owner records the decision.");
    if (app.candidate.erasedAt) return refused("This candidate's personal data was erased; no decision can be recorded.");
    const { decision, rationale } = parsed.data;
    await tx.application.update({
      where: { id: applicationId },
      data: { decision, decisionRationale: rationale, decidedAt: new Date(), decidedById: actor.id, status: STATUS_OF_DECISION[decision] },
    });
    await recordAudit({ actorId: actor.id, action: "application.decided", entityType: "Application", entityId: applicationId, data: { decision, rationale, previous: app.decision } }, tx);
    return { ok: true as const };
  });
}
