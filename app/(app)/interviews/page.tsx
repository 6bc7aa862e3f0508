import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { SearchForm } from "@/components/ui/search-form";
import { MyInterviewsSection, SECTION_TITLE } from "@/components/interviews/my-interviews-section";
import { requireUser } from "@/lib/auth/session";
import {
  interviewerBucketPage,
  interviewerInterviews,
  splitDue,
  type InterviewBucket,
  type OpenBucket,
} from "@/lib/data/my-interviews";
import { dueInterviews, type DueInterview } from "@/lib/reminders/service";
import { plural } from "@/lib/utils";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { myInterviewsParams } from "@/lib/validation/list-params";

export const metadata: Metadata = { title: "My interviews" };

const SECTIONS: { bucket: InterviewBucket; empty: string }[] = [
  { bucket: "draft", empty: "No drafts in progress." },
  { bucket: "overdue", empty: "Nothing overdue." },
  { bucket: "todo", empty: "No upcoming interviews." },
  { bucket: "submitted", empty: "Nothing submitted yet." },
  { bucket: "closed", empty: "" },
];
const LIST_TEXT: Record<OpenBucket, string> = {
  draft: "Scorecards you have started, soonest interview first.",
  overdue: "Interviews held over a day ago whose scorecard you have not submitted, earliest first.",
  todo: "Interviews ahead or held in the last day with no scorecard started, soonest first; unscheduled last.",
  closed: "The candidate's application closed before you submitted: no scorecard is needed.",
};

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
  // Any signed-in user may be on a panel; every list is scoped to their own interviews.
  const user = await requireUser();
  const tz = await viewerTimeZone();
  const query = myInterviewsParams(await searchParams);
  // Within one section, a search stays in it (and Clear too).
  const search = (
    <SearchForm
      q={query.q ?? ""}
      label="Candidate"
      ariaLabel="Find an interview by candidate"
      inputId="interviews-q"
      keep={query.list ? { list: query.list } : undefined}
    />
  );
  const emptyFor = (bucket: InterviewBucket) =>
    query.q ? "None with a candidate of that name." : SECTIONS.find((s) => s.bucket === bucket)!.empty;

  // One open section, paged on its own.
  if (query.list) {
    const page = await interviewerBucketPage(user, query.list, query);
    const params = { q: query.q, list: query.list };
    return (
      <>
        <Breadcrumbs items={[{ label: "My interviews", href: "/interviews" }, { label: SECTION_TITLE[query.list] }]} />
        <p className="mb-4 text-sm text-muted-foreground">{LIST_TEXT[query.list]}</p>
        <div className="mb-6">{search}</div>
        <MyInterviewsSection
          bucket={query.list}
          rows={page.rows}
          total={page.total}
          empty={emptyFor(query.list)}
          timeZone={tz}
          headingLevel={1}
        >
          <Pager label={`${SECTION_TITLE[query.list]} pages`} params={params} page={page} className="mt-3" />
        </MyInterviewsSection>
      </>
    );
  }

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
      <div className="mb-6">{search}</div>
      <div className="grid gap-8">
        {SECTIONS.map(({ bucket }) => {
          if (bucket === "submitted")
            return (
              <MyInterviewsSection
                key={bucket}
                bucket={bucket}
                {...interviews.submitted}
                empty={emptyFor(bucket)}
                timeZone={tz}
              >
                {interviews.submitted.next || interviews.submitted.prev ? (
                  <Pager
                    label="Submitted scorecard pages"
                    params={{ q: query.q }}
                    page={interviews.submitted}
                    className="mt-3"
                    hash="section-submitted"
                  />
                ) : null}
              </MyInterviewsSection>
            );
          const { rows, total } = interviews.buckets[bucket];
          if (bucket === "closed" && total === 0) return null;
          const all = new URLSearchParams({ list: bucket, ...(query.q ? { q: query.q } : {}) });
          return (
            <MyInterviewsSection
              key={bucket}
              bucket={bucket}
              rows={rows}
              total={total}
              empty={emptyFor(bucket)}
              timeZone={tz}
            >
              {total > rows.length ? (
                <p className="mt-2 text-sm">
                  <span className="text-muted-foreground">
                    The first {rows.length} of {fmt.format(total)}.{" "}
                  </span>
                  <Link href={`/interviews?${all}`} className="text-primary underline underline-offset-4">
                    All {fmt.format(total)} {SECTION_TITLE[bucket].toLowerCase()}
                  </Link>
                </p>
              ) : null}
            </MyInterviewsSection>
          );
        })}
      </div>
    </>
  );
}
