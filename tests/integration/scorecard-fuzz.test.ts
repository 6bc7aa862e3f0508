// Bad input from a browser (or an attacker) gets a typed 4xx-style result, never an exception;
// any text a person can type or paste (NUL bytes, control characters, lone surrogates, every
// plane of Unicode) is either stored as it will read back or refused with a message.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { amendScorecard, saveDraft, submitScorecard } from "../../lib/scorecards/service";
import { cleanUserText } from "../../lib/validation/text";
import { completeValues, freshInterviewOf } from "./helpers";

/** Full Unicode code points, raw UTF-16 code units (lone surrogates) and the known troublemakers. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 120 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 120 }),
  fc.string({ unit: "binary-ascii", maxLength: 120 }),
  fc.constantFrom(
    "\u0000",
    "evidence\u0000with a NUL byte in the middle of it, long enough",
    "\ud800",
    "\udfff\ud800",
    "\u001b[31mred\u001b[0m",
    "\r\n\t",
    "\ufeff\ufffe\uffff",
  ),
);

describe("scorecard input fuzzing", () => {
  it("answers arbitrary scorecard payloads with ok:false and a message, never a throw", async () => {
    const { user, interview } = await freshInterviewOf("interviewer@example.com");
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.integer({ min: 0, max: 5 }), async (values, expectedVersion) => {
        for (const fn of [saveDraft, submitScorecard]) {
          const res = await fn(user, { interviewId: interview.id, expectedVersion, values });
          if (!res.ok) expect(res.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("stores any text in evidence and the note as it reads back, or refuses it with a message; a lost-reply retry succeeds", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("priya@example.com");
    await fc.assert(
      fc.asyncProperty(anyText, anyText, async (evidence, note) => {
        const values = { ...completeValues(domainIds), privateNote: note };
        values.scores[0]!.evidence = evidence;
        const current = await db.scorecard.findFirst({ where: { interviewId: interview.id } });
        const res = await saveDraft(user, {
          interviewId: interview.id,
          expectedVersion: current?.version ?? 0,
          values,
        });
        if (!res.ok) return void expect(res.message.length).toBeGreaterThan(0);
        const card = await db.scorecard.findFirstOrThrow({
          where: { interviewId: interview.id },
          include: { scores: true },
        });
        expect(card.scores.find((s) => s.domainId === domainIds[0])?.evidence).toBe(cleanUserText(evidence));
        expect(card.privateNote ?? "").toBe(cleanUserText(note));
        // The same save again with the version it was sent with (its reply lost): success, not a conflict.
        const retry = await saveDraft(user, {
          interviewId: interview.id,
          expectedVersion: current?.version ?? 0,
          values,
        });
        expect(retry).toMatchObject({ ok: true, version: res.version });
      }),
      { numRuns: 60 },
    );
  });

  it("submits and amends with any text in evidence, note or reason, or refuses with a message, never a throw", async () => {
    const { user, interview, domainIds } = await freshInterviewOf("mei@example.com");
    expect(
      await submitScorecard(user, { interviewId: interview.id, expectedVersion: 0, values: completeValues(domainIds) }),
    ).toMatchObject({ ok: true });
    await fc.assert(
      fc.asyncProperty(anyText, anyText, anyText, anyText, async (evidence, note, reason, interviewId) => {
        const values = { ...completeValues(domainIds), privateNote: note };
        values.scores[0]!.evidence = `${evidence} plus enough words to pass the evidence minimum here`;
        const card = await db.scorecard.findFirstOrThrow({ where: { interviewId: interview.id } });
        const res = await amendScorecard(user, {
          interviewId: interview.id,
          expectedVersion: card.version,
          values,
          reason,
        });
        if (!res.ok) expect(res.message.length).toBeGreaterThan(0);
        else expect(cleanUserText(reason).trim().length).toBeGreaterThanOrEqual(10);
        // Any string as the interview id: not found, never a database error.
        const stray = await submitScorecard(user, { interviewId, expectedVersion: 0, values });
        expect(stray.ok).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});
