import { z } from "zod";
import { singleLineText } from "./text";

export const STAGE_KINDS = ["SCREEN", "TECHNICAL", "SYSTEM_DESIGN", "BEHAVIOURAL", "DEBRIEF"] as const;
export const STAGE_KIND_LABEL = {
  SCREEN: "Screen",
  TECHNICAL: "Technical deep-dive",
  SYSTEM_DESIGN: "System design",
  BEHAVIOURAL: "Behavioural",
  DEBRIEF: "Debrief",
} as const;

/**
 * Kinds that may run without focus domains: such a stage is not scored (its scorecard asks only
 * for a recommendation and notes), e.g. a values conversation or the panel's debrief.
 */
export const UNSCORED_KINDS: readonly (typeof STAGE_KINDS)[number][] = ["BEHAVIOURAL", "DEBRIEF"];
export const mayBeUnscored = (kind: string) => (UNSCORED_KINDS as readonly string[]).includes(kind);

/**
 * A checkbox group's value as a list. react-hook-form reads a group of one checkbox (a stage with
 * one possible interviewer, one offered question) as that checkbox's value or `false`, not a list:
 * the plan form reads and validates its stages through this (components/roles/plan-form.tsx).
 */
export function checkedIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" && value !== "" ? [value] : [];
}

export const stageSchema = z.object({
  id: z.string().max(64).optional(),
  name: singleLineText().trim().min(2, "Name the stage").max(80, "Keep the name under 80 characters"),
  kind: z.enum(STAGE_KINDS, { error: "Choose a kind of stage" }),
  durationMinutes: z
    .number({ error: "Enter a duration in minutes" })
    .int("Whole minutes only")
    .min(10, "At least 10 minutes")
    .max(480, "At most 8 hours"),
  domainIds: z.array(z.string().min(1)).max(20),
  interviewerIds: z.array(z.string().min(1)).max(10),
  questionIds: z.array(z.string().min(1)).max(30),
});

export const planSchema = z.object({
  stages: z
    .array(stageSchema)
    .min(1, "Add at least one stage")
    .max(12, "At most 12 stages")
    .superRefine((stages, ctx) => {
      stages.forEach((s, i) => {
        if (!mayBeUnscored(s.kind) && s.domainIds.length === 0)
          ctx.addIssue({
            code: "custom",
            path: [i, "domainIds"],
            message:
              "Choose the domains this stage assesses (only a behavioural or debrief stage may have none: it is then not scored)",
          });
        if (s.kind !== "DEBRIEF" && s.interviewerIds.length === 0)
          ctx.addIssue({ code: "custom", path: [i, "interviewerIds"], message: "Assign at least one interviewer" });
      });
    }),
});
export type PlanInput = z.infer<typeof planSchema>;
export type StageInput = z.infer<typeof stageSchema>;
