"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalid, unauthenticated } from "@/lib/action-result";
import { currentUser } from "@/lib/auth/session";
import { commitImport, previewImport } from "@/lib/candidates/import";
import { eraseCandidate } from "@/lib/candidates/privacy";

// 5,000 rows of CSV are well under 2 MB; refuse anything far larger before parsing.
const csvText = z.string().max(5_000_000, "The file is too large (5 MB max)");

export async function previewImportAction(text: unknown) {
  const user = await currentUser();
  if (!user) return unauthenticated();
  const parsed = csvText.safeParse(text);
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]!.message);
  return previewImport(user, parsed.data);
}

export async function commitImportAction(text: unknown) {
  const user = await currentUser();
  if (!user) return unauthenticated();
  const parsed = csvText.safeParse(text);
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]!.message);
  const res = await commitImport(user, parsed.data);
  if (res.ok) revalidatePath("/pipeline");
  return res;
}

export async function eraseCandidateAction(candidateId: unknown) {
  const user = await currentUser();
  if (!user) return unauthenticated();
  const id = z.string().min(1).max(64).safeParse(candidateId);
  if (!id.success) return invalid(id.error, "That request was malformed.");
  const res = await eraseCandidate(user, id.data);
  if (res.ok) revalidatePath("/pipeline", "layout");
  return res;
}
