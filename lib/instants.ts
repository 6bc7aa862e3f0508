// Instants against calendar days and minutes, for the server's queries and services (not in
// lib/dates.ts, which every page's script carries: these would only add to it).
import { zoneOf } from "./dates";

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
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a calendar day ("2026-11-02") starts in the viewer's zone, for "from"/"to" filters
 * typed as dates. Twice round the offset, so a day that starts just after a DST change is right.
 */
export function startOfDayIn(day: string, timeZone: string | null | undefined): Date {
  const zone = zoneOf(timeZone);
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d);
  let at = wall - zoneOffsetMinutes(new Date(wall), zone) * 60_000;
  at = wall - zoneOffsetMinutes(new Date(at), zone) * 60_000;
  return new Date(at);
}

/**
 * Whether two instants fall in the same minute: a time typed in a form has no seconds, while a
 * stored one may (an interview created by a script, an import), and the same time typed again
 * is no change.
 */
export function sameMinute(a: Date | null | undefined, b: Date | null | undefined): boolean {
  return !!a && !!b && Math.floor(a.getTime() / 60_000) === Math.floor(b.getTime() / 60_000);
}
