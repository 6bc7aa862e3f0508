// One schema family for the scorecard, used by the form (zodResolver) and by the
// server actions (safeParse). Drafts are lenient; submission is strict.
import { z } from "zod";

export const EVIDENCE_MIN = 40;
export const EVIDENCE_MAX = 5000;
export const NOTE_MAX = 2000;
export const AMEND_REASON_MIN = 10;

export const RECOMMENDATIONS = ["STRONG_NO", "NO", "YES", "STRONG_YES", "NO_DECISION"] as const;
export const RECOMMENDATION_LABEL: Record<(typeof RECOMMENDATIONS)[number], string> = {
  STRONG_NO: "Strong no",
  NO: "No",
  YES: "Yes",
  STRONG_YES: "Strong yes",
  NO_DECISION: "No decision",
};

/** The form's rating control: "" = not rated yet, "na" = not assessed, "0".."3" = level. */
export const RATING_CHOICES = ["", "0", "1", "2", "3", "na"] as const;
export type RatingChoice = (typeof RATING_CHOICES)[number];

const id = z.string().trim().min(1).max(64);

export const domainScoreDraftSchema = z.object({
  domainId: id,
  rating: z.enum(RATING_CHOICES, { error: "Choose a level, or “not assessed”" }),
  evidence: z.string().max(EVIDENCE_MAX, `Keep evidence under ${EVIDENCE_MAX} characters`),
  observedIndicatorIds: z.array(id).max(30),
});

export const scorecardDraftSchema = z.object({
  scores: z.array(domainScoreDraftSchema).min(1).max(20),
  recommendation: z.enum([...RECOMMENDATIONS, ""], { error: "Choose a recommendation" }),
  privateNote: z.string().max(NOTE_MAX, `Keep the note under ${NOTE_MAX} characters`),
});
export type ScorecardValues = z.infer<typeof scorecardDraftSchema>;

const domainScoreSubmitSchema = domainScoreDraftSchema.superRefine((s, ctx) => {
  if (s.rating === "") {
    ctx.addIssue({ code: "custom", path: ["rating"], message: "Rate this domain, or mark it “not assessed”" });
  } else if (s.rating !== "na" && s.evidence.trim().length < EVIDENCE_MIN) {
    ctx.addIssue({
      code: "custom",
      path: ["evidence"],
      message: `Write at least ${EVIDENCE_MIN} characters of evidence: what the candidate said or did (${s.evidence.trim().length} so far)`,
    });
  }
});

export const scorecardSubmitSchema = scorecardDraftSchema
  .extend({
    scores: z.array(domainScoreSubmitSchema).min(1).max(20),
    recommendation: z.enum(RECOMMENDATIONS, { error: "Choose an overall recommendation" }),
  })
  .refine((v) => v.scores.some((s) => s.rating !== "na"), {
    path: ["scores"],
    message: "Assess at least one domain before submitting",
  });

export const amendmentSchema = scorecardSubmitSchema.and(
  z.object({ reason: z.string().trim().min(AMEND_REASON_MIN, `Say why you are changing a submitted scorecard (at least ${AMEND_REASON_MIN} characters)`).max(1000) }),
);

/** Envelope shared by every scorecard action: which interview, and the version the client edited. */
export const scorecardEnvelopeSchema = z.object({
  interviewId: id,
  expectedVersion: z.number().int().min(0).max(1_000_000),
});

export function ratingToDb(choice: RatingChoice): { rating: number | null; notAssessed: boolean } {
  if (choice === "na") return { rating: null, notAssessed: true };
  if (choice === "") return { rating: null, notAssessed: false };
  return { rating: Number(choice), notAssessed: false };
}

export function ratingFromDb(row: { rating: number | null; notAssessed: boolean } | undefined): RatingChoice {
  if (!row) return "";
  if (row.notAssessed) return "na";
  return row.rating == null ? "" : (String(row.rating) as RatingChoice);
}

/** What still blocks submission, in words, for the submit button. */
export function missingForSubmit(values: ScorecardValues, domainNames: Record<string, string>): string[] {
  const missing: string[] = [];
  for (const s of values.scores) {
    const name = domainNames[s.domainId] ?? "a domain";
    if (s.rating === "") missing.push(`a rating for ${name}`);
    else if (s.rating !== "na" && s.evidence.trim().length < EVIDENCE_MIN) missing.push(`evidence for ${name}`);
  }
  if (values.recommendation === "") missing.push("an overall recommendation");
  return missing;
}
