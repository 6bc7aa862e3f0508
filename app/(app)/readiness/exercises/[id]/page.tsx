import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ExerciseAttempt } from "@/components/readiness/exercise-attempt";
import { ExerciseResult } from "@/components/readiness/exercise-result";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { exerciseToTake } from "@/lib/readiness/queries";
import { paramsAreIds } from "@/lib/validation/id";
import { viewerTimeZone } from "@/lib/viewer-time-zone";

export const metadata: Metadata = { title: "Calibration exercise" };

export default async function CalibrationExercisePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!paramsAreIds({ id })) notFound();
  // Null for an unknown or retired exercise, and for recruiters (they don't interview).
  const [data, tz] = await Promise.all([exerciseToTake(user, id), viewerTimeZone()]);
  if (!data) notFound();
  const { exercise, domain, passMark, lastAttempt, attempts } = data;
  const items = exercise.items.map((i) => ({ id: i.id, position: i.position, evidence: i.evidence }));
  const byItem = new Map(exercise.items.map((i) => [i.id, i]));
  const rows = (lastAttempt?.answers ?? [])
    .map((a) => ({
      position: byItem.get(a.itemId)?.position ?? 0,
      evidence: byItem.get(a.itemId)?.evidence ?? "",
      rating: a.rating,
      consensus: a.item.consensus,
      raters: a.item.raters,
    }))
    .sort((a, b) => a.position - b.position);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/readiness" className="text-primary underline underline-offset-4">
          ← My interviewer readiness
        </Link>
      </p>
      <PageHeader
        title={exercise.title}
        description={
          <>
            {domain ? `${domain.name}: r` : "R"}ate each piece of past evidence at the level you would give it in an
            interview. Names are hidden. Afterwards you see the level the panel agreed on; you pass with at least{" "}
            {passMark}% rated exactly as the panel did. The level descriptions are on the{" "}
            <Link href="/matrix" className="text-primary underline underline-offset-4">
              matrix
            </Link>
            .
          </>
        }
      />
      <ExerciseAttempt userId={user.id} exerciseId={exercise.id} items={items} lastAttemptId={lastAttempt?.id ?? null}>
        {lastAttempt ? (
          <ExerciseResult attempt={lastAttempt} rows={rows} timeZone={tz} practice={attempts > 1} />
        ) : null}
      </ExerciseAttempt>
    </>
  );
}
