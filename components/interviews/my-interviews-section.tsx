// One section of an interviewer's home (/interviews): its heading with the total, its rows (the
// candidate, role and stage, and when), and what follows them (a pager, or a link to all of them).
import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import type { InterviewBucket } from "@/lib/interviews/buckets";
import type { MyInterview } from "@/lib/data/my-interviews";
import { formatDateTime } from "@/lib/dates";

export const SECTION_TITLE: Record<InterviewBucket, string> = {
  draft: "Drafts",
  overdue: "Overdue",
  todo: "To do",
  submitted: "Submitted",
  closed: "Closed before you submitted",
};
const BADGE = { draft: "warning", overdue: "danger", todo: "default", submitted: "success", closed: "muted" } as const;

const fmt = new Intl.NumberFormat("en");

export function MyInterviewsSection({
  bucket,
  rows,
  total,
  empty,
  timeZone,
  headingLevel = 2,
  children,
}: {
  bucket: InterviewBucket;
  rows: MyInterview[];
  total: number;
  /** What an empty section says. */
  empty: string;
  timeZone: string;
  headingLevel?: 1 | 2;
  /** After the rows: the pager, or the link to the whole section. */
  children?: ReactNode;
}) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section id={`section-${bucket}`} aria-labelledby={`h-${bucket}`} className="scroll-mt-4">
      <Heading
        id={`h-${bucket}`}
        className={`mb-3 flex items-center gap-2 font-semibold ${headingLevel === 1 ? "text-2xl" : "text-lg"}`}
      >
        {SECTION_TITLE[bucket]} <Badge variant={BADGE[bucket]}>{fmt.format(total)}</Badge>
      </Heading>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">{total > 0 ? "Nothing on this page." : empty}</p>
      ) : (
        <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-card">
          {rows.map((i) => (
            <li key={i.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <p className="font-medium">
                  <Link href={`/interviews/${i.id}`} className="text-primary underline-offset-4 hover:underline">
                    {i.application.candidate.name}
                  </Link>
                </p>
                <p className="text-sm text-muted-foreground">
                  {i.application.role.title} · {i.stage.name} ({i.stage.durationMinutes} min)
                </p>
              </div>
              <p className="text-sm text-muted-foreground">
                {bucket === "submitted"
                  ? `Submitted ${formatDateTime(i.scorecard?.submittedAt, timeZone)}`
                  : bucket === "closed"
                    ? "No scorecard needed"
                    : formatDateTime(i.scheduledAt, timeZone, "Not scheduled")}
              </p>
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}
