"use server";
import { addCandidateToRole, moveApplication, scheduleStage } from "@/lib/applications/service";
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
