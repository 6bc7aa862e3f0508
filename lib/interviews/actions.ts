"use server";
// Interviews: scheduled, rescheduled, cancelled, nudged (lib/interviews authorizes each call).
import { defineAction } from "../run-action";
import { applicationRefSchema, interviewRefSchema, rescheduleSchema, scheduleSchema } from "../validation/application";
import { applicationSeats, scheduleStage } from "./schedule";
import { cancelInterview, nudgeInterviewer, rescheduleInterview } from "./service";

const opts = { revalidate: "/roles", revalidateLayout: true };

export const scheduleStageAction = defineAction(scheduleSchema, (actor, input) => scheduleStage(actor, input), opts);
/** A read for the scheduling form: the seats already set on the application's interviews. */
export const applicationSeatsAction = defineAction(applicationRefSchema, (actor, input) =>
  applicationSeats(actor, input.applicationId),
);
export const rescheduleInterviewAction = defineAction(
  rescheduleSchema,
  (actor, input) => rescheduleInterview(actor, input),
  opts,
);
export const cancelInterviewAction = defineAction(
  interviewRefSchema,
  (actor, input) => cancelInterview(actor, input),
  opts,
);
/** Rate-limited per user here and per interview in the service (lib/rate-limit/limits.ts). */
export const nudgeInterviewerAction = defineAction(
  interviewRefSchema,
  (actor, input) => nudgeInterviewer(actor, input),
  {
    limit: "nudge",
  },
);
