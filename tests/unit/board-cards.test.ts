import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BoardCards } from "@/components/pipeline/board-cards";
import { boardCardRows, type BoardCardTuple } from "@/lib/candidates/board-card-rows";
import type { BoardCard, Waiting } from "@/lib/data/pipeline-board";

const card = (over: Partial<BoardCard>): BoardCard => ({
  id: "a1",
  name: "Ana Lima",
  stageId: "s1",
  daysInStage: 1,
  interviews: 2,
  interviewsAtStage: 1,
  upcoming: 0,
  waitingOn: [],
  ...over,
});

const waiting = (over: Partial<Waiting>): Waiting => ({
  interviewId: "i1",
  interviewer: "Mei Tanaka",
  stage: "Screen",
  state: "overdue",
  due: true,
  nudgedMinutesAgo: null,
  mine: false,
  ...over,
});

const render = (cards: BoardCardTuple[], canOpen = true) =>
  renderToStaticMarkup(
    createElement(BoardCards, {
      cards,
      canOpen,
      canManage: false,
      canHire: false,
      stages: [{ id: "s1", name: "Screen" }],
    }),
  );

describe("the pipeline board's cards as tuples", () => {
  it("carries every figure of a card and who it waits on, in order", () => {
    const rows = boardCardRows([
      card({
        upcoming: 1,
        waitingOn: [
          waiting({ nudgedMinutesAgo: 12 }),
          waiting({
            interviewId: "i2",
            interviewer: "Sam Rivera",
            stage: "Design",
            state: "not scheduled",
            due: false,
            mine: true,
          }),
        ],
      }),
      card({ id: "a2", name: "Ben Okafor", stageId: null, daysInStage: 9, interviews: 0, interviewsAtStage: 0 }),
    ]);
    expect(rows).toEqual([
      [
        "a1",
        "Ana Lima",
        "s1",
        1,
        2,
        1,
        1,
        [
          ["i1", "Mei Tanaka", "Screen", true, false, true, 12],
          ["i2", "Sam Rivera", "Design", false, true, false, null],
        ],
      ],
      ["a2", "Ben Okafor", null, 9, 0, 0, 0, []],
    ]);
  });

  it("renders a card as the board showed it: name, days, whose scorecard, interviews", () => {
    const html = render(
      boardCardRows([
        card({
          daysInStage: 1,
          upcoming: 2,
          waitingOn: [waiting({})],
        }),
      ]),
    );
    expect(html).toContain('href="/candidates/a1"');
    expect(html).toContain(">1 day in stage<");
    expect(html).toContain("Waiting on Mei Tanaka&#x27;s scorecard");
    expect(html).toContain("2 interviews scheduled");
    expect(html).toContain('href="/candidates/a1#interviews"');
    // Neither a reminder button nor the move fold for a viewer who does not manage the pipeline.
    expect(html).not.toContain("Remind");
    expect(html).not.toContain("Move");
  });

  it("names a candidate without links for a viewer who may not open them, and flags a card without interviews", () => {
    const html = render(boardCardRows([card({ interviews: 0, interviewsAtStage: 0, daysInStage: 8 })]), false);
    expect(html).not.toContain("<a ");
    expect(html).toContain('<span class="font-medium">Ana Lima</span>');
    expect(html).toContain('class="text-warning">8 days in stage');
    expect(html).toContain("No interviews yet");
  });

  it("links the viewer's own overdue scorecard instead of naming them", () => {
    const html = render(
      boardCardRows([
        card({
          waitingOn: [waiting({ interviewId: "i9", interviewer: "Ana Lima", mine: true })],
        }),
      ]),
    );
    expect(html).toMatch(/Waiting on <a[^>]*href="\/interviews\/i9"[^>]*>your scorecard<\/a>/);
  });
});
