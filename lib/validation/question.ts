import { z } from "zod";
import { flagParam, idParam, optional, pagingSchema, textSearchParam } from "./list-params";
import { userText } from "./text";

const answer = (n: number) =>
  userText()
    .trim()
    .min(10, `Describe what a Level ${n} answer sounds like (10+ characters)`)
    .max(600, `Keep the Level ${n} answer under 600 characters`);

export const questionSchema = z.object({
  domainId: z
    .string()
    .min(1, "Choose a domain")
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "Choose a domain"),
  level: z.number().int().min(1, "Choose a level").max(3, "Choose a level"),
  prompt: userText()
    .trim()
    .min(15, "Write the question (15+ characters)")
    .max(500, "Keep the question under 500 characters"),
  answerL1: answer(1),
  answerL2: answer(2),
  answerL3: answer(3),
  /** When the question was last saved as the editor loaded it: a save by someone else since is a conflict, not an overwrite. */
  basedOn: z.iso.datetime().nullish(),
});
export type QuestionInput = z.infer<typeof questionSchema>;

/** The question bank's URL filters (lib/validation/list-params.ts: the page drops a malformed value, proxy.ts answers 400). */
export const questionFilterSchema = pagingSchema.extend({
  domain: idParam,
  level: optional(z.enum(["1", "2", "3"]), "must be 1, 2 or 3."),
  retired: flagParam,
  q: textSearchParam(200),
});
