"use server";
import { analyseForRole } from "@/lib/job-descriptions/analyse-service";
import { saveJobDescription } from "@/lib/job-descriptions/service";
import { runAction } from "@/lib/run-action";

export async function saveJobDescriptionAction(roleId: unknown, input: unknown) {
  return runAction((user) => saveJobDescription(user, roleId as string, input), {
    ids: [roleId],
    revalidate: `/roles/${roleId}/job-description`,
  });
}

export async function analyseJobDescriptionAction(roleId: unknown, input: unknown) {
  return runAction((user) => analyseForRole(user, roleId as string, input), { ids: [roleId], limit: "jdAnalysis" });
}
