"use server";
// Roles: created, edited, their logistics and interview plan (lib/roles authorizes each call).
import { z } from "zod";
import { defineAction } from "../run-action";
import { idSchema } from "../validation/id";
import { planSchema } from "../validation/plan";
import { roleSchema, salaryBandSchema } from "../validation/role";
import { savePlan } from "./plan-service";
import { createRole, updateRole, updateRoleLogistics } from "./service";

/** The role's version the form edited (optimistic concurrency). */
const version = z.number().int().min(0);
const rolePage = ([roleId]: [string, ...unknown[]]) => `/roles/${roleId}`;

export const createRoleAction = defineAction(roleSchema, (actor, input) => createRole(actor, input), {
  revalidate: "/roles",
  requires: "createRoles",
  refusal: "Only managers and admins create roles.",
});
export const updateRoleAction = defineAction(
  z.tuple([idSchema, version, roleSchema]),
  (actor, [roleId, expectedVersion, input]) => updateRole(actor, roleId, expectedVersion, input),
  { revalidate: rolePage },
);
export const updateRoleLogisticsAction = defineAction(
  z.tuple([idSchema, version, salaryBandSchema]),
  (actor, [roleId, expectedVersion, input]) => updateRoleLogistics(actor, roleId, expectedVersion, input),
  { revalidate: rolePage },
);
export const savePlanAction = defineAction(
  z.tuple([idSchema, version, planSchema, z.boolean()]),
  (actor, [roleId, expectedVersion, input, publish]) => savePlan(actor, roleId, expectedVersion, input, publish),
  { revalidate: rolePage },
);
