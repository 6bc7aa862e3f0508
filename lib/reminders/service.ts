import "server-only";
import { db } from "../db";
import { sendMail } from "../mail";
import { reminderState, shouldEmail } from "./schedule";

/** The user's interviews whose scorecard is due (held over an hour ago, not submitted, < 10 business days). */
export async function dueInterviews(userId: string, now = new Date()) {
  const rows = await db.interview.findMany({
    where: { interviewerId: userId, scheduledAt: { lte: new Date(now.getTime() - 60 * 60 * 1000) }, scorecards: { none: { status: "SUBMITTED" } } },
    orderBy: { scheduledAt: "asc" },
    include: { application: { select: { candidate: { select: { name: true } }, role: { select: { title: true } } } }, stage: { select: { name: true } } },
  });
  return rows.filter((r) => reminderState(r.scheduledAt, false, now) === "due");
}

/** Emails every interviewer with a due scorecard, at most once a day per interview. Returns how many were sent. */
export async function sendDueReminders(now = new Date(), baseUrl = process.env.NEXTAUTH_URL ?? "http://localhost:3000") {
  const candidates = await db.interview.findMany({
    where: { scheduledAt: { lte: new Date(now.getTime() - 60 * 60 * 1000) }, scorecards: { none: { status: "SUBMITTED" } }, interviewer: { active: true } },
    include: {
      interviewer: { select: { email: true, name: true } },
      application: { select: { candidate: { select: { name: true } }, role: { select: { title: true } } } },
      stage: { select: { name: true } },
      reminders: { where: { channel: "email" }, orderBy: { sentAt: "desc" }, take: 1 },
    },
  });
  let sent = 0;
  for (const i of candidates) {
    const state = reminderState(i.scheduledAt, false, now);
    if (!shouldEmail(state, i.reminders[0]?.sentAt ?? null, now)) continue;
    await sendMail({
      to: i.interviewer.email,
      subject: `Scorecard due: ${i.application.candidate.name} (${i.application.role.title})`,
      text: `Hi ${i.interviewer.name},\n\nYour scorecard for ${i.application.candidate.name}, ${i.stage.name} (${i.application.role.title}), is due. Submitting it promptly keeps the debrief fair and lets you see the other interviewers' feedback.\n\n${baseUrl}/interviews/${i.id}\n`,
    });
    await db.reminderLog.create({ data: { interviewId: i.id, channel: "email", sentAt: now } });
    sent++;
  }
  return sent;
}
