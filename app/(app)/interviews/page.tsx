import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireUser } from "@/lib/auth/session";
import { interviewerInterviews, splitDue, type InterviewBucket, type MyInterview } from "@/lib/data/my-interviews";
import { dueInterviews, type DueInterview } from "@/lib/reminders/service";
import { plural } from "@/lib/utils";
import { formatDateTime } from "@/lib/dates";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { candidateListParams } from "@/lib/validation/list-params";
import { SearchForm } from "@/components/ui/search-form";

export const metadata: Metadata = { title: "My interviews" };

const SECTIONS: { bucket: InterviewBucket; title: string; empty: string }[] = [
  { bucket: "draft", title: "Drafts", empty: "No drafts in progress." },
  { bucket: "overdue", title: "Overdue", empty: "Nothing overdue." },
  { bucket: "todo", title: "To do", empty: "No upcoming interviews." },
  { bucket: "submitted", title: "Submitted", empty: "Nothing submitted yet." },
  { bucket: "closed", title: "Closed before you submitted", empty: "" },
];
const BADGE = { draft: "warning", overdue: "danger", todo: "default", submitted: "success", closed: "muted" } as const;

const fmt = new Intl.NumberFormat("en");

/** "2 held over a day ago (under Overdue), 1 held in the last day (under Drafts or To do)." */
function dueSummary(due: DueInterview[], now: Date) {
  const { overdue, recent } = splitDue(due, now);
  const parts = [
    overdue ? `${fmt.format(overdue)} held over a day ago (under Overdue)` : null,
    recent ? `${fmt.format(recent)} held in the last day (under Drafts or To do)` : null,
  ].filter(Boolean);
  return `${parts.join(", ")}.`;
}

export default async function InterviewsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Any signed-in user may be on a panel; the list is scoped to their own interviews.
  const user = await requireUser();
  const tz = await viewerTimeZone();
  const query = candidateListParams(await searchParams);
  // dueInterviews without a time: the navigation's query, run once per request for both.
  const [interviews, due] = await Promise.all([interviewerInterviews(user, query), dueInterviews(user.id)]);
  const now = new Date();
  return (
    <>
      <PageHeader
        title="My interviews"
        description="Only interviews assigned to you. Drafts first, then anything overdue (a draft held over a day ago counts as overdue)."
      />
      {/* A search lists some interviews; the count of all due ones read as if it were about those. */}
      {due.length > 0 && !query.q ? (
        // A count, not the interviews again: each is listed under Drafts, Overdue or To do below.
        <section aria-labelledby="due-h" className="mb-8 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="due-h" className="font-semibold text-amber-900">
            {plural(due.length, "scorecard")} due
          </h2>
          <p className="text-sm text-amber-900">
            {dueSummary(due, now)} Submit while the interview is fresh; the debrief waits on you.
          </p>
        </section>
      ) : null}
      <div className="mb-6">
        <SearchForm
          q={query.q ?? ""}
          label="Candidate"
          ariaLabel="Find an interview by candidate"
          inputId="interviews-q"
        />
      </div>
      <div className="grid gap-8">
        {SECTIONS.map((section) => {
          const list: { rows: MyInterview[]; total: number } =
            section.bucket === "submitted" ? interviews.submitted : interviews.buckets[section.bucket];
          const { rows, total } = list;
          if (section.bucket === "closed" && total === 0) return null;
          return (
            <section
              key={section.bucket}
              id={`section-${section.bucket}`}
              aria-labelledby={`h-${section.bucket}`}
              className="scroll-mt-4"
            >
              <h2 id={`h-${section.bucket}`} className="mb-3 flex items-center gap-2 text-lg font-semibold">
                {section.title} <Badge variant={BADGE[section.bucket]}>{fmt.format(total)}</Badge>
              </h2>
              {rows.length === 0 ? (
                <p className="text-sm text-muted-foreground">
                  {total > 0
                    ? "Nothing on this page."
                    : query.q
                      ? "None with a candidate of that name."
                      : section.empty}
                </p>
              ) : (
                <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-card">
                  {rows.map((i) => (
                    <li key={i.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
                      <div>
                        <p className="font-medium">
                          <Link
                            href={`/interviews/${i.id}`}
                            className="text-primary underline-offset-4 hover:underline"
                          >
                            {i.application.candidate.name}
                          </Link>
                        </p>
                        <p className="text-sm text-muted-foreground">
                          {i.application.role.title} · {i.stage.name} ({i.stage.durationMinutes} min)
                        </p>
                      </div>
                      <p className="text-sm text-muted-foreground">
                        {section.bucket === "submitted"
                          ? `Submitted ${formatDateTime(i.scorecard?.submittedAt, tz)}`
                          : section.bucket === "closed"
                            ? "No scorecard needed"
                            : formatDateTime(i.scheduledAt, tz, "Not scheduled")}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
              {section.bucket === "submitted" ? (
                interviews.submitted.next || interviews.submitted.prev ? (
                  <Pager
                    label="Submitted scorecard pages"
                    params={{ q: query.q }}
                    page={interviews.submitted}
                    className="mt-3"
                    hash="section-submitted"
                  />
                ) : null
              ) : total > rows.length ? (
                <p className="mt-2 text-sm text-muted-foreground">
                  Showing the first {rows.length} of {fmt.format(total)}, earliest first.
                </p>
              ) : null}
            </section>
          );
        })}
      </div>
    </>
  );
}
