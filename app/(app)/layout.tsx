import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/session";
import { dueInterviews } from "@/lib/reminders/service";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const due = user.kind === "INTERVIEWER" ? (await dueInterviews(user.id)).length : 0;
  return (
    <AppShell user={user} badges={{ "/interviews": due }}>
      {children}
    </AppShell>
  );
}
