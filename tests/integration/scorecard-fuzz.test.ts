// Bad input from a browser (or an attacker) gets a typed 4xx-style result, never an exception.
import fc from "fast-check";
import { expect, it } from "vitest";
import { saveDraft, submitScorecard } from "../../lib/scorecards/service";
import { freshInterviewOf } from "./helpers";

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
