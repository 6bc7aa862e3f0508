// A datetime-local field's value and the instant it means, in the browser's zone (client code;
// tests set TZ). The field shows "YYYY-MM-DDTHH:mm"; a wall-clock time that happens twice (the
// night the clocks go back) needs one more fact, which of the two: the value then carries
// LATER_SUFFIX, so the forms keep passing one string and cannot drop the choice on the way.

export const LATER_SUFFIX = "|later";

/** The value's wall-clock part and whether the later of two same-named times was chosen. */
export function splitLocalValue(value: string): { local: string; later: boolean } {
  return value.endsWith(LATER_SUFFIX)
    ? { local: value.slice(0, -LATER_SUFFIX.length), later: true }
    : { local: value, later: false };
}

const wallClock = (d: Date) => [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()].join();

/**
 * A wall-clock time that happens twice here, both instants (earlier first), or null. `new Date`
 * reads such a time as the earlier one; the later is 30, 60 or 120 minutes on (the shifts zones
 * use: Lord Howe moves 30 minutes, Troll station 2 hours) with the same wall clock.
 */
export function repeatedLocalTime(local: string): { first: Date; second: Date } | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const first = new Date(local);
  if (Number.isNaN(first.getTime())) return null;
  for (const minutes of [30, 60, 120]) {
    const second = new Date(first.getTime() + minutes * 60_000);
    if (wallClock(second) === wallClock(first)) return { first, second };
  }
  return null;
}

/** The field's value → the instant as ISO ("" when empty; the text itself when unreadable, for the server to refuse). */
export function localInputToInstant(value: string): string {
  if (!value) return "";
  const { local, later } = splitLocalValue(value);
  const repeated = later ? repeatedLocalTime(local) : null;
  if (repeated) return repeated.second.toISOString();
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? local : d.toISOString();
}

/** An instant → the field's value: its wall clock here, marked as the later one when it is the second of two. */
export function instantToLocalInput(d: Date | string | null): string {
  if (!d) return "";
  const t = new Date(d);
  const local = new Date(t.getTime() - t.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  const repeated = repeatedLocalTime(local);
  return repeated && repeated.second.getTime() === t.getTime() ? `${local}${LATER_SUFFIX}` : local;
}
