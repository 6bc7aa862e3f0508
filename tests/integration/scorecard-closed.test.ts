// Writes to a closed application's or an erased candidate's scorecards are refused with a
// message, and change nothing. Amending an already submitted scorecard stays possible on a
// closed (hired, rejected, withdrawn) application, never after erasure. An interview that has
// not started yet takes a draft but not a submission.
import { describe, expect, it } from "vitest";
import { interviewKit } from "../../lib/data/interview-kit";
import { db } from "../../lib/db";
import { amendScorecard, saveDraft, submitScorecard, SUBMIT_NOT_YET } from "../../lib/scorecards/service";
import { completeValues, freshInterviewOf, userByEmail } from "./helpers";

async function close(interviewId: string, status: "WITHDRAWN" | "REJECTED" | "HIRED", erase = false) {
  const i = await db.interview.findUniqueOrThrow({ where: { id: interviewId }, include: { application: true } });
  await db.application.update({ where: { id: i.applicationId }, data: { status } });
  if (erase) await db.candidate.update({ where: { id: i.application.candidateId }, data: { erasedAt: new Date() } });
}

describe("closed applications and erased candidates", () => {
  it("keeps a draft of an interview that has not started but refuses its submission until it has", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("interviewer@example.com");
    await db.interview.update({
      where: { id: interview.id },
      data: { scheduledAt: new Date(Date.now() + 86_400_000) },
    });
    const values = completeValues(domainIds);
    expect(await saveDraft(user, { interviewId: interview.id, expectedVersion: 0, values })).toMatchObject({
      ok: true,
      version: 1,
    });
    expect(await submitScorecard(user, { interviewId: interview.id, expectedVersion: 1, values })).toEqual({
      ok: false,
      kind: "invalid",
      message: SUBMIT_NOT_YET,
      fieldErrors: {},
    });
    expect(await db.scorecard.findFirstOrThrow({ where: { interviewId: interview.id } })).toMatchObject({
      status: "DRAFT",
      submittedAt: null,
    });
    expect((await db.interview.findUniqueOrThrow({ where: { id: interview.id } })).scorecardSubmittedAt).toBeNull();
    const kit = await interviewKit(user, interview.id);
    expect(kit?.interview.startsLater).toBe(true);
    expect(kit?.panelFeedbackOpen).toBe(false);
    // Once it has started, the same submission goes through.
    await db.interview.update({ where: { id: interview.id }, data: { scheduledAt: new Date(Date.now() - 60_000) } });
    expect(await submitScorecard(user, { interviewId: interview.id, expectedVersion: 1, values })).toMatchObject({
      ok: true,
      version: 2,
    });
    const after = await interviewKit(user, interview.id);
    expect(after?.interview.startsLater).toBe(false);
    expect(after?.panelFeedbackOpen).toBe(true); // their only interview there is submitted
  });

  it("refuses a first draft or submission on a withdrawn application, and writes nothing", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("interviewer@example.com");
    await close(interview.id, "WITHDRAWN");
    for (const fn of [saveDraft, submitScorecard]) {
      const res = await fn(user, { interviewId: interview.id, expectedVersion: 0, values: completeValues(domainIds) });
      expect(res).toEqual({
        ok: false,
        kind: "locked",
        message: "This candidate withdrew their application; nothing was saved.",
      });
    }
    expect(await db.scorecard.count({ where: { interviewId: interview.id } })).toBe(0);
    // The interview page says so, and why.
    expect((await interviewKit(user, interview.id))?.closed).toBe("This candidate withdrew their application");
  });

  it("refuses to change a draft once the application is rejected; the draft stays as it was", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("priya@example.com");
    expect(
      await saveDraft(user, { interviewId: interview.id, expectedVersion: 0, values: completeValues(domainIds, "1") }),
    ).toMatchObject({
      ok: true,
      version: 1,
    });
    await close(interview.id, "REJECTED");
    expect(
      await saveDraft(user, { interviewId: interview.id, expectedVersion: 1, values: completeValues(domainIds, "3") }),
    ).toMatchObject({
      ok: false,
      kind: "locked",
      message: "This candidate's application is closed; nothing was saved.",
    });
    // Someone who has not submitted is not told the panel's outcome, here or on the interview page.
    expect((await interviewKit(user, interview.id))?.closed).toBe("This candidate's application is closed");
    expect(
      await submitScorecard(user, {
        interviewId: interview.id,
        expectedVersion: 1,
        values: completeValues(domainIds, "3"),
      }),
    ).toMatchObject({ ok: false, kind: "locked" });
    const card = await db.scorecard.findFirstOrThrow({
      where: { interviewId: interview.id },
      include: { scores: true },
    });
    expect(card).toMatchObject({ version: 1, status: "DRAFT" });
    expect(card.scores.every((s) => s.rating === 1)).toBe(true);
  });

  it("still lets a submitted scorecard be amended, with a reason, after the candidate was hired", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("tomas@example.com");
    expect(
      await submitScorecard(user, {
        interviewId: interview.id,
        expectedVersion: 0,
        values: completeValues(domainIds, "2"),
      }),
    ).toMatchObject({ ok: true });
    await close(interview.id, "HIRED");
    expect(
      await amendScorecard(user, {
        interviewId: interview.id,
        expectedVersion: 1,
        values: completeValues(domainIds, "3"),
        reason: "Corrected a rating after the debrief",
      }),
    ).toMatchObject({ ok: true, version: 2 });
    expect(
      await db.auditEvent.count({
        where: {
          action: "scorecard.amended",
          entityId: (await db.scorecard.findFirstOrThrow({ where: { interviewId: interview.id } })).id,
        },
      }),
    ).toBe(1);
  });

  it("refuses every write, amendments included, for an erased candidate", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("kwame@example.com");
    await submitScorecard(user, {
      interviewId: interview.id,
      expectedVersion: 0,
      values: completeValues(domainIds, "2"),
    });
    await close(interview.id, "WITHDRAWN", true);
    const res = await amendScorecard(user, {
      interviewId: interview.id,
      expectedVersion: 1,
      values: completeValues(domainIds, "3"),
      reason: "Writing the evidence back in",
    });
    expect(res).toEqual({ ok: false, kind: "locked", message: "This candidate's data was erased; nothing was saved." });
    expect(
      await saveDraft(user, { interviewId: interview.id, expectedVersion: 1, values: completeValues(domainIds, "3") }),
    ).toMatchObject({
      ok: false,
      kind: "locked",
    });
    expect(await db.scorecard.findFirstOrThrow({ where: { interviewId: interview.id } })).toMatchObject({ version: 1 });
  });

  it("tells another interviewer nothing about a closed application: not found, as for any interview not theirs", async () => {
    const { interview, domainIds } = await freshInterviewOf("mei@example.com");
    await close(interview.id, "WITHDRAWN");
    const intruder = await userByEmail("interviewer@example.com");
    expect(
      await saveDraft(intruder, { interviewId: interview.id, expectedVersion: 0, values: completeValues(domainIds) }),
    ).toMatchObject({
      ok: false,
      kind: "not_found",
    });
  });
});
