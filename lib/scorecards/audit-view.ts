// What the audit log page may show of scorecard events. Who, when and which scorecard always
// show; the data (ratings, evidence, notes) follows the same rules as everywhere else:
// - `scorecard.score_changed` records draft ratings, and drafts are shown to nobody but their
//   author, so its data is hidden from everyone else;
// - submissions and amendments show only if the independence rule (access.ts, via
//   feedback.ts) lets the viewer see that application's feedback: an admin on the candidate's
//   panel who has not submitted sees no one's ratings here either.
// One batched query for all the page's scorecard events, never one per row.
import "server-only";
import type { CurrentUser } from "../auth/session";
import { accessFor, feedbackVisibility, myInterviews } from "../data/feedback";
import { db } from "../db";
import { HIDDEN_REASON_LABEL, type HiddenReason } from "./access";

export const DRAFT_HIDDEN = "draft details are not shown";
// The audit page has room to say whose scorecard: a longer wording of one reason.
const HIDDEN_TEXT: Record<HiddenReason, string> = { ...HIDDEN_REASON_LABEL, "submit-first": "hidden until you submit your own scorecard" };

type Event = { action: string; entityType: string; entityId: string; actorId: string | null; data: unknown };
export type AuditDetails = { hidden: false; data: unknown } | { hidden: true; why: string };

const isScorecardEvent = (e: Event) => e.entityType === "Scorecard" || e.action.startsWith("scorecard.");

/** For each event, in order: its data, or why it is hidden from `viewer`. */
export async function auditDetails(viewer: CurrentUser, events: Event[]): Promise<AuditDetails[]> {
  const ids = [...new Set(events.filter((e) => isScorecardEvent(e) && e.action !== "scorecard.score_changed").map((e) => e.entityId))];
  const [visibility, cards] = ids.length
    ? await Promise.all([
        feedbackVisibility(),
        db.scorecard.findMany({
          where: { id: { in: ids } },
          select: {
            id: true,
            interviewerId: true,
            interview: { select: { application: { select: { role: { select: { ownerId: true, members: { select: { userId: true } } } }, interviews: myInterviews(viewer.id) } } } },
          },
        }),
      ])
    : (["AFTER_SUBMIT" as const, []] as const);
  // Per scorecard: null when its data may show, else why not.
  const hiddenWhy = new Map<string, string | null>();
  for (const c of cards) {
    const app = c.interview.application;
    const access = c.interviewerId === viewer.id ? ({ visible: true } as const) : accessFor(viewer, app.role, app.interviews, visibility);
    hiddenWhy.set(c.id, access.visible ? null : HIDDEN_TEXT[access.reason]);
  }

  return events.map((e): AuditDetails => {
    if (!isScorecardEvent(e)) return { hidden: false, data: e.data };
    if (e.action === "scorecard.score_changed") return e.actorId === viewer.id ? { hidden: false, data: e.data } : { hidden: true, why: DRAFT_HIDDEN };
    const why = hiddenWhy.get(e.entityId);
    if (why === undefined) return { hidden: true, why: "hidden (scorecard not found)" };
    return why === null ? { hidden: false, data: e.data } : { hidden: true, why };
  });
}
