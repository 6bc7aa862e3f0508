// Instants against calendar days and minutes, for the server's queries and services (not in
// lib/dates.ts, which every page's script carries: these would only add to it).
import { zoneOf } from "./dates";

/** Date.UTC for every year a date input sends (Date.UTC reads the years 0-99 as 1900-1999). */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const at = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  return at.setUTCFullYear(year, month, day);
}

/** The calendar day after `day` ("2026-11-02" → "2026-11-03"), or null after 9999-12-31, the last day a date input sends. */
export function dayAfter(day: string): string | null {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const next = new Date(utc(y, m - 1, d + 1));
  const year = next.getUTCFullYear();
  if (year > 9999) return null;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${two(next.getUTCMonth() + 1)}-${two(next.getUTCDate())}`;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
/** Minutes `zone` is ahead of UTC at `at` (CET in winter: 60). */
function zoneOffsetMinutes(at: Date, zone: string): number {
  let f = offsetFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    offsetFormatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  const wall = utc(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** 0001-01-01T00:00Z: PostgreSQL's timestamps have no year 0, which a query must never be sent. */
const FIRST_INSTANT = utc(1, 0, 1);

/**
 * The instant a calendar day ("2026-11-02") starts in the viewer's zone, for "from"/"to" filters
 * typed as dates. Twice round the offset, so a day that starts just after a DST change is right.
 * Never before the first instant of year 1 (1 January of year 1 starts in year 0 east of UTC).
 */
export function startOfDayIn(day: string, timeZone: string | null | undefined): Date {
  const zone = zoneOf(timeZone);
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const wall = utc(y, m - 1, d);
  let at = wall - zoneOffsetMinutes(new Date(wall), zone) * 60_000;
  at = wall - zoneOffsetMinutes(new Date(at), zone) * 60_000;
  return new Date(Math.max(at, FIRST_INSTANT));
}

/**
 * Whether two instants fall in the same minute: a time typed in a form has no seconds, while a
 * stored one may (an interview created by a script, an import), and the same time typed again
 * is no change.
 */
export function sameMinute(a: Date | null | undefined, b: Date | null | undefined): boolean {
  return !!a && !!b && Math.floor(a.getTime() / 60_000) === Math.floor(b.getTime() / 60_000);
}
