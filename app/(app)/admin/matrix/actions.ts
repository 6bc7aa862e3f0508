"use server";
// Thin wrappers: runAction authenticates; the matrix service authorizes and validates.
import { revalidatePath } from "next/cache";
import * as matrix from "@/lib/matrix/service";
import { runAction } from "@/lib/run-action";

// Layout-wide, so the versions list, the draft editor and the diff page all refresh.
const opts = { revalidate: "/admin/matrix", revalidateLayout: true };

export async function startDraftAction() {
  return runAction((actor) => matrix.startDraft(actor), opts);
}
export async function discardDraftAction() {
  return runAction((actor) => matrix.discardDraft(actor), opts);
}
export async function updateCellAction(input: unknown) {
  return runAction((actor) => matrix.updateCellIndicators(actor, input), opts);
}
export async function addDomainAction(input: unknown) {
  return runAction((actor) => matrix.addDomain(actor, input), opts);
}
export async function updateDomainAction(input: unknown) {
  return runAction((actor) => matrix.updateDomain(actor, input), opts);
}
export async function retireDomainAction(domainId: unknown) {
  return runAction((actor) => matrix.retireDomain(actor, domainId), opts);
}
export async function reorderDomainsAction(domainIds: unknown) {
  return runAction((actor) => matrix.reorderDomains(actor, domainIds), opts);
}
export async function setEmphasisAction(input: unknown) {
  return runAction((actor) => matrix.setEmphasis(actor, input), opts);
}
export async function publishDraftAction(input: unknown) {
  return runAction((actor) => matrix.publishDraft(actor, input), opts);
}
export async function importMatrixAction(text: unknown) {
  return runAction((actor) => matrix.importMatrix(actor, text), opts);
}
export async function moveRoleAction(input: unknown) {
  // Whatever the client sent (null included): the service validates the ids it gets.
  const { roleId, versionId, dryRun } = (typeof input === "object" && input !== null ? input : {}) as {
    roleId?: unknown;
    versionId?: unknown;
    dryRun?: unknown;
  };
  const res = await runAction((actor) => matrix.moveRoleToVersion(actor, roleId, versionId, { dryRun: dryRun === true }), opts);
  // The role's own page (and its edit and plan pages) now read another matrix version.
  if (res.ok && res.moved && typeof roleId === "string") revalidatePath(`/roles/${roleId}`, "layout");
  return res;
}
