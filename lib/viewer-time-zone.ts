import "server-only";
import { cookies } from "next/headers";
import { DEFAULT_TIME_ZONE, ianaTimeZone, isTimeZone, TIME_ZONE_COOKIE } from "./dates";

/** The zone in this request's `tz` cookie by its IANA name ("Asia/Calcutta" as "Asia/Kolkata"), or null when the browser has not set one. */
export async function cookieTimeZone(): Promise<string | null> {
  const zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return isTimeZone(zone) ? ianaTimeZone(zone) : null;
}

/** The viewer's IANA time zone from the cookie their browser set; UTC until it has. */
export async function viewerTimeZone(): Promise<string> {
  return (await cookieTimeZone()) ?? DEFAULT_TIME_ZONE;
}
