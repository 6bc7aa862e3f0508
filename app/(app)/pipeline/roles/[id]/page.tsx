import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { BoardCards } from "@/components/pipeline/board-cards";
import { Badge } from "@/components/ui/badge";
import { Notices } from "@/components/ui/notices";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyPageText, Pager } from "@/components/ui/pager";
import { requireCapability } from "@/lib/auth/session";
import { boardCardRows } from "@/lib/candidates/board-card-rows";
import { pipelineBoard } from "@/lib/data/pipeline-board";
import { formatCount } from "@/lib/utils";
import { paramsAreIds } from "@/lib/validation/id";
import { boardParams, NO_INTERVIEWS, NOT_STARTED } from "@/lib/validation/list-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Pipeline" };

export default async function BoardPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireCapability("useHiringTools");
  const { id } = await params;
  if (!paramsAreIds({ id })) notFound();
  const query = boardParams(await searchParams);
  const board = await pipelineBoard(user, id, query);
  if (!board) notFound();
  const stageParam = (colId: string | null) => colId ?? NOT_STARTED;
  const boardHref = `/pipeline/roles/${board.role.id}`;
  const stages = board.columns
    .filter((c): c is typeof c & { id: string } => c.id !== null)
    .map((c) => ({ id: c.id, name: c.name }));
  const cardProps = { canOpen: board.canOpen, canManage: board.canManage, canHire: board.canHire, stages };
  const pill = (current: boolean) =>
    current
      ? "rounded-full bg-primary px-3 py-1 text-white"
      : "rounded-full border border-border bg-card px-3 py-1 text-primary hover:bg-muted";
  const withoutLink = (
    <Link
      href={`${boardHref}?stage=${NO_INTERVIEWS}`}
      aria-current={board.stage?.id === NO_INTERVIEWS ? "page" : undefined}
      className={pill(board.stage?.id === NO_INTERVIEWS)}
    >
      Without interviews ({formatCount(board.withoutInterviews)})
    </Link>
  );

  if (board.stage) {
    const { stage } = board;
    return (
      <>
        <Breadcrumbs items={[{ href: boardHref, label: `Pipeline: ${board.role.title}` }, { label: stage.name }]} />
        <PageHeader
          title={`${stage.name}: ${board.role.title}`}
          description={
            stage.id === NO_INTERVIEWS
              ? "Active candidates with no interview at any stage yet, longest in their stage first. Schedule from the role page."
              : "Active candidates in this stage, longest in stage first, with whose scorecard each is waiting on."
          }
        />
        <nav aria-label="Stages" className="mb-4 flex flex-wrap gap-2 text-sm">
          {board.columns.map((col) => (
            <Link
              key={col.id ?? "none"}
              href={`${boardHref}?stage=${stageParam(col.id)}`}
              aria-current={col.id === stage.id ? "page" : undefined}
              className={pill(col.id === stage.id)}
            >
              {col.name} ({formatCount(col.count)})
            </Link>
          ))}
          {withoutLink}
        </nav>
        <Notices>
          {stage.page.rows.length === 0 ? (
            <p className="rounded-lg border border-dashed border-border p-8 text-center text-muted-foreground">
              <EmptyPageText
                page={stage.page}
                params={{ stage: stageParam(stage.id) }}
                empty={
                  stage.id === NO_INTERVIEWS ? "Every active candidate has an interview." : "Nobody is in this stage."
                }
              />
            </p>
          ) : (
            <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              <BoardCards cards={boardCardRows(stage.page.rows)} {...cardProps} />
            </ul>
          )}
        </Notices>
        <Pager
          label={`${stage.name} pages`}
          params={{ stage: stageParam(stage.id) }}
          page={stage.page}
          className="mt-4"
        />
      </>
    );
  }

  return (
    <>
      <Breadcrumbs items={[{ href: `/roles/${board.role.id}`, label: board.role.title }, { label: "Pipeline" }]} />
      <PageHeader
        title={`Pipeline: ${board.role.title}`}
        description="Active candidates by stage, days in stage, and whose scorecard each candidate is waiting on (held interviews without a submitted scorecard, and interviews not yet scheduled)."
      />
      <nav aria-label="Lists" className="mb-4 flex flex-wrap gap-2 text-sm">
        {withoutLink}
      </nav>
      <Notices>
        <div className="grid gap-4 md:auto-cols-[minmax(15rem,1fr)] md:grid-flow-col md:overflow-x-auto md:pb-2">
          {board.columns.map((col) => (
            <section
              key={col.id ?? "none"}
              aria-labelledby={`col-${col.id ?? "none"}`}
              className="rounded-lg bg-muted p-3"
            >
              <h2 id={`col-${col.id ?? "none"}`} className="mb-2 flex items-center justify-between gap-2 font-semibold">
                {col.name} <Badge variant="muted">{formatCount(col.count)}</Badge>
              </h2>
              <ul className="grid gap-2">
                <BoardCards cards={boardCardRows(col.cards)} {...cardProps} />
                {col.count === 0 ? <li className="text-sm text-muted-foreground">Nobody here.</li> : null}
              </ul>
              {col.count > col.cards.length ? (
                <p className="mt-2 text-sm">
                  <Link
                    href={`${boardHref}?stage=${stageParam(col.id)}`}
                    className="text-primary underline underline-offset-4"
                  >
                    Show all {formatCount(col.count)} in {col.name}
                  </Link>
                </p>
              ) : null}
            </section>
          ))}
        </div>
      </Notices>
    </>
  );
}
