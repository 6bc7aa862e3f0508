"use server";
// Thin server actions: the envelope (which interview, which version) is checked here;
// ownership and the values are checked inside lib/scorecards per call.
import { invalid } from "@/lib/action-result";
import { runAction } from "@/lib/run-action";
import { amendScorecard, saveDraft, submitScorecard } from "@/lib/scorecards/service";
import { scorecardEnvelopeSchema } from "@/lib/validation/scorecard";

type Input = { interviewId: string; expectedVersion: number; values: unknown; reason?: unknown };

function run(input: Input, fn: typeof amendScorecard, revalidate?: string) {
  const envelope = scorecardEnvelopeSchema.safeParse({ interviewId: input?.interviewId, expectedVersion: input?.expectedVersion });
  if (!envelope.success) return Promise.resolve(invalid(envelope.error, "That request was malformed."));
  return runAction((user) => fn(user, { ...envelope.data, values: input?.values, reason: input?.reason }), { revalidate });
}

export async function saveDraftAction(input: Input) {
  return run(input, saveDraft as typeof amendScorecard);
}

export async function submitScorecardAction(input: Input) {
  return run(input, submitScorecard as typeof amendScorecard, "/interviews");
}

export async function amendScorecardAction(input: Input) {
  return run(input, amendScorecard, "/interviews");
}
