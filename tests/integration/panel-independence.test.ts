// Independence holds on the way onto a panel, not only in what a panelist reads: someone who can
// already read the panel's feedback on a candidate without having given their own (the role's
// owner off the panel, or whose pending interview was cancelled) is not given a new interview on
// them; and only a recruiter membership makes a recruiter a hiring lead (someone who sat on a
// panel as an interviewer and was later made a recruiter reads nothing more on that role).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../lib/auth/session";
import { applicationFeedback } from "../../lib/data/feedback";
import { db } from "../../lib/db";
import { applicationSeats, scheduleStage } from "../../lib/interviews/schedule";
import { cancelInterview } from "../../lib/interviews/service";
import { saveDraft, submitScorecard } from "../../lib/scorecards/service";
import { apiCandidateRows, comparisonOf, completeValues, newApplicationOn, userByEmail } from "./helpers";

type Stage = { id: string; name: string; interviewers: { userId: string }[]; domains: { domainId: string }[] };
let roleId = "";
let owner: CurrentUser;
let first: Stage; // a scored stage the owner is not on
let later: Stage; // another stage, the owner added to its interviewers for these tests
const added: { stageId: string; userId: string }[] = [];
const when = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

beforeAll(async () => {
  owner = await userByEmail("manager@example.com");
  const role = await db.role.findFirstOrThrow({
    where: { title: "AI Platform Engineer", ownerId: owner.id },
    include: { stages: { orderBy: { position: "asc" }, include: { interviewers: true, domains: true } } },
  });
  roleId = role.id;
  const scored = role.stages.filter((s) => s.domains.length > 0 && s.interviewers.length > 0);
  first = scored.find((s) => !s.interviewers.some((i) => i.userId === owner.id))!;
  later = scored.find((s) => s.id !== first.id)!;
  expect(first && later, "two scored stages with interviewers").toBeTruthy();
  // The owner on the later stage, and the first stage's interviewer too (a second interview for them).
  for (const userId of [owner.id, first.interviewers[0]!.userId])
    if (!later.interviewers.some((i) => i.userId === userId)) {
      await db.stageInterviewer.create({ data: { stageId: later.id, userId } });
      added.push({ stageId: later.id, userId });
    }
});

afterAll(async () => {
  for (const row of added) await db.stageInterviewer.delete({ where: { stageId_userId: row } });
});

const newApplication = () => newApplicationOn(owner, roleId, "Panel");

/** Schedules the first stage and has its first interviewer submit a scorecard. */
async function firstStageSubmitted(applicationId: string, seat: "LEAD" | "SHADOW" = "LEAD") {
  const seats = { [first.interviewers[0]!.userId]: seat };
  expect(await scheduleStage(owner, { applicationId, stageId: first.id, scheduledAt: when(), seats })).toMatchObject({
    ok: true,
  });
  const submitter = await db.user.findUniqueOrThrow({
    where: { id: first.interviewers[0]!.userId },
    select: { id: true, email: true, name: true, kind: true },
  });
  const interview = await db.interview.findFirstOrThrow({
    where: { applicationId, stageId: first.id, interviewerId: submitter.id },
  });
  // Held an hour ago: a scorecard is submitted after its interview, not before.
  await db.interview.update({ where: { id: interview.id }, data: { scheduledAt: new Date(Date.now() - 3_600_000) } });
  const values = completeValues(first.domains.map((d) => d.domainId));
  expect(await saveDraft(submitter, { interviewId: interview.id, expectedVersion: 0, values })).toMatchObject({
    ok: true,
  });
  expect(await submitScorecard(submitter, { interviewId: interview.id, expectedVersion: 1, values })).toMatchObject({
    ok: true,
  });
  return submitter;
}

const ownersInterviews = (applicationId: string) =>
  db.interview.count({ where: { applicationId, interviewerId: owner.id } });

describe("a new interview only for someone who has not already read the panel's feedback", () => {
  it("the owner who cancelled their own pending interview, then read the panel's feedback, is not booked again", async () => {
    const applicationId = await newApplication();
    // Before any feedback exists the owner sits on the panel like anyone else, and owes a scorecard.
    expect(await applicationSeats(owner, applicationId)).toMatchObject({ ok: true, notIndependent: [] });
    const booked = await scheduleStage(owner, { applicationId, stageId: later.id, scheduledAt: when() });
    expect(booked).toMatchObject({ ok: true, notIndependent: [] });
    expect(await ownersInterviews(applicationId)).toBe(1);
    await firstStageSubmitted(applicationId);
    expect((await applicationFeedback(owner, applicationId))?.visible).toBe(false);

    // Off the panel, the owner reads the feedback (a hiring lead)...
    const own = await db.interview.findFirstOrThrow({ where: { applicationId, interviewerId: owner.id } });
    expect(await cancelInterview(owner, { interviewId: own.id })).toMatchObject({ ok: true });
    expect((await applicationFeedback(owner, applicationId))?.visible).toBe(true);

    // ...so scheduling the stage again books its other interviewers and names the owner as not assigned.
    const again = await scheduleStage(owner, { applicationId, stageId: later.id, scheduledAt: when() });
    expect(again).toMatchObject({ ok: true, notIndependent: [owner.name] });
    expect(await ownersInterviews(applicationId)).toBe(0);
    // The scheduling form says so before anyone submits it.
    expect(await applicationSeats(owner, applicationId)).toMatchObject({ ok: true, notIndependent: [owner.id] });
  });

  it("refuses, naming them, when nobody else on the stage could be booked", async () => {
    const applicationId = await newApplication();
    await firstStageSubmitted(applicationId);
    const others = { stageId: later.id, userId: { not: owner.id } };
    const saved = await db.stageInterviewer.findMany({ where: others });
    await db.stageInterviewer.deleteMany({ where: others });
    try {
      const res = await scheduleStage(owner, { applicationId, stageId: later.id, scheduledAt: when() });
      expect(res).toMatchObject({ ok: false, kind: "invalid" });
      if (!res.ok) expect(res.message).toContain(`${owner.name} can already read the other interviewers' feedback`);
      expect(await ownersInterviews(applicationId)).toBe(0);
    } finally {
      for (const row of saved) await db.stageInterviewer.create({ data: row });
    }
  });

  it("who has submitted their own on the candidate may sit again at a later stage", async () => {
    const applicationId = await newApplication();
    const submitter = await firstStageSubmitted(applicationId);
    const res = await scheduleStage(owner, { applicationId, stageId: later.id, scheduledAt: when() });
    expect(res).toMatchObject({ ok: true });
    expect(await db.interview.count({ where: { applicationId, stageId: later.id, interviewerId: submitter.id } })).toBe(
      1,
    );
  });

  it("a training seat's scorecard is not the panel's view: the owner is still booked", async () => {
    const applicationId = await newApplication();
    await firstStageSubmitted(applicationId, "SHADOW");
    const res = await scheduleStage(owner, { applicationId, stageId: later.id, scheduledAt: when() });
    expect(res).toMatchObject({ ok: true, notIndependent: [] });
    expect(await ownersInterviews(applicationId)).toBe(1);
  });

  it("an organisation that shows feedback to everyone at once (ALWAYS) books the owner as before", async () => {
    const applicationId = await newApplication();
    await firstStageSubmitted(applicationId);
    const before = await db.orgSettings.findUnique({ where: { id: 1 }, select: { feedbackVisibility: true } });
    await db.orgSettings.update({ where: { id: 1 }, data: { feedbackVisibility: "ALWAYS" } });
    try {
      const res = await scheduleStage(owner, { applicationId, stageId: later.id, scheduledAt: when() });
      expect(res).toMatchObject({ ok: true, notIndependent: [] });
      expect(await ownersInterviews(applicationId)).toBe(1);
    } finally {
      await db.orgSettings.update({
        where: { id: 1 },
        data: { feedbackVisibility: before?.feedbackVisibility ?? "AFTER_SUBMIT" },
      });
    }
  });
});

describe("a recruiter is a hiring lead through a recruiter membership only", () => {
  it("someone on the panel as an interviewer, later made a recruiter, reads no feedback of the role's other candidates and is not booked", async () => {
    const applicationId = await newApplication();
    await firstStageSubmitted(applicationId);
    const person = await db.user.create({
      data: { email: `panel-turned-recruiter-${Date.now()}@example.org`, name: "Former Panelist", kind: "RECRUITER" },
      select: { id: true, email: true, name: true, kind: true },
    });
    await db.roleMember.create({ data: { roleId, userId: person.id, function: "INTERVIEWER" } });
    try {
      expect(await applicationFeedback(person, applicationId)).toBeNull();
      expect(await comparisonOf(person, roleId)).toBeNull();
      expect(await apiCandidateRows(person, roleId)).toBeNull();
      // Still on a stage of the plan, they are not booked: recruiters do not sit on panels.
      await db.stageInterviewer.create({ data: { stageId: later.id, userId: person.id } });
      const res = await scheduleStage(owner, { applicationId, stageId: later.id, scheduledAt: when() });
      expect(res).toMatchObject({ ok: true });
      if (res.ok) expect(res.skipped).toContain(person.name);
      expect(await db.interview.count({ where: { applicationId, interviewerId: person.id } })).toBe(0);
      // As the role's recruiter, the same person is a lead and reads it.
      await db.roleMember.create({ data: { roleId, userId: person.id, function: "RECRUITER" } });
      expect((await applicationFeedback(person, applicationId))?.visible).toBe(true);
      expect(await comparisonOf(person, roleId)).not.toBeNull();
    } finally {
      await db.stageInterviewer.deleteMany({ where: { userId: person.id } });
      await db.roleMember.deleteMany({ where: { userId: person.id } });
      await db.user.delete({ where: { id: person.id } });
    }
  });
});
