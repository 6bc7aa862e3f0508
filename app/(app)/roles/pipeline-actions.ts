"use server";
import { revalidatePath } from "next/cache";
import { unauthenticated } from "@/lib/action-result";
import { addCandidateToRole, moveApplication, scheduleStage } from "@/lib/applications/service";
import { currentUser } from "@/lib/auth/session";

async function run<T extends { ok: boolean }>(fn: (u: NonNullable<Awaited<ReturnType<typeof currentUser>>>) => Promise<T>) {
  const user = await currentUser();
  if (!user) return unauthenticated();
  const res = await fn(user);
  if (res.ok) revalidatePath("/roles", "layout");
  return res;
}

export async function addCandidateAction(input: unknown) {
  return run((u) => addCandidateToRole(u, input));
}
export async function scheduleStageAction(input: unknown) {
  return run((u) => scheduleStage(u, input));
}
export async function moveApplicationAction(input: unknown) {
  return run((u) => moveApplication(u, input));
}
