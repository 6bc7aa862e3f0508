"use server";
// The competency matrix editor (admin): lib/matrix authorizes each call.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "../run-action";
import { idSchema } from "../validation/id";
import {
  reorderDomains,
  retireDomain,
  addDomain,
  setEmphasis,
  updateCellIndicators,
  updateDomain,
} from "./draft-edits";
import { importMatrix } from "./import";
import { moveRoleToVersion } from "./move-role";
import {
  addDomainSchema,
  cellIndicatorsSchema,
  emphasisSchema,
  moveRoleSchema,
  publishSchema,
  reorderDomainsSchema,
  updateDomainSchema,
} from "./schemas";
import { discardDraft, publishDraft, startDraft } from "./service";
import { ADMINS_ONLY } from "./snapshot";

// Layout-wide, so the versions list, the draft editor and the diff page all refresh.
const layout = { revalidate: "/admin/matrix", revalidateLayout: true };
// Admins only, refused before the input is read (moving a role is its owner's, checked per role).
const opts = { ...layout, requires: "editMatrix", refusal: ADMINS_ONLY } as const;
const none = z.tuple([]);

export const startDraftAction = defineAction(none, (actor) => startDraft(actor), opts);
export const discardDraftAction = defineAction(none, (actor) => discardDraft(actor), opts);
export const updateCellAction = defineAction(
  cellIndicatorsSchema,
  (actor, input) => updateCellIndicators(actor, input),
  opts,
);
export const addDomainAction = defineAction(addDomainSchema, (actor, input) => addDomain(actor, input), opts);
export const updateDomainAction = defineAction(updateDomainSchema, (actor, input) => updateDomain(actor, input), opts);
export const retireDomainAction = defineAction(
  z.tuple([idSchema]),
  (actor, [domainId]) => retireDomain(actor, domainId),
  opts,
);
export const reorderDomainsAction = defineAction(
  reorderDomainsSchema,
  (actor, input) => reorderDomains(actor, input),
  opts,
);
export const setEmphasisAction = defineAction(emphasisSchema, (actor, input) => setEmphasis(actor, input), opts);
export const publishDraftAction = defineAction(publishSchema, (actor, input) => publishDraft(actor, input), opts);
/** The file's text; lib/matrix/import.ts parses and checks it and says what is wrong, line by line. */
export const importMatrixAction = defineAction(
  z.tuple([z.string()]),
  (actor, [text]) => importMatrix(actor, text),
  opts,
);

export const moveRoleAction = defineAction(
  moveRoleSchema.extend({ dryRun: z.boolean().optional() }),
  async (actor, { roleId, versionId, dryRun }) => {
    const res = await moveRoleToVersion(actor, roleId, versionId, { dryRun: dryRun === true });
    // The role's own page (and its edit and plan pages) now read another matrix version.
    if (res.ok && res.moved) revalidatePath(`/roles/${roleId}`, "layout");
    return res;
  },
  { ...layout, invalidMessage: "That request was malformed." },
);
