import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { dueInterviews, sendDueReminders } from "../../lib/reminders/service";
import { submitScorecard } from "../../lib/scorecards/service";
import { completeValues, freshInterviewOf } from "./helpers";

describe("reminders", () => {
  it("lists a scorecard as due an hour after the interview, emails once a day, and stops once submitted", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("mei@example.com");
    const now = new Date();
    await db.interview.update({ where: { id: interview.id }, data: { scheduledAt: new Date(now.getTime() - 2 * 3600_000) } });
    expect((await dueInterviews(user.id, now)).map((i) => i.id)).toContain(interview.id);

    const first = await sendDueReminders(now);
    expect(first).toBeGreaterThan(0);
    expect(await db.reminderLog.count({ where: { interviewId: interview.id } })).toBe(1);
    expect(await sendDueReminders(new Date(now.getTime() + 3600_000))).toBe(0); // same day: nothing new

    await submitScorecard(user, { interviewId: interview.id, expectedVersion: 0, values: completeValues(domainIds) });
    expect((await dueInterviews(user.id, now)).map((i) => i.id)).not.toContain(interview.id);
    await sendDueReminders(new Date(now.getTime() + 30 * 3600_000));
    expect(await db.reminderLog.count({ where: { interviewId: interview.id } })).toBe(1);
  });
});
