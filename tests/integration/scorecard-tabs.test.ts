// A second tab or device submitting: a retry of the same answers is one submission; different
// answers are a conflict showing both versions, never silently dropped.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { amendScorecard, saveDraft, submitScorecard } from "../../lib/scorecards/service";
import { completeValues, freshInterviewOf } from "./helpers";

async function indicatorFor(interviewId: string, domainId: string) {
  const i = await db.interview.findUniqueOrThrow({
    where: { id: interviewId },
    include: { application: { include: { role: true } } },
  });
  const cell = await db.matrixCell.findFirstOrThrow({
    where: {
      versionId: i.application.role.matrixVersionId,
      clusterId: i.application.role.clusterId,
      domainId,
      indicators: { some: {} },
    },
    include: { indicators: true },
  });
  return cell.indicators[0]!.id;
}

const submissions = (scorecardId: string) =>
  db.auditEvent.count({ where: { action: "scorecard.submitted", entityId: scorecardId } });

describe("submitting from two tabs", () => {
  it("tab B submitting different answers after tab A gets a conflict with both versions, and nothing is overwritten", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("tomas@example.com");
    const tabA = completeValues(domainIds, "2");
    const tabB = { ...completeValues(domainIds, "3"), privateNote: "Tab B's note" };
    expect(await submitScorecard(user, { interviewId: interview.id, expectedVersion: 0, values: tabA })).toMatchObject({
      ok: true,
      version: 1,
    });

    const res = await submitScorecard(user, { interviewId: interview.id, expectedVersion: 0, values: tabB });
    expect(res.ok).toBe(false);
    if (res.ok || !("server" in res)) throw new Error(`expected a conflict, got ${JSON.stringify(res)}`);
    expect(res.server.status).toBe("SUBMITTED");
    expect(res.server.version).toBe(1);
    expect(res.server.values.scores.every((s) => s.rating === "2")).toBe(true);

    const card = await db.scorecard.findFirstOrThrow({
      where: { interviewId: interview.id },
      include: { scores: true },
    });
    expect(card.version).toBe(1);
    expect(card.privateNote).toBeNull();
    expect(card.scores.every((s) => s.rating === 2)).toBe(true);
    expect(await submissions(card.id)).toBe(1);

    // A stale autosave from tab B with its different answers is a conflict too, not a silent "locked".
    const draft = await saveDraft(user, { interviewId: interview.id, expectedVersion: 0, values: tabB });
    expect(draft).toMatchObject({ ok: false, kind: "conflict" });

    // Tab B's answers can then become an amendment, with a reason, at the submitted version.
    expect(
      await amendScorecard(user, { interviewId: interview.id, expectedVersion: 1, values: tabB, reason: "" }),
    ).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(
      await amendScorecard(user, {
        interviewId: interview.id,
        expectedVersion: 1,
        values: tabB,
        reason: "Second tab had my final notes",
      }),
    ).toMatchObject({ ok: true, version: 2 });
    const amended = await db.scorecard.findUniqueOrThrow({ where: { id: card.id }, include: { scores: true } });
    expect(amended.privateNote).toBe("Tab B's note");
    expect(amended.scores.every((s) => s.rating === 3)).toBe(true);
    expect(await submissions(card.id)).toBe(1);
  });

  it("an identical retry, even in parallel and from a stale version, is one submission and succeeds", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("mei@example.com");
    await saveDraft(user, { interviewId: interview.id, expectedVersion: 0, values: completeValues(domainIds, "1") });
    const values = completeValues(domainIds, "2");
    const results = await Promise.all(
      Array.from({ length: 5 }, () => submitScorecard(user, { interviewId: interview.id, expectedVersion: 1, values })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.alreadySubmitted)).toHaveLength(4);
    // Indicator order and a blank-vs-missing note do not make a retry "different".
    expect(
      await submitScorecard(user, { interviewId: interview.id, expectedVersion: 1, values: { ...values } }),
    ).toMatchObject({
      ok: true,
      alreadySubmitted: true,
      version: 2,
    });
    const card = await db.scorecard.findFirstOrThrow({ where: { interviewId: interview.id } });
    expect(card).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect(await submissions(card.id)).toBe(1);
  });

  it("a retry differing only in ticked indicators is a conflict, not ignored", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("kwame@example.com");
    const values = completeValues(domainIds, "2");
    await submitScorecard(user, { interviewId: interview.id, expectedVersion: 0, values });
    const indicator = await indicatorFor(interview.id, domainIds[0]!);
    const ticked = completeValues(domainIds, "2");
    ticked.scores[0]!.observedIndicatorIds = [indicator];
    expect(
      await submitScorecard(user, { interviewId: interview.id, expectedVersion: 0, values: ticked }),
    ).toMatchObject({
      ok: false,
      kind: "conflict",
    });
  });

  it("another interviewer cannot use the retry path to read or touch the scorecard", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("priya@example.com");
    await submitScorecard(user, { interviewId: interview.id, expectedVersion: 0, values: completeValues(domainIds) });
    const intruder = await db.user.findUniqueOrThrow({
      where: { email: "mei@example.com" },
      select: { id: true, email: true, name: true, kind: true },
    });
    const res = await submitScorecard(intruder, {
      interviewId: interview.id,
      expectedVersion: 0,
      values: completeValues(domainIds, "3"),
    });
    expect(res).toMatchObject({ ok: false, kind: "not_found" });
    expect(JSON.stringify(res)).not.toContain("Walked through");
  });
});

describe("amendment audit", () => {
  it("keeps the private note and ticked indicators before and after", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("interviewer@example.com");
    const indicator = await indicatorFor(interview.id, domainIds[0]!);
    const first = { ...completeValues(domainIds, "2"), privateNote: "Strong on incidents" };
    first.scores[0]!.observedIndicatorIds = [indicator];
    await submitScorecard(user, { interviewId: interview.id, expectedVersion: 0, values: first });
    const second = { ...completeValues(domainIds, "2"), privateNote: "Strong on incidents; weaker on cost" };
    await amendScorecard(user, {
      interviewId: interview.id,
      expectedVersion: 1,
      values: second,
      reason: "Untick and note after the debrief",
    });
    const card = await db.scorecard.findFirstOrThrow({ where: { interviewId: interview.id } });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "scorecard.amended", entityId: card.id } });
    type Side = { privateNote: string; scores: { domainId: string; observedIndicatorIds: string[] }[] };
    const data = event.data as { before: Side; after: Side };
    expect(data.before.privateNote).toBe("Strong on incidents");
    expect(data.after.privateNote).toBe("Strong on incidents; weaker on cost");
    expect(data.before.scores.find((s) => s.domainId === domainIds[0])?.observedIndicatorIds).toEqual([indicator]);
    expect(data.after.scores.find((s) => s.domainId === domainIds[0])?.observedIndicatorIds).toEqual([]);
  });
});
