import "server-only";
import { cookies } from "next/headers";
import { DEFAULT_TIME_ZONE, ianaTimeZone, isTimeZone, TIME_ZONE_COOKIE } from "./dates";

/** The viewer's IANA time zone from the cookie their browser set ("Asia/Calcutta" as "Asia/Kolkata"); UTC until it has. */
export async function viewerTimeZone(): Promise<string> {
  const zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return isTimeZone(zone) ? ianaTimeZone(zone) : DEFAULT_TIME_ZONE;
}
