// A role moved to a newer matrix version whose stage focuses on a domain that version retired:
// the interview kit leaves that domain out, so submitting must not require it. A scorecard
// started before the move keeps its own version, and that version's domains.
import { beforeAll, describe, expect, it } from "vitest";
import { candidateReport } from "../../lib/data/candidate";
import { interviewKit } from "../../lib/data/interview-kit";
import { roleDetail } from "../../lib/data/roles";
import { csvText, roleScoresCsv } from "../../lib/exports/role-csv";
import { moveRoleToVersion } from "../../lib/matrix/move-role";
import { db } from "../../lib/db";
import { saveDraft, submitScorecard } from "../../lib/scorecards/service";
import { completeValues, userByEmail } from "./helpers";

let roleId = "";
let stageId = "";
let focus: string[] = [];
let retired = "";
let v2 = "";
let seq = 0;
/** The application whose submitted scorecard rates the retired domain (the second test's). */
let ratedRetired = "";

async function newInterview(email: string) {
  const user = await userByEmail(email);
  seq += 1;
  const candidate = await db.candidate.create({
    data: { name: `Retired-domain candidate ${seq}`, email: `retired-${seq}-${Date.now()}@example.org` },
  });
  const application = await db.application.create({
    data: { candidateId: candidate.id, roleId, currentStageId: stageId },
  });
  const interview = await db.interview.create({
    data: { applicationId: application.id, stageId, interviewerId: user.id, scheduledAt: new Date() },
  });
  return { user, interview };
}

beforeAll(async () => {
  // A stage with at least two focus domains; the newer version retires one of them.
  const stage = await db.interviewStage.findFirstOrThrow({
    where: { domains: { some: {} }, role: { status: "OPEN" } },
    include: { domains: true, role: true },
    orderBy: { domains: { _count: "desc" } },
  });
  expect(stage.domains.length).toBeGreaterThan(1);
  roleId = stage.roleId;
  stageId = stage.id;
  focus = stage.domains.map((d) => d.domainId);
  retired = focus[0]!;
  const current = await db.matrixVersion.findUniqueOrThrow({
    where: { id: stage.role.matrixVersionId },
    include: { domains: true },
  });
  const newest = await db.matrixVersion.aggregate({ _max: { number: true } });
  v2 = (
    await db.matrixVersion.create({
      data: {
        number: (newest._max.number ?? 1) + 1,
        status: "PUBLISHED",
        publishedAt: new Date(),
        changeNote: "Retires one domain.",
        basedOnId: current.id,
        domains: {
          create: current.domains
            .filter((d) => d.domainId !== retired)
            .map(({ domainId, position, name, shortName, description }) => ({
              domainId,
              position,
              name,
              shortName,
              description,
            })),
        },
      },
    })
  ).id;
});

describe("a stage focus domain retired by the role's newer matrix version", () => {
  it("a scorecard started after the move is complete without the retired domain, and cannot score it", async () => {
    await db.role.update({ where: { id: roleId }, data: { matrixVersionId: v2 } });
    const { user, interview } = await newInterview("interviewer@example.com");
    const kit = await interviewKit(user, interview.id);
    const kept = focus.filter((d) => d !== retired);
    expect(kit?.domains.map((d) => d.domainId).sort()).toEqual([...kept].sort());
    expect(kit?.scorecard.values.scores.map((s) => s.domainId)).toEqual(kit?.domains.map((d) => d.domainId));

    expect(
      await submitScorecard(user, { interviewId: interview.id, expectedVersion: 0, values: completeValues(focus) }),
    ).toMatchObject({
      ok: false,
      kind: "invalid",
      message: expect.stringMatching(/focus domains/),
    });
    expect(
      await submitScorecard(user, {
        interviewId: interview.id,
        expectedVersion: 0,
        values: completeValues(kept.slice(1)),
      }),
    ).toMatchObject(
      kept.length > 1
        ? { ok: false, kind: "invalid", message: expect.stringMatching(/Rate every focus domain/) }
        : { ok: false },
    );
    const res = await submitScorecard(user, {
      interviewId: interview.id,
      expectedVersion: 0,
      values: completeValues(kept),
    });
    expect(res).toMatchObject({ ok: true, version: 1 });
    const card = await db.scorecard.findFirstOrThrow({
      where: { interviewId: interview.id },
      include: { scores: true },
    });
    expect(card).toMatchObject({ status: "SUBMITTED", matrixVersionId: v2 });
    expect(card.scores.map((s) => s.domainId).sort()).toEqual([...kept].sort());
  });

  it("a draft started on the older version keeps that version's domains, the retired one included", async () => {
    const prior = await db.matrixVersion.findFirstOrThrow({
      where: { id: { not: v2 }, domains: { some: { domainId: retired } } },
      orderBy: { number: "desc" },
    });
    await db.role.update({ where: { id: roleId }, data: { matrixVersionId: prior.id } });
    const { user, interview } = await newInterview("priya@example.com");
    ratedRetired = interview.applicationId;
    expect(
      await saveDraft(user, { interviewId: interview.id, expectedVersion: 0, values: completeValues(focus, "") }),
    ).toMatchObject({
      ok: true,
      version: 1,
    });
    await db.role.update({ where: { id: roleId }, data: { matrixVersionId: v2 } });

    expect((await interviewKit(user, interview.id))?.domains.map((d) => d.domainId)).toContain(retired);
    const without = focus.filter((d) => d !== retired);
    expect(
      await submitScorecard(user, { interviewId: interview.id, expectedVersion: 1, values: completeValues(without) }),
    ).toMatchObject({
      ok: false,
      kind: "invalid",
      message: expect.stringMatching(/Rate every focus domain/),
    });
    expect(
      await submitScorecard(user, { interviewId: interview.id, expectedVersion: 1, values: completeValues(focus) }),
    ).toMatchObject({
      ok: true,
      version: 2,
    });
  });

  it("after the move, the retired domain's ratings and evidence stay readable under its name, not required, never as an id", async () => {
    expect(ratedRetired).not.toBe("");
    const admin = await userByEmail("admin@example.com");
    const report = await candidateReport(admin, ratedRetired);
    if (!report?.visible) throw new Error("the admin sees the panel's feedback");
    const name = (await db.matrixVersionDomain.findFirstOrThrow({ where: { domainId: retired } })).name;
    const row = report.summary.domains.find((d) => d.domainId === retired);
    expect(row?.name).toMatch(/ \(retired\)$/);
    expect(row?.target).toBe(0);
    expect(report.summary.domains.map((d) => d.name)).not.toContain(retired);
    const evidence = report.evidence.find((e) => e.domainId === retired);
    expect(evidence?.fullName).toBe(`${name} (retired)`);
    expect(evidence?.entries.map((e) => e.interviewer)).toEqual(["Priya Natarajan"]);
    expect(evidence?.entries[0]?.evidence.length).toBeGreaterThan(0);
    // So does the role page's plan, whose stage still focuses on it.
    expect((await roleDetail(admin, roleId))?.domainName(retired)).toBe(
      `${(await db.matrixVersionDomain.findFirstOrThrow({ where: { domainId: retired } })).shortName} (retired)`,
    );
    // The scores CSV names it too.
    const csv = await roleScoresCsv(admin, roleId);
    if (!csv.ok) throw new Error(csv.error);
    const text = await csvText(csv);
    expect(text).toContain(`${name} (retired)`);
    expect(text).not.toContain(`,${retired},`);
  });

  it("after the move, the job-description check does not ask the ad for the retired domain", async () => {
    // The role's target row for the retired domain stays (its history); make it one that counts.
    await db.roleTarget.upsert({
      where: { roleId_domainId: { roleId, domainId: retired } },
      update: { level: 2 },
      create: { roleId, domainId: retired, level: 2 },
    });
    const key = (await db.competencyDomain.findUniqueOrThrow({ where: { id: retired } })).key;
    const { analyseForRole } = await import("../../lib/job-descriptions/analyse-service");
    const res = await analyseForRole(await userByEmail("recruiter@example.com"), roleId, {
      text: "Requirements:\n- Write clear postmortems after incidents",
    });
    if (!res.ok) throw new Error(res.message);
    expect(res.analysis.missingDomains).not.toContain(key);
  });

  it("the move's preview says how many submitted scorecards rate a targeted domain it retires, and what happens to them", async () => {
    const role = await db.role.findUniqueOrThrow({ where: { id: roleId }, include: { targets: true } });
    const prior = await db.matrixVersion.findFirstOrThrow({
      where: { id: { not: v2 }, domains: { some: { domainId: retired } } },
      orderBy: { number: "desc" },
    });
    await db.role.update({ where: { id: roleId }, data: { matrixVersionId: prior.id } });
    const admin = await userByEmail("admin@example.com");
    const preview = await moveRoleToVersion(admin, roleId, v2, { dryRun: true });
    if (!preview.ok) throw new Error(preview.message);
    const targeted = role.targets.some((t) => t.domainId === retired && t.level > 0);
    const warning = preview.warnings.find((w) => w.startsWith("The role targets"));
    if (targeted)
      expect(warning).toMatch(
        /^The role targets ".+", which version \d+ no longer has\. [\d,]+ submitted scorecards? rates? it: their ratings and evidence stay on the candidates' pages, marked retired, but no longer count towards fit\.$/,
      );
    else expect(warning).toBeUndefined();
    await db.role.update({ where: { id: roleId }, data: { matrixVersionId: v2 } });
  });
});
