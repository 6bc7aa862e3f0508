"use server";
import { recordDecision } from "@/lib/applications/decision";
import { runAction } from "@/lib/run-action";

export async function recordDecisionAction(applicationId: unknown, input: unknown) {
  return runAction((user) => recordDecision(user, applicationId as string, input), {
    ids: [applicationId],
    revalidate: `/candidates/${applicationId}`,
  });
}
