"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalid, unauthenticated } from "@/lib/action-result";
import { currentUser } from "@/lib/auth/session";
import { createQuestion, setQuestionRetired, updateQuestion } from "@/lib/questions/service";

const id = z.string().min(1).max(64);

export async function saveQuestionAction(questionId: unknown, input: unknown) {
  const user = await currentUser();
  if (!user) return unauthenticated();
  if (questionId == null) {
    const res = await createQuestion(user, input);
    if (res.ok) revalidatePath("/questions");
    return res;
  }
  const parsed = id.safeParse(questionId);
  if (!parsed.success) return invalid(parsed.error, "That request was malformed.");
  const res = await updateQuestion(user, parsed.data, input);
  if (res.ok) revalidatePath("/questions");
  return res;
}

export async function retireQuestionAction(questionId: unknown, retired: unknown) {
  const user = await currentUser();
  if (!user) return unauthenticated();
  const parsed = z.object({ id, retired: z.boolean() }).safeParse({ id: questionId, retired });
  if (!parsed.success) return invalid(parsed.error, "That request was malformed.");
  const res = await setQuestionRetired(user, parsed.data.id, parsed.data.retired);
  if (res.ok) revalidatePath("/questions");
  return res;
}
