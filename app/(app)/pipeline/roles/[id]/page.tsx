import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireKind } from "@/lib/auth/session";
import { pipelineBoard } from "@/lib/data/pipeline-board";

export const metadata: Metadata = { title: "Pipeline" };

export default async function BoardPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireKind("RECRUITER", "ADMIN", "MANAGER");
  const board = await pipelineBoard(user, (await params).id);
  if (!board) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm"><Link href={`/roles/${board.role.id}`} className="text-primary underline-offset-4 hover:underline">← {board.role.title}</Link></nav>
      <PageHeader title={`Pipeline: ${board.role.title}`} description="Active candidates by stage, days in stage, and whose scorecard each candidate is waiting on (held interviews without a submitted scorecard, and interviews not yet scheduled)." />
      <div className="grid gap-4 md:auto-cols-[minmax(15rem,1fr)] md:grid-flow-col md:overflow-x-auto md:pb-2">
        {board.columns.map((col) => (
          <section key={col.id ?? "none"} aria-labelledby={`col-${col.id}`} className="rounded-lg bg-muted p-3">
            <h2 id={`col-${col.id}`} className="mb-2 flex items-center justify-between font-semibold">{col.name} <Badge variant="muted">{col.cards.length}</Badge></h2>
            <ul className="grid gap-2">
              {col.cards.map((c) => (
                <li key={c.id} className="rounded-md border border-border bg-card p-3 text-sm">
                  <Link href={`/candidates/${c.id}`} className="font-medium text-primary underline-offset-4 hover:underline">{c.name}</Link>
                  <p className={c.daysInStage > 7 ? "text-warning" : "text-muted-foreground"}>{c.daysInStage} day{c.daysInStage === 1 ? "" : "s"} in stage</p>
                  {c.waitingOn.length ? (
                    <ul aria-label={`${c.name} is waiting on`} className="mt-1 grid gap-0.5">
                      {c.waitingOn.map((w) => (
                        <li key={`${w.stage}-${w.interviewer}`} className={w.state === "overdue" ? "text-danger" : "text-warning"}>
                          {w.state === "overdue" ? `Waiting on ${w.interviewer}'s scorecard` : `${w.interviewer}: not scheduled`} <span className="text-muted-foreground">({w.stage})</span>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {c.upcoming ? <p className="text-muted-foreground">{c.upcoming} interview{c.upcoming === 1 ? "" : "s"} scheduled</p> : null}
                </li>
              ))}
              {col.cards.length === 0 ? <li className="text-sm text-muted-foreground">Nobody here.</li> : null}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
