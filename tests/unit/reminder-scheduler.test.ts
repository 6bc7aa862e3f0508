import { afterEach, describe, expect, it, vi } from "vitest";

const sendDueReminders = vi.fn<() => Promise<number>>();
vi.mock("../../lib/reminders/service", () => ({ sendDueReminders }));

describe("startReminderTimer", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.resetModules();
    sendDueReminders.mockReset();
  });

  it("runs a minute after start, then every interval, and keeps going after a failed run", async () => {
    vi.useFakeTimers();
    const { startReminderTimer } = await import("../../lib/reminders/scheduler");
    const log = vi.fn();
    sendDueReminders.mockResolvedValueOnce(2).mockRejectedValueOnce(new Error("SMTP down")).mockResolvedValue(0);
    startReminderTimer(60, log);
    startReminderTimer(60, log); // a second start is ignored
    await vi.advanceTimersByTimeAsync(59_000);
    expect(sendDueReminders).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sendDueReminders).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith("Reminders: sent 2");
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(sendDueReminders).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledWith("Reminders: run failed (SMTP down); will try again in 60 min");
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(sendDueReminders).toHaveBeenCalledTimes(3);
  });

  it("does nothing when the interval is 0", async () => {
    vi.useFakeTimers();
    const { startReminderTimer } = await import("../../lib/reminders/scheduler");
    startReminderTimer(0);
    await vi.advanceTimersByTimeAsync(3 * 60 * 60_000);
    expect(sendDueReminders).not.toHaveBeenCalled();
  });
});
