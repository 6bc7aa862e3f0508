// Scheduling a person can trust: a time is required, scheduling never moves the candidate unless
// asked, scheduling again says what happened, every interview has a calendar invitation
// (same UID, higher SEQUENCE on reschedule, METHOD:CANCEL on cancel), a candidate's interview list
// shows each viewer only what they may see, and nudges are audited and rate-limited.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { notRestoredText } from "../../lib/applications/status";
import type { CurrentUser } from "../../lib/auth/session";
import { applicationInterviews } from "../../lib/data/application-interviews";
import { db } from "../../lib/db";
import { invitationDownload } from "../../lib/interviews/invitations";
import { applicationSeats, scheduleStage } from "../../lib/interviews/schedule";
import { cancelInterview, nudgeInterviewer, rescheduleInterview } from "../../lib/interviews/service";
import { sendDueReminders } from "../../lib/reminders/service";
import type { MailAttachment } from "../../lib/mail";
import { newApplicationOn, userByEmail } from "./helpers";

type Mail = { to: string; subject: string; text: string; attachments?: MailAttachment[] };
const sent: Mail[] = [];
vi.mock("../../lib/mail", () => ({
  sendMail: async (msg: Mail) => {
    sent.push(msg);
  },
}));
beforeEach(() => {
  sent.length = 0;
});
const ics = (m: Mail) => m.attachments?.find((a) => a.filename.endsWith(".ics"))?.content ?? "";
const field = (text: string, name: string) => text.match(new RegExp(`^${name}:(.*)$`, "m"))?.[1]?.trim();

let roleId = "";
let stages: { id: string; name: string; interviewers: { userId: string }[] }[] = [];
let owner: CurrentUser, recruiter: CurrentUser, admin: CurrentUser, otherManager: CurrentUser;

beforeAll(async () => {
  const role = await db.role.findFirstOrThrow({
    where: { title: "AI Platform Engineer" },
    include: { stages: { orderBy: { position: "asc" }, include: { interviewers: true } } },
  });
  roleId = role.id;
  stages = role.stages;
  owner = await userByEmail("manager@example.com");
  recruiter = await userByEmail("recruiter@example.com");
  admin = await userByEmail("admin@example.com");
  otherManager = await userByEmail("dana@example.com");
});

const newApplication = () => newApplicationOn(owner, roleId, "Scheduling");

describe("scheduling a stage", () => {
  it("requires a time, with a clear message, and writes nothing without one", async () => {
    const appId = await newApplication();
    for (const scheduledAt of ["", undefined, "tomorrow", "2030-12-01T15:00"]) {
      const res = await scheduleStage(owner, { applicationId: appId, stageId: stages[1]!.id, scheduledAt });
      expect(res, String(scheduledAt)).toMatchObject({ ok: false, kind: "invalid" });
      if (!res.ok && "fieldErrors" in res) expect(res.fieldErrors.scheduledAt).toMatch(/date and time/);
    }
    expect(await db.interview.count({ where: { applicationId: appId } })).toBe(0);
  });

  it("seats each interviewer as asked (lead by default), keeps a seat when rescheduling without one, and audits training seats", async () => {
    const appId = await newApplication();
    const stage = stages.find((s) => s.interviewers.length >= 1)!;
    const trainee = stage.interviewers[0]!.userId;
    const res = await scheduleStage(owner, {
      applicationId: appId,
      stageId: stage.id,
      scheduledAt: "2030-12-03T10:00:00.000Z",
      seats: { [trainee]: "SHADOW" },
    });
    expect(res).toMatchObject({ ok: true, created: stage.interviewers.length });
    const seats = async () =>
      Object.fromEntries(
        (
          await db.interview.findMany({ where: { applicationId: appId }, select: { interviewerId: true, seat: true } })
        ).map((i) => [i.interviewerId, i.seat]),
      );
    expect((await seats())[trainee]).toBe("SHADOW");
    for (const iv of stage.interviewers.slice(1)) expect((await seats())[iv.userId]).toBe("LEAD");
    // The scheduling form reads the seats set (a shadow is never shown as a lead), for schedulers only.
    expect(await applicationSeats(owner, appId)).toMatchObject({
      ok: true,
      seats: { [stage.id]: { [trainee]: "SHADOW" } },
    });
    expect(await applicationSeats(await userByEmail("interviewer@example.com"), appId)).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await applicationSeats(owner, "c0000000000000000000000000")).toMatchObject({ ok: false, kind: "not_found" });
    expect(
      await db.auditEvent.count({
        where: {
          action: "interviews.scheduled",
          entityId: appId,
          data: { path: ["seats", trainee], equals: "SHADOW" },
        },
      }),
    ).toBe(1);
    // Rescheduled without seats: the seat stays; with one, it changes.
    await scheduleStage(owner, { applicationId: appId, stageId: stage.id, scheduledAt: "2030-12-04T10:00:00.000Z" });
    expect((await seats())[trainee]).toBe("SHADOW");
    await scheduleStage(owner, {
      applicationId: appId,
      stageId: stage.id,
      scheduledAt: "2030-12-04T10:00:00.000Z",
      seats: { [trainee]: "REVERSE_SHADOW" },
    });
    expect((await seats())[trainee]).toBe("REVERSE_SHADOW");
    expect(
      await scheduleStage(owner, {
        applicationId: appId,
        stageId: stage.id,
        scheduledAt: "2030-12-04T10:00:00.000Z",
        seats: { [trainee]: "OBSERVER" },
      }),
    ).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("does not move the candidate unless asked; scheduling again reschedules and says so", async () => {
    const appId = await newApplication();
    const stage = stages[1]!;
    const before = await db.application.findUniqueOrThrow({ where: { id: appId } });
    expect(before.currentStageId).toBe(stages[0]!.id);

    const first = await scheduleStage(owner, {
      applicationId: appId,
      stageId: stage.id,
      scheduledAt: "2030-12-01T14:00:00.000Z",
    });
    expect(first).toMatchObject({ ok: true, created: stage.interviewers.length, rescheduled: 0, moved: false });
    expect((await db.application.findUniqueOrThrow({ where: { id: appId } })).currentStageId).toBe(stages[0]!.id);
    // One invitation per interviewer, a REQUEST at 14:00 UTC, sequence 0.
    expect(sent).toHaveLength(stage.interviewers.length);
    const invite = ics(sent[0]!);
    expect(invite).toMatch(/^METHOD:REQUEST$/m);
    expect(field(invite, "DTSTART")).toBe("20301201T140000Z");
    expect(field(invite, "SEQUENCE")).toBe("0");
    expect(sent[0]!.attachments![0]!.contentType).toMatch(/text\/calendar.*method=REQUEST/);
    const uid = field(invite, "UID");

    sent.length = 0;
    expect(
      await scheduleStage(owner, { applicationId: appId, stageId: stage.id, scheduledAt: "2030-12-01T14:00:00.000Z" }),
    ).toMatchObject({
      ok: true,
      created: 0,
      rescheduled: 0,
      unchanged: stage.interviewers.length,
    });
    expect(sent).toHaveLength(0);

    const moved = await scheduleStage(owner, {
      applicationId: appId,
      stageId: stage.id,
      scheduledAt: "2030-12-02T09:30:00+01:00",
      moveToStage: true,
    });
    expect(moved).toMatchObject({ ok: true, created: 0, rescheduled: stage.interviewers.length, moved: true });
    expect((await db.application.findUniqueOrThrow({ where: { id: appId } })).currentStageId).toBe(stage.id);
    const update = sent.map(ics).find((t) => field(t, "UID") === uid)!;
    expect(field(update, "SEQUENCE")).toBe("1");
    expect(field(update, "DTSTART")).toBe("20301202T083000Z");
  });
});

describe("scheduling: the same minute, and a closed candidate's outcome", () => {
  it("reads a stored time with seconds as the same time typed again: nothing is rescheduled, nobody emailed", async () => {
    const appId = await newApplication();
    const stage = stages[1]!;
    await scheduleStage(owner, { applicationId: appId, stageId: stage.id, scheduledAt: "2030-12-03T21:17:00Z" });
    // As a script or an import stores it: with seconds.
    await db.interview.updateMany({
      where: { applicationId: appId },
      data: { scheduledAt: new Date("2030-12-03T21:17:57.123Z") },
    });
    sent.length = 0;
    const again = await scheduleStage(owner, {
      applicationId: appId,
      stageId: stage.id,
      scheduledAt: "2030-12-03T21:17:00Z",
    });
    expect(again).toMatchObject({ ok: true, created: 0, rescheduled: 0, unchanged: stage.interviewers.length });
    expect(sent).toHaveLength(0);
    const one = await db.interview.findFirstOrThrow({ where: { applicationId: appId } });
    expect(one.calendarSequence).toBe(0);
    expect(
      await rescheduleInterview(owner, { interviewId: one.id, scheduledAt: "2030-12-03T21:17:00Z" }),
    ).toMatchObject({ ok: true, unchanged: true });
    expect(sent).toHaveLength(0);
  });

  it("never names the outcome to someone who owes a scorecard on the candidate", async () => {
    const appId = await newApplication();
    // The owner sits on the panel and has not submitted; the candidate was rejected meanwhile.
    const interview = await db.interview.create({
      data: { applicationId: appId, stageId: stages[0]!.id, interviewerId: owner.id, scheduledAt: new Date() },
    });
    await db.application.update({ where: { id: appId }, data: { status: "REJECTED" } });
    for (const res of [
      await scheduleStage(owner, { applicationId: appId, stageId: stages[1]!.id, scheduledAt: "2030-12-09T10:00:00Z" }),
      await rescheduleInterview(owner, { interviewId: interview.id, scheduledAt: "2030-12-09T10:00:00Z" }),
      // Cancelling their own pending interview would also shed the duty that hides the outcome.
      await cancelInterview(owner, { interviewId: interview.id }),
    ]) {
      expect(res).toMatchObject({ ok: false });
      const message = (res as { message: string }).message;
      expect(message).toContain("This candidate is closed");
      expect(message).not.toMatch(/reject/i);
    }
    // The recruiter owes nothing: they are told.
    expect(
      await scheduleStage(recruiter, {
        applicationId: appId,
        stageId: stages[1]!.id,
        scheduledAt: "2030-12-09T10:00:00Z",
      }),
    ).toMatchObject({ ok: false, message: expect.stringContaining("This candidate is rejected") });
    expect(await cancelInterview(recruiter, { interviewId: interview.id })).toMatchObject({
      ok: false,
      message: "This candidate is rejected; reopen them before cancelling interviews.",
    });
    expect(await db.interview.count({ where: { id: interview.id } })).toBe(1);
    // Their interview list no longer calls the scorecard due: it can never be submitted now.
    const list = await applicationInterviews(owner, appId);
    expect(list!.rows.map((r) => [r.id, r.scorecard])).toEqual([[interview.id, "closed"]]);
    expect(list!.active).toBe(false);
  });
});

describe("one interview: reschedule, cancel, download", () => {
  it("reschedules with the same UID and a higher SEQUENCE, cancels with METHOD:CANCEL, and refuses outsiders", async () => {
    const appId = await newApplication();
    await scheduleStage(recruiter, {
      applicationId: appId,
      stageId: stages[0]!.id,
      scheduledAt: "2030-12-03T10:00:00Z",
    });
    const interview = await db.interview.findFirstOrThrow({
      where: { applicationId: appId },
      include: { interviewer: true },
    });
    const interviewer = await userByEmail(interview.interviewer.email);

    expect(
      await rescheduleInterview(otherManager, { interviewId: interview.id, scheduledAt: "2030-12-04T10:00:00Z" }),
    ).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(
      await rescheduleInterview(interviewer, { interviewId: interview.id, scheduledAt: "2030-12-04T10:00:00Z" }),
    ).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await rescheduleInterview(recruiter, { interviewId: interview.id, scheduledAt: "" })).toMatchObject({
      ok: false,
      kind: "invalid",
    });

    sent.length = 0;
    expect(
      await rescheduleInterview(recruiter, { interviewId: interview.id, scheduledAt: "2030-12-04T10:00:00Z" }),
    ).toMatchObject({
      ok: true,
      unchanged: false,
      emailed: true,
    });
    expect(sent.map((m) => m.to)).toEqual([interview.interviewer.email]);
    expect(field(ics(sent[0]!), "SEQUENCE")).toBe("1");
    expect(field(ics(sent[0]!), "UID")).toBe(`${interview.id}@aiops-scorecards`);

    // The download: the interviewer and the role's hiring leads; nobody else learns it exists.
    for (const who of [interviewer, owner, recruiter, admin]) {
      const res = await invitationDownload(who, interview.id);
      expect(res.ok, who.email).toBe(true);
      if (res.ok) expect(field(res.ics, "SEQUENCE")).toBe("1");
    }
    expect(await invitationDownload(otherManager, interview.id)).toMatchObject({ ok: false, status: 404 });

    sent.length = 0;
    expect(await cancelInterview(recruiter, { interviewId: interview.id })).toMatchObject({ ok: true, emailed: true });
    const cancel = ics(sent[0]!);
    expect(cancel).toMatch(/^METHOD:CANCEL$/m);
    expect(cancel).toMatch(/^STATUS:CANCELLED$/m);
    expect(field(cancel, "SEQUENCE")).toBe("2");
    expect(field(cancel, "UID")).toBe(`${interview.id}@aiops-scorecards`);
    expect(await db.interview.findUnique({ where: { id: interview.id } })).toBeNull();
    const audit = await db.auditEvent.findMany({
      where: { entityId: appId, action: { startsWith: "interview." } },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["interview.rescheduled", "interview.cancelled"]);
    expect(audit[0]!.data).toMatchObject({
      interviewId: interview.id,
      before: { scheduledAt: "2030-12-03T10:00:00.000Z" },
      after: { scheduledAt: "2030-12-04T10:00:00.000Z" },
    });
  });

  it("refuses to cancel an interview whose scorecard was started", async () => {
    const appId = await newApplication();
    await scheduleStage(owner, { applicationId: appId, stageId: stages[0]!.id, scheduledAt: "2030-12-03T10:00:00Z" });
    const interview = await db.interview.findFirstOrThrow({ where: { applicationId: appId } });
    const version = await db.role.findUniqueOrThrow({ where: { id: roleId }, select: { matrixVersionId: true } });
    await db.scorecard.create({
      data: {
        interviewId: interview.id,
        interviewerId: interview.interviewerId,
        matrixVersionId: version.matrixVersionId,
      },
    });
    expect(await cancelInterview(owner, { interviewId: interview.id })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/started the scorecard/),
    });
    expect(await db.interview.findUnique({ where: { id: interview.id } })).not.toBeNull();
  });
});

describe("closing a candidate with interviews still ahead", () => {
  it("cancels them with the rejection and emails each interviewer the calendar cancellation", async () => {
    const appId = await newApplication();
    const res = await scheduleStage(owner, {
      applicationId: appId,
      stageId: stages[1]!.id,
      scheduledAt: "2099-03-02T10:00:00Z",
    });
    expect(res).toMatchObject({ ok: true });
    const ahead = await db.interview.findMany({ where: { applicationId: appId }, select: { id: true } });
    expect(ahead.length).toBe(stages[1]!.interviewers.length);
    sent.length = 0;
    const { moveApplication } = await import("../../lib/applications/service");
    expect(
      await moveApplication(recruiter, { applicationId: appId, status: "REJECTED", reason: "Position filled" }),
    ).toMatchObject({ ok: true, cancelledInterviews: ahead.length });
    expect(await db.interview.count({ where: { applicationId: appId } })).toBe(0);
    expect(sent).toHaveLength(ahead.length);
    for (const m of sent) {
      expect(ics(m)).toMatch(/^METHOD:CANCEL$/m);
      expect(field(ics(m), "SEQUENCE")).toBe("1");
      // It says cancelled, never why: a panelist may still owe a scorecard on this candidate.
      expect(m.text).not.toMatch(/reject/i);
    }
  });

  it("says on reopening which interviews the close cancelled (they are not restored), and only those of the last close", async () => {
    const appId = await newApplication();
    const stage = stages[1]!;
    await scheduleStage(owner, { applicationId: appId, stageId: stage.id, scheduledAt: "2099-03-02T10:00:00Z" });
    const names = await db.user.findMany({
      where: { id: { in: stage.interviewers.map((i) => i.userId) } },
      select: { name: true },
    });
    const { moveApplication } = await import("../../lib/applications/service");
    await moveApplication(recruiter, { applicationId: appId, status: "REJECTED", reason: "Position filled" });
    const reopened = await moveApplication(recruiter, { applicationId: appId, status: "ACTIVE" });
    expect(reopened).toMatchObject({ ok: true, cancelledInterviews: 0 });
    const notRestored = reopened.ok ? reopened.notRestored : [];
    expect(notRestored.map((n) => n.stage)).toEqual(stage.interviewers.map(() => stage.name));
    expect(notRestored.map((n) => n.interviewer).sort()).toEqual(names.map((n) => n.name).sort());
    expect(await db.interview.count({ where: { applicationId: appId } })).toBe(0);
    expect(notRestoredText(notRestored)).toMatch(
      new RegExp(`^The ${notRestored.length} interviews cancelled when they were closed \\(${stage.name} with`),
    );

    // Closed again with nothing ahead, then reopened: nothing was cancelled at this close.
    await moveApplication(recruiter, { applicationId: appId, status: "WITHDRAWN" });
    expect(await moveApplication(recruiter, { applicationId: appId, status: "ACTIVE" })).toMatchObject({
      ok: true,
      notRestored: [],
    });
    expect(notRestoredText([])).toBe("");
  });

  it("says so too when a hold replaces a no hire and so reopens the candidate", async () => {
    const appId = await newApplication();
    const stage = stages[0]!;
    await scheduleStage(owner, { applicationId: appId, stageId: stage.id, scheduledAt: "2099-04-01T10:00:00Z" });
    const { recordDecision } = await import("../../lib/applications/decision");
    const decide = (decision: "NO_HIRE" | "HOLD") =>
      recordDecision(owner, appId, {
        decision,
        rationale: "Decided in a scheduling test, on the evidence of the panel",
        withoutOutstanding: true,
      });
    expect(await decide("NO_HIRE")).toMatchObject({ ok: true, cancelledInterviews: stage.interviewers.length });
    const held = await decide("HOLD");
    expect(held).toMatchObject({ ok: true, cancelledInterviews: 0 });
    expect(held.ok && held.notRestored.map((n) => n.stage)).toEqual(stage.interviewers.map(() => stage.name));
    expect((await db.application.findUniqueOrThrow({ where: { id: appId } })).status).toBe("ACTIVE");
  });
});

describe("a candidate's interview list", () => {
  it("shows the hiring leads every interview, an interviewer only their own, and never feedback", async () => {
    const appId = await newApplication();
    const stage = stages[1]!; // two interviewers
    await scheduleStage(owner, { applicationId: appId, stageId: stage.id, scheduledAt: "2030-12-05T10:00:00Z" });
    const all = await applicationInterviews(recruiter, appId);
    expect(all).toMatchObject({ scope: "all", total: stage.interviewers.length, canManage: true });
    expect(all!.rows.every((r) => r.scorecard === "not started" && r.canDownload)).toBe(true);
    expect(Object.keys(all!.rows[0]!).sort()).toEqual(
      [
        "canDownload",
        "id",
        "interviewer",
        "interviewerId",
        "lastReminder",
        "mine",
        "scheduledAt",
        "scorecard",
        "stage",
        "started",
        "submittedAt",
      ].sort(),
    );

    const oneOfThem = await db.user.findUniqueOrThrow({ where: { id: stage.interviewers[0]!.userId } });
    const own = await applicationInterviews(oneOfThem, appId);
    expect(own).toMatchObject({ scope: "own", total: 1, canManage: false });
    expect(own!.rows.map((r) => r.mine)).toEqual([true]);

    // A manager outside the role sees the schedule (as on the pipeline board) but may not download invitations or change them.
    const other = await applicationInterviews(otherManager, appId);
    expect(other).toMatchObject({ scope: "all", canManage: false });
    expect(other!.rows.some((r) => r.canDownload)).toBe(false);

    const stranger = await db.user.create({
      data: { email: `stranger-${Date.now()}@example.org`, name: "Stranger", kind: "INTERVIEWER" },
    });
    expect(await applicationInterviews(stranger, appId)).toBeNull();
  });
});

describe("nudging an interviewer", () => {
  it("sends the reminder for a due scorecard once an hour, logs it and audits it", async () => {
    const appId = await newApplication();
    const now = new Date();
    const held = new Date(now.getTime() - 3 * 3600 * 1000).toISOString();
    await scheduleStage(owner, { applicationId: appId, stageId: stages[0]!.id, scheduledAt: held });
    const interview = await db.interview.findFirstOrThrow({
      where: { applicationId: appId },
      include: { interviewer: true },
    });

    expect(await nudgeInterviewer(otherManager, { interviewId: interview.id })).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    sent.length = 0;
    expect(await nudgeInterviewer(recruiter, { interviewId: interview.id })).toMatchObject({
      ok: true,
      interviewer: interview.interviewer.name,
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toMatch(/^Scorecard due: /);
    expect(sent[0]!.text).toContain(`/interviews/${interview.id}`);
    expect(await nudgeInterviewer(owner, { interviewId: interview.id })).toMatchObject({
      ok: false,
      kind: "rate_limited",
      // Says when, not "too many reminders" after one.
      message: `${interview.interviewer.name} was reminded about this scorecard just now; another reminder can go in 60 minutes.`,
    });
    expect(sent).toHaveLength(1);
    expect(await db.reminderLog.count({ where: { interviewId: interview.id, channel: "nudge" } })).toBe(1);
    expect(
      await db.auditEvent.count({ where: { entityId: appId, action: "interview.nudged", actorId: recruiter.id } }),
    ).toBe(1);
    // The daily reminder run counts the nudge as today's email: the interviewer is not mailed twice.
    sent.length = 0;
    await sendDueReminders(new Date());
    expect(sent.filter((m) => m.text.includes(`/interviews/${interview.id}`))).toHaveLength(0);
    const list = await applicationInterviews(owner, appId);
    expect(list!.rows[0]).toMatchObject({ scorecard: "due", lastReminder: { byHand: true } });

    // Not due yet: an interview still ahead.
    const later = await newApplication();
    await scheduleStage(owner, { applicationId: later, stageId: stages[0]!.id, scheduledAt: "2030-12-20T10:00:00Z" });
    const ahead = await db.interview.findFirstOrThrow({ where: { applicationId: later } });
    expect(await nudgeInterviewer(owner, { interviewId: ahead.id }, new Date("2030-12-01T00:00:00Z"))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not due yet/),
    });
  });
});
