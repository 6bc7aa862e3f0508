// Scheduled reminder run, e.g. hourly from the platform's cron:
//   curl -X POST -H "Authorization: Bearer $CRON_SECRET" https://host/api/cron/reminders
import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { sendDueReminders } from "@/lib/reminders/service";

export async function POST(req: Request) {
  const secret = env().CRON_SECRET;
  // Off unless configured: not there, rather than a server error (5xx means something broke).
  if (!secret)
    return Response.json(
      { error: "Not found: reminder runs over HTTP are off here (set CRON_SECRET)." },
      { status: 404 },
    );
  const given = Buffer.from(req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return Response.json({ error: "Missing or wrong bearer token." }, { status: 401 });
  }
  const sent = await sendDueReminders();
  return Response.json({ sent });
}
