"use client";
// The pipeline board's cards, built in the browser (and on the server for the HTML) from compact
// tuples (lib/candidates/board-card-rows.ts): a server-rendered card travelled twice.
import Link from "@/components/ui/link";
import { MoveFold } from "@/components/pipeline/lazy-controls";
import { NudgeButton } from "@/components/pipeline/nudge-button";
import type { BoardCardTuple } from "@/lib/candidates/board-card-rows";
import { plural } from "@/lib/counts";

type Stage = { id: string; name: string };

function Card({
  card,
  canOpen,
  canManage,
  canHire,
  stages,
}: {
  card: BoardCardTuple;
  canOpen: boolean;
  canManage: boolean;
  canHire: boolean;
  stages: Stage[];
}) {
  const [id, name, stageId, daysInStage, interviews, interviewsAtStage, upcoming, waiting] = card;
  return (
    <>
      {canOpen ? (
        <Link href={`/candidates/${id}`} className="font-medium text-primary underline-offset-4 hover:underline">
          {name}
        </Link>
      ) : (
        <span className="font-medium">{name}</span>
      )}
      <p className={daysInStage > 7 ? "text-warning" : "text-muted-foreground"}>
        {plural(daysInStage, "day")} in stage
      </p>
      {waiting.length ? (
        <ul aria-label={`${name} is waiting on`} className="mt-1 grid gap-1">
          {waiting.map(([interviewId, interviewer, stage, overdue, mine, due, nudgedMinutesAgo]) => (
            <li key={interviewId} className={overdue ? "text-danger" : "text-warning"}>
              {mine && overdue ? (
                <>
                  Waiting on{" "}
                  <Link href={`/interviews/${interviewId}`} className="underline underline-offset-4">
                    your scorecard
                  </Link>
                </>
              ) : overdue ? (
                `Waiting on ${interviewer}'s scorecard`
              ) : (
                `${interviewer}: not scheduled`
              )}{" "}
              <span className="text-muted-foreground">({stage})</span>
              {canManage && due && !mine ? (
                nudgedMinutesAgo !== null ? (
                  <span className="text-xs text-muted-foreground">
                    {" "}
                    · reminded {nudgedMinutesAgo < 1 ? "just now" : `${nudgedMinutesAgo} min ago`}
                  </span>
                ) : (
                  <>
                    {" "}
                    <NudgeButton interviewId={interviewId} interviewer={interviewer} candidate={name} />
                  </>
                )
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {upcoming ? <p className="text-muted-foreground">{plural(upcoming, "interview")} scheduled</p> : null}
      <p className="mt-1">
        {interviews === 0 ? <span className="text-warning">No interviews yet · </span> : null}
        {interviews > 0 && stageId && interviewsAtStage === 0 ? (
          <span className="text-warning">None at this stage · </span>
        ) : null}
        {canOpen ? (
          <Link href={`/candidates/${id}#interviews`} className="text-primary underline underline-offset-4">
            {interviews === 0 ? "Interviews" : plural(interviews, "interview")}
            <span className="sr-only"> of {name}</span>
          </Link>
        ) : interviews ? (
          <span>{plural(interviews, "interview")}</span>
        ) : null}
      </p>
      {canManage ? (
        // Folded, rendered and its code loaded on first open: a board of cards each carrying a whole form was most of the page.
        <MoveFold
          applicationId={id}
          candidate={name}
          stages={stages}
          currentStageId={stageId}
          status="ACTIVE"
          canHire={canHire}
        />
      ) : null}
    </>
  );
}

/** The cards of a column or a stage's page, as the items of the list they sit in. */
export function BoardCards(props: {
  cards: BoardCardTuple[];
  canOpen: boolean;
  canManage: boolean;
  canHire: boolean;
  stages: Stage[];
}) {
  const { cards, ...rest } = props;
  return cards.map((card) => (
    <li key={card[0]} className="rounded-md border border-border bg-card p-3 text-sm">
      <Card card={card} {...rest} />
    </li>
  ));
}
