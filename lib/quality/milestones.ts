// Check-in milestones: days after the hire decision (OrgSettings.checkInDays). No I/O.

export const DEFAULT_CHECK_IN_DAYS = [90, 182, 365] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/** "90 days", "6 months", "12 months": whole months from about five months on, days before. */
export function milestoneLabel(days: number): string {
  if (days < 150) return `${days} days`;
  const months = Math.round(days / 30.44);
  return months % 12 === 0 && months > 12 ? `${months / 12} years` : `${months} months`;
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
