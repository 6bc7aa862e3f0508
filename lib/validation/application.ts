import { z } from "zod";
import { idSchema } from "./id";
import { singleLineText, userText } from "./text";
import { emailAddress } from "./auth";
import { CANDIDATE_TEXT_MAX as MAX } from "./candidate-limits";

export const newCandidateSchema = z.object({
  name: singleLineText()
    .trim()
    .min(2, "Enter the candidate's name")
    .max(MAX.name, `Keep the name under ${MAX.name} characters`),
  email: emailAddress("the candidate's"),
  source: singleLineText().trim().max(MAX.source, `Keep the source under ${MAX.source} characters`),
  headline: singleLineText().trim().max(MAX.headline, `Keep the headline under ${MAX.headline} characters`),
});
export type NewCandidateInput = z.infer<typeof newCandidateSchema>;

export const addToRoleSchema = z.object({ roleId: idSchema, candidate: newCandidateSchema });

/** How far back an interview may be scheduled (one that already took place, recorded late). */
export const PAST_INTERVIEW_DAYS = 7;

/**
 * When an interview takes place: an instant with its offset ("2026-12-01T14:00:00.000Z"), which the
 * form computes from the date and time typed in the viewer's zone. Required: an interview
 * without a time is not scheduled.
 */
export const interviewTimeField = z
  .string({ error: "Choose the interview's date and time" })
  .trim()
  .min(1, "Choose the interview's date and time")
  .pipe(z.iso.datetime({ offset: true, error: "Enter a valid date and time" }))
  .refine((s) => {
    const year = new Date(s).getUTCFullYear();
    return year >= 2000 && year <= 2100;
  }, "Enter a date between the years 2000 and 2100")
  // An interview that took place in the last few days may be recorded; one further back is a
  // typo (2020 for 2026), and would at once be an overdue scorecard with a calendar invitation.
  .refine(
    (s) => new Date(s).getTime() >= Date.now() - PAST_INTERVIEW_DAYS * 86_400_000,
    `Choose a time no more than ${PAST_INTERVIEW_DAYS} days ago`,
  );

export const scheduleSchema = z.object({
  applicationId: idSchema,
  stageId: z.string().min(1, "Choose a stage").max(64),
  scheduledAt: interviewTimeField,
  /** Moving the candidate to the stage is its own decision: off unless asked for. */
  moveToStage: z.boolean().default(false),
  /** Each interviewer's seat (lib/readiness): LEAD unless named here. Training seats do not count in the consensus. */
  seats: z.record(idSchema, z.enum(["LEAD", "SHADOW", "REVERSE_SHADOW"], { error: "Choose a seat" })).optional(),
});
export type ScheduleInput = z.input<typeof scheduleSchema>;

export const rescheduleSchema = z.object({ interviewId: idSchema, scheduledAt: interviewTimeField });
export type RescheduleInput = z.infer<typeof rescheduleSchema>;
/** Cancelling an interview, or nudging its interviewer about a due scorecard: the interview is all it takes. */
export const interviewRefSchema = z.object({ interviewId: idSchema });
export const applicationRefSchema = z.object({ applicationId: idSchema });

export const REASON_MAX = 500;
export const moveSchema = z
  .object({
    applicationId: idSchema,
    stageId: z.string().max(64).optional(),
    status: z.enum(["ACTIVE", "REJECTED", "WITHDRAWN"]).optional(),
    /** Why: kept in the audit log; required to reject. */
    reason: userText().trim().max(REASON_MAX, `Keep the reason under ${REASON_MAX} characters`).optional(),
    /** The candidate's status the page showed: changed since (in another tab, by a colleague) is a conflict. */
    expectedStatus: z.enum(["ACTIVE", "HIRED", "REJECTED", "WITHDRAWN"]).optional(),
    /** The stage the page showed (null: not started): a stage move on a candidate moved since is a conflict. */
    expectedStageId: idSchema.nullable().optional(),
    /**
     * Reject although this many interviews already held have no submitted scorecard (the number
     * the person was shown): a different number now is asked again, never assumed.
     */
    withoutOutstanding: z.number().int().min(1).max(10_000).optional(),
  })
  .refine((m) => m.status !== "REJECTED" || (m.reason ?? "").length >= 5, {
    path: ["reason"],
    error: "Give the reason for the rejection (at least 5 characters); it is kept in the audit log",
  });
export type MoveInput = z.infer<typeof moveSchema>;
