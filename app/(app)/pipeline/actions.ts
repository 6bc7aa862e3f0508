"use server";
import { z } from "zod";
import { invalid } from "@/lib/action-result";
import { commitImport, previewImport } from "@/lib/candidates/import";
import { eraseCandidate } from "@/lib/candidates/privacy";
import { runAction } from "@/lib/run-action";

// 5,000 rows of CSV are well under 2 MB; refuse anything far larger before parsing.
const csvText = z.string().max(5_000_000, "The file is too large (5 MB max)");

export async function previewImportAction(text: unknown) {
  const parsed = csvText.safeParse(text);
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]!.message);
  return runAction((user) => previewImport(user, parsed.data));
}

export async function commitImportAction(text: unknown) {
  const parsed = csvText.safeParse(text);
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]!.message);
  return runAction((user) => commitImport(user, parsed.data), { revalidate: "/pipeline" });
}

export async function eraseCandidateAction(candidateId: unknown) {
  return runAction((user) => eraseCandidate(user, candidateId as string), { ids: [candidateId], revalidate: "/pipeline", revalidateLayout: true });
}
