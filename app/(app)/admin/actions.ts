"use server";
import { revalidatePath } from "next/cache";
import { unauthenticated } from "@/lib/action-result";
import { currentUser } from "@/lib/auth/session";
import { addPerson, changeKind, setActive } from "@/lib/people/service";
import { setFeedbackVisibility } from "@/lib/settings/service";

async function withActor<T extends { ok: boolean }>(fn: (actor: NonNullable<Awaited<ReturnType<typeof currentUser>>>) => Promise<T>) {
  const actor = await currentUser();
  if (!actor) return unauthenticated();
  const result = await fn(actor);
  if (result.ok) revalidatePath("/admin");
  return result;
}

export async function addPersonAction(input: unknown) {
  return withActor((actor) => addPerson(actor, input));
}
export async function changeKindAction(input: unknown) {
  return withActor((actor) => changeKind(actor, input));
}
export async function setActiveAction(input: unknown) {
  return withActor((actor) => setActive(actor, input));
}

export async function setFeedbackVisibilityAction(input: unknown) {
  return withActor((actor) => setFeedbackVisibility(actor, input));
}
