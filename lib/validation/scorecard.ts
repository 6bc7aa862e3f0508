// One schema family for the scorecard, used by the form (zodResolver) and by the
// server actions (safeParse). Drafts are lenient; submission is strict.
import { z } from "zod";
import { idSchema } from "./id";
import { userText } from "./text";
import {
  AMEND_REASON_MIN,
  EVIDENCE_MAX,
  EVIDENCE_MIN,
  evidenceCount,
  NOTE_MAX,
  NOTHING_ASSESSED_MESSAGE,
  RATING_CHOICES,
  RECOMMENDATIONS,
  nothingAssessed,
} from "./scorecard-rules";

export * from "./scorecard-rules";

// Ids are cuids: anything else (a NUL byte, a path) is refused before it reaches a query.
const id = idSchema;

const ratingChoice = z.enum(RATING_CHOICES, { error: "Choose a level, or “not assessed”" });

export const domainScoreDraftSchema = z.object({
  domainId: id,
  // A radio group with nothing checked reads null in react-hook-form: a draft without a rating
  // yet, like "" (a draft refused over it stayed unsaved, keystroke after keystroke).
  rating: z.preprocess((v) => v ?? "", ratingChoice),
  evidence: userText().max(EVIDENCE_MAX, `Keep evidence under ${EVIDENCE_MAX} characters`),
  observedIndicatorIds: z.array(id).max(30),
});

export const scorecardDraftSchema = z.object({
  // Empty for a stage without focus domains (behavioural, debrief): recommendation and notes only.
  scores: z.array(domainScoreDraftSchema).max(20),
  recommendation: z.enum([...RECOMMENDATIONS, ""], { error: "Choose a recommendation" }),
  privateNote: userText().max(NOTE_MAX, `Keep the note under ${NOTE_MAX} characters`),
});
export type ScorecardValues = z.infer<typeof scorecardDraftSchema>;

// Submitting parses the draft first (lib/scorecards/actions.ts), so a rating here is never null.
const domainScoreSubmitSchema = domainScoreDraftSchema.extend({ rating: ratingChoice }).superRefine((s, ctx) => {
  if (s.rating === "") {
    ctx.addIssue({ code: "custom", path: ["rating"], message: "Rate this domain, or mark it “not assessed”" });
  } else if (s.rating !== "na" && evidenceCount(s.evidence).counted < EVIDENCE_MIN) {
    ctx.addIssue({
      code: "custom",
      path: ["evidence"],
      message: `Write at least ${EVIDENCE_MIN} characters of evidence: what the candidate said or did (${evidenceCount(s.evidence).counted} so far)`,
    });
  }
});

export const scorecardSubmitSchema = scorecardDraftSchema
  .extend({
    scores: z.array(domainScoreSubmitSchema).max(20),
    recommendation: z.enum(RECOMMENDATIONS, { error: "Choose an overall recommendation" }),
  })
  .refine((v) => !nothingAssessed(v), {
    path: ["scores"],
    message: NOTHING_ASSESSED_MESSAGE,
  });

/** Why a submitted scorecard is changed: required, kept in its history. */
export const amendReasonSchema = userText()
  .trim()
  .min(AMEND_REASON_MIN, `Say why you are changing a submitted scorecard (at least ${AMEND_REASON_MIN} characters)`)
  .max(1000);

export const amendmentSchema = scorecardSubmitSchema.and(z.object({ reason: amendReasonSchema }));

/** Envelope shared by every scorecard action: which interview, and the version the client edited. */
export const scorecardEnvelopeSchema = z.object({
  interviewId: id,
  expectedVersion: z.number().int().min(0).max(1_000_000),
});
