"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalid, unauthenticated } from "@/lib/action-result";
import { createApiToken, revokeApiToken } from "@/lib/api/tokens";
import { currentUser } from "@/lib/auth/session";

export async function createApiTokenAction(input: unknown) {
  const user = await currentUser();
  if (!user) return unauthenticated();
  const res = await createApiToken(user, input);
  if (res.ok) revalidatePath("/settings/tokens");
  return res;
}

export async function revokeApiTokenAction(tokenId: unknown) {
  const user = await currentUser();
  if (!user) return unauthenticated();
  const id = z.string().min(1).max(64).safeParse(tokenId);
  if (!id.success) return invalid(id.error, "That request was malformed.");
  const res = await revokeApiToken(user, id.data);
  if (res.ok) revalidatePath("/settings/tokens");
  return res;
}
