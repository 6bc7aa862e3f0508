import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { MoveFold } from "@/components/pipeline/lazy-controls";
import { NudgeButton } from "@/components/pipeline/nudge-button";
import { Badge } from "@/components/ui/badge";
import { Notices } from "@/components/ui/notices";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyPageText, Pager } from "@/components/ui/pager";
import { requireCapability } from "@/lib/auth/session";
import { pipelineBoard, type Board, type BoardCard } from "@/lib/data/pipeline-board";
import { paramsAreIds } from "@/lib/validation/id";
import { boardParams, NO_INTERVIEWS, NOT_STARTED } from "@/lib/validation/list-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Pipeline" };

const fmt = new Intl.NumberFormat("en");

type Stage = { id: string; name: string };

function Card({ c, board, stages }: { c: BoardCard; board: Board; stages: Stage[] }) {
  return (
    <>
      {board.canOpen ? (
        <Link href={`/candidates/${c.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
          {c.name}
        </Link>
      ) : (
        <span className="font-medium">{c.name}</span>
      )}
      <p className={c.daysInStage > 7 ? "text-warning" : "text-muted-foreground"}>
        {c.daysInStage} day{c.daysInStage === 1 ? "" : "s"} in stage
      </p>
      {c.waitingOn.length ? (
        <ul aria-label={`${c.name} is waiting on`} className="mt-1 grid gap-1">
          {c.waitingOn.map((w) => (
            <li key={w.interviewId} className={w.state === "overdue" ? "text-danger" : "text-warning"}>
              {w.mine && w.state === "overdue" ? (
                <>
                  Waiting on{" "}
                  <Link href={`/interviews/${w.interviewId}`} className="underline underline-offset-4">
                    your scorecard
                  </Link>
                </>
              ) : w.state === "overdue" ? (
                `Waiting on ${w.interviewer}'s scorecard`
              ) : (
                `${w.interviewer}: not scheduled`
              )}{" "}
              <span className="text-muted-foreground">({w.stage})</span>
              {board.canManage && w.due && !w.mine ? (
                w.nudgedMinutesAgo !== null ? (
                  <span className="text-xs text-muted-foreground">
                    {" "}
                    · reminded {w.nudgedMinutesAgo < 1 ? "just now" : `${w.nudgedMinutesAgo} min ago`}
                  </span>
                ) : (
                  <>
                    {" "}
                    <NudgeButton interviewId={w.interviewId} interviewer={w.interviewer} candidate={c.name} />
                  </>
                )
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {c.upcoming ? (
        <p className="text-muted-foreground">
          {c.upcoming} interview{c.upcoming === 1 ? "" : "s"} scheduled
        </p>
      ) : null}
      <p className="mt-1">
        {c.interviews === 0 ? <span className="text-warning">No interviews yet · </span> : null}
        {c.interviews > 0 && c.stageId && c.interviewsAtStage === 0 ? (
          <span className="text-warning">None at this stage · </span>
        ) : null}
        {board.canOpen ? (
          <Link href={`/candidates/${c.id}#interviews`} className="text-primary underline underline-offset-4">
            {c.interviews === 0 ? "Interviews" : `${c.interviews} interview${c.interviews === 1 ? "" : "s"}`}
            <span className="sr-only"> of {c.name}</span>
          </Link>
        ) : c.interviews ? (
          <span>{`${c.interviews} interview${c.interviews === 1 ? "" : "s"}`}</span>
        ) : null}
      </p>
      {board.canManage ? (
        // Folded, rendered and its code loaded on first open: a board of cards each carrying a whole form was most of the page.
        <MoveFold
          applicationId={c.id}
          candidate={c.name}
          stages={stages}
          currentStageId={c.stageId}
          status="ACTIVE"
          canHire={board.canHire}
        />
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
      Without interviews ({fmt.format(board.withoutInterviews)})
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
              {col.name} ({fmt.format(col.count)})
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
              {stage.page.rows.map((c) => (
                <li key={c.id} className="rounded-md border border-border bg-card p-3 text-sm">
                  <Card c={c} board={board} stages={stages} />
                </li>
              ))}
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
                {col.name} <Badge variant="muted">{fmt.format(col.count)}</Badge>
              </h2>
              <ul className="grid gap-2">
                {col.cards.map((c) => (
                  <li key={c.id} className="rounded-md border border-border bg-card p-3 text-sm">
                    <Card c={c} board={board} stages={stages} />
                  </li>
                ))}
                {col.count === 0 ? <li className="text-sm text-muted-foreground">Nobody here.</li> : null}
              </ul>
              {col.count > col.cards.length ? (
                <p className="mt-2 text-sm">
                  <Link
                    href={`${boardHref}?stage=${stageParam(col.id)}`}
                    className="text-primary underline underline-offset-4"
                  >
                    Show all {fmt.format(col.count)} in {col.name}
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
