// Interviews per interviewer and week, counted by PostgreSQL from generated week bounds, against
// the same count made in JavaScript from the rows (weekKeyOf, the rule the scheduling form uses):
// several zones, each window 27 weeks long, so it crosses a daylight-saving change in most of them.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { interviewerLoad } from "../../lib/readiness/queries";
import { weekKeyOf } from "../../lib/readiness/rules";
import { userByEmail } from "./helpers";

describe("interviewerLoad", () => {
  it("counts each person's interviews per week in the viewer's zone, as the rows say", async () => {
    const manager = await userByEmail("manager@example.com");
    const ids = (await db.user.findMany({ select: { id: true } })).map((u) => u.id);
    const seen = await db.interview.findFirst({
      where: { scheduledAt: { not: null } },
      orderBy: { scheduledAt: "asc" },
      select: { scheduledAt: true },
    });
    // Windows that start before the first interview, mid-way, and now: each holds some interviews.
    const nows = [new Date(seen!.scheduledAt!.getTime() + 3 * 86_400_000), new Date()];
    let compared = 0;
    for (const now of nows) {
      for (const zone of ["UTC", "America/New_York", "Pacific/Auckland", "Asia/Kolkata", "Europe/Berlin"]) {
        const from = new Date(now.getTime() - 8 * 86_400_000);
        const to = new Date(now.getTime() + 26 * 7 * 86_400_000);
        const rows = await db.interview.findMany({
          where: { interviewerId: { in: ids }, scheduledAt: { gte: from, lt: to } },
          select: { interviewerId: true, scheduledAt: true },
        });
        const expected: Record<string, Record<string, number>> = {};
        for (const r of rows) {
          const week = weekKeyOf(r.scheduledAt!, zone); // in the range, so scheduled;
          const person = (expected[r.interviewerId] ??= {});
          person[week] = (person[week] ?? 0) + 1;
        }
        const load = await interviewerLoad(manager, ids, zone, now);
        expect(load.weeks, `${zone} at ${now.toISOString()}`).toEqual(expected);
        compared += rows.length;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("counts nothing for people the viewer may not see and an empty list", async () => {
    const interviewer = await userByEmail("interviewer@example.com");
    const others = (await db.user.findMany({ where: { id: { not: interviewer.id } }, select: { id: true } })).map(
      (u) => u.id,
    );
    expect(await interviewerLoad(interviewer, others, "UTC")).toEqual({ limits: {}, weeks: {} });
    expect(await interviewerLoad(await userByEmail("manager@example.com"), [], "UTC")).toEqual({
      limits: {},
      weeks: {},
    });
  });
});
