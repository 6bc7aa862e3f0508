"use server";
import { z } from "zod";
import { invalid } from "@/lib/action-result";
import { savePlan } from "@/lib/roles/plan-service";
import { createRole, updateRole, updateRoleLogistics } from "@/lib/roles/service";
import { runAction } from "@/lib/run-action";

const version = z.number().int().min(0);

export async function createRoleAction(input: unknown) {
  return runAction((actor) => createRole(actor, input), { revalidate: "/roles" });
}

export async function updateRoleAction(roleId: unknown, expectedVersion: unknown, input: unknown) {
  const v = version.safeParse(expectedVersion);
  if (!v.success) return invalid(v.error, "That request was malformed.");
  return runAction((actor) => updateRole(actor, roleId as string, v.data, input), { ids: [roleId], revalidate: `/roles/${roleId}` });
}

export async function updateRoleLogisticsAction(roleId: unknown, expectedVersion: unknown, input: unknown) {
  const v = version.safeParse(expectedVersion);
  if (!v.success) return invalid(v.error, "That request was malformed.");
  return runAction((actor) => updateRoleLogistics(actor, roleId as string, v.data, input), {
    ids: [roleId],
    revalidate: `/roles/${roleId}`,
  });
}

export async function savePlanAction(roleId: unknown, expectedVersion: unknown, input: unknown, publish: unknown) {
  const parsed = z.object({ version, publish: z.boolean() }).safeParse({ version: expectedVersion, publish });
  if (!parsed.success) return invalid(parsed.error, "That request was malformed.");
  return runAction((actor) => savePlan(actor, roleId as string, parsed.data.version, input, parsed.data.publish), {
    ids: [roleId],
    revalidate: `/roles/${roleId}`,
  });
}
