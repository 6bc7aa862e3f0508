// In-process reminder runs, so email reminders work without setting up an external cron.
// Safe with any number of instances: sendDueReminders claims each reminder in the database
// before sending, so two instances running at once send it once.
import { sendDueReminders } from "./service";

let timer: NodeJS.Timeout | undefined;

export function startReminderTimer(intervalMinutes: number, log: (line: string) => void = console.log) {
  if (timer || intervalMinutes <= 0) return;
  const run = async () => {
    try {
      const sent = await sendDueReminders();
      if (sent > 0) log(`Reminders: sent ${sent}`);
    } catch (e) {
      log(`Reminders: run failed (${(e as Error).message}); will try again in ${intervalMinutes} min`);
    }
  };
  // First run a minute after start (not during start-up), then every interval.
  setTimeout(run, 60_000).unref();
  timer = setInterval(run, intervalMinutes * 60_000);
  timer.unref();
}
