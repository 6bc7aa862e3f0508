"use server";
// The question bank (lib/questions/service.ts authorizes with canEditQuestion).
import { z } from "zod";
import { defineAction } from "../run-action";
import { idSchema } from "../validation/id";
import { questionSchema } from "../validation/question";
import { createQuestion, setQuestionRetired, updateQuestion } from "./service";

const opts = { revalidate: "/questions" };

/** A new question when `questionId` is null. */
export const saveQuestionAction = defineAction(
  z.tuple([idSchema.nullish(), questionSchema]),
  (actor, [questionId, input]) =>
    questionId == null ? createQuestion(actor, input) : updateQuestion(actor, questionId, input),
  opts,
);

export const retireQuestionAction = defineAction(
  z.tuple([idSchema, z.boolean()]),
  (actor, [questionId, retired]) => setQuestionRetired(actor, questionId, retired),
  opts,
);
