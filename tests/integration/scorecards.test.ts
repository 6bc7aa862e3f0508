import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { amendScorecard, saveDraft, submitScorecard } from "../../lib/scorecards/service";
import { completeValues, freshInterviewOf, userByEmail } from "./helpers";

describe("scorecard drafts", () => {
  it("saves a draft and resumes it with every word", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("interviewer@example.com");
    const values = { ...completeValues(domainIds), recommendation: "" as const };
    values.scores[0]!.evidence = "Half a thought, typed on a phone —";
    values.scores[0]!.rating = "";
    const res = await saveDraft(user, { interviewId: interview.id, expectedVersion: 0, values });
    expect(res).toMatchObject({ ok: true, version: 1 });
    const card = await db.scorecard.findUniqueOrThrow({
      where: { interviewId_interviewerId: { interviewId: interview.id, interviewerId: user.id } },
      include: { scores: true },
    });
    expect(card.status).toBe("DRAFT");
    expect(card.scores.find((s) => s.domainId === domainIds[0])?.evidence).toBe("Half a thought, typed on a phone —");
    const again = await saveDraft(user, {
      interviewId: interview.id,
      expectedVersion: 1,
      values: completeValues(domainIds),
    });
    expect(again).toMatchObject({ ok: true, version: 2 });
  });

  it("detects a stale save from a second tab instead of overwriting", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("priya@example.com");
    await saveDraft(user, { interviewId: interview.id, expectedVersion: 0, values: completeValues(domainIds, "1") });
    await saveDraft(user, { interviewId: interview.id, expectedVersion: 1, values: completeValues(domainIds, "2") }); // tab A
    const stale = await saveDraft(user, {
      interviewId: interview.id,
      expectedVersion: 1,
      values: completeValues(domainIds, "3"),
    }); // tab B
    expect(stale.ok).toBe(false);
    if (stale.ok || !("server" in stale)) throw new Error("expected a conflict");
    expect(stale.server.version).toBe(2);
    expect(stale.server.values.scores[0]!.rating).toBe("2");
  });

  it("a save whose reply was lost, resent with the old version, succeeds at the current version instead of a conflict of two identical versions", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("kwame@example.com");
    const values = completeValues(domainIds, "2");
    expect(await saveDraft(user, { interviewId: interview.id, expectedVersion: 0, values })).toMatchObject({
      ok: true,
      version: 1,
    });
    expect(
      await saveDraft(user, { interviewId: interview.id, expectedVersion: 1, values: completeValues(domainIds, "3") }),
    ).toMatchObject({
      ok: true,
      version: 2,
    });
    // The reply to version 2 was lost: the client resends the same values with version 1.
    expect(
      await saveDraft(user, { interviewId: interview.id, expectedVersion: 1, values: completeValues(domainIds, "3") }),
    ).toMatchObject({
      ok: true,
      version: 2,
    });
    const card = await db.scorecard.findFirstOrThrow({ where: { interviewId: interview.id } });
    expect(card.version).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "scorecard.score_changed", entityId: card.id } })).toBe(2);
    // Different values with that old version are still a conflict showing the server's copy.
    const changed = { ...completeValues(domainIds, "3"), privateNote: "typed in the other tab" };
    expect(await saveDraft(user, { interviewId: interview.id, expectedVersion: 1, values: changed })).toMatchObject({
      ok: false,
      kind: "conflict",
      server: { version: 2 },
    });
  });

  it("an amendment resent after its reply was lost succeeds once; a different one at the old version is a conflict", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("tomas@example.com");
    await submitScorecard(user, {
      interviewId: interview.id,
      expectedVersion: 0,
      values: completeValues(domainIds, "2"),
    });
    const amend = {
      interviewId: interview.id,
      expectedVersion: 1,
      values: completeValues(domainIds, "3"),
      reason: "Corrected after the debrief",
    };
    expect(await amendScorecard(user, amend)).toMatchObject({ ok: true, version: 2 });
    expect(await amendScorecard(user, amend)).toMatchObject({ ok: true, version: 2 });
    const card = await db.scorecard.findFirstOrThrow({ where: { interviewId: interview.id } });
    expect(await db.auditEvent.count({ where: { action: "scorecard.amended", entityId: card.id } })).toBe(1);
    expect(await amendScorecard(user, { ...amend, values: completeValues(domainIds, "1") })).toMatchObject({
      ok: false,
      kind: "conflict",
    });
  });

  it("refuses another interviewer's interview and invalid values with a 4xx-style result", async () => {
    const { interview, domainIds } = await freshInterviewOf("interviewer@example.com");
    const intruder = await userByEmail("priya@example.com");
    expect(
      await saveDraft(intruder, { interviewId: interview.id, expectedVersion: 0, values: completeValues(domainIds) }),
    ).toMatchObject({
      ok: false,
      kind: "not_found",
    });
    const owner = await userByEmail("interviewer@example.com");
    const bad = await saveDraft(owner, {
      interviewId: interview.id,
      expectedVersion: 0,
      values: {
        scores: [{ domainId: domainIds[0], rating: "7", evidence: "", observedIndicatorIds: [] }],
        recommendation: "",
        privateNote: "",
      },
    });
    expect(bad).toMatchObject({ ok: false, kind: "invalid" });
    const foreignDomain = await saveDraft(owner, {
      interviewId: interview.id,
      expectedVersion: 0,
      values: completeValues(["not-a-focus-domain"]),
    });
    expect(foreignDomain).toMatchObject({ ok: false, kind: "invalid" });
  });
});

describe("submission", () => {
  it("N concurrent submits give exactly one submission", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("tomas@example.com");
    const values = completeValues(domainIds);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => submitScorecard(user, { interviewId: interview.id, expectedVersion: 0, values })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const cards = await db.scorecard.findMany({ where: { interviewId: interview.id } });
    expect(cards).toHaveLength(1);
    expect(cards[0]!.status).toBe("SUBMITTED");
    const events = await db.auditEvent.count({ where: { action: "scorecard.submitted", entityId: cards[0]!.id } });
    expect(events).toBe(1);
  });

  it("rejects an incomplete submission with messages per field", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("mei@example.com");
    const values = completeValues(domainIds);
    values.scores[0]!.evidence = "too short";
    const res = await submitScorecard(user, {
      interviewId: interview.id,
      expectedVersion: 0,
      values: { ...values, recommendation: "" },
    });
    expect(res.ok).toBe(false);
    if (res.ok || res.kind !== "invalid") throw new Error("expected invalid");
    expect(res.fieldErrors["scores.0.evidence"]).toMatch(/at least 40 characters/);
    expect(res.fieldErrors.recommendation).toMatch(/recommendation/);
    expect(await db.scorecard.count({ where: { interviewId: interview.id } })).toBe(0);
  });

  it("locks a submitted scorecard; an amendment needs a reason and is audited with the previous values", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("kwame@example.com");
    const submitted = await submitScorecard(user, {
      interviewId: interview.id,
      expectedVersion: 0,
      values: completeValues(domainIds, "2"),
    });
    expect(submitted).toMatchObject({ ok: true, version: 1 });
    // A draft save with other answers is refused, and comes back showing the submitted version.
    expect(
      await saveDraft(user, { interviewId: interview.id, expectedVersion: 1, values: completeValues(domainIds, "3") }),
    ).toMatchObject({
      ok: false,
      kind: "conflict",
      server: { status: "SUBMITTED", version: 1 },
    });
    expect(await db.scorecard.findFirstOrThrow({ where: { interviewId: interview.id } })).toMatchObject({
      version: 1,
      status: "SUBMITTED",
    });
    expect(
      await amendScorecard(user, {
        interviewId: interview.id,
        expectedVersion: 1,
        values: completeValues(domainIds, "3"),
        reason: "typo",
      }),
    ).toMatchObject({ ok: false, kind: "invalid" });
    const amended = await amendScorecard(user, {
      interviewId: interview.id,
      expectedVersion: 1,
      values: completeValues(domainIds, "3"),
      reason: "Mixed up two candidates' notes",
    });
    expect(amended).toMatchObject({ ok: true, version: 2 });
    const card = await db.scorecard.findFirstOrThrow({
      where: { interviewId: interview.id },
      include: { scores: true },
    });
    expect(card.scores.every((s) => s.rating === 3)).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "scorecard.amended", entityId: card.id } });
    expect(JSON.stringify(event.data)).toContain("Mixed up two candidates");
    expect((event.data as { before: { scores: { rating: string }[] } }).before.scores[0]!.rating).toBe("2");
  });
});

describe("database integrity", () => {
  it("refuses to delete a submitted scorecard or its scores, or rewrite the audit log, each by its own guard", async () => {
    const card = await db.scorecard.findFirstOrThrow({ where: { status: "SUBMITTED" } });
    await expect(db.domainScore.deleteMany({ where: { scorecardId: card.id } })).rejects.toThrow(
      /scores of a submitted scorecard cannot be deleted/,
    );
    // Its scores would block this by foreign key anyway: the row trigger speaks first.
    await expect(db.scorecard.delete({ where: { id: card.id } })).rejects.toThrow(
      /submitted scorecard .* cannot be deleted/,
    );
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.updateMany({ data: { action: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db.domainScore.updateMany({ where: { scorecardId: card.id }, data: { rating: 4 } })).rejects.toThrow(
      /DomainScore_rating_range/,
    );
    expect(await db.domainScore.count({ where: { scorecardId: card.id } })).toBeGreaterThan(0);
  });

  it("keeps one scorecard per interview and interviewer, and one score per scorecard and domain", async () => {
    const card = await db.scorecard.findFirstOrThrow({ where: { status: "SUBMITTED" }, include: { scores: true } });
    await expect(
      db.scorecard.create({
        data: {
          interviewId: card.interviewId,
          interviewerId: card.interviewerId,
          matrixVersionId: card.matrixVersionId,
        },
      }),
    ).rejects.toThrow(/Unique constraint|duplicate key/);
    const score = card.scores[0]!;
    await expect(
      db.domainScore.create({ data: { scorecardId: card.id, domainId: score.domainId, rating: 1, evidence: "again" } }),
    ).rejects.toThrow(/Unique constraint|duplicate key/);
    await expect(
      db.domainScore.updateMany({ where: { id: score.id }, data: { notAssessed: true, rating: 2 } }),
    ).rejects.toThrow(/DomainScore_rated_or_not_assessed/);
  });
});
