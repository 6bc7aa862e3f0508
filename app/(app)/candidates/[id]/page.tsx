import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CandidateRadar, GapBars } from "@/components/charts/candidate-charts";
import { EvidenceTable } from "@/components/candidates/evidence-table";
import { GapTable } from "@/components/candidates/gap-table";
import { CandidateSummaryCards } from "@/components/candidates/summary-cards";
import { InterviewerRatingsTable } from "@/components/candidates/interviewer-ratings-table";
import { InterviewList } from "@/components/interviews/interview-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, canDecideOnCandidates } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { applicationInterviews } from "@/lib/data/application-interviews";
import { candidateReport } from "@/lib/data/candidate";
import { interviewerLoad } from "@/lib/readiness/queries";
import { hiddenFeedbackText } from "@/lib/scorecards/access";
import { standingText } from "@/lib/applications/status";
import { FIT_EXPLANATION, fitText, shownGapStatus } from "@/lib/scoring";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonVariants } from "@/components/ui/button-variants";
import { decisionWord } from "@/lib/validation/decision";
import { comparisonBackHref } from "@/lib/validation/comparison";
import { candidatePageQuerySchema } from "@/lib/validation/page-queries";

export const metadata: Metadata = { title: "Candidate" };

export default async function CandidatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const [{ id }, raw] = await Promise.all([params, searchParams]);
  const { back } = candidatePageQuerySchema.parse(raw);
  const [report, interviews, timeZone] = await Promise.all([
    candidateReport(user, id),
    applicationInterviews(user, id),
    viewerTimeZone(),
  ]);
  if (!report) notFound();
  // Rescheduling shows the interviewer's week against their limit: read for those who may reschedule.
  const load =
    interviews?.canManage && interviews.active
      ? await interviewerLoad(user, [...new Set(interviews.rows.map((r) => r.interviewerId))], timeZone)
      : undefined;
  const name = report.app.candidate.erasedAt ? "Erased candidate" : report.app.candidate.name;
  if (!report.visible) {
    // The reason decides the message: "submit your own first" is wrong for someone with nothing to submit.
    const toInterviews = report.reason !== "not-on-team";
    return (
      <div className="mx-auto max-w-lg py-10 text-center">
        <h1 className="text-2xl font-semibold">{name}</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          {report.app.role.title} · {standingText(report.app.status, report.app.currentStage?.name)}
        </p>
        <p className="mt-3 text-muted-foreground">
          {hiddenFeedbackText(report.reason, report.app.status === "ACTIVE" && !report.app.candidate.erasedAt)}
        </p>
        <p className="mt-4 flex flex-wrap justify-center gap-x-6 gap-y-2">
          {/* Opened from the comparison's "feedback hidden" list: back to that page, at this row. */}
          {back === undefined ? null : (
            <Link
              href={comparisonBackHref(report.app.roleId, back, report.app.id)}
              className="text-primary underline underline-offset-4"
            >
              Back to the comparison
            </Link>
          )}
          <Link
            href={toInterviews ? "/interviews" : `/roles/${report.app.roleId}`}
            className="text-primary underline underline-offset-4"
          >
            {toInterviews ? "Go to my interviews" : `Back to ${report.app.role.title}`}
          </Link>
        </p>
        {interviews ? (
          <div className="text-left">
            <InterviewList data={interviews} candidate={name} timeZone={timeZone} load={load} />
          </div>
        ) : null}
      </div>
    );
  }
  const { app, summary, targets } = report;
  const domains = summary.domains
    .filter((d) => targets.some((t) => t.domainId === d.domainId))
    .map((d) => ({
      domainId: d.domainId,
      name: d.name,
      target: d.target,
      consensus: d.consensus.median,
      status: shownGapStatus(d.gap),
      gap: d.gap.gap,
    }));
  const canDecide = canDecideOnCandidates(user, app.role);
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/roles/${app.roleId}`, label: app.role.title },
          // Opened from the comparison: back to its page, filters and sort, at this candidate's row.
          ...(back === undefined
            ? []
            : [{ href: comparisonBackHref(app.roleId, back, app.id), label: "Compare candidates" }]),
          { label: name },
        ]}
        className="no-print"
      />
      <PageHeader
        title={name}
        description={
          <>
            {[
              app.candidate.headline, // none for many candidates: no separator before the role then
              app.role.title,
              standingText(app.status, app.currentStage?.name),
              app.decision ? `decision: ${decisionWord(app.decision)}` : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </>
        }
        actions={
          <>
            {canDecide ? (
              <Link href={`/candidates/${app.id}/debrief`} className={buttonVariants()}>
                Debrief
              </Link>
            ) : null}
            <Link href={`/candidates/${app.id}/packet`} className={buttonVariants({ variant: "outline" })}>
              Printable packet
            </Link>
            {/* Contact details, every application, the self-identification link, export and erasure. */}
            {can(user, "manageCandidates") ? (
              <Link
                href={`/pipeline/candidates/${app.candidate.id}`}
                className={buttonVariants({ variant: "outline" })}
              >
                Candidate profile
              </Link>
            ) : null}
          </>
        }
      />
      {interviews ? <InterviewList data={interviews} candidate={name} timeZone={timeZone} load={load} /> : null}
      <CandidateSummaryCards summary={summary} interviewers={report.interviewers.length} />
      {/* grid-cols-1 (minmax(0, 1fr)): an implicit column grew to the chart's minimum width on a phone. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        {/* On paper a chart's card starts on a fresh page rather than leave its empty frame at a page's foot. */}
        <Card className="print:break-inside-avoid">
          <CardHeader>
            <CardTitle>Target vs. consensus</CardTitle>
            <CardDescription>
              Consensus = median of the panel&apos;s submitted ratings (lower middle on ties), one vote per interviewer:
              an interviewer who rated a domain in two stages counts with their later rating.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <CandidateRadar domains={domains} interviewers={report.interviewers} />
            <InterviewerRatingsTable domains={domains} interviewers={report.interviewers} />
          </CardContent>
        </Card>
        <Card className="print:break-inside-avoid">
          <CardHeader>
            <CardTitle>Gap by domain</CardTitle>
            <CardDescription>Levels short of target (negative: above target).</CardDescription>
          </CardHeader>
          <CardContent>
            <GapBars domains={domains} />
            <GapTable domains={summary.domains} />
          </CardContent>
        </Card>
      </div>
      <p className="mt-3 text-xs text-muted-foreground">{FIT_EXPLANATION}</p>
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Fit elsewhere</CardTitle>
          <CardDescription>
            The same consensus against each cluster&apos;s core domains and the other open roles.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-2 text-sm">
          <p>
            <strong>By cluster:</strong> {report.clusterFit}
          </p>
          <ul className="grid gap-1">
            {report.otherRoles.map((r) => (
              <li key={r.id} className="flex flex-wrap justify-between gap-2">
                <span>{r.label}</span>
                <span className="text-muted-foreground">
                  {r.fit != null ? `fit ${fitText(r)} · ` : ""}
                  {r.distance}
                </span>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
      <section aria-labelledby="ev-h" className="mt-8">
        <h2 id="ev-h" className="mb-3 text-lg font-semibold">
          Evidence by domain
        </h2>
        <EvidenceTable evidence={report.evidence} />
      </section>
      {report.notes.length ? (
        <section aria-labelledby="notes-h" className="mt-8">
          <h2 id="notes-h" className="mb-2 text-lg font-semibold">
            Private notes for the hiring team
          </h2>
          <ul className="grid gap-2 text-sm">
            {report.notes.map((n, i) => (
              <li key={i} className="rounded-md border border-border bg-card p-3">
                <strong>{n.interviewer}:</strong>{" "}
                <span dir="auto" className="whitespace-pre-wrap">
                  {n.note}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
