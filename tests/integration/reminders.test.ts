import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { dueInterviews, interviewNav, sendDueReminders } from "../../lib/reminders/service";
import { submitScorecard } from "../../lib/scorecards/service";
import { completeValues, freshInterviewOf } from "./helpers";

// Mail is captured here instead of written to .data/mail, so tests can count what was sent.
const sent = vi.hoisted(() => [] as { to: string; subject: string; text: string }[]);
vi.mock("../../lib/mail", () => ({
  sendMail: async (msg: { to: string; subject: string; text: string }) => {
    await new Promise((r) => setTimeout(r, 5)); // a real transport takes time: lets two runs interleave
    sent.push(msg);
  },
}));
beforeEach(() => {
  sent.length = 0;
});
const mailsAbout = (interviewId: string) => sent.filter((m) => m.text.includes(`/interviews/${interviewId}`)).length;

async function heldHoursAgo(email: string, hours: number, now: Date) {
  const fresh = await freshInterviewOf(email);
  await db.interview.update({
    where: { id: fresh.interview.id },
    data: { scheduledAt: new Date(now.getTime() - hours * 3600_000) },
  });
  return fresh;
}

describe("reminders", () => {
  it("lists a scorecard as due an hour after the interview, emails once a day, and stops once submitted", async () => {
    const now = new Date();
    const { user, interview, domainIds } = await heldHoursAgo("mei@example.com", 2, now);
    expect((await dueInterviews(user.id, now)).map((i) => i.id)).toContain(interview.id);

    const first = await sendDueReminders(now);
    expect(first).toBeGreaterThan(0);
    expect(mailsAbout(interview.id)).toBe(1);
    expect(await db.reminderLog.count({ where: { interviewId: interview.id } })).toBe(1);
    expect(await sendDueReminders(new Date(now.getTime() + 3600_000))).toBe(0); // same day: nothing new

    await submitScorecard(user, { interviewId: interview.id, expectedVersion: 0, values: completeValues(domainIds) });
    expect((await dueInterviews(user.id, now)).map((i) => i.id)).not.toContain(interview.id);
    await sendDueReminders(new Date(now.getTime() + 30 * 3600_000));
    expect(await db.reminderLog.count({ where: { interviewId: interview.id } })).toBe(1);
    expect(mailsAbout(interview.id)).toBe(1);
  });

  it("is not due an hour before, nor for a candidate who was rejected, withdrew or was hired", async () => {
    const now = new Date();
    const early = await heldHoursAgo("tomas@example.com", 0.5, now);
    expect((await dueInterviews(early.user.id, now)).map((i) => i.id)).not.toContain(early.interview.id);

    for (const status of ["REJECTED", "WITHDRAWN", "HIRED"] as const) {
      const { user, interview } = await heldHoursAgo("tomas@example.com", 3, now);
      await db.application.update({ where: { id: interview.applicationId }, data: { status } });
      expect((await dueInterviews(user.id, now)).map((i) => i.id)).not.toContain(interview.id);
      await sendDueReminders(now);
      expect(mailsAbout(interview.id)).toBe(0);
      expect(await db.reminderLog.count({ where: { interviewId: interview.id } })).toBe(0);
    }
  });

  it("two concurrent runs email each due interview once", async () => {
    const now = new Date(Date.now() + 5 * 24 * 3600_000); // past any reminder sent by other tests
    const a = await heldHoursAgo("kwame@example.com", 2, now);
    const b = await heldHoursAgo("priya@example.com", 5, now);
    const [one, two] = await Promise.all([sendDueReminders(now), sendDueReminders(now)]);
    expect(mailsAbout(a.interview.id)).toBe(1);
    expect(mailsAbout(b.interview.id)).toBe(1);
    expect(await db.reminderLog.count({ where: { interviewId: { in: [a.interview.id, b.interview.id] } } })).toBe(2);
    expect(one + two).toBe(sent.length); // every claimed reminder was sent exactly once
    expect(new Set(sent.map((m) => m.text)).size).toBe(sent.length);
  });

  it("sends each person one email a run however many scorecards are due, listing each (round V: 704 emails to one)", async () => {
    const now = new Date(Date.now() + 7 * 24 * 3600_000); // past any reminder sent by other tests today
    const mine = await Promise.all([2, 3, 4].map((h) => heldHoursAgo("interviewer@example.com", h, now)));
    const emails = await sendDueReminders(now);
    const toSam = sent.filter((m) => m.to === "interviewer@example.com");
    expect(toSam).toHaveLength(1);
    expect(toSam[0]!.subject).toMatch(/^\d+ scorecards due$/);
    for (const { interview } of mine) expect(toSam[0]!.text).toContain(`/interviews/${interview.id}`);
    expect(emails).toBe(sent.length);
    expect(new Set(sent.map((m) => m.to)).size).toBe(sent.length); // nobody twice
    // Each interview is claimed as reminded today: the next run the same day sends nothing more.
    for (const { interview } of mine)
      expect(await db.reminderLog.count({ where: { interviewId: interview.id, channel: "email" } })).toBe(1);
    sent.length = 0;
    await sendDueReminders(new Date(now.getTime() + 3600_000));
    expect(sent.filter((m) => m.to === "interviewer@example.com")).toHaveLength(0);
  });

  it("counts due scorecards for the badge for any kind of user who interviews", async () => {
    const now = new Date();
    for (const email of ["manager@example.com", "recruiter@example.com"]) {
      const { user, interview } = await heldHoursAgo(email, 2, now);
      const nav = await interviewNav(user.id, now);
      expect(nav.assigned).toBeGreaterThan(0);
      expect(nav.due).toBe((await dueInterviews(user.id, now)).length);
      expect((await dueInterviews(user.id, now)).map((i) => i.id)).toContain(interview.id);
    }
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    if ((await db.interview.count({ where: { interviewerId: admin.id } })) === 0)
      expect(await interviewNav(admin.id, now)).toEqual({ assigned: 0, due: 0 });
  });
});
