// One email per due check-in, ever: claimed in the database (an INSERT that only one of several
// instances wins) before it is sent, released if sending fails. The due list shows it after that.
import "server-only";
import { db } from "../db";
import { sendMail } from "../mail";
import { unremindedDueCheckIns } from "./due";
import { milestoneLabel } from "./milestones";

export async function sendDueCheckInReminders(now: Date, baseUrl: string): Promise<number> {
  let sent = 0;
  for (const c of await unremindedDueCheckIns(now)) {
    const claimed = await db.$executeRaw`
      INSERT INTO "CheckInReminder" ("applicationId", "milestoneDays", "sentAt") VALUES (${c.app_id}, ${c.days}, ${now})
      ON CONFLICT DO NOTHING`;
    if (claimed === 0) continue; // another run has it
    const label = milestoneLabel(c.days);
    try {
      await sendMail({
        to: c.assignee_email,
        subject: `${label} check-in due: ${c.candidate} (${c.role})`,
        text: `Hi ${c.assignee},\n\n${c.candidate} was hired as ${c.role}; their ${label} check-in is due. Rate them on the role's domains as you see them on the job: it is how the organisation learns whether its interviews predict the work.\n\n${baseUrl}/check-ins/${c.app_id}?m=${c.days}\n`,
      });
    } catch (e) {
      await db.checkInReminder
        .delete({ where: { applicationId_milestoneDays: { applicationId: c.app_id, milestoneDays: c.days } } })
        .catch(() => undefined);
      console.warn(`[reminders] could not email about the ${label} check-in of ${c.app_id}: ${(e as Error).message}`);
      continue;
    }
    sent++;
  }
  return sent;
}
