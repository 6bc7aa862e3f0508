// The person's own time zone, as their browser reports it (the `tz` cookie), kept so what the app
// tells them away from a page (invitation and reschedule emails) is in their time.
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { isTimeZone } from "../dates";

/** Stores `zone` as the person's own, only when it differs (one conditional update). */
export async function recordTimeZone(
  user: Pick<CurrentUser, "id">,
  zone: string | null,
): Promise<{ ok: true; recorded: boolean }> {
  if (!isTimeZone(zone)) return { ok: true, recorded: false };
  const { count } = await db.user.updateMany({
    where: { id: user.id, OR: [{ timeZone: null }, { timeZone: { not: zone } }] },
    data: { timeZone: zone },
  });
  return { ok: true, recorded: count > 0 };
}
