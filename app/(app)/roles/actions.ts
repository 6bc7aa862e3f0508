"use server";
import { revalidatePath } from "next/cache";
import { invalid, unauthenticated } from "@/lib/action-result";
import { currentUser } from "@/lib/auth/session";
import { savePlan } from "@/lib/roles/plan-service";
import { createRole, updateRole, updateRoleLogistics } from "@/lib/roles/service";
import { z } from "zod";

const ids = z.object({ roleId: z.string().min(1).max(64), version: z.number().int().min(0) });

export async function createRoleAction(input: unknown) {
  const actor = await currentUser();
  if (!actor) return unauthenticated();
  const res = await createRole(actor, input);
  if (res.ok) revalidatePath("/roles");
  return res;
}

export async function updateRoleAction(roleId: unknown, version: unknown, input: unknown) {
  const actor = await currentUser();
  if (!actor) return unauthenticated();
  const parsed = ids.safeParse({ roleId, version });
  if (!parsed.success) return invalid(parsed.error, "That request was malformed.");
  const res = await updateRole(actor, parsed.data.roleId, parsed.data.version, input);
  if (res.ok) revalidatePath(`/roles/${parsed.data.roleId}`);
  return res;
}

export async function updateRoleLogisticsAction(roleId: unknown, input: unknown) {
  const actor = await currentUser();
  if (!actor) return unauthenticated();
  const parsed = z.string().min(1).max(64).safeParse(roleId);
  if (!parsed.success) return invalid(parsed.error, "That request was malformed.");
  const res = await updateRoleLogistics(actor, parsed.data, input);
  if (res.ok) revalidatePath(`/roles/${parsed.data}`);
  return res;
}

export async function savePlanAction(roleId: unknown, version: unknown, input: unknown, publish: unknown) {
  const actor = await currentUser();
  if (!actor) return unauthenticated();
  const parsed = ids.extend({ publish: z.boolean() }).safeParse({ roleId, version, publish });
  if (!parsed.success) return invalid(parsed.error, "That request was malformed.");
  const res = await savePlan(actor, parsed.data.roleId, parsed.data.version, input, parsed.data.publish);
  if (res.ok) revalidatePath(`/roles/${parsed.data.roleId}`);
  return res;
}
