import { describe, expect, it } from "vitest";
import { pipelineBoard, waitingOn } from "../../lib/data/pipeline-board";
import { db } from "../../lib/db";
import { NO_INTERVIEWS } from "../../lib/validation/list-params";
import { userByEmail } from "./helpers";

const now = new Date("2026-03-02T12:00:00Z");
const hour = 3600 * 1000;
const row = (name: string, stage: [string, number], scheduledAt: Date | null, submitted = false) => ({
  id: `iv-${name}`,
  interviewerId: `u-${name}`,
  scheduledAt,
  interviewer: { name },
  stage: { name: stage[0], position: stage[1] },
  scorecards: submitted ? [{ status: "SUBMITTED" }] : [{ status: "DRAFT" }],
});

describe("waitingOn", () => {
  it("names every interview without a submitted scorecard, at any stage: held ones and unscheduled ones", () => {
    const w = waitingOn(
      [
        row("Zoe", ["Deep dive", 1], new Date(now.getTime() - 48 * hour)), // earlier stage, still not submitted
        row("Ada", ["Screen", 0], new Date(now.getTime() - hour), true), // submitted: not waiting
        row("Bo", ["Screen", 0], null), // never scheduled
        row("Cy", ["Deep dive", 1], new Date(now.getTime() + hour)), // ahead: upcoming, not waiting
      ],
      now,
    );
    expect(w.waitingOn).toEqual([
      {
        interviewId: "iv-Bo",
        interviewer: "Bo",
        stage: "Screen",
        state: "not scheduled",
        due: false,
        nudgedMinutesAgo: null,
        mine: false,
      },
      {
        interviewId: "iv-Zoe",
        interviewer: "Zoe",
        stage: "Deep dive",
        state: "overdue",
        due: true,
        nudgedMinutesAgo: null,
        mine: false,
      },
    ]);
    expect(w.upcoming).toBe(1);
  });

  it("marks the viewer's own scorecard, which the board links instead of offering to nudge them", () => {
    const w = waitingOn(
      [row("Lars", ["Team fit", 2], new Date(now.getTime() - 3 * hour)), row("Mei", ["Design", 1], null)],
      now,
      "u-Lars",
    );
    expect(w.waitingOn.map((x) => [x.interviewer, x.mine])).toEqual([
      ["Mei", false],
      ["Lars", true],
    ]);
  });

  it("says how long ago a nudge was sent while it holds (an hour), and offers another after", () => {
    const nudged = (name: string, ago: number) => ({
      ...row(name, ["Screen", 0], new Date(now.getTime() - 5 * hour)),
      reminders: [{ sentAt: new Date(now.getTime() - ago) }],
    });
    const w = waitingOn([nudged("Ann", 20 * 60_000), nudged("Ben", hour), nudged("Cat", 10_000)], now);
    expect(w.waitingOn.map((x) => [x.interviewer, x.nudgedMinutesAgo])).toEqual([
      ["Ann", 20],
      ["Ben", null],
      ["Cat", 0],
    ]);
  });
});

describe("pipelineBoard", () => {
  it("shows, on the candidate's card, interviews of any stage without a submitted scorecard, by interviewer", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const role = await db.role.findFirstOrThrow({
      where: { status: "OPEN" },
      include: { stages: { orderBy: { position: "asc" } } },
    });
    const [first, second] = [role.stages[0]!, role.stages[1]!];
    const [priya, kwame] = [await userByEmail("priya@example.com"), await userByEmail("kwame@example.com")];
    const candidate = await db.candidate.create({
      data: { name: "Board Candidate", email: `board-${Date.now()}@example.org` },
    });
    const app = await db.application.create({
      data: { candidateId: candidate.id, roleId: role.id, currentStageId: second.id },
    });
    const held = await db.interview.create({
      data: {
        applicationId: app.id,
        stageId: first.id,
        interviewerId: priya.id,
        scheduledAt: new Date(Date.now() - 72 * hour),
      },
    });
    const unscheduled = await db.interview.create({
      data: { applicationId: app.id, stageId: second.id, interviewerId: kwame.id, scheduledAt: null },
    });

    const board = await pipelineBoard(recruiter, role.id);
    const card = board!.columns.flatMap((c) => c.cards).find((c) => c.id === app.id)!;
    expect(card.waitingOn).toEqual([
      {
        interviewId: held.id,
        interviewer: priya.name,
        stage: first.name,
        state: "overdue",
        due: true,
        nudgedMinutesAgo: null,
        mine: false,
      },
      {
        interviewId: unscheduled.id,
        interviewer: kwame.name,
        stage: second.name,
        state: "not scheduled",
        due: false,
        nudgedMinutesAgo: null,
        mine: false,
      },
    ]);
    expect(board!.columns.find((c) => c.id === second.id)!.cards.map((c) => c.id)).toContain(app.id);
    expect(card).toMatchObject({ interviews: 2, interviewsAtStage: 1 });
    // Its interview at this stage gone (cancelled when the candidate was closed, then reopened): the card says so.
    await db.interview.delete({ where: { id: unscheduled.id } });
    const without = (await pipelineBoard(recruiter, role.id))!.columns
      .flatMap((c) => c.cards)
      .find((c) => c.id === app.id)!;
    expect(without).toMatchObject({ interviews: 1, interviewsAtStage: 0 });

    // A hand-sent reminder a few minutes ago shows on the card; the scheduled reminder does not count.
    await db.reminderLog.create({
      data: { interviewId: held.id, channel: "nudge", sentAt: new Date(Date.now() - 5 * 60_000) },
    });
    await db.reminderLog.create({ data: { interviewId: held.id, channel: "email", sentAt: new Date() } });
    const after = await pipelineBoard(recruiter, role.id);
    const again = after!.columns.flatMap((c) => c.cards).find((c) => c.id === app.id)!;
    expect(again.waitingOn[0]).toMatchObject({ interviewId: held.id, nudgedMinutesAgo: 5 });
  });

  it("lists the active candidates without any interview as a page, and says who may act on the board", async () => {
    const role = await db.role.findFirstOrThrow({
      where: { status: "OPEN" },
      include: { stages: { orderBy: { position: "asc" } } },
    });
    const recruiter = await userByEmail("recruiter@example.com");
    const before = (await pipelineBoard(recruiter, role.id))!.withoutInterviews;
    const candidate = await db.candidate.create({
      data: { name: "No Interview Yet", email: `none-${Date.now()}@example.org` },
    });
    const app = await db.application.create({
      data: { candidateId: candidate.id, roleId: role.id, currentStageId: role.stages[0]!.id },
    });
    const board = (await pipelineBoard(recruiter, role.id, { stage: NO_INTERVIEWS, size: 500 }))!;
    expect(board.withoutInterviews).toBe(before + 1);
    expect(board.stage).toMatchObject({ id: NO_INTERVIEWS, name: "Without interviews" });
    expect(board.stage!.page.rows.map((r) => r.id)).toContain(app.id);
    expect(board.stage!.page.rows.every((r) => r.interviews === 0)).toBe(true);
    expect(board.stage!.page.total).toBe(board.withoutInterviews);
    expect(board).toMatchObject({ canManage: true, canHire: false });
    expect(await pipelineBoard(await userByEmail("dana@example.com"), role.id)).toMatchObject({
      canManage: false,
      canHire: false,
    });
  });

  it("returns nothing for a role the user may not see, or a missing role", async () => {
    const role = await db.role.findFirstOrThrow({ where: { status: "OPEN" }, include: { members: true } });
    const outsider = await db.user.create({
      data: { email: `outsider-${Date.now()}@example.org`, name: "Outsider", kind: "INTERVIEWER" },
    });
    expect(role.members.some((m) => m.userId === outsider.id)).toBe(false);
    expect(await pipelineBoard(outsider, role.id)).toBeNull();
    expect(await pipelineBoard(await userByEmail("recruiter@example.com"), "no-such-role")).toBeNull();
  });
});
