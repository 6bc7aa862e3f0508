// A stage without focus domains (a behavioural conversation) gives a scorecard with a
// recommendation and no domain scores. It counts like any other: in the tally and the split
// check of the candidate page, the debrief and /api/v1, and as a row of the scores CSV.
import { describe, expect, it } from "vitest";
import { candidateReport } from "../../lib/data/candidate";
import { db } from "../../lib/db";
import { csvText, roleScoresCsv } from "../../lib/exports/role-csv";
import { userByEmail } from "./helpers";

describe("a submitted scorecard without domain scores", () => {
  it("counts its recommendation in the tally and the split, and has its row in the scores CSV", async () => {
    const owner = await userByEmail("manager@example.com");
    const [kwame, mei] = await Promise.all([userByEmail("kwame@example.com"), userByEmail("mei@example.com")]);
    const role = await db.role.findFirstOrThrow({
      where: { ownerId: owner.id, status: "OPEN", stages: { some: { domains: { some: {} } } } },
      include: { stages: { include: { domains: true }, orderBy: { position: "asc" } } },
    });
    const focused = role.stages.find((s) => s.domains.length)!;
    const talk = await db.interviewStage.create({
      data: { roleId: role.id, position: 99, name: "Team fit conversation", kind: "BEHAVIOURAL" },
    });
    const stamp = Date.now();
    const candidate = await db.candidate.create({
      data: { name: `Behavioural ${stamp}`, email: `behavioural-${stamp}@example.org` },
    });
    const app = await db.application.create({ data: { candidateId: candidate.id, roleId: role.id } });
    const held = new Date(Date.now() - 3600_000);
    const submitted = async (stageId: string, interviewerId: string, recommendation: "STRONG_YES" | "NO") => {
      const interview = await db.interview.create({
        data: { applicationId: app.id, stageId, interviewerId, scheduledAt: held },
      });
      return db.scorecard.create({
        data: {
          interviewId: interview.id,
          interviewerId,
          matrixVersionId: role.matrixVersionId,
          status: "SUBMITTED",
          submittedAt: new Date(),
          recommendation,
        },
      });
    };
    const rated = await submitted(focused.id, mei.id, "STRONG_YES");
    await db.domainScore.create({
      data: {
        scorecardId: rated.id,
        domainId: focused.domains[0]!.domainId,
        rating: 2,
        evidence: "Walked through the alerting pipeline she built, with its trade-offs.",
      },
    });
    await submitted(talk.id, kwame.id, "NO");

    const report = await candidateReport(owner, app.id);
    if (!report?.visible) throw new Error("the owner sees the report");
    expect(report.summary.scorecards).toBe(2);
    expect(report.summary.tally).toMatchObject({ STRONG_YES: 1, NO: 1 });
    expect(report.summary.split).toBe(true);
    expect(report.recommendations.map((r) => r.recommendation).sort()).toEqual(["NO", "STRONG_YES"]);

    const out = await roleScoresCsv(owner, role.id);
    if (!out.ok) throw new Error(out.error);
    const lines = (await csvText(out)).split("\r\n").filter((l) => l.includes(candidate.name));
    expect(lines).toHaveLength(2);
    const talkRow = lines.find((l) => l.includes("Team fit conversation"))!;
    // candidate, application, domain (none), target (none), interviewer, stage, rating (none), recommendation …
    expect(talkRow.split(",").slice(0, 8)).toEqual([
      candidate.name,
      app.id,
      "",
      "",
      "Kwame Mensah",
      "Team fit conversation",
      "",
      "NO",
    ]);
  });
});
