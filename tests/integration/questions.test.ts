import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { createQuestion, listQuestions, setQuestionRetired, updateQuestion } from "../../lib/questions/service";
import { userByEmail } from "./helpers";

const valid = (domainId: string) => ({
  domainId,
  level: 2,
  prompt: "How would you cut alert noise by half in a quarter?",
  answerL1: "Deletes some alerts that look noisy.",
  answerL2: "Groups alerts by topology and tunes with incident data.",
  answerL3: "Sets an alerting standard and a noise budget across teams.",
});

describe("question bank", () => {
  it("managers add questions and edit or retire only their own", async () => {
    const domain = await db.competencyDomain.findFirstOrThrow();
    const jordan = await userByEmail("manager@example.com");
    const dana = await userByEmail("dana@example.com");
    const res = await createQuestion(jordan, valid(domain.id));
    if (!res.ok) throw new Error(res.message);
    expect(await updateQuestion(dana, res.id, valid(domain.id))).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await setQuestionRetired(dana, res.id, true)).toMatchObject({ ok: false, kind: "forbidden" });
    expect((await updateQuestion(jordan, res.id, { ...valid(domain.id), level: 3 })).ok).toBe(true);
    expect((await setQuestionRetired(jordan, res.id, true)).ok).toBe(true);
    expect((await db.question.findUniqueOrThrow({ where: { id: res.id } })).retiredAt).not.toBeNull();
  });

  it("rejects interviewers and incomplete questions", async () => {
    const domain = await db.competencyDomain.findFirstOrThrow();
    expect(await createQuestion(await userByEmail("interviewer@example.com"), valid(domain.id))).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    const bad = await createQuestion(await userByEmail("manager@example.com"), {
      ...valid(domain.id),
      answerL3: "",
      level: 5,
    });
    expect(bad).toMatchObject({ ok: false, kind: "invalid" });
    if (!bad.ok && bad.kind === "invalid") expect(Object.keys(bad.fieldErrors).sort()).toEqual(["answerL3", "level"]);
  });
});

describe("a question used in interview plans", () => {
  it("keeps its domain and level (retire and add a new one instead); its wording can still be edited", async () => {
    const admin = await userByEmail("admin@example.com");
    const used = await db.question.findFirstOrThrow({
      where: { stages: { some: {} } },
      include: { _count: { select: { stages: true } } },
    });
    const other = await db.competencyDomain.findFirstOrThrow({ where: { id: { not: used.domainId } } });
    const current = {
      domainId: used.domainId,
      level: used.level,
      prompt: used.prompt,
      answerL1: used.answerL1,
      answerL2: used.answerL2,
      answerL3: used.answerL3,
    };
    const level = await updateQuestion(admin, used.id, { ...current, level: used.level === 3 ? 2 : used.level + 1 });
    expect(level).toMatchObject({
      ok: false,
      kind: "invalid",
      message: expect.stringMatching(/retire it and add a new question/),
      fieldErrors: { level: expect.any(String) },
    });
    expect(await updateQuestion(admin, used.id, { ...current, domainId: other.id })).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { domainId: expect.stringMatching(/can't change/) },
    });
    expect(await db.question.findUniqueOrThrow({ where: { id: used.id } })).toMatchObject({
      domainId: used.domainId,
      level: used.level,
    });
    const reworded = { ...current, prompt: `${used.prompt} Walk me through a real example.` };
    expect(await updateQuestion(admin, used.id, reworded)).toMatchObject({ ok: true });
    expect((await db.question.findUniqueOrThrow({ where: { id: used.id } })).prompt).toBe(reworded.prompt);
  });

  it("refuses a save based on a version someone else has saved over, keeping theirs; two saves at once: one wins", async () => {
    const domain = await db.competencyDomain.findFirstOrThrow();
    const admin = await userByEmail("admin@example.com");
    const created = await createQuestion(admin, valid(domain.id));
    if (!created.ok) throw new Error(created.message);
    const loaded = await db.question.findUniqueOrThrow({ where: { id: created.id } });
    const basedOn = loaded.updatedAt.toISOString();
    // Tab A saves a new Level 1 answer; tab B, opened before, then saves only a reworded prompt.
    const a = { ...valid(domain.id), answerL1: "Mutes the alerts a runbook says are noise.", basedOn };
    expect(await updateQuestion(admin, created.id, a)).toMatchObject({ ok: true });
    const b = { ...valid(domain.id), prompt: `${valid(domain.id).prompt} Use an example.`, basedOn };
    expect(await updateQuestion(admin, created.id, b)).toMatchObject({ ok: false, kind: "conflict" });
    expect(await db.question.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      answerL1: a.answerL1,
      prompt: valid(domain.id).prompt,
    });
    // The audit keeps every text as it was before an edit.
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: created.id, action: "question.updated" },
      orderBy: { id: "desc" },
    });
    expect(audit.data).toMatchObject({ before: { answerL1: valid(domain.id).answerL1 } });

    const fresh = (await db.question.findUniqueOrThrow({ where: { id: created.id } })).updatedAt.toISOString();
    const both = await Promise.all(
      ["One", "Two"].map((w) =>
        updateQuestion(admin, created.id, {
          ...valid(domain.id),
          answerL2: `${w}: groups alerts by topology.`,
          basedOn: fresh,
        }),
      ),
    );
    expect(both.map((r) => r.ok).sort()).toEqual([false, true]);
  });

  it("pages the bank by level and age in the database, every question once, and searches prompts and answers", async () => {
    const domain = await db.competencyDomain.findFirstOrThrow();
    const admin = await userByEmail("admin@example.com");
    for (let i = 0; i < 40; i++) {
      const res = await createQuestion(admin, {
        ...valid(domain.id),
        level: (i % 3) + 1,
        prompt: `Paging probe ${String(i).padStart(2, "0")}: how would you cut alert noise?`,
        answerL3: i === 7 ? "Builds a zebra-striped runbook index." : valid(domain.id).answerL3,
      });
      if (!res.ok) throw new Error(res.message);
    }
    const filter = { domainId: domain.id, includeRetired: true };
    const everyone = await db.question.count({ where: { domainId: domain.id } });
    const seen: { id: string; level: number; createdAt: Date }[] = [];
    let page = await listQuestions(filter, 7);
    expect(page.total).toBe(everyone);
    seen.push(...page.rows);
    while (page.next) {
      page = await listQuestions({ ...filter, after: page.next }, 7);
      expect(page.rows.length).toBeLessThanOrEqual(7);
      seen.push(...page.rows);
    }
    expect(seen).toHaveLength(everyone);
    expect(new Set(seen.map((q) => q.id)).size).toBe(everyone);
    const order = seen.map((q) => [q.level, q.createdAt.getTime()]);
    expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    // Back from the last page gives the page before it.
    const back = await listQuestions({ ...filter, before: page.prev! }, 7);
    expect(back.rows.map((q) => q.id)).toEqual(seen.slice(-page.rows.length - 7, -page.rows.length).map((q) => q.id));

    // Search reads the model answers too; LIKE's wildcards are text.
    const found = await listQuestions({ q: "ZEBRA-striped" });
    expect(found.rows.map((q) => q.prompt)).toEqual([expect.stringMatching(/^Paging probe 07/)]);
    expect((await listQuestions({ q: "Paging probe", level: 2 })).total).toBe(13);
    expect((await listQuestions({ q: "%" })).total).toBe(0);
    // A cursor of the wrong shape (a level that is not a number) reads as the first page.
    expect((await listQuestions({ ...filter, after: "W1siMSIsIngiLCJ5Il0sMF0" }, 7)).start).toBe(0);
  });
});
