"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalid, unauthenticated } from "@/lib/action-result";
import { currentUser } from "@/lib/auth/session";
import { saveJobDescription } from "@/lib/job-descriptions/service";

export async function saveJobDescriptionAction(roleId: unknown, input: unknown) {
  const user = await currentUser();
  if (!user) return unauthenticated();
  const id = z.string().min(1).max(64).safeParse(roleId);
  if (!id.success) return invalid(id.error, "That request was malformed.");
  const res = await saveJobDescription(user, id.data, input);
  if (res.ok) revalidatePath(`/roles/${id.data}/job-description`);
  return res;
}
