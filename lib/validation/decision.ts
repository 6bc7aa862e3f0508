import { z } from "zod";
import { userText } from "./text";

export const DECISIONS = ["HIRE", "NO_HIRE", "HOLD"] as const;
export const DECISION_LABEL = { HIRE: "Hire", NO_HIRE: "No hire", HOLD: "Hold" } as const;

/** A decision as a sentence says it: "no hire". */
export const decisionWord = (decision: keyof typeof DECISION_LABEL) => DECISION_LABEL[decision].toLowerCase();

export const decisionSchema = z.object({
  decision: z.enum(DECISIONS, { error: "Choose hire, no hire or hold" }),
  rationale: userText()
    .trim()
    .min(30, "Explain the decision in at least 30 characters: the evidence it rests on")
    .max(4000, "Keep the rationale under 4,000 characters"),
  /**
   * Hire or no hire while a panelist's scorecard is still outstanding closes the application and
   * locks their draft: only when the decider says so knowingly (lib/applications/decision.ts).
   */
  withoutOutstanding: z.boolean().optional(),
  /** When the decision the form showed was recorded (null: none yet); another one recorded since is a conflict. */
  basedOn: z.iso.datetime().nullable().optional(),
  /** The candidate's status the form showed: changed since (rejected in another tab) is a conflict, not an overwrite. */
  expectedStatus: z.enum(["ACTIVE", "HIRED", "REJECTED", "WITHDRAWN"]).optional(),
});
export type DecisionInput = z.infer<typeof decisionSchema>;
