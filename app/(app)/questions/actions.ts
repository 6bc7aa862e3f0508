"use server";
import { z } from "zod";
import { invalid } from "@/lib/action-result";
import { createQuestion, setQuestionRetired, updateQuestion } from "@/lib/questions/service";
import { runAction } from "@/lib/run-action";

const opts = { revalidate: "/questions" };

export async function saveQuestionAction(questionId: unknown, input: unknown) {
  if (questionId == null) return runAction((user) => createQuestion(user, input), opts);
  return runAction((user) => updateQuestion(user, questionId as string, input), { ...opts, ids: [questionId] });
}

export async function retireQuestionAction(questionId: unknown, retired: unknown) {
  const flag = z.boolean().safeParse(retired);
  if (!flag.success) return invalid(flag.error, "That request was malformed.");
  return runAction((user) => setQuestionRetired(user, questionId as string, flag.data), { ...opts, ids: [questionId] });
}
