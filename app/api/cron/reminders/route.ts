// Scheduled reminder run, e.g. hourly from the platform's cron:
//   curl -X POST -H "Authorization: Bearer $CRON_SECRET" https://host/api/cron/reminders
import { timingSafeEqual } from "node:crypto";
import { sendDueReminders } from "@/lib/reminders/service";

export async function POST(req: Request) {
  const secret = process.env.CRON_SECRET;
  if (!secret) return Response.json({ error: "Reminders are not configured (set CRON_SECRET)." }, { status: 503 });
  const given = Buffer.from(req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return Response.json({ error: "Missing or wrong bearer token." }, { status: 401 });
  }
  const sent = await sendDueReminders();
  return Response.json({ sent });
}
