"use server";
import { createApiToken, revokeApiToken } from "@/lib/api/tokens";
import { runAction } from "@/lib/run-action";

export async function createApiTokenAction(input: unknown) {
  return runAction((user) => createApiToken(user, input), { revalidate: "/settings/tokens" });
}

export async function revokeApiTokenAction(tokenId: unknown) {
  return runAction((user) => revokeApiToken(user, tokenId as string), { ids: [tokenId], revalidate: "/settings/tokens" });
}
