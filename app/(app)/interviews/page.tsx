import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireKind } from "@/lib/auth/session";
import { interviewerInterviews, type InterviewBucket } from "@/lib/data/home";
import { formatDateTime } from "@/lib/utils";

export const metadata: Metadata = { title: "My interviews" };

const SECTIONS: { bucket: InterviewBucket; title: string; empty: string }[] = [
  { bucket: "draft", title: "Drafts", empty: "No drafts in progress." },
  { bucket: "overdue", title: "Overdue", empty: "Nothing overdue." },
  { bucket: "todo", title: "To do", empty: "No upcoming interviews." },
  { bucket: "submitted", title: "Submitted", empty: "Nothing submitted yet." },
];
const BADGE = { draft: "warning", overdue: "danger", todo: "default", submitted: "success" } as const;

export default async function InterviewsPage() {
  const user = await requireKind("INTERVIEWER", "MANAGER", "ADMIN");
  const interviews = await interviewerInterviews(user);
  return (
    <>
      <PageHeader title="My interviews" description="Only interviews assigned to you. Drafts first, then anything overdue." />
      <div className="grid gap-8">
        {SECTIONS.map((section) => {
          const rows = interviews.filter((i) => i.bucket === section.bucket);
          return (
            <section key={section.bucket} aria-labelledby={`h-${section.bucket}`}>
              <h2 id={`h-${section.bucket}`} className="mb-3 flex items-center gap-2 text-lg font-semibold">
                {section.title} <Badge variant={BADGE[section.bucket]}>{rows.length}</Badge>
              </h2>
              {rows.length === 0 ? (
                <p className="text-sm text-muted-foreground">{section.empty}</p>
              ) : (
                <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-card">
                  {rows.map((i) => (
                    <li key={i.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
                      <div>
                        <p className="font-medium">
                          <Link href={`/interviews/${i.id}`} className="text-primary underline-offset-4 hover:underline">{i.application.candidate.name}</Link>
                        </p>
                        <p className="text-sm text-muted-foreground">
                          {i.application.role.title} · {i.stage.name} ({i.stage.durationMinutes} min)
                        </p>
                      </div>
                      <p className="text-sm text-muted-foreground">
                        {section.bucket === "submitted" ? `Submitted ${formatDateTime(i.scorecard?.submittedAt)}` : formatDateTime(i.scheduledAt)}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
