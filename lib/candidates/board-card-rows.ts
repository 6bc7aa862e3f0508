// The pipeline board's cards as the browser receives them: one compact tuple a card. The cards are
// a client component (components/pipeline/board-cards.tsx) because a server-rendered card travels
// twice, as HTML and again as its element tree in the page's data for hydration (about 0.9 kB a
// card there, most of the board's data); as a tuple it is about 0.2 kB and the markup is built from it.
import type { BoardCard, Waiting } from "../data/pipeline-board";

/**
 * A scorecard the card waits on: interview id, interviewer, stage, overdue (else not scheduled),
 * the viewer's own, due for a reminder, minutes since the last reminder by hand (null: none within the hour).
 */
export type BoardWaitingTuple = [
  interviewId: string,
  interviewer: string,
  stage: string,
  overdue: boolean,
  mine: boolean,
  due: boolean,
  nudgedMinutesAgo: number | null,
];
/** A card: id, name, its stage, days in it, interviews (all, at this stage, upcoming), who it waits on. */
export type BoardCardTuple = [
  id: string,
  name: string,
  stageId: string | null,
  daysInStage: number,
  interviews: number,
  interviewsAtStage: number,
  upcoming: number,
  waiting: BoardWaitingTuple[],
];

const waitingTuple = (w: Waiting): BoardWaitingTuple => [
  w.interviewId,
  w.interviewer,
  w.stage,
  w.state === "overdue",
  w.mine,
  w.due,
  w.nudgedMinutesAgo,
];

export function boardCardRows(cards: BoardCard[]): BoardCardTuple[] {
  return cards.map((c) => [
    c.id,
    c.name,
    c.stageId,
    c.daysInStage,
    c.interviews,
    c.interviewsAtStage,
    c.upcoming,
    c.waitingOn.map(waitingTuple),
  ]);
}
