import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/ui/print-button";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { roleDetail } from "@/lib/data/roles";

export const metadata: Metadata = { title: "Interview kit" };

/** A printable kit for one stage: focus domains with target, indicators per level, questions, and an empty scorecard. */
export default async function KitPage({ params }: { params: Promise<{ id: string; stageId: string }> }) {
  const user = await requireUser();
  const { id, stageId } = await params;
  const detail = await roleDetail(user, id);
  const stage = detail?.role.stages.find((s) => s.id === stageId);
  if (!detail || !stage) notFound();
  const { role, targets } = detail;
  const focus = stage.domains.map((d) => d.domainId);
  const [domains, cells, levels, questions] = await Promise.all([
    db.matrixVersionDomain.findMany({ where: { versionId: role.matrixVersionId, domainId: { in: focus } }, orderBy: { position: "asc" } }),
    db.matrixCell.findMany({ where: { versionId: role.matrixVersionId, clusterId: role.clusterId, domainId: { in: focus } }, include: { indicators: { orderBy: { position: "asc" } } } }),
    db.proficiencyLevel.findMany({ orderBy: { rank: "asc" } }),
    db.question.findMany({ where: { id: { in: stage.questions.map((q) => q.questionId) } } }),
  ]);
  return (
    <article className="mx-auto max-w-3xl bg-white text-sm print:max-w-none">
      <div className="no-print mb-4 flex justify-end"><PrintButton /></div>
      <header className="border-b border-border pb-2">
        <h1 className="text-xl font-semibold">{role.title}: {stage.name}</h1>
        <p className="text-muted-foreground">{stage.durationMinutes} minutes · {role.cluster.name} · matrix indicators of the role&apos;s version · candidate: ______________________ · interviewer: ______________________</p>
      </header>
      {domains.map((d) => {
        const target = targets.find((t) => t.domainId === d.domainId)?.level ?? 0;
        return (
          <section key={d.domainId} className="mt-5 break-inside-avoid">
            <h2 className="text-base font-semibold">{d.name} <span className="font-normal text-muted-foreground">· target Level {target}</span></h2>
            <div className="mt-2 grid grid-cols-3 gap-2">
              {levels.map((l) => (
                <div key={l.rank} className="rounded border border-border p-2">
                  <p className="text-xs font-semibold">Level {l.rank} · {l.name}</p>
                  <ul className="mt-1 grid gap-1">{(cells.find((c) => c.domainId === d.domainId && c.level === l.rank)?.indicators ?? []).map((i) => <li key={i.id}>☐ {i.text}</li>)}</ul>
                </div>
              ))}
            </div>
            {questions.filter((q) => q.domainId === d.domainId).map((q) => (
              <div key={q.id} className="mt-2"><p className="font-medium">Q: {q.prompt}</p><p className="text-xs text-muted-foreground">L1: {q.answerL1} · L2: {q.answerL2} · L3: {q.answerL3}</p></div>
            ))}
            <p className="mt-2">Rating: ☐ below L1 ☐ L1 ☐ L2 ☐ L3 ☐ not assessed</p>
            <p className="mt-1">Evidence:</p>
            <div className="mt-1 h-24 rounded border border-dashed border-border" />
          </section>
        );
      })}
      <section className="mt-5 break-inside-avoid"><h2 className="text-base font-semibold">Overall recommendation</h2><p className="mt-1">☐ Strong no ☐ No ☐ Yes ☐ Strong yes ☐ No decision</p></section>
    </article>
  );
}
