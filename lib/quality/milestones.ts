// Check-in milestones: days after the hire decision (OrgSettings.checkInDays). No I/O.

export const DEFAULT_CHECK_IN_DAYS = [90, 182, 365] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "90-day", "6-month", "12-month", "2-year", as in "the 90-day check-in" (round V: "90 days
 * check-in"): whole months from about five months on, days before.
 */
export function milestoneLabel(days: number): string {
  if (days < 150) return `${days}-day`;
  const months = Math.round(days / 30.44);
  return months % 12 === 0 && months > 12 ? `${months / 12}-year` : `${months}-month`;
}

/** When a check-in falls due. */
export function milestoneDueAt(hiredAt: Date, days: number): Date {
  return new Date(hiredAt.getTime() + days * DAY_MS);
}

/** The organisation's milestones, sorted, with the defaults for a database that has none. */
export function checkInDaysOf(settings: { checkInDays: number[] } | null | undefined): number[] {
  const days = settings?.checkInDays?.length ? settings.checkInDays : [...DEFAULT_CHECK_IN_DAYS];
  return [...days].sort((a, b) => a - b);
}

type MilestoneState = { days: number; state: "done" | "due" | "upcoming" };

/**
 * The check-in a hire's page opens its form for: the one the link asked for when it is due, else
 * the oldest due one. `notOpened` is the one asked for when it is not the one opened (not due yet,
 * or recorded already), so the page says so rather than silently showing another.
 */
export function milestoneToOpen<M extends MilestoneState>(
  milestones: M[],
  askedDays: number | undefined,
  mayRecord: boolean,
): { open?: M; notOpened?: M } {
  const due = milestones.filter((x) => x.state === "due");
  const open = mayRecord ? (due.find((x) => x.days === askedDays) ?? due[0]) : undefined;
  const notOpened =
    askedDays !== undefined && open?.days !== askedDays ? milestones.find((x) => x.days === askedDays) : undefined;
  return { open, notOpened };
}
