// The independence rule, tried by the wrong users.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { interviewKit } from "../../lib/data/interview-kit";
import { applicationFeedback } from "../../lib/data/feedback";
import { submitScorecard } from "../../lib/scorecards/service";
import { panelFeedbackNote } from "../../lib/scorecards/panel-feedback-note";
import { completeValues, freshInterviewOf, userByEmail } from "./helpers";

/** An application where `email` has an interview without a submitted scorecard while others have submitted. */
async function pendingLoopOf(email: string) {
  const user = await userByEmail(email);
  const interview = await db.interview.findFirstOrThrow({
    where: {
      interviewerId: user.id,
      scorecards: { none: { status: "SUBMITTED" } },
      application: {
        interviews: { some: { interviewerId: { not: user.id }, scorecards: { some: { status: "SUBMITTED" } } } },
      },
    },
    include: { stage: { include: { domains: true } }, scorecards: true },
  });
  return { user, interview, domainIds: interview.stage.domains.map((d) => d.domainId) };
}

describe("independence", () => {
  it("hides other interviewers' feedback until the viewer has submitted their own, then shows it", async () => {
    const { user, interview, domainIds } = await pendingLoopOf("interviewer@example.com");
    const before = await applicationFeedback(user, interview.applicationId);
    expect(before?.visible).toBe(false);
    // Hidden means not read: no interviews, scorecards or decision in the answer at all.
    expect(before?.app).not.toHaveProperty("interviews");
    expect(before?.app).not.toHaveProperty("decisionRationale");

    const outstanding = await db.interview.findMany({
      where: { interviewerId: user.id, applicationId: interview.applicationId },
      include: { stage: { include: { domains: true } }, scorecards: true },
    });
    for (const i of outstanding) {
      const card = i.scorecards[0];
      if (card?.status === "SUBMITTED") continue;
      const res = await submitScorecard(user, {
        interviewId: i.id,
        expectedVersion: card?.version ?? 0,
        values: completeValues(i.stage.domains.map((d) => d.domainId)),
      });
      expect(res.ok).toBe(true);
    }
    const after = await applicationFeedback(user, interview.applicationId);
    expect(after?.visible).toBe(true);
    if (!after?.visible) return;
    const others = after.app.interviews.flatMap((i) => i.scorecards).filter((s) => s.interviewerId !== user.id);
    expect(others.length).toBeGreaterThan(0);
    // Private notes are not a column of the scorecards read for a fellow interviewer at all.
    expect(others.every((s) => s.status === "SUBMITTED" && !("privateNote" in s))).toBe(true);
    expect(after.notes.every((n) => n.interviewerId === user.id)).toBe(true);
    expect(domainIds.length).toBeGreaterThan(0);
  });

  it("gives an interviewer who is not on the loop nothing at all", async () => {
    const app = await db.application.findFirstOrThrow({
      where: { role: { title: "MLOps Engineer, Anomaly Detection" } },
    });
    expect(await applicationFeedback(await userByEmail("mei@example.com"), app.id)).toBeNull();
  });

  it("never shows drafts, even to the role's owner", async () => {
    const draft = await db.scorecard.findFirstOrThrow({
      where: { status: "DRAFT" },
      include: { interview: { include: { application: { include: { role: { include: { owner: true } } } } } } },
    });
    const owner = await userByEmail(draft.interview.application.role.owner.email);
    const fb = await applicationFeedback(owner, draft.interview.applicationId);
    expect(fb?.visible).toBe(true);
    if (!fb?.visible) return;
    expect(fb.app.interviews.flatMap((i) => i.scorecards).some((s) => s.id === draft.id)).toBe(false);
  });

  it("keeps the feedback hidden after one submission while another interview of theirs is owed, and the interview page says why (round Y)", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("kwame@example.com", 1);
    const app = await db.application.findUniqueOrThrow({
      where: { id: interview.applicationId },
      select: {
        role: {
          select: {
            stages: { orderBy: { position: "asc" }, select: { id: true, domains: { select: { domainId: true } } } },
          },
        },
      },
    });
    const otherStage = app.role.stages.find((s) => s.id !== interview.stageId)!;
    const second = await db.interview.create({
      data: {
        applicationId: interview.applicationId,
        stageId: otherStage.id,
        interviewerId: user.id,
        scheduledAt: new Date(),
      },
    });
    const submit = async (id: string, domains: string[]) =>
      expect(
        (await submitScorecard(user, { interviewId: id, expectedVersion: 0, values: completeValues(domains) })).ok,
      ).toBe(true);
    await submit(interview.id, domainIds);
    const kit = (await interviewKit(user, interview.id))!;
    expect(kit.panelFeedbackOpen).toBe(false);
    expect(kit.panelFeedbackHidden).toBe("submit-first");
    expect(
      panelFeedbackNote({ submitted: true, closed: kit.closed !== null, hidden: kit.panelFeedbackHidden }).text,
    ).toMatch(/opens once you submit your other scorecard/);
    expect((await applicationFeedback(user, interview.applicationId))?.visible).toBe(false);
    await submit(
      second.id,
      otherStage.domains.map((d) => d.domainId),
    );
    expect((await interviewKit(user, interview.id))!.panelFeedbackHidden).toBeNull();
  });

  it("honours the organisation setting NEVER and ALWAYS", async () => {
    const { user, interview } = await pendingLoopOf("priya@example.com");
    // The interview page says what the candidate page gives (round V: it said "hidden" under ALWAYS).
    const kitSays = async () => (await interviewKit(user, interview.id))?.panelFeedbackOpen;
    expect(await kitSays()).toBe(false);
    await db.orgSettings.update({ where: { id: 1 }, data: { feedbackVisibility: "ALWAYS" } });
    expect((await applicationFeedback(user, interview.applicationId))?.visible).toBe(true);
    expect(await kitSays()).toBe(true);
    await db.orgSettings.update({ where: { id: 1 }, data: { feedbackVisibility: "NEVER" } });
    expect((await applicationFeedback(user, interview.applicationId))?.visible).toBe(false);
    expect(await kitSays()).toBe(false);
    await db.orgSettings.update({ where: { id: 1 }, data: { feedbackVisibility: "AFTER_SUBMIT" } });
  });
});
