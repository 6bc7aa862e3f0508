// One email per due check-in, ever: claimed in the database (an INSERT that only one of several
// instances wins) before it is sent, released if sending fails. The due list shows it after that.
// Each assignee gets one email per run, listing their due check-ins (lib/reminders/digest.ts).
import "server-only";
import { db } from "../db";
import type { Mail } from "../mail";
import { digestMail, sendByRecipient } from "../reminders/digest";
import { unremindedDueCheckIns } from "./due";
import { milestoneLabel } from "./milestones";

type DueCheckIn = Awaited<ReturnType<typeof unremindedDueCheckIns>>[number];

function checkInMail(group: readonly DueCheckIn[], baseUrl: string): Mail {
  const link = (c: DueCheckIn) => `${baseUrl}/check-ins/${c.app_id}?m=${c.days}`;
  const first = group[0]!;
  if (group.length === 1) {
    const label = milestoneLabel(first.days);
    return {
      to: first.assignee_email,
      subject: `${label} check-in due: ${first.candidate} (${first.role})`,
      text: `Hi ${first.assignee},\n\n${first.candidate} was hired as ${first.role}; their ${label} check-in is due. Rate them on the role's domains as you see them on the job: it is how the organisation learns whether its interviews predict the work.\n\n${link(first)}\n`,
    };
  }
  return digestMail(
    { email: first.assignee_email, name: first.assignee },
    group.map((c) => ({ line: `${c.candidate}, ${milestoneLabel(c.days)} check-in (${c.role})`, link: link(c) })),
    {
      subject: `${group.length} check-ins due`,
      intro:
        "These hires' check-ins are due. Rate each on the role's domains as you see them on the job: it is how the organisation learns whether its interviews predict the work.",
      listUrl: `${baseUrl}/check-ins`,
    },
  );
}

export async function sendDueCheckInReminders(now: Date, baseUrl: string): Promise<number> {
  const claimed: DueCheckIn[] = [];
  for (const c of await unremindedDueCheckIns(now)) {
    const won = await db.$executeRaw`
      INSERT INTO "CheckInReminder" ("applicationId", "milestoneDays", "sentAt") VALUES (${c.app_id}, ${c.days}, ${now})
      ON CONFLICT DO NOTHING`;
    if (won > 0) claimed.push(c); // else another run has it
  }
  return sendByRecipient(
    claimed,
    (c) => c.assignee_email,
    (group) => checkInMail(group, baseUrl),
    (group) =>
      db.checkInReminder.deleteMany({
        where: { OR: group.map((c) => ({ applicationId: c.app_id, milestoneDays: c.days })) },
      }),
  );
}
