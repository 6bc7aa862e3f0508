// The question bank. Managers add questions and edit or retire the ones they wrote
// (admins any); retired questions stay attached to plans that used them.
import "server-only";
import { conflict, forbidden, invalid, notFound, refused, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { keysetTablePage, type KeyPart } from "../paging/keyset";
import { containsText } from "../validation/text";
import { questionSchema } from "../validation/question";
import { can, canEditQuestion } from "../auth/permissions";

const mayAuthor = (u: CurrentUser) => can(u, "authorQuestions");

const BANK_ORDER: readonly KeyPart[] = [
  { field: "level", order: "asc", type: "integer" },
  { field: "createdAt", order: "asc", type: "date" },
  { field: "id", order: "asc", type: "string" },
];
export const QUESTION_PAGE_SIZE = 25;

/**
 * A page of the question bank, by level then age: filtered by domain, level and retirement, and
 * searched in the prompt and the model answers, in the database; the fields the page shows.
 */
export async function listQuestions(
  filter: { domainId?: string; level?: number; includeRetired?: boolean; q?: string; after?: string; before?: string },
  size = QUESTION_PAGE_SIZE,
) {
  const text = filter.q ? containsText(filter.q) : null;
  const where: Prisma.QuestionWhereInput = {
    domainId: filter.domainId || undefined,
    level: filter.level || undefined,
    retiredAt: filter.includeRetired ? undefined : null,
    ...(text ? { OR: [{ prompt: text }, { answerL1: text }, { answerL2: text }, { answerL3: text }] } : {}),
  };
  return keysetTablePage({
    parts: BANK_ORDER,
    where,
    page: { size, after: filter.after, before: filter.before },
    count: (q) => db.question.count(q),
    findMany: (q) =>
      db.question.findMany({
        ...q,
        select: {
          id: true,
          domainId: true,
          level: true,
          prompt: true,
          answerL1: true,
          answerL2: true,
          answerL3: true,
          retiredAt: true,
          createdAt: true,
          updatedAt: true,
          author: { select: { id: true, name: true } },
          _count: { select: { stages: true } },
        },
      }),
  });
}

export async function createQuestion(actor: CurrentUser, raw: unknown): Promise<ActionResult<{ id: string }>> {
  if (!mayAuthor(actor)) return forbidden("Only managers and admins add questions.");
  const parsed = questionSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    if (!(await tx.competencyDomain.findUnique({ where: { id: parsed.data.domainId } })))
      return refused("That domain doesn't exist.", "domainId");
    const { basedOn: _new, ...data } = parsed.data;
    const q = await tx.question.create({ data: { ...data, authorId: actor.id } });
    await recordAudit({ actorId: actor.id, action: "question.created", entityType: "Question", entityId: q.id }, tx);
    return { ok: true as const, id: q.id };
  });
}

/**
 * Text edits are always allowed. The domain and level are what a plan chose the question for,
 * so they change only while no stage uses it; otherwise retire it and add a new one.
 */
export async function updateQuestion(actor: CurrentUser, id: string, raw: unknown): Promise<ActionResult<object>> {
  const parsed = questionSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    const q = await tx.question.findUnique({ where: { id }, include: { _count: { select: { stages: true } } } });
    if (!q) return notFound("That question");
    if (!canEditQuestion(actor, q)) return forbidden("You can edit only questions you wrote.");
    const moves = q.domainId !== parsed.data.domainId || q.level !== parsed.data.level;
    if (moves && q._count.stages > 0) {
      const field = q.domainId !== parsed.data.domainId ? "domainId" : "level";
      const message = `${q._count.stages === 1 ? "An interview stage uses" : `${q._count.stages} interview stages use`} this question for its domain and level, so those can't change. Edit the wording, or retire it and add a new question.`;
      return refused(message, field);
    }
    if (
      q.domainId !== parsed.data.domainId &&
      !(await tx.competencyDomain.findUnique({ where: { id: parsed.data.domainId } }))
    )
      return refused("That domain doesn't exist.", "domainId");
    const { basedOn, ...data } = parsed.data;
    // Written only if nobody saved it since the editor loaded it (checked by the write itself, so
    // two saves at once cannot both pass).
    const written = await tx.question.updateMany({
      where: { id, ...(basedOn ? { updatedAt: new Date(basedOn) } : {}) },
      data,
    });
    if (written.count === 0)
      return conflict(
        "Someone else saved this question after you opened it, so yours was not saved. Your text is still in the form: copy what you need, reload the page and edit their version.",
      );
    await recordAudit(
      {
        actorId: actor.id,
        action: "question.updated",
        entityType: "Question",
        entityId: id,
        data: {
          before: {
            prompt: q.prompt,
            level: q.level,
            domainId: q.domainId,
            answerL1: q.answerL1,
            answerL2: q.answerL2,
            answerL3: q.answerL3,
          },
        },
      },
      tx,
    );
    return { ok: true as const };
  });
}

export async function setQuestionRetired(
  actor: CurrentUser,
  id: string,
  retired: boolean,
): Promise<ActionResult<object>> {
  return db.$transaction(async (tx) => {
    const q = await tx.question.findUnique({ where: { id } });
    if (!q) return notFound("That question");
    if (!canEditQuestion(actor, q)) return forbidden("You can retire only questions you wrote.");
    // Done meanwhile (another tab, a colleague): say so rather than report it done again.
    if (retired === (q.retiredAt !== null))
      return conflict(`That question is already ${retired ? "retired" : "in use again (restored)"}.`);
    await tx.question.update({ where: { id }, data: { retiredAt: retired ? new Date() : null } });
    await recordAudit(
      {
        actorId: actor.id,
        action: retired ? "question.retired" : "question.restored",
        entityType: "Question",
        entityId: id,
      },
      tx,
    );
    return { ok: true as const };
  });
}
