import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ScorecardForm } from "@/components/scorecard/scorecard-form";
import { Badge } from "@/components/ui/badge";
import { requireUser } from "@/lib/auth/session";
import { interviewKit } from "@/lib/data/interview-kit";
import { formatDateTime } from "@/lib/utils";

export const metadata: Metadata = { title: "Interview kit" };

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const kit = await interviewKit(user, id);
  if (!kit) notFound(); // not theirs or missing: same answer, nothing leaks
  return (
    <>
      <nav aria-label="Breadcrumb" className="no-print mb-3 text-sm">
        <Link href="/interviews" className="text-primary underline-offset-4 hover:underline">← My interviews</Link>
      </nav>
      <header className="mb-6">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold tracking-tight">{kit.candidate.name}</h1>
          <Badge variant={kit.scorecard.status === "SUBMITTED" ? "success" : "warning"}>{kit.scorecard.status === "SUBMITTED" ? "submitted" : "draft"}</Badge>
        </div>
        <p className="mt-1 text-sm text-muted-foreground">
          {kit.role.title} · {kit.interview.stageName} · {kit.interview.durationMinutes} min · {formatDateTime(kit.interview.scheduledAt)}
        </p>
        <p className="mt-1 text-xs text-muted-foreground">
          {kit.role.cluster} indicators from matrix version {kit.matrixVersion}. Score what you observed; other interviewers&apos; feedback stays hidden until you submit.
        </p>
      </header>
      <ScorecardForm kit={kit} />
    </>
  );
}
