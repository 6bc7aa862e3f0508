// The interview page and the printable kit read one stage's kit through the same function
// (lib/data/interview-kit.ts), each with its own access check.
import { describe, expect, it } from "vitest";
import { interviewKit, printableKit, scorecardFormKit } from "../../lib/data/interview-kit";
import { db } from "../../lib/db";
import { freshInterviewOf, userByEmail } from "./helpers";

describe("printable kit", () => {
  it("shows the interview page's kit for the same stage: domains, targets, indicators, questions and other questions", async () => {
    const { user, interview: created } = await freshInterviewOf("manager@example.com");
    const interview = await db.interview.findUniqueOrThrow({ where: { id: created.id }, include: { stage: true } });
    const kit = await interviewKit(user, interview.id);
    const printed = await printableKit(user, interview.stage.roleId, interview.stageId);
    expect(kit).not.toBeNull();
    expect(printed).not.toBeNull();
    expect(printed!.domains).toEqual(kit!.domains);
    expect(printed!.otherQuestions).toEqual(kit!.otherQuestions);
    expect(printed!.matrixVersion).toBe(kit!.matrixVersion);
    expect(printed!.domains.length).toBeGreaterThan(0);
    expect(printed!.domains.some((d) => d.levels.some((l) => l.indicators.length > 0))).toBe(true);
    expect(printed).toMatchObject({
      role: { id: interview.stage.roleId },
      stage: { id: interview.stageId, name: interview.stage.name },
    });
  });

  it("gives the scorecard form the domains, levels and indicators it rates, not the questions the kit panel shows", async () => {
    const { user, interview } = await freshInterviewOf("manager@example.com");
    const kit = (await interviewKit(user, interview.id))!;
    const form = scorecardFormKit(kit);
    expect(form.domains.map((d) => d.levels)).toEqual(kit.domains.map((d) => d.levels));
    expect(form.scorecard).toEqual(kit.scorecard);
    const sent = JSON.stringify(form);
    const questions = [...kit.domains.flatMap((d) => d.questions), ...kit.otherQuestions];
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(sent).not.toContain(JSON.stringify(q.prompt));
  });

  it("is for those who may view the role; a stage of another role is not found", async () => {
    const role = await db.role.findFirstOrThrow({
      where: { status: "OPEN" },
      include: { stages: true, members: true },
    });
    const stage = role.stages[0]!;
    const outsider = await db.user.create({
      data: { email: `kit-outsider-${Date.now()}@example.org`, name: "Kit Outsider", kind: "INTERVIEWER" },
      select: { id: true, email: true, name: true, kind: true },
    });
    expect(await printableKit(outsider, role.id, stage.id)).toBeNull();
    expect(await printableKit(await userByEmail("manager@example.com"), role.id, stage.id)).not.toBeNull();
    const other = await db.role.findFirstOrThrow({ where: { id: { not: role.id } } });
    expect(await printableKit(await userByEmail("admin@example.com"), other.id, stage.id)).toBeNull();
  });
});
