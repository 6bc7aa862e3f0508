import { describe, expect, it } from "vitest";
import { bucketOf, splitDue } from "../../lib/data/my-interviews";

describe("splitDue", () => {
  it("counts as overdue exactly the interviews bucketOf files under Overdue", () => {
    const now = new Date("2026-12-06T12:00:00Z");
    const hoursAgo = [2, 23, 24, 25, 72].map((h) => new Date(now.getTime() - h * 3600_000));
    const due = hoursAgo.map((scheduledAt) => ({ scheduledAt }));
    const overdue = hoursAgo.filter(
      (scheduledAt) =>
        bucketOf(
          { scheduledAt, scorecard: null, application: { status: "ACTIVE", candidate: { erasedAt: null } } },
          now,
        ) === "overdue",
    ).length;
    expect(splitDue(due, now)).toEqual({ overdue, recent: due.length - overdue });
    expect(splitDue(due, now)).toEqual({ overdue: 2, recent: 3 });
  });
});
