// The viewer's time zone: times are stored in UTC and shown in the zone of the viewer's browser,
// which a small client island (components/layout/time-zone-cookie.tsx) keeps in a cookie so
// server-rendered pages can use it. No I/O here: forms and pages both use it.

export const TIME_ZONE_COOKIE = "tz";
export const DEFAULT_TIME_ZONE = "UTC";

/** An IANA zone name Intl accepts ("Europe/Berlin", "UTC"); anything else (a forged cookie) is not one. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zone with its offset at `at`, for labels: "Europe/Berlin (UTC+01:00)", "UTC". */
export function timeZoneLabel(timeZone: string, at: Date = new Date()): string {
  if (timeZone === "UTC") return "UTC";
  const part = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = part === "GMT" ? "UTC" : part?.replace("GMT", "UTC");
  return offset ? `${timeZone} (${offset})` : timeZone;
}
