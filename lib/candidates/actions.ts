"use server";
// Candidates: CSV import and erasure (lib/candidates authorizes each call).
import { z } from "zod";
import { defineAction } from "../run-action";
import { idSchema } from "../validation/id";
import { commitImport, previewImport } from "./import";
import { confirmedLinesSchema, csvTextSchema, importFileNameSchema } from "./limits";
import { ERASE_NOT_ALLOWED, eraseCandidate } from "./erasure";

// The CSV text's size (5 MB max, lib/candidates/limits.ts) is checked by its schema, after sign-in;
// next.config.mjs lets server-action bodies that large through.
const importers = { requires: "manageCandidates", refusal: "Only recruiters and admins import candidates." } as const;
const firstProblem = (e: z.ZodError) => e.issues[0]!.message;

export const previewImportAction = defineAction(csvTextSchema, (actor, text) => previewImport(actor, text), {
  limit: "csvImport",
  invalidMessage: firstProblem,
  ...importers,
});

/**
 * `confirmedLines`: the lines the preview showed as new or merge (the import is what was shown).
 * One object, not two arguments: React's decoder counts a string's characters inside an
 * arguments list of more than one against its limit of a million, so a file over about 1 MB
 * (10,000 rows) passed the preview and failed here with "Maximum array nesting exceeded".
 */
export const commitImportAction = defineAction(
  z.object({
    text: csvTextSchema,
    confirmedLines: confirmedLinesSchema.optional(),
    fileName: importFileNameSchema.optional(),
  }),
  (actor, { text, confirmedLines, fileName }) => commitImport(actor, text, confirmedLines, fileName),
  {
    revalidate: "/pipeline",
    limit: "csvImport",
    ...importers,
    invalidMessage: (e) =>
      e.issues[0]!.path[0] === "confirmedLines"
        ? "The preview sent back was malformed; preview the file again."
        : firstProblem(e),
  },
);

export const eraseCandidateAction = defineAction(
  z.tuple([idSchema]),
  (actor, [candidateId]) => eraseCandidate(actor, candidateId),
  { revalidate: "/pipeline", revalidateLayout: true, requires: "manageCandidates", refusal: ERASE_NOT_ALLOWED },
);
