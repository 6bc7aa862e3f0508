"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalid, unauthenticated } from "@/lib/action-result";
import { recordDecision } from "@/lib/applications/decision";
import { currentUser } from "@/lib/auth/session";

export async function recordDecisionAction(applicationId: unknown, input: unknown) {
  const actor = await currentUser();
  if (!actor) return unauthenticated();
  const id = z.string().min(1).max(64).safeParse(applicationId);
  if (!id.success) return invalid(id.error, "That request was malformed.");
  const res = await recordDecision(actor, id.data, input);
  if (res.ok) revalidatePath(`/candidates/${id.data}`);
  return res;
}
