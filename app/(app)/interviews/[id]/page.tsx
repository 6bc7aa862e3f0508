import type { Metadata } from "next";
import { PrintButton } from "@/components/ui/print-button";
import { notFound } from "next/navigation";
import { InterviewKitPanel } from "@/components/scorecard/interview-kit-panel";
import { ScorecardForm } from "@/components/scorecard/scorecard-form";
import { Badge } from "@/components/ui/badge";
import { requireUser } from "@/lib/auth/session";
import Link from "@/components/ui/link";
import { interviewKit, scorecardFormKit } from "@/lib/data/interview-kit";
import { formatDateTime } from "@/lib/dates";
import { SEAT_SHORT } from "@/lib/readiness/rules";
import { panelFeedbackNote } from "@/lib/scorecards/panel-feedback-note";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Interview kit" };

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const tz = await viewerTimeZone();
  const { id } = await params;
  const kit = await interviewKit(user, id);
  if (!kit) notFound(); // not theirs or missing: same answer, nothing leaks
  const submitted = kit.scorecard.status === "SUBMITTED";
  // A draft on a closed application can no longer be saved: the badge says so at the top.
  const closed = !submitted ? kit.closed : null;
  const note = panelFeedbackNote({ submitted, closed: kit.closed !== null, hidden: kit.panelFeedbackHidden });
  return (
    <>
      <Breadcrumbs
        items={[{ href: "/interviews", label: "My interviews" }, { label: kit.candidate.name }]}
        className="no-print"
      />
      <header className="mb-6">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold tracking-tight">{kit.candidate.name}</h1>
          <Badge variant={submitted ? "success" : closed ? "muted" : "warning"}>
            {submitted ? "submitted" : closed ? "closed" : "draft"}
          </Badge>
          {kit.interview.seat !== "LEAD" ? <Badge variant="muted">{SEAT_SHORT[kit.interview.seat]} seat</Badge> : null}
          {/* The kit and this scorecard on paper, for an interview taken without a screen (globals.css prints them). */}
          <span className="ml-auto">
            <PrintButton label="Print kit and scorecard" small />
          </span>
        </div>
        <p className="mt-1 text-sm text-muted-foreground">
          {kit.role.title} · {kit.interview.stageName} · {kit.interview.durationMinutes} min ·{" "}
          {formatDateTime(kit.interview.scheduledAt, tz, "Not scheduled")}
          {kit.interview.scheduledAt ? (
            // The separator goes with the link: on paper, neither.
            <span className="no-print">
              {" "}
              ·{" "}
              <a
                href={`/api/interviews/${id}/invite.ics`}
                download
                className="text-primary underline underline-offset-4"
              >
                Add to calendar (.ics)
              </a>
            </span>
          ) : null}
        </p>
        <p className="mt-1 text-xs text-muted-foreground">
          {kit.domains.length
            ? `${kit.role.cluster} indicators from matrix version ${kit.matrixVersion}. `
            : "No domains to rate at this stage. "}
          {/* What the independence rule gives this viewer on this candidate now (kit.panelFeedbackHidden, the rule's query). */}
          {note.text}
          {note.link ? (
            <>
              {": "}
              <Link href={`/candidates/${kit.applicationId}`} className="text-primary underline underline-offset-4">
                see the panel&apos;s feedback
              </Link>
              .
            </>
          ) : null}
        </p>
        {closed ? (
          // Beside the form on a desktop the form's own notice is in view; stacked, it is below the whole kit.
          <p className="mt-2 text-sm font-medium text-amber-900 lg:hidden">
            {closed}: this scorecard can no longer be saved or submitted.
          </p>
        ) : null}
        {kit.interview.seat !== "LEAD" ? (
          <p className="mt-1 text-xs text-muted-foreground">
            You are in a training seat, {SEAT_SHORT[kit.interview.seat]}: your scorecard counts towards your readiness,
            not in the panel&apos;s consensus.
          </p>
        ) : null}
      </header>
      {/* Kit beside the scorecard on a desktop; stacked (kit first) on a phone. */}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:items-start">
        <InterviewKitPanel kit={kit} />
        <section aria-labelledby="scorecard-h" className="min-w-0">
          <h2 id="scorecard-h" className="mb-3 scroll-mt-4 text-lg font-semibold">
            Your scorecard
          </h2>
          <ScorecardForm kit={scorecardFormKit(kit)} timeZone={tz} />
        </section>
      </div>
    </>
  );
}
