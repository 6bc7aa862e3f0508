// What the audit log page may show of an event's data. Who, when, what and on which entity
// always show; the data follows the same rules as everywhere else:
// - `scorecard.score_changed` records draft ratings, and drafts are shown to nobody but their
//   author, so its data is hidden from everyone else;
// - other scorecard events (submissions, amendments) show only if the independence rule lets
//   the viewer see that application's feedback (their own scorecard's always): an admin on the
//   candidate's panel who has not submitted sees no one's ratings here either;
// - application events that copy the panel's outcome (`application.decided` carries the
//   decision and its rationale, `application.moved` the status and any cleared decision) show
//   only when the viewer may see that application's feedback, as the decision itself does
//   (hideOutcome). A decision's own author sees it.
// The rule is asked of PostgreSQL (lib/scorecards/visibility.ts) in one query for all the
// page's events, never one per row, and never by loading teams into JavaScript.
import "server-only";
import type { CurrentUser } from "../auth/session";
import { feedbackVisibility } from "../data/feedback";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { HIDDEN_REASON_LABEL, type HiddenReason } from "./access";
import { hiddenReasonSql } from "./visibility";

export const DRAFT_HIDDEN = "hidden (someone else's draft)";
export const NOT_FOUND_HIDDEN = "hidden (scorecard not found)";
export const APPLICATION_NOT_FOUND_HIDDEN = "hidden (application not found)";
// The audit page has room to say whose scorecard: a longer wording of one reason.
const HIDDEN_TEXT: Record<HiddenReason, string> = {
  ...HIDDEN_REASON_LABEL,
  "submit-first": "hidden until you submit your own scorecard",
};

/** Application events whose data carries the panel's outcome (decision, rationale, outcome status). */
export const OUTCOME_ACTIONS: readonly string[] = ["application.decided", "application.moved"];

type Event = { action: string; entityType: string; entityId: string; actorId: string | null; data: unknown };
export type AuditDetails = { hidden: false; data: unknown } | { hidden: true; why: string };

const isScorecardEvent = (e: Event) => e.entityType === "Scorecard" || e.action.startsWith("scorecard.");
const isOutcomeEvent = (e: Event) => !isScorecardEvent(e) && OUTCOME_ACTIONS.includes(e.action);

/** For each event, in order: its data, or why it is hidden from `viewer`. */
export async function auditDetails(viewer: CurrentUser, events: Event[]): Promise<AuditDetails[]> {
  const cardIds = [
    ...new Set(
      events.filter((e) => isScorecardEvent(e) && e.action !== "scorecard.score_changed").map((e) => e.entityId),
    ),
  ];
  const appIds = [...new Set(events.filter(isOutcomeEvent).map((e) => e.entityId))];
  // Per entity: its hidden reason (null = visible); absent = not found.
  const reasonOf = new Map<string, { reason: HiddenReason | null; own: boolean }>();
  if (cardIds.length || appIds.length) {
    const visibility = await feedbackVisibility();
    const hidden = hiddenReasonSql(viewer, visibility, "a");
    const parts: Prisma.Sql[] = [];
    if (cardIds.length) {
      parts.push(Prisma.sql`SELECT 'S' AS kind, s.id, s."interviewerId" = ${viewer.id} AS own, ${hidden} AS reason
        FROM "Scorecard" s JOIN "Interview" i ON i.id = s."interviewId" JOIN "Application" a ON a.id = i."applicationId"
        WHERE s.id IN (${Prisma.join(cardIds)})`);
    }
    if (appIds.length)
      parts.push(
        Prisma.sql`SELECT 'A' AS kind, a.id, FALSE AS own, ${hidden} AS reason FROM "Application" a WHERE a.id IN (${Prisma.join(appIds)})`,
      );
    const rows = await db.$queryRaw<{ kind: "S" | "A"; id: string; own: boolean; reason: HiddenReason | null }[]>(
      Prisma.join(parts, " UNION ALL "),
    );
    for (const r of rows) reasonOf.set(`${r.kind}:${r.id}`, { reason: r.reason, own: r.own });
  }

  return events.map((e): AuditDetails => {
    if (isScorecardEvent(e)) {
      if (e.action === "scorecard.score_changed")
        return e.actorId === viewer.id ? { hidden: false, data: e.data } : { hidden: true, why: DRAFT_HIDDEN };
      const card = reasonOf.get(`S:${e.entityId}`);
      if (!card) return { hidden: true, why: NOT_FOUND_HIDDEN };
      return card.own || card.reason === null
        ? { hidden: false, data: e.data }
        : { hidden: true, why: HIDDEN_TEXT[card.reason] };
    }
    if (isOutcomeEvent(e)) {
      if (e.action === "application.decided" && e.actorId === viewer.id) return { hidden: false, data: e.data };
      const app = reasonOf.get(`A:${e.entityId}`);
      if (!app) return { hidden: true, why: APPLICATION_NOT_FOUND_HIDDEN };
      return app.reason === null ? { hidden: false, data: e.data } : { hidden: true, why: HIDDEN_TEXT[app.reason] };
    }
    return { hidden: false, data: e.data };
  });
}
