import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EvidenceTable } from "@/components/candidates/evidence-table";
import { GapTable } from "@/components/candidates/gap-table";
import { PrintButton } from "@/components/ui/print-button";
import { requireUser } from "@/lib/auth/session";
import { candidateReport } from "@/lib/data/candidate";
import { FIT_EXPLANATION, fitSentences } from "@/lib/scoring";
import { formatDate } from "@/lib/dates";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { RECOMMENDATION_LABEL } from "@/lib/validation/scorecard";
import { decisionWord } from "@/lib/validation/decision";

export const metadata: Metadata = { title: "Candidate packet" };

/** A print-friendly packet (browser "Save as PDF"): the charts' figures as tables, all evidence. */
export default async function PacketPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const tz = await viewerTimeZone();
  const report = await candidateReport(user, (await params).id);
  if (!report || !report.visible) notFound();
  const { app, summary } = report;
  return (
    <article className="mx-auto max-w-3xl bg-white print:max-w-none">
      <div className="no-print mb-4 flex justify-end">
        <PrintButton />
      </div>
      <header className="border-b border-border pb-3">
        <h1 className="text-2xl font-semibold">{app.candidate.erasedAt ? "Erased candidate" : app.candidate.name}</h1>
        <p className="text-sm text-muted-foreground">
          {app.role.title} · {app.role.cluster.name} · packet of {formatDate(new Date(), tz)}
        </p>
        <p className="mt-2 text-sm">
          <strong>{fitSentences(summary)}</strong> Recommendations:{" "}
          {report.recommendations.length
            ? report.recommendations
                .map((r) => `${r.interviewer}: ${r.recommendation ? RECOMMENDATION_LABEL[r.recommendation] : "—"}`)
                .join("; ")
            : "none yet"}
          .
        </p>
        {app.decision ? (
          <p className="mt-1 text-sm">
            <strong>Decision:</strong> {decisionWord(app.decision)}: {app.decisionRationale}
          </p>
        ) : null}
      </header>
      <section className="mt-4 break-inside-avoid">
        <h2 className="font-semibold">Target vs. consensus</h2>
        <GapTable domains={summary.domains} />
      </section>
      <section className="mt-6">
        <h2 className="mb-2 font-semibold">Evidence</h2>
        <EvidenceTable evidence={report.evidence} />
      </section>
      <p className="mt-4 text-xs text-muted-foreground">{FIT_EXPLANATION}</p>
    </article>
  );
}
