// When a scorecard is "due": one hour after the interview's scheduled time, until it is
// submitted or ten business days have passed (then reminding stops; the manager follows up).

export const DUE_AFTER_MS = 60 * 60 * 1000;
export const STOP_AFTER_BUSINESS_DAYS = 10;
export const EMAIL_EVERY_MS = 24 * 60 * 60 * 1000;

/** Whole business days (Mon-Fri, UTC) from `from` to `to`. */
export function businessDaysBetween(from: Date, to: Date): number {
  if (to <= from) return 0;
  let days = 0;
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  const end = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate()));
  while (d < end) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) days++;
  }
  return days;
}

export type ReminderState = "not-due" | "due" | "expired" | "done";

export function reminderState(scheduledAt: Date | null, submitted: boolean, now: Date): ReminderState {
  if (submitted) return "done";
  if (!scheduledAt || now.getTime() - scheduledAt.getTime() < DUE_AFTER_MS) return "not-due";
  if (businessDaysBetween(scheduledAt, now) > STOP_AFTER_BUSINESS_DAYS) return "expired";
  return "due";
}

/** Send an email reminder now? At most one per interview per day while due. */
export function shouldEmail(state: ReminderState, lastSentAt: Date | null, now: Date): boolean {
  return state === "due" && (!lastSentAt || now.getTime() - lastSentAt.getTime() >= EMAIL_EVERY_MS);
}
