// ApplicationDomainConsensus is written by the database (triggers of migration
// consensus_and_indexes), never by the app: it must follow every path that changes which
// ratings count — a draft saved (nothing), a submission, an amendment, simultaneous
// submissions by a whole panel — and equal lib/scoring's consensus of the submitted ratings.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { consensus } from "../../lib/scoring";
import { amendScorecard, saveDraft, submitScorecard } from "../../lib/scorecards/service";
import { completeValues } from "./helpers";

async function panelOf(size: number) {
  const role = await db.role.findFirstOrThrow({
    where: { status: "OPEN", planPublishedAt: { not: null } },
    include: { stages: { orderBy: { position: "asc" }, include: { domains: true } } },
  });
  const stage = role.stages.find((s) => s.domains.length > 0)!;
  const n = `${Date.now()}-${Math.random()}`;
  const candidate = await db.candidate.create({ data: { name: `Consensus ${n}` } });
  const application = await db.application.create({
    data: { candidateId: candidate.id, roleId: role.id, currentStageId: stage.id },
  });
  const people = await Promise.all(
    Array.from({ length: size }, (_, i) =>
      db.user.create({
        data: { email: `cons-${i}-${n}@example.org`, name: `Panelist ${i}`, kind: "INTERVIEWER" },
        select: { id: true, email: true, name: true, kind: true },
      }),
    ),
  );
  const interviews = await Promise.all(
    people.map((p) =>
      db.interview.create({
        data: { applicationId: application.id, stageId: stage.id, interviewerId: p.id, scheduledAt: new Date() },
      }),
    ),
  );
  return { application, people, interviews, domainIds: stage.domains.map((d) => d.domainId) };
}

async function stored(applicationId: string) {
  const rows = await db.applicationDomainConsensus.findMany({ where: { applicationId } });
  return new Map(
    rows.map((r) => [r.domainId, { median: r.median, count: r.ratings, min: r.minRating, max: r.maxRating }]),
  );
}

describe("the consensus kept by the database", () => {
  it("ignores drafts, counts a submission, follows an amendment", async () => {
    const { application, people, interviews, domainIds } = await panelOf(2);
    expect(
      (
        await saveDraft(people[0]!, {
          interviewId: interviews[0]!.id,
          expectedVersion: 0,
          values: completeValues(domainIds, "3"),
        })
      ).ok,
    ).toBe(true);
    expect((await stored(application.id)).size).toBe(0);
    expect(
      (
        await submitScorecard(people[0]!, {
          interviewId: interviews[0]!.id,
          expectedVersion: 1,
          values: completeValues(domainIds, "3"),
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await submitScorecard(people[1]!, {
          interviewId: interviews[1]!.id,
          expectedVersion: 0,
          values: completeValues(domainIds, "1"),
        })
      ).ok,
    ).toBe(true);
    // Lower median of 3 and 1 is 1; spread 2.
    expect((await stored(application.id)).get(domainIds[0]!)).toEqual({ median: 1, count: 2, min: 1, max: 3 });
    const amended = await amendScorecard(people[1]!, {
      interviewId: interviews[1]!.id,
      expectedVersion: 1,
      values: completeValues(domainIds, "2"),
      reason: "Misread my notes",
    });
    expect(amended.ok).toBe(true);
    expect((await stored(application.id)).get(domainIds[0]!)).toEqual({ median: 2, count: 2, min: 2, max: 3 });
  });

  it("a whole panel submitting at the same moment loses nobody's rating", async () => {
    const ratings = ["0", "1", "2", "3", "2", "1"] as const;
    const { application, people, interviews, domainIds } = await panelOf(ratings.length);
    const results = await Promise.all(
      people.map((p, i) =>
        submitScorecard(p, {
          interviewId: interviews[i]!.id,
          expectedVersion: 0,
          values: completeValues(domainIds, ratings[i]),
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const expected = consensus(ratings.map(Number));
    for (const domainId of domainIds)
      expect((await stored(application.id)).get(domainId)).toEqual({
        median: expected.median,
        count: expected.count,
        min: expected.min,
        max: expected.max,
      });
  });
});
