// Inputs of the matrix service, shared with the draft editor's forms (zodResolver), built
// from the same field schemas as the JSON file format so all three agree on the rules.
import { z } from "zod";
import { idSchema } from "../validation/id";
import { userText } from "../validation/text";
import {
  EMPHASES,
  domainDescriptionSchema,
  domainNameSchema,
  domainShortNameSchema,
  indicatorListSchema,
  keySchema,
} from "./json-format";

/**
 * `expected`: the indicators the editor started from (the cell's version as the editor knows
 * it), so another admin's save in between is noticed. Required: a save that doesn't say what it
 * edited could only overwrite blindly.
 */
export const cellIndicatorsSchema = z.object({
  cellId: idSchema,
  indicators: indicatorListSchema,
  expected: z
    .array(z.string().max(2000), {
      error: "This editor didn't say which version of the cell it edited; reload the page and try again",
    })
    .max(50),
});

/**
 * One indicator per line; blank lines and leading list bullets are dropped: "- ", "* ", and the
 * ones Word and Google Docs paste ("• ", "◦ ", "▪ ", "‣ ", "● ", "○ ", "– ").
 */
export function splitIndicatorLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•◦▪‣●○–]\s+)/, "").trim())
    .filter(Boolean);
}

/** The cell textarea: checked with indicatorListSchema, reported as one message for the field. */
export const cellFormSchema = z.object({
  text: z.string().superRefine((text, ctx) => {
    const result = indicatorListSchema.safeParse(splitIndicatorLines(text));
    if (result.success) return;
    const issue = result.error.issues[0]!;
    const which = typeof issue.path[0] === "number" ? `Indicator ${issue.path[0] + 1}: ` : "";
    ctx.addIssue({ code: "custom", message: which + issue.message });
  }),
});
export type CellFormValues = z.infer<typeof cellFormSchema>;

export const domainFieldsSchema = z.object({
  name: domainNameSchema,
  shortName: domainShortNameSchema,
  description: domainDescriptionSchema,
});
export const addDomainSchema = domainFieldsSchema.extend({ key: keySchema });
export type AddDomainInput = z.infer<typeof addDomainSchema>;
/**
 * A domain's new wording, and `expected`: its wording as the editor loaded it. Only the fields
 * changed from that are written, and a field another admin changed since is a conflict.
 * (Loosely checked: it is compared, never stored.)
 */
export const updateDomainSchema = domainFieldsSchema.extend({
  domainId: idSchema,
  expected: z
    .object({ name: z.string().max(1_000), shortName: z.string().max(1_000), description: z.string().max(20_000) })
    .optional(),
});
export type DomainFieldsInput = z.infer<typeof domainFieldsSchema>;

const domainOrderSchema = z.array(idSchema).min(1, "List the draft's domains").max(50);
/** The new order, and the order the editor showed when the admin moved a domain (a stale tab's
 * move would otherwise put back the order it loaded, undoing another admin's moves). */
export const reorderDomainsSchema = z.object({ order: domainOrderSchema, expected: domainOrderSchema });
export const domainIdSchema = idSchema;

export const emphasisSchema = z.object({ clusterId: idSchema, domainId: idSchema, emphasis: z.enum(EMPHASES) });

export const publishSchema = z.object({
  changeNote: userText()
    .trim()
    .min(10, "Say in a sentence what changed and why (10 characters or more)")
    .max(500, "Keep the change note under 500 characters"),
});
export type PublishInput = z.infer<typeof publishSchema>;

export const moveRoleSchema = z.object({ roleId: idSchema, versionId: idSchema });
