import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireKind } from "@/lib/auth/session";
import { pipelineBoard, type BoardCard } from "@/lib/data/pipeline-board";
import { paramsAreIds } from "@/lib/validation/id";
import { boardParams, NOT_STARTED } from "@/lib/validation/list-params";

export const metadata: Metadata = { title: "Pipeline" };

const fmt = new Intl.NumberFormat("en");

function Card({ c }: { c: BoardCard }) {
  return (
    <>
      <Link href={`/candidates/${c.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
        {c.name}
      </Link>
      <p className={c.daysInStage > 7 ? "text-warning" : "text-muted-foreground"}>
        {c.daysInStage} day{c.daysInStage === 1 ? "" : "s"} in stage
      </p>
      {c.waitingOn.length ? (
        <ul aria-label={`${c.name} is waiting on`} className="mt-1 grid gap-0.5">
          {c.waitingOn.map((w) => (
            <li key={`${w.stage}-${w.interviewer}`} className={w.state === "overdue" ? "text-danger" : "text-warning"}>
              {w.state === "overdue" ? `Waiting on ${w.interviewer}'s scorecard` : `${w.interviewer}: not scheduled`}{" "}
              <span className="text-muted-foreground">({w.stage})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {c.upcoming ? (
        <p className="text-muted-foreground">
          {c.upcoming} interview{c.upcoming === 1 ? "" : "s"} scheduled
        </p>
      ) : null}
    </>
  );
}

export default async function BoardPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireKind("RECRUITER", "ADMIN", "MANAGER");
  const { id } = await params;
  if (!paramsAreIds({ id })) notFound();
  const query = boardParams(await searchParams);
  const board = await pipelineBoard(user, id, query);
  if (!board) notFound();
  const stageParam = (colId: string | null) => colId ?? NOT_STARTED;
  const boardHref = `/pipeline/roles/${board.role.id}`;

  if (board.stage) {
    const { stage } = board;
    return (
      <>
        <nav aria-label="Breadcrumb" className="mb-3 text-sm">
          <Link href={boardHref} className="text-primary underline-offset-4 hover:underline">
            ← Pipeline: {board.role.title}
          </Link>
        </nav>
        <PageHeader
          title={`${stage.name}: ${board.role.title}`}
          description="Active candidates in this stage, longest in stage first, with whose scorecard each is waiting on."
        />
        <nav aria-label="Stages" className="mb-4 flex flex-wrap gap-2 text-sm">
          {board.columns.map((col) => (
            <Link
              key={col.id ?? "none"}
              href={`${boardHref}?stage=${stageParam(col.id)}`}
              aria-current={col.id === stage.id ? "page" : undefined}
              className={
                col.id === stage.id
                  ? "rounded-full bg-primary px-3 py-1 text-white"
                  : "rounded-full border border-border bg-card px-3 py-1 text-primary hover:bg-muted"
              }
            >
              {col.name} ({fmt.format(col.count)})
            </Link>
          ))}
        </nav>
        {stage.page.rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-border p-8 text-center text-muted-foreground">Nobody is in this stage.</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {stage.page.rows.map((c) => (
              <li key={c.id} className="rounded-md border border-border bg-card p-3 text-sm">
                <Card c={c} />
              </li>
            ))}
          </ul>
        )}
        <Pager label={`${stage.name} pages`} params={{ stage: stageParam(stage.id) }} page={stage.page} className="mt-4" />
      </>
    );
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href={`/roles/${board.role.id}`} className="text-primary underline-offset-4 hover:underline">
          ← {board.role.title}
        </Link>
      </nav>
      <PageHeader
        title={`Pipeline: ${board.role.title}`}
        description="Active candidates by stage, days in stage, and whose scorecard each candidate is waiting on (held interviews without a submitted scorecard, and interviews not yet scheduled)."
      />
      <div className="grid gap-4 md:auto-cols-[minmax(15rem,1fr)] md:grid-flow-col md:overflow-x-auto md:pb-2">
        {board.columns.map((col) => (
          <section key={col.id ?? "none"} aria-labelledby={`col-${col.id ?? "none"}`} className="rounded-lg bg-muted p-3">
            <h2 id={`col-${col.id ?? "none"}`} className="mb-2 flex items-center justify-between gap-2 font-semibold">
              {col.name} <Badge variant="muted">{fmt.format(col.count)}</Badge>
            </h2>
            <ul className="grid gap-2">
              {col.cards.map((c) => (
                <li key={c.id} className="rounded-md border border-border bg-card p-3 text-sm">
                  <Card c={c} />
                </li>
              ))}
              {col.count === 0 ? <li className="text-sm text-muted-foreground">Nobody here.</li> : null}
            </ul>
            {col.count > col.cards.length ? (
              <p className="mt-2 text-sm">
                <Link href={`${boardHref}?stage=${stageParam(col.id)}`} className="text-primary underline underline-offset-4">
                  Show all {fmt.format(col.count)} in {col.name}
                </Link>
              </p>
            ) : null}
          </section>
        ))}
      </div>
    </>
  );
}
