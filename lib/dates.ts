// Dates one way everywhere, in the viewer's time zone: "28 Nov 2026" and "28 Nov 2026, 21:19 CET".
// Pure (server and client). The server learns the viewer's zone from a cookie set by the
// browser (lib/time-zone-script.ts, read by lib/viewer-time-zone.ts); until
// then, and for any unknown zone, UTC, which the formatted text then names.

import { DATE_FORMAT, DATE_LOCALE, DATE_TIME_FORMAT, TIME_FORMAT } from "./date-formats";
import { DEFAULT_TIME_ZONE } from "./time-zone-names";

export { DEFAULT_TIME_ZONE, TIME_ZONE_COOKIE } from "./time-zone-names";

// Asking ICU whether a zone exists builds a formatter (about 0.1 ms), and every date a page shows
// asks: on a server profile of the sign-in page and my interviews this check alone was 11% of the
// busy thread. Answers are remembered; the map is capped, since a zone can come from a cookie.
const zoneAnswers = new Map<string, boolean>();
const MAX_REMEMBERED_ZONES = 1000;

/** An IANA zone name this runtime knows ("Europe/Berlin"); anything else is not a zone. */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== "string" || zone.length === 0 || zone.length > 64) return false;
  const known = zoneAnswers.get(zone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    valid = true;
  } catch {
    valid = false;
  }
  if (zoneAnswers.size < MAX_REMEMBERED_ZONES) zoneAnswers.set(zone, valid);
  return valid;
}

// Browsers and Node (ICU, the CLDR's names) report some zones by names the IANA database has replaced:
// a browser in India says "Asia/Calcutta". These are the IANA names shown and stored instead.
const IANA_NAME: Readonly<Record<string, string>> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/** The zone's current IANA name: "Asia/Calcutta" -> "Asia/Kolkata"; other names as they are. */
export const ianaTimeZone = (zone: string) => IANA_NAME[zone] ?? zone;

/** The IANA zone to format or compute in: a known zone (aliases resolved), else UTC. */
export const zoneOf = (zone: string | null | undefined) => (isTimeZone(zone) ? ianaTimeZone(zone) : DEFAULT_TIME_ZONE);

// Formatters are costly to build and a page formats many dates in one or two zones.
const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: "date" | "dateTime" | "time", zone: string): Intl.DateTimeFormat {
  const key = `${kind}|${zone}`;
  let f = cache.get(key);
  if (!f) {
    const options = kind === "date" ? DATE_FORMAT : kind === "time" ? TIME_FORMAT : DATE_TIME_FORMAT;
    f = new Intl.DateTimeFormat(DATE_LOCALE, { ...options, timeZone: zone });
    cache.set(key, f);
  }
  return f;
}

type DateInput = Date | string | number | null | undefined;
const toDate = (d: DateInput) =>
  d === null || d === undefined || d === "" ? null : d instanceof Date ? d : new Date(d);

/** "28 Nov 2026" in the viewer's zone; `empty` when there is no date. */
export function formatDate(date: DateInput, timeZone: string | null | undefined, empty = "—"): string {
  const d = toDate(date);
  return d && !Number.isNaN(d.getTime()) ? formatter("date", zoneOf(timeZone)).format(d) : empty;
}

/** "28 Nov 2026, 21:19 CET" (the zone always named); `empty` when there is no date. */
export function formatDateTime(date: DateInput, timeZone: string | null | undefined, empty = "—"): string {
  const d = toDate(date);
  return d && !Number.isNaN(d.getTime()) ? formatter("dateTime", zoneOf(timeZone)).format(d) : empty;
}

/** "21:19 CET", for times on the day at hand (a draft saved, a sign-in block ending). */
export function formatTime(date: DateInput, timeZone: string | null | undefined, empty = "—"): string {
  const d = toDate(date);
  return d && !Number.isNaN(d.getTime()) ? formatter("time", zoneOf(timeZone)).format(d) : empty;
}

/** The browser's own zone, for client-only text (never during server rendering). */
export function browserTimeZone(): string {
  return zoneOf(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** The zone with its offset at `at`, for form labels: "Europe/Berlin (UTC+01:00)", "UTC". */
export function timeZoneLabel(timeZone: string, at: Date = new Date()): string {
  const zone = zoneOf(timeZone);
  if (zone === "UTC") return "UTC";
  const part = new Intl.DateTimeFormat("en-GB", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  return part ? `${zone} (${part === "GMT" ? "UTC" : part.replace("GMT", "UTC")})` : zone;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * What to tell someone about a "YYYY-MM-DDTHH:mm" they typed, read in the browser's zone, before
 * it is sent: a time the clocks skip (read as the hour after, so say so), or one that has passed
 * (accepted: recording an interview already held is legitimate, but it should not be a slip).
 */
export function typedTimeNote(local: string, now: Date = new Date()): string | null {
  const typed = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!typed) return null;
  const at = new Date(local);
  if (Number.isNaN(at.getTime())) return null;
  const [, y, mo, d, h, mi] = typed.map(Number);
  const read = [at.getFullYear(), at.getMonth() + 1, at.getDate(), at.getHours(), at.getMinutes()];
  if (read.join() !== [y, mo, d, h, mi].join())
    return `${pad2(h!)}:${pad2(mi!)} does not exist on that day here (the clocks go forward): it will be ${pad2(at.getHours())}:${pad2(at.getMinutes())}.`;
  if (at < now) return "This time has passed: the interview is recorded as already held, so its scorecard is due.";
  return null;
}
