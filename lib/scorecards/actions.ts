"use server";
// A panelist's scorecard: draft autosave, submit, amend. The schema checks the envelope (which
// interview, which version) and the values; lib/scorecards/service.ts checks ownership and the
// interview's state per call.
import { defineAction } from "../run-action";
import {
  amendReasonSchema,
  scorecardDraftSchema,
  scorecardEnvelopeSchema,
  scorecardSubmitSchema,
} from "../validation/scorecard";
import { amendScorecard, saveDraft, submitScorecard } from "./service";

const draft = scorecardEnvelopeSchema.extend({ values: scorecardDraftSchema });
// Submitting sends the form's values as they are (a draft's shape); complete enough to submit is checked here.
const submit = scorecardEnvelopeSchema.extend({ values: scorecardDraftSchema.pipe(scorecardSubmitSchema) });
const amend = submit.extend({ reason: amendReasonSchema });
const incomplete = "The scorecard is not complete yet.";

// A refused draft names its first problem: "Not saved" alone left the person guessing which field.
export const saveDraftAction = defineAction(draft, (actor, input) => saveDraft(actor, input), {
  invalidMessage: (e) => `This draft could not be saved: ${e.issues[0]?.message ?? "it was malformed"}.`,
});
export const submitScorecardAction = defineAction(submit, (actor, input) => submitScorecard(actor, input), {
  revalidate: "/interviews",
  invalidMessage: incomplete,
});
export const amendScorecardAction = defineAction(amend, (actor, input) => amendScorecard(actor, input), {
  revalidate: "/interviews",
  invalidMessage: incomplete,
});
