import { AppShell } from "@/components/layout/app-shell";
import { RecordTimeZone } from "@/components/layout/record-time-zone";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { dueCheckInCount } from "@/lib/quality/due";
import { cookieTimeZone } from "@/lib/viewer-time-zone";
import { interviewNav } from "@/lib/reminders/service";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // Any kind of user can be on a panel (a manager or recruiter who interviews), so the link and
  // the due badge follow the interviews assigned, not the user's kind.
  const [nav, checkIns, zone] = await Promise.all([
    interviewNav(user.id),
    can(user, "readHiringQuality") ? dueCheckInCount(user) : Promise.resolve(0),
    cookieTimeZone(),
  ]);
  return (
    <AppShell user={user} hasInterviews={nav.assigned > 0} badges={{ "/interviews": nav.due, "/check-ins": checkIns }}>
      {/* The person's zone for emails: recorded only when the browser's differs from the stored one. */}
      {zone && zone !== user.timeZone ? <RecordTimeZone zone={zone} /> : null}
      {children}
    </AppShell>
  );
}
