import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { DecisionForm } from "@/components/candidates/decision-form";
import { EvidenceTable } from "@/components/candidates/evidence-table";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { LevelBadge } from "@/components/ui/level-badge";
import { PageHeader } from "@/components/ui/page-header";
import {
  decisionRefusalFor,
  decisionStandingText,
  OUTCOME_REFUSAL_TEXT,
  outstandingScorecards,
} from "@/lib/applications/decision";
import { closedInPipeline } from "@/lib/applications/status";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { requireCapability } from "@/lib/auth/session";
import { candidateReport } from "@/lib/data/candidate";
import { fitText } from "@/lib/scoring";
import { RECOMMENDATION_LABEL } from "@/lib/validation/scorecard";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Debrief" };

export default async function DebriefPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCapability("recordDecisions");
  const report = await candidateReport(user, (await params).id);
  if (!report) notFound();
  if (!report.visible) forbidden();
  // The decision service's own rule (outcomeRefusal): the owner or an admin, own scorecards submitted.
  const refusal = await decisionRefusalFor(user, report.app.id);
  if (refusal === "not-owner") forbidden();
  const { summary, app, evidence } = report;
  const name = app.candidate.erasedAt ? "Erased candidate" : app.candidate.name;
  // Rejected or withdrawn in the pipeline: a decision waits until they are reopened (recordDecision).
  const closed = closedInPipeline(app.status, app.decision);
  // Only an open application's drafts are closed by a decision: the form asks about them then only.
  const [outstanding, timeZone] = await Promise.all([
    refusal || app.status !== "ACTIVE" ? [] : outstandingScorecards(app.id),
    viewerTimeZone(),
  ]);
  const standing = decisionStandingText({ ...app, name }, timeZone);
  const disagreements = summary.domains.filter((d) => d.disagreement);
  const unassessed = summary.domains.filter((d) => d.gap.status === "no-evidence");
  // Disagreements first, then the rest, so the debrief starts where the panel differs.
  const ordered = [...evidence].sort(
    (a, b) =>
      Number(disagreements.some((d) => d.domainId === b.domainId)) -
      Number(disagreements.some((d) => d.domainId === a.domainId)),
  );
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/roles/${app.roleId}`, label: app.role.title },
          { href: `/candidates/${app.id}`, label: app.candidate.erasedAt ? "Erased candidate" : app.candidate.name },
          { label: "Debrief" },
        ]}
      />
      <PageHeader
        title={`Debrief: ${app.candidate.erasedAt ? "Erased candidate" : app.candidate.name}`}
        description={`${app.role.title} · fit ${fitText(summary)} · ${summary.distance}`}
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Where the panel disagrees</CardTitle>
            </CardHeader>
            <CardContent className="text-sm">
              {disagreements.length === 0 && !summary.split ? (
                <p className="text-muted-foreground">No domain differs by 2+ levels and recommendations agree.</p>
              ) : null}
              {summary.split ? <p className="text-warning">Recommendations split between yes and no.</p> : null}
              <ul className="mt-1 grid gap-1">
                {disagreements.map((d) => (
                  <li key={d.domainId}>
                    <strong>{d.name}</strong>: ratings from {d.consensus.min} to {d.consensus.max} ({d.consensus.count}{" "}
                    ratings)
                  </li>
                ))}
              </ul>
              {unassessed.length ? (
                <p className="mt-3">
                  Target domains nobody assessed: <strong>{unassessed.map((d) => d.name).join(", ")}</strong>{" "}
                  <LevelBadge level={null} />
                </p>
              ) : null}
            </CardContent>
          </Card>
          <section aria-labelledby="ev-h">
            <h2 id="ev-h" className="mb-3 text-lg font-semibold">
              Evidence side by side
            </h2>
            <EvidenceTable evidence={ordered} />
          </section>
        </div>
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Recommendations</CardTitle>
            </CardHeader>
            <CardContent>
              {report.recommendations.length === 0 ? (
                <p className="text-sm text-muted-foreground">No scorecard submitted yet.</p>
              ) : null}
              <ul className="grid gap-1 text-sm">
                {report.recommendations.map((r, i) => (
                  <li key={i}>
                    {r.interviewer} <span className="text-muted-foreground">({r.stage})</span>:{" "}
                    <strong>{r.recommendation ? RECOMMENDATION_LABEL[r.recommendation] : "—"}</strong>
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Decision</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-3">
              <p className="text-sm">{standing}</p>
              {/* The recorded words, apart from the form's box, whose text may be an edit in progress (round W). */}
              {app.decision && app.decisionRationale ? (
                <figure className="rounded-md border-l-4 border-border bg-muted p-2 text-sm">
                  <figcaption className="text-xs text-muted-foreground">Rationale recorded</figcaption>
                  <blockquote dir="auto" className="text-start [overflow-wrap:anywhere] whitespace-pre-wrap">
                    {app.decisionRationale}
                  </blockquote>
                </figure>
              ) : null}
              {refusal ? (
                <p className="text-sm text-muted-foreground">{OUTCOME_REFUSAL_TEXT[refusal]}</p>
              ) : closed && app.status !== "REJECTED" ? null : (
                <DecisionForm
                  applicationId={app.id}
                  userId={user.id}
                  candidate={name}
                  outstanding={outstanding}
                  initial={{
                    decision: app.decision ?? undefined,
                    rationale: app.decisionRationale ?? "",
                    basedOn: app.decidedAt?.toISOString() ?? null,
                    expectedStatus: app.status,
                  }}
                />
              )}
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
