// Interviewer readiness on the demo: who sees whose progress, who may grant and take exercises,
// and training seats left out of the panel's consensus (migration readiness).
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { newestExercisePerDomain } from "../../lib/readiness/exercise-lists";
import { exerciseToTake, myReadiness, teamReadiness } from "../../lib/readiness/queries";
import {
  claimQualification,
  grantQualification,
  pastPanels,
  revokeQualification,
  submitCalibrationAttempt,
  updateReadinessSettings,
} from "../../lib/readiness/service";
import { planBuilderData } from "../../lib/data/plan-builder";
import { unqualifiedStageDomains } from "../../lib/readiness/rules";
import { csvText, roleScoresCsv } from "../../lib/exports/role-csv";
import { userByEmail } from "./helpers";

describe("interviewer readiness", () => {
  it("shows each interviewer their own progress only, and the team view to managers and admins only", async () => {
    const mei = await myReadiness(await userByEmail("mei@example.com"));
    const security = mei!.domains.find((d) => d.status !== "qualified" && d.calibrationPassed);
    expect(security).toMatchObject({ shadows: { done: 2, required: 2 }, reverseShadows: { done: 0, required: 1 } });
    expect(await myReadiness(await userByEmail("recruiter@example.com"))).toBeNull();
    for (const email of ["interviewer@example.com", "recruiter@example.com", "priya@example.com"])
      expect(await teamReadiness(await userByEmail(email), "UTC"), email).toBeNull();
    const team = await teamReadiness(await userByEmail("manager@example.com"), "UTC");
    expect(team!.people.find((p) => p.name === "Sam Rivera")).toMatchObject({ limit: 4 });
    expect(team!.people.some((p) => p.kind === "RECRUITER")).toBe(false);
  });

  it("pages the team in the database and searches it by name", async () => {
    const manager = await userByEmail("manager@example.com");
    const all = (await teamReadiness(manager, "UTC"))!;
    const first = (await teamReadiness(manager, "UTC", {}, new Date(), 2))!;
    expect(first.people.map((p) => p.name)).toEqual(all.people.slice(0, 2).map((p) => p.name));
    expect(first.page.total).toBe(all.page.total);
    const second = (await teamReadiness(manager, "UTC", { after: first.page.next! }, new Date(), 2))!;
    expect(second.people.map((p) => p.name)).toEqual(all.people.slice(2, 4).map((p) => p.name));
    const found = (await teamReadiness(manager, "UTC", { q: "rivera" }))!;
    expect(found.people.map((p) => p.name)).toEqual(["Sam Rivera"]);
    expect(found.people[0]!.domains.length).toBe(all.domains.length);
    // LIKE wildcards match only themselves.
    expect((await teamReadiness(manager, "UTC", { q: "%" }))!.people).toEqual([]);
    expect((await teamReadiness(manager, "UTC", { q: "sam_rivera" }))!.people).toEqual([]);
    // A tampered cursor reads as the first page, never an error.
    expect((await teamReadiness(manager, "UTC", { after: "not-a-cursor" }, new Date(), 2))!.people).toEqual(
      first.people,
    );
  });

  it("gives the plan editor who is qualified for what, so it warns about a stage rated only by people not yet qualified", async () => {
    const manager = await userByEmail("manager@example.com");
    const role = await db.role.findFirstOrThrow({
      where: { title: "Senior AI Operations Engineer" },
      select: { id: true },
    });
    const data = (await planBuilderData(manager, role.id))!;
    const warnings = unqualifiedStageDomains(data.stages, data.qualified, {
      domains: Object.fromEntries(data.targets.map((t) => [t.domainId, t.name])),
      people: Object.fromEntries(data.team.map((p) => [p.id, p.name])),
    });
    expect(warnings.map((w) => [w.stage, w.interviewers])).toEqual([
      ["Automation & governance design", ["Tomás García"]],
    ]);
  });

  it("lets only managers and admins grant, only admins change the requirements, and never a claim before every step", async () => {
    const sam = await userByEmail("interviewer@example.com");
    const domainId = (await myReadiness(sam))!.domains.find((d) => d.status !== "qualified")!.domainId;
    const grant = { userId: sam.id, domainId, note: "Interviewed for years elsewhere" };
    expect(await grantQualification(sam, grant)).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await grantQualification(await userByEmail("recruiter@example.com"), grant)).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await claimQualification(sam, { domainId })).toMatchObject({ ok: false, kind: "invalid" });
    expect(await updateReadinessSettings(await userByEmail("manager@example.com"), {})).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    // Never to themselves: a manager (or an admin) qualifies as anyone does, or another grants it.
    for (const email of ["manager@example.com", "admin@example.com"]) {
      const self = await userByEmail(email);
      const before = await db.interviewerQualification.count({ where: { userId: self.id } });
      for (const own of (await myReadiness(self))!.domains) {
        expect(
          await grantQualification(self, { userId: self.id, domainId: own.domainId, note: "I trust myself" }),
        ).toMatchObject({ ok: false, kind: "forbidden" });
      }
      expect(await db.interviewerQualification.count({ where: { userId: self.id } })).toBe(before);
    }
    expect(await grantQualification(await userByEmail("manager@example.com"), grant)).toEqual({ ok: true });
    expect((await myReadiness(sam))!.domains.find((d) => d.domainId === domainId)!.status).toBe("qualified");
    expect(await db.auditEvent.count({ where: { action: "readiness.qualification_granted", entityId: sam.id } })).toBe(
      1,
    );
  });

  it("hides the panel's consensus until an attempt is submitted, then scores it", async () => {
    const sam = await userByEmail("interviewer@example.com");
    const ex = await db.calibrationExercise.findFirstOrThrow({
      select: { id: true, items: { select: { id: true, consensus: true } } },
    });
    const before = await exerciseToTake(sam, ex.id);
    expect(JSON.stringify(before!.exercise)).not.toContain("consensus");
    expect(before!.lastAttempt).toBeNull();
    expect(await exerciseToTake(await userByEmail("recruiter@example.com"), ex.id)).toBeNull();
    const partial = await submitCalibrationAttempt(sam, {
      exerciseId: ex.id,
      answers: [{ itemId: ex.items[0]!.id, rating: 1 }],
    });
    expect(partial).toMatchObject({ ok: false, kind: "invalid" });
    const res = await submitCalibrationAttempt(sam, {
      exerciseId: ex.id,
      answers: ex.items.map((i) => ({ itemId: i.id, rating: i.consensus })),
    });
    expect(res).toMatchObject({ ok: true, score: { exact: ex.items.length, passed: true } });
    expect((await exerciseToTake(sam, ex.id))!.lastAttempt).toMatchObject({ exact: ex.items.length });
  });

  it("never draws an exercise item from an application closed with a scorecard still due", async () => {
    // A closed application the exercises may draw from...
    const consensus = await db.applicationDomainConsensus.findMany({
      where: { raters: { gte: 2 }, application: { status: { not: "ACTIVE" } } },
      select: { domainId: true },
      distinct: ["domainId"],
    });
    let domainId = "";
    let drawn: Awaited<ReturnType<typeof pastPanels>> = [];
    for (const c of consensus) {
      drawn = await pastPanels(c.domainId);
      if (drawn.length) {
        domainId = c.domainId;
        break;
      }
    }
    expect(drawn.length).toBeGreaterThan(0);
    const app = await db.application.findUniqueOrThrow({
      where: { id: drawn[0]!.app },
      select: { id: true, role: { select: { stages: { select: { id: true } } } } },
    });
    // ...was closed over someone's interview, held and never scored (Reject without the scorecards still due).
    const stageId = app.role.stages[0]!.id;
    const panelist = await db.user.findFirstOrThrow({
      where: { interviews: { none: { applicationId: app.id, stageId } } },
      select: { id: true },
    });
    const held = await db.interview.create({
      data: {
        applicationId: app.id,
        stageId,
        interviewerId: panelist.id,
        scheduledAt: new Date(Date.now() - 86_400_000),
      },
    });
    try {
      // They never see that panel's feedback, so no exercise (shown to every interviewer) may hold it.
      expect((await pastPanels(domainId)).map((p) => p.app)).not.toContain(app.id);
    } finally {
      await db.interview.delete({ where: { id: held.id } });
    }
    expect((await pastPanels(domainId)).map((p) => p.app)).toContain(app.id);
  });

  it("never counts a training seat in the panel's consensus", async () => {
    const shadow = await db.interview.findFirstOrThrow({
      where: { seat: "SHADOW" },
      select: { id: true, applicationId: true },
    });
    const rows = () =>
      db.applicationDomainConsensus.findMany({
        where: { applicationId: shadow.applicationId },
        orderBy: { domainId: "asc" },
        select: { median: true, ratings: true },
      });
    const withShadow = await rows();
    expect(withShadow.every((r) => r.ratings === 2)).toBe(true); // the two leads only
    await db.interview.update({ where: { id: shadow.id }, data: { seat: "LEAD" } });
    expect((await rows()).every((r) => r.ratings === 3)).toBe(true);
    await db.interview.update({ where: { id: shadow.id }, data: { seat: "SHADOW" } });
    expect(await rows()).toEqual(withShadow);
  });

  it("leaves training seats' ratings out of the role's scores CSV, as out of every other reader", async () => {
    const shadow = await db.interview.findFirstOrThrow({
      where: { seat: "SHADOW", scorecards: { some: { status: "SUBMITTED", scores: { some: {} } } } },
      select: {
        id: true,
        application: { select: { role: { select: { id: true, owner: { select: { email: true } } } } } },
        scorecards: { select: { scores: { select: { scorecardId: true, domainId: true }, take: 1 } } },
      },
    });
    const score = shadow.scorecards[0]!.scores[0]!;
    const marker = `shadow-evidence-${Date.now()}`;
    await db.domainScore.update({
      where: { scorecardId_domainId: score },
      data: { evidence: `${marker}: watched the lead walk through an incident timeline.` },
    });
    const owner = await userByEmail(shadow.application.role.owner.email);
    const csv = async () => {
      const out = await roleScoresCsv(owner, shadow.application.role.id);
      if (!out.ok) throw new Error(out.error);
      return csvText(out);
    };
    expect(await csv()).not.toContain(marker);
    await db.interview.update({ where: { id: shadow.id }, data: { seat: "LEAD" } });
    expect(await csv()).toContain(marker); // the same scorecard, as a lead's, is exported
    await db.interview.update({ where: { id: shadow.id }, data: { seat: "SHADOW" } });
  });

  it("shows a person's best calibration per domain: a pass before a fail, then the highest share, whatever the order taken", async () => {
    const kwame = await userByEmail("kwame@example.com");
    const domainOf = async () => (await myReadiness(kwame))!.domains.find((d) => d.best === null)!;
    const domain = await domainOf();
    const attempt = async (exact: number, passed: boolean, minutesAgo: number) => {
      const exercise = await db.calibrationExercise.create({
        data: { domainId: domain.domainId, title: `Best-of test ${minutesAgo}` },
      });
      await db.calibrationAttempt.create({
        data: {
          exerciseId: exercise.id,
          userId: kwame.id,
          exact,
          withinOne: 6,
          items: 6,
          meanOffset: 0,
          passed,
          passMark: passed ? 50 : 90,
          submittedAt: new Date(Date.now() - minutesAgo * 60_000),
        },
      });
      return exercise;
    };
    await attempt(5, false, 30); // the highest share, but failed under a stricter pass mark
    await attempt(4, true, 20);
    await attempt(3, true, 10);
    const best = (await myReadiness(kwame))!.domains.find((d) => d.domainId === domain.domainId)!.best;
    expect(best).toEqual({ exact: 4, items: 6, passed: true });
    // The team view reads the same rows.
    const team = (await teamReadiness(await userByEmail("manager@example.com"), "UTC", { q: "Kwame" }))!;
    expect(team.people[0]!.domains.find((d) => d.domainId === domain.domainId)!.best).toEqual(best);
  });

  it("counts only a first attempt at an exercise: a retake, after the panel's levels were shown, is practice", async () => {
    const tomas = await userByEmail("tomas@example.com");
    // Seeded: Tomás missed the security exercise (3 of 6).
    const security = (await myReadiness(tomas))!.domains.find((d) => d.best && !d.best.passed)!;
    const exercise = await db.calibrationExercise.findFirstOrThrow({
      where: { domainId: security.domainId, attempts: { some: { userId: tomas.id } } },
      select: { id: true, items: { select: { id: true, consensus: true } } },
    });
    const copied = await submitCalibrationAttempt(tomas, {
      exerciseId: exercise.id,
      answers: exercise.items.map((i) => ({ itemId: i.id, rating: i.consensus })),
    });
    expect(copied).toMatchObject({ ok: true, score: { passed: true } }); // scored and shown, for practice
    const after = (await myReadiness(tomas))!.domains.find((d) => d.domainId === security.domainId)!;
    expect(after).toMatchObject({ calibrationPassed: false, best: security.best });
    expect((await exerciseToTake(tomas, exercise.id))!.attempts).toBe(2);
    // The step links to an exercise not taken yet; with none, it asks for a new one.
    expect((await newestExercisePerDomain([security.domainId], tomas.id)).has(security.domainId)).toBe(false);
    const fresh = await db.calibrationExercise.create({
      data: { domainId: security.domainId, title: "Security & governance: calibration 2" },
    });
    expect((await newestExercisePerDomain([security.domainId], tomas.id)).get(security.domainId)?.id).toBe(fresh.id);
  });

  it("makes a revoked person train again: only seats and calibration attempts after the revocation count", async () => {
    const manager = await userByEmail("manager@example.com");
    const mei = await userByEmail("mei@example.com");
    const domainOf = async () => (await myReadiness(mei))!.domains.find((d) => d.domainId === security.domainId)!;
    // Two shadow seats done and a passed calibration: one reverse-shadow seat short.
    const security = (await myReadiness(mei))!.domains.find((d) => d.status !== "qualified" && d.calibrationPassed)!;
    expect(security.shadows.done).toBe(2);
    const key = { userId: mei.id, domainId: security.domainId };
    expect(await grantQualification(manager, { ...key, note: "Led these elsewhere" })).toEqual({ ok: true });
    expect(await revokeQualification(mei, { ...key, note: "no" })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await revokeQualification(manager, { ...key, note: "Rated far from the panels" })).toEqual({ ok: true });

    const after = await domainOf();
    expect(after).toMatchObject({
      status: "in-training",
      shadows: { done: 0 },
      reverseShadows: { done: 0 },
      calibrationPassed: false,
      best: null,
    });
    expect(after.revokedAt).toBeInstanceOf(Date);
    expect(after.remaining).toContain("a passed calibration exercise");
    expect(await claimQualification(mei, { domainId: security.domainId })).toMatchObject({ ok: false });
    // The team view reads the same rows.
    const team = (await teamReadiness(manager, "UTC", { q: "Mei" }))!;
    expect(team.people[0]!.domains.find((d) => d.domainId === security.domainId)).toMatchObject({
      status: "in-training",
      shadows: { done: 0 },
    });

    // What is done after the revocation counts again.
    const seat = await db.interview.findFirstOrThrow({
      where: {
        interviewerId: mei.id,
        seat: "SHADOW",
        scorecardSubmittedAt: { not: null },
        stage: { domains: { some: { domainId: security.domainId } } },
      },
      select: { id: true },
    });
    await new Promise((r) => setTimeout(r, 5)); // later than the revocation's instant
    await db.interview.update({ where: { id: seat.id }, data: { scorecardSubmittedAt: new Date() } });
    // A first attempt at an exercise she has not taken (her earlier pass was on another).
    const source = await db.calibrationItem.findMany({
      where: { exercise: { domainId: security.domainId } },
      select: { evidence: true, consensus: true, raters: true },
      take: 4,
    });
    const exercise = await db.calibrationExercise.create({
      data: {
        domainId: security.domainId,
        title: "Security & governance: calibration 2",
        items: { create: source.map((it, i) => ({ ...it, position: i + 1 })) },
      },
      select: { id: true, items: { select: { id: true, consensus: true } } },
    });
    const attempt = await submitCalibrationAttempt(mei, {
      exerciseId: exercise.id,
      answers: exercise.items.map((i) => ({ itemId: i.id, rating: i.consensus })),
    });
    expect(attempt).toMatchObject({ ok: true, score: { passed: true } });
    expect(await domainOf()).toMatchObject({ shadows: { done: 1 }, calibrationPassed: true, status: "in-training" });

    // Revoked twice, the later instant is the one that counts; a grant still qualifies at once.
    expect(await grantQualification(manager, { ...key, note: "Back from leave" })).toEqual({ ok: true });
    expect((await domainOf()).status).toBe("qualified");
    await new Promise((r) => setTimeout(r, 5));
    expect(await revokeQualification(manager, { ...key, note: "Drifted again" })).toEqual({ ok: true });
    expect(await domainOf()).toMatchObject({ shadows: { done: 0 }, calibrationPassed: false });
    expect(await db.qualificationRevocation.count({ where: key })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "readiness.qualification_revoked", entityId: mei.id } })).toBe(
      2,
    );
  });
});
