import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/ui/print-button";
import { requireUser } from "@/lib/auth/session";
import { printableKit } from "@/lib/data/interview-kit";

export const metadata: Metadata = { title: "Interview kit" };

/**
 * A printable kit for one stage: focus domains with target, indicators per level, questions, and
 * an empty scorecard. Read through the same lib function as the interview page's kit.
 */
export default async function KitPage({ params }: { params: Promise<{ id: string; stageId: string }> }) {
  const user = await requireUser();
  const { id, stageId } = await params;
  const kit = await printableKit(user, id, stageId);
  if (!kit) notFound();
  const { role, stage } = kit;
  return (
    <article className="mx-auto max-w-3xl bg-white text-sm print:max-w-none">
      <div className="no-print mb-4 flex justify-end">
        <PrintButton />
      </div>
      <header className="border-b border-border pb-2">
        <h1 className="text-xl font-semibold">
          {role.title}: {stage.name}
        </h1>
        <p className="text-muted-foreground">
          {stage.durationMinutes} minutes · {role.cluster} · indicators from matrix version {kit.matrixVersion} ·
          candidate: ______________________ · interviewer: ______________________
        </p>
      </header>
      {kit.domains.map((d) => (
        <section key={d.domainId} className="mt-5 break-inside-avoid">
          <h2 className="text-base font-semibold">
            {d.name} <span className="font-normal text-muted-foreground">· target Level {d.target}</span>
          </h2>
          <div className="mt-2 grid grid-cols-3 gap-2">
            {d.levels.map((l) => (
              <div key={l.level} className="rounded border border-border p-2">
                <p className="text-xs font-semibold">
                  Level {l.level} · {l.name}
                </p>
                <ul className="mt-1 grid gap-1">
                  {l.indicators.map((i) => (
                    <li key={i.id}>☐ {i.text}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
          {d.questions.map((q) => (
            <div key={q.id} className="mt-2">
              <p className="font-medium">Q: {q.prompt}</p>
              <p className="text-xs text-muted-foreground">{q.answers.map((a, i) => `L${i + 1}: ${a}`).join(" · ")}</p>
            </div>
          ))}
          <p className="mt-2">Rating: ☐ below L1 ☐ L1 ☐ L2 ☐ L3 ☐ not assessed</p>
          <p className="mt-1">Evidence:</p>
          <div className="mt-1 h-24 rounded border border-dashed border-border" />
        </section>
      ))}
      {kit.otherQuestions.length ? (
        <section className="mt-5 break-inside-avoid">
          <h2 className="text-base font-semibold">Other questions in this stage</h2>
          {kit.otherQuestions.map((q) => (
            <div key={q.id} className="mt-2">
              <p className="font-medium">
                Q: {q.prompt}
                {q.domainName ? <span className="font-normal text-muted-foreground"> ({q.domainName})</span> : null}
              </p>
              <p className="text-xs text-muted-foreground">{q.answers.map((a, i) => `L${i + 1}: ${a}`).join(" · ")}</p>
            </div>
          ))}
        </section>
      ) : null}
      <section className="mt-5 break-inside-avoid">
        <h2 className="text-base font-semibold">Overall recommendation</h2>
        <p className="mt-1">☐ Strong no ☐ No ☐ Yes ☐ Strong yes ☐ No decision</p>
      </section>
    </article>
  );
}
