"use server";
import { addCandidateToRole, moveApplication } from "@/lib/applications/service";
import { scheduleStage } from "@/lib/interviews/schedule";
import { cancelInterview, nudgeInterviewer, rescheduleInterview } from "@/lib/interviews/service";
import { runAction } from "@/lib/run-action";

const opts = { revalidate: "/roles", revalidateLayout: true };

export async function addCandidateAction(input: unknown) {
  return runAction((u) => addCandidateToRole(u, input), opts);
}
export async function scheduleStageAction(input: unknown) {
  return runAction((u) => scheduleStage(u, input), opts);
}
export async function moveApplicationAction(input: unknown) {
  return runAction((u) => moveApplication(u, input), opts);
}
export async function rescheduleInterviewAction(input: unknown) {
  return runAction((u) => rescheduleInterview(u, input), opts);
}
export async function cancelInterviewAction(input: unknown) {
  return runAction((u) => cancelInterview(u, input), opts);
}
/** Rate-limited per user here and per interview in the service (lib/rate-limit/limits.ts). */
export async function nudgeInterviewerAction(input: unknown) {
  return runAction((u) => nudgeInterviewer(u, input), { limit: "nudge" });
}
