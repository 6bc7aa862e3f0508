"use server";
// Fair hiring: a candidate's self-identification link (lib/fair-hiring/self-id.ts authorizes with
// canSendSelfIdLink) and the report's settings (lib/fair-hiring/settings.ts, can("changeSettings")).
import { z } from "zod";
import { defineAction } from "../run-action";
import { idSchema } from "../validation/id";
import {
  fairHiringMinGroupSchema,
  selfIdCategorySchema,
  selfIdCategoryUpdateSchema,
  selfIdLinkSchema,
} from "../validation/self-id";
import { createSelfIdLink } from "./self-id";
import { createSelfIdCategory, setFairHiringMinGroup, updateSelfIdCategory } from "./settings";

const settingsOpts = { revalidate: "/admin", requires: "changeSettings" } as const;
// The schema turns the typed answers into a list; the service parses the typed form itself.
const typed = (input: z.output<typeof selfIdCategorySchema>) => ({ ...input, options: input.options.join("\n") });

export const createSelfIdLinkAction = defineAction(selfIdLinkSchema, (actor, input) => createSelfIdLink(actor, input), {
  revalidate: (input) => `/pipeline/candidates/${input.candidateId}`,
  requires: "sendSelfIdLinks",
});
export const setFairHiringMinGroupAction = defineAction(
  fairHiringMinGroupSchema,
  (actor, input) => setFairHiringMinGroup(actor, input),
  settingsOpts,
);
export const createSelfIdCategoryAction = defineAction(
  selfIdCategorySchema,
  (actor, input) => createSelfIdCategory(actor, typed(input)),
  settingsOpts,
);
export const updateSelfIdCategoryAction = defineAction(
  z.tuple([idSchema, selfIdCategoryUpdateSchema]),
  (actor, [categoryId, input]) => updateSelfIdCategory(actor, categoryId, { ...typed(input), version: input.version }),
  settingsOpts,
);
