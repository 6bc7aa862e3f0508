"use server";
// Thin server actions: authenticate, check the envelope, hand over to lib/scorecards.
// Ownership and validation of the values happen inside the service, per call.
import { revalidatePath } from "next/cache";
import { invalid, unauthenticated } from "@/lib/action-result";
import { currentUser } from "@/lib/auth/session";
import { amendScorecard, saveDraft, submitScorecard, type SaveResult } from "@/lib/scorecards/service";
import { scorecardEnvelopeSchema } from "@/lib/validation/scorecard";

type Input = { interviewId: string; expectedVersion: number; values: unknown; reason?: unknown };

async function run(input: Input, fn: typeof saveDraft): Promise<SaveResult> {
  const user = await currentUser();
  if (!user) return unauthenticated();
  const envelope = scorecardEnvelopeSchema.safeParse({ interviewId: input?.interviewId, expectedVersion: input?.expectedVersion });
  if (!envelope.success) return invalid(envelope.error, "That request was malformed.");
  return fn(user, { ...envelope.data, values: input?.values, reason: input?.reason } as never);
}

export async function saveDraftAction(input: Input) {
  return run(input, saveDraft);
}

export async function submitScorecardAction(input: Input) {
  const result = await run(input, submitScorecard);
  if (result.ok) revalidatePath("/interviews");
  return result;
}

export async function amendScorecardAction(input: Input) {
  const result = await run(input, amendScorecard as typeof saveDraft);
  if (result.ok) revalidatePath("/interviews");
  return result;
}
