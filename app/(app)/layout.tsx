import { AppShell } from "@/components/layout/app-shell";
import { TimeZoneCookie } from "@/components/layout/time-zone-cookie";
import { requireUser } from "@/lib/auth/session";
import { interviewNav } from "@/lib/reminders/service";
import { viewerTimeZone } from "@/lib/viewer-time-zone";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // Any kind of user can be on a panel (a manager or recruiter who interviews), so the link and
  // the due badge follow the interviews assigned, not the user's kind.
  const [nav, timeZone] = await Promise.all([interviewNav(user.id), viewerTimeZone()]);
  return (
    <AppShell user={user} hasInterviews={nav.assigned > 0} badges={{ "/interviews": nav.due }}>
      <TimeZoneCookie current={timeZone} />
      {children}
    </AppShell>
  );
}
