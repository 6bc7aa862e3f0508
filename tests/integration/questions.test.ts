import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { createQuestion, setQuestionRetired, updateQuestion } from "../../lib/questions/service";
import { userByEmail } from "./helpers";

const valid = (domainId: string) => ({ domainId, level: 2, prompt: "How would you cut alert noise by half in a quarter?", answerL1: "Deletes some alerts that look noisy.", answerL2: "Groups alerts by topology and tunes with incident data.", answerL3: "Sets an alerting standard and a noise budget across teams." });

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
    expect(await createQuestion(await userByEmail("interviewer@example.com"), valid(domain.id))).toMatchObject({ ok: false, kind: "forbidden" });
    const bad = await createQuestion(await userByEmail("manager@example.com"), { ...valid(domain.id), answerL3: "", level: 5 });
    expect(bad).toMatchObject({ ok: false, kind: "invalid" });
    if (!bad.ok && bad.kind === "invalid") expect(Object.keys(bad.fieldErrors).sort()).toEqual(["answerL3", "level"]);
  });
});
