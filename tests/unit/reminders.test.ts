import { describe, expect, it } from "vitest";
import { businessDaysBetween, reminderState, shouldEmail } from "../../lib/reminders/schedule";

const at = (s: string) => new Date(`${s}Z`);

describe("reminder schedule", () => {
  it("counts business days, skipping weekends", () => {
    expect(businessDaysBetween(at("2026-11-20T10:00:00"), at("2026-11-23T09:00:00"))).toBe(1); // Fri -> Mon
    expect(businessDaysBetween(at("2026-11-23T10:00:00"), at("2026-12-07T10:00:00"))).toBe(10);
    expect(businessDaysBetween(at("2026-11-23T10:00:00"), at("2026-11-22T10:00:00"))).toBe(0);
  });

  it("is due one hour after the interview, stops once submitted or after ten business days", () => {
    const held = at("2026-11-23T10:00:00");
    expect(reminderState(held, false, at("2026-11-23T10:59:00"))).toBe("not-due");
    expect(reminderState(held, false, at("2026-11-23T11:00:00"))).toBe("due");
    expect(reminderState(held, true, at("2026-11-23T12:00:00"))).toBe("done");
    expect(reminderState(held, false, at("2026-12-07T12:00:00"))).toBe("due");
    expect(reminderState(held, false, at("2026-12-08T12:00:00"))).toBe("expired");
    expect(reminderState(null, false, at("2026-12-08T12:00:00"))).toBe("not-due");
  });

  it("emails at most once a day while due", () => {
    const now = at("2026-11-24T12:00:00");
    expect(shouldEmail("due", null, now)).toBe(true);
    expect(shouldEmail("due", at("2026-11-24T08:00:00"), now)).toBe(false);
    expect(shouldEmail("due", at("2026-11-23T11:00:00"), now)).toBe(true);
    expect(shouldEmail("done", null, now)).toBe(false);
  });
});
