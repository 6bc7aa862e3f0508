// ApplicationInterviewerCalibration (and the coder counts of ApplicationDomainConsensus) are
// written by the database (triggers of migration consensus_and_indexes), never by the app: they
// must follow a submission, an amendment, simultaneous submissions by a whole panel, a
// rescheduled interview and an application moved to another role, and equal what calibrate()
// would sum from the submitted ratings (tests/integration/calibration-sql.test.ts checks the
// page built from them against calibrate() itself).
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { plainMedian } from "../../lib/scoring";
import { amendScorecard, saveDraft, submitScorecard } from "../../lib/scorecards/service";
import { completeValues } from "./helpers";

async function panelOf(size: number) {
  const role = await db.role.findFirstOrThrow({
    where: { status: "OPEN", planPublishedAt: { not: null } },
    include: { stages: { orderBy: { position: "asc" }, include: { domains: true } } },
  });
  const stage = role.stages.find((s) => s.domains.length > 0)!;
  const n = `${Date.now()}-${Math.random()}`;
  const candidate = await db.candidate.create({ data: { name: `Calibration rows ${n}` } });
  const application = await db.application.create({
    data: { candidateId: candidate.id, roleId: role.id, currentStageId: stage.id },
  });
  const people = await Promise.all(
    Array.from({ length: size }, (_, i) =>
      db.user.create({
        data: { email: `calrow-${i}-${n}@example.org`, name: `Panelist ${i}`, kind: "INTERVIEWER" },
        select: { id: true, email: true, name: true, kind: true },
      }),
    ),
  );
  const scheduledAt = new Date(Date.now() - 6 * 3600_000);
  const interviews = await Promise.all(
    people.map((p) =>
      db.interview.create({
        data: { applicationId: application.id, stageId: stage.id, interviewerId: p.id, scheduledAt },
      }),
    ),
  );
  return { role, application, people, interviews, domainIds: stage.domains.map((d) => d.domainId) };
}

async function rows(applicationId: string) {
  const rs = await db.applicationInterviewerCalibration.findMany({ where: { applicationId } });
  return new Map(rs.map((r) => [r.interviewerId, r]));
}

/** What calibrate() sums for one interviewer on one application: every domain rated `mine`, the other interviewers' median `others`, `raters` interviewers in all. */
function expected(domains: number, mine: number, others: number, raters: number) {
  const comparable = raters >= 2 ? domains : 0;
  return {
    scorecards: 1,
    notAssessed: 0,
    rated0: mine === 0 ? domains : 0,
    rated1: mine === 1 ? domains : 0,
    rated2: mine === 2 ? domains : 0,
    rated3: mine === 3 ? domains : 0,
    comparable,
    offsetSum: comparable * (mine - others),
  };
}

describe("the calibration rows kept by the database", () => {
  it("ignore drafts, follow a submission, an amendment, a reschedule and a move to another role", async () => {
    const { application, people, interviews, domainIds } = await panelOf(2);
    const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
    const d = domainIds.length;
    expect(
      (
        await saveDraft(a, {
          interviewId: interviews[0]!.id,
          expectedVersion: 0,
          values: completeValues(domainIds, "3"),
        })
      ).ok,
    ).toBe(true);
    expect((await rows(application.id)).size).toBe(0);

    expect(
      (
        await submitScorecard(a, {
          interviewId: interviews[0]!.id,
          expectedVersion: 1,
          values: completeValues(domainIds, "3"),
        })
      ).ok,
    ).toBe(true);
    // Alone on the panel: nothing comparable yet.
    expect(await rows(application.id)).toEqual(
      new Map([[a.id, expect.objectContaining({ ...expected(d, 3, 3, 1), roleId: application.roleId })]]),
    );

    expect(
      (
        await submitScorecard(b, {
          interviewId: interviews[1]!.id,
          expectedVersion: 0,
          values: completeValues(domainIds, "1"),
        })
      ).ok,
    ).toBe(true);
    // Each against the other: +2 and -2 (they sum to zero).
    let stored = await rows(application.id);
    expect(stored.get(a.id)).toMatchObject(expected(d, 3, 1, 2));
    expect(stored.get(b.id)).toMatchObject(expected(d, 1, 3, 2));
    const unit = await db.applicationDomainConsensus.findUniqueOrThrow({
      where: { applicationId_domainId: { applicationId: application.id, domainId: domainIds[0]! } },
    });
    expect(unit).toMatchObject({ raters: 2, coders0: 0, coders1: 1, coders2: 0, coders3: 1 });

    expect(
      (
        await amendScorecard(b, {
          interviewId: interviews[1]!.id,
          expectedVersion: 1,
          values: completeValues(domainIds, "2"),
          reason: "Misread my notes",
        })
      ).ok,
    ).toBe(true);
    stored = await rows(application.id);
    expect(stored.get(a.id)).toMatchObject(expected(d, 3, 2, 2));
    expect(stored.get(b.id)).toMatchObject(expected(d, 2, 3, 2));

    // Hours from the interview's schedule to the submission, exact as calibrate() computes them.
    const card = await db.scorecard.findFirstOrThrow({ where: { interviewId: interviews[0]!.id } });
    const hoursFrom = (scheduledAt: Date) => (card.submittedAt!.getTime() - scheduledAt.getTime()) / 3600000;
    expect(stored.get(a.id)!.hours).toEqual([hoursFrom(interviews[0]!.scheduledAt!)]);
    const earlier = new Date(interviews[0]!.scheduledAt!.getTime() - 90 * 60_000);
    await db.interview.update({ where: { id: interviews[0]!.id }, data: { scheduledAt: earlier } });
    expect((await rows(application.id)).get(a.id)!.hours).toEqual([hoursFrom(earlier)]);

    // Moved to another role: the stored role follows.
    const other = await db.role.findFirstOrThrow({ where: { id: { not: application.roleId } } });
    await db.application.update({ where: { id: application.id }, data: { roleId: other.id } });
    expect([...(await rows(application.id)).values()].map((r) => r.roleId)).toEqual([other.id, other.id]);
    expect(
      await db.applicationDomainConsensus.count({
        where: { applicationId: application.id, roleId: { not: other.id } },
      }),
    ).toBe(0);
    await db.application.update({ where: { id: application.id }, data: { roleId: application.roleId } });
  });

  it("a whole panel submitting at the same moment loses nobody's row or offset", async () => {
    const ratings = [0, 1, 2, 3, 2, 1] as const;
    const { application, people, interviews, domainIds } = await panelOf(ratings.length);
    const results = await Promise.all(
      people.map((p, i) =>
        submitScorecard(p, {
          interviewId: interviews[i]!.id,
          expectedVersion: 0,
          values: completeValues(domainIds, String(ratings[i]) as "0"),
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const stored = await rows(application.id);
    expect(stored.size).toBe(people.length);
    people.forEach((p, i) => {
      // The others' conventional median can be a half level: 0 is measured against 1.5 here.
      const others = plainMedian(ratings.filter((_, j) => j !== i))!;
      expect(stored.get(p.id)).toMatchObject(expected(domainIds.length, ratings[i]!, others, people.length));
    });
    for (const domainId of domainIds) {
      const unit = await db.applicationDomainConsensus.findUniqueOrThrow({
        where: { applicationId_domainId: { applicationId: application.id, domainId } },
      });
      expect(unit).toMatchObject({ raters: 6, coders0: 1, coders1: 2, coders2: 2, coders3: 1 });
    }
  });
});
