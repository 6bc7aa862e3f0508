"use server";
import { commitImport, previewImport } from "@/lib/candidates/import";
import { eraseCandidate } from "@/lib/candidates/privacy";
import { runAction } from "@/lib/run-action";

// The CSV text's size (5 MB max, lib/candidates/limits.ts) is checked by the services, after
// sign-in; next.config.mjs lets server-action bodies that large through.
export async function previewImportAction(text: unknown) {
  return runAction((user) => previewImport(user, text), { limit: "csvImport" });
}

/** `confirmedLines`: the lines the preview showed as new or merge (the import is what was shown). */
export async function commitImportAction(text: unknown, confirmedLines: unknown) {
  return runAction((user) => commitImport(user, text, confirmedLines), { revalidate: "/pipeline", limit: "csvImport" });
}

export async function eraseCandidateAction(candidateId: unknown) {
  return runAction((user) => eraseCandidate(user, candidateId as string), {
    ids: [candidateId],
    revalidate: "/pipeline",
    revalidateLayout: true,
  });
}
