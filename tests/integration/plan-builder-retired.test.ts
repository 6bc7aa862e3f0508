// The plan editor's data when a stage still focuses on a domain its role's matrix version no longer
// has (retired, and the role moved to that version): left out of the form, and said by name.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { planBuilderData } from "../../lib/data/plan-builder";
import { userByEmail } from "./helpers";

describe("plan editor after a domain was retired", () => {
  it("leaves the retired focus and its questions out of the stages, and names them", async () => {
    const manager = await userByEmail("manager@example.com");
    const role = await db.role.findFirstOrThrow({
      where: { ownerId: manager.id, stages: { some: {} } },
      select: {
        id: true,
        matrixVersionId: true,
        stages: { select: { id: true, name: true }, orderBy: { position: "asc" } },
      },
    });
    const stage = role.stages[0]!;
    const before = (await planBuilderData(manager, role.id))!;
    expect(before.leftOut).toEqual([]);

    // A domain that was in an older version only, with its wording there, still on the stage.
    // (Its own version here, for the wording: this file's database is its own.)
    const old = await db.matrixVersion.create({ data: { status: "PUBLISHED", number: 900 } });
    const domain = await db.competencyDomain.create({ data: { key: "retired-in-plan" } });
    await db.matrixVersionDomain.create({
      data: {
        versionId: old.id,
        domainId: domain.id,
        position: 99,
        name: "Mainframe operations",
        shortName: "Mainframe",
        description: "",
      },
    });
    const question = await db.question.create({
      data: {
        domainId: domain.id,
        level: 2,
        prompt: "Walk me through an IPL.",
        answerL1: "-",
        answerL2: "-",
        answerL3: "-",
      },
    });
    await db.stageDomain.create({ data: { stageId: stage.id, domainId: domain.id } });
    await db.stageQuestion.create({ data: { stageId: stage.id, questionId: question.id, position: 99 } });

    const after = (await planBuilderData(manager, role.id))!;
    const first = after.stages.find((s) => s.id === stage.id)!;
    expect(first.domainIds).not.toContain(domain.id);
    expect(first.questionIds).not.toContain(question.id);
    expect(first.domainIds).toEqual(before.stages.find((s) => s.id === stage.id)!.domainIds);
    expect(after.leftOut).toEqual([{ stage: stage.name, domains: ["Mainframe operations"], questions: 1 }]);
  });
});
