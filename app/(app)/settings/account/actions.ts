"use server";
import { signOutEverywhere } from "@/lib/auth/sessions";
import { runAction } from "@/lib/run-action";

export async function signOutEverywhereAction() {
  return runAction((user) => signOutEverywhere(user));
}
