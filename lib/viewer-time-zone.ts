import "server-only";
import { cookies } from "next/headers";
import { DEFAULT_TIME_ZONE, isTimeZone, TIME_ZONE_COOKIE } from "./time-zone";

/** The signed-in viewer's time zone for server-rendered times: their browser's (the cookie), else UTC. */
export async function viewerTimeZone(): Promise<string> {
  const value = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return isTimeZone(value) ? value : DEFAULT_TIME_ZONE;
}
