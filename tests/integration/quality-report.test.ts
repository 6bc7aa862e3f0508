// The hiring-quality page's Spearman correlations are computed by PostgreSQL (lib/quality/report.ts);
// the JavaScript `spearman` (lib/quality/stats.ts) is the oracle. A random world of hires with
// panels (some interviews still owed, so the independence rule hides them from that viewer) and
// check-ins (several per hire, some domains "not observed"), then for each kind of viewer the SQL
// n and ρ per domain must equal the oracle's over the hires the JS rules let them see both sides of.
import { beforeAll, describe, expect, it } from "vitest";
import { canSeeCheckIns } from "../../lib/auth/permissions";
import type { CurrentUser } from "../../lib/auth/session";
import { db } from "../../lib/db";
import type { FeedbackVisibility, UserKind } from "../../lib/generated/prisma/enums";
import { hiringQualityReport } from "../../lib/quality/report";
import { spearman } from "../../lib/quality/stats";
import { rng } from "../setup/random";
import { visibleApplicationIds } from "./helpers";

const PEOPLE: [UserKind, string][] = [
  ["ADMIN", "Q Admin"],
  ["MANAGER", "Q Manager A"],
  ["MANAGER", "Q Manager B"],
  ["RECRUITER", "Q Recruiter"],
  ["INTERVIEWER", "Q Interviewer C"],
  ["INTERVIEWER", "Q Interviewer D"],
];
let people: CurrentUser[] = [];
let domains: string[] = [];

beforeAll(async () => {
  const rand = rng(20261130);
  const base = await db.role.findFirstOrThrow({ select: { clusterId: true, matrixVersionId: true } });
  domains = (await db.competencyDomain.findMany({ take: 4, orderBy: { key: "asc" }, select: { id: true } })).map(
    (d) => d.id,
  );
  people = await Promise.all(
    PEOPLE.map(([kind, name], i) =>
      db.user.create({
        data: { email: `q-${i}@example.org`, name, kind },
        select: { id: true, email: true, name: true, kind: true },
      }),
    ),
  );
  const [, managerA, managerB, recruiter, c, d] = people as [
    CurrentUser,
    CurrentUser,
    CurrentUser,
    CurrentUser,
    CurrentUser,
    CurrentUser,
  ];
  for (let r = 0; r < 2; r++) {
    const owner = r === 0 ? managerA : managerB;
    const role = await db.role.create({
      data: {
        title: `Quality role ${r}`,
        seniority: "Senior",
        clusterId: base.clusterId,
        matrixVersionId: base.matrixVersionId,
        ownerId: owner.id,
        status: "CLOSED",
        targets: { create: domains.map((domainId) => ({ domainId, level: 2 })) },
        members: { create: { userId: recruiter.id, function: "RECRUITER" } },
        stages: { create: { position: 0, name: "Loop", kind: "TECHNICAL" } },
      },
      include: { stages: true },
    });
    for (let a = 0; a < 18; a++) {
      const candidate = await db.candidate.create({ data: { name: `Q candidate ${r}-${a}` } });
      const app = await db.application.create({ data: { candidateId: candidate.id, roleId: role.id } });
      // The panel: C and D always; the owner sometimes too, and then sometimes still owing their scorecard.
      const panel = [c, d, ...(rand() < 0.3 ? [owner] : [])];
      for (const p of panel) {
        const interview = await db.interview.create({
          data: { applicationId: app.id, stageId: role.stages[0]!.id, interviewerId: p.id },
        });
        const submitted = p !== owner || rand() < 0.5;
        const card = await db.scorecard.create({
          data: {
            interviewId: interview.id,
            interviewerId: p.id,
            matrixVersionId: base.matrixVersionId,
            status: submitted ? "SUBMITTED" : "DRAFT",
            submittedAt: submitted ? new Date() : null,
            ...(submitted ? { recommendation: "YES" as const } : {}),
          },
        });
        await db.domainScore.createMany({
          data: domains.map((domainId) => ({
            scorecardId: card.id,
            domainId,
            rating: rand() < 0.1 ? null : Math.floor(rand() * 4),
          })),
        });
      }
      await db.application.update({
        where: { id: app.id },
        data: { status: "HIRED", decision: "HIRE", decidedAt: new Date(Date.now() - 400 * 864e5) },
      });
      if (rand() < 0.15) continue; // a hire nobody checked in on yet
      for (const [k, days] of [90, 182, 365].entries()) {
        if (k > 0 && rand() < 0.35) break;
        await db.qualityCheckIn.create({
          data: {
            applicationId: app.id,
            milestoneDays: days,
            authorId: owner.id,
            overall: 1 + Math.floor(rand() * 5),
            wouldHireAgain: rand() < 0.7,
            ratings: {
              create: domains.map((domainId) => ({ domainId, rating: rand() < 0.15 ? null : Math.floor(rand() * 4) })),
            },
          },
        });
      }
    }
  }
});

/** The oracle: pairs built in JavaScript from the rows, over the hires the JS rules let `viewer` see. */
async function oracle(viewer: CurrentUser) {
  const visible = await visibleApplicationIds(viewer);
  const hires = await db.hireFollowUp.findMany({
    select: {
      applicationId: true,
      delegateId: true,
      application: {
        select: { role: { select: { ownerId: true } }, consensus: { select: { domainId: true, median: true } } },
      },
      checkIns: {
        select: { milestoneDays: true, submittedAt: true, ratings: { select: { domainId: true, rating: true } } },
      },
    },
  });
  const pairs = new Map<string, [number, number][]>();
  for (const h of hires) {
    if (
      !visible.has(h.applicationId) ||
      !canSeeCheckIns(viewer, { roleOwnerId: h.application.role.ownerId, delegateId: h.delegateId })
    )
      continue;
    const latestFirst = [...h.checkIns].sort(
      (a, b) => b.milestoneDays - a.milestoneDays || b.submittedAt.getTime() - a.submittedAt.getTime(),
    );
    for (const c of h.application.consensus) {
      if (c.median === null) continue;
      const job = latestFirst
        .map((ci) => ci.ratings.find((r) => r.domainId === c.domainId)?.rating)
        .find((r) => r != null);
      if (job == null) continue;
      pairs.set(c.domainId, [...(pairs.get(c.domainId) ?? []), [c.median, job]]);
    }
  }
  return new Map(
    [...pairs].map(([domainId, ps]) => [
      domainId,
      {
        n: ps.length,
        rho: spearman(
          ps.map((p) => p[0]),
          ps.map((p) => p[1]),
        ),
      },
    ]),
  );
}

describe.each(["AFTER_SUBMIT", "NEVER"] as FeedbackVisibility[])("hiring quality in SQL under %s", (visibility) => {
  it("equals spearman() over the hires each kind of viewer may see both sides of", async () => {
    await db.orgSettings.update({ where: { id: 1 }, data: { feedbackVisibility: visibility } });
    let compared = 0;
    for (const viewer of people) {
      const expected = await oracle(viewer);
      const report = await hiringQualityReport(viewer);
      for (const d of report.domains) {
        const want = expected.get(d.domainId) ?? { n: 0, rho: null };
        expect(d.n, `${viewer.name} n`).toBe(want.n);
        if (want.rho === null) expect(d.rho, viewer.name).toBeNull();
        else expect(Math.abs(d.rho! - want.rho), `${viewer.name} rho ${d.rho} vs ${want.rho}`).toBeLessThan(1e-9);
        if (want.n > 0) compared++;
      }
      for (const domainId of expected.keys()) expect(report.domains.some((d) => d.domainId === domainId)).toBe(true);
      if (viewer.kind === "INTERVIEWER" || viewer.kind === "RECRUITER") expect(report.hires).toBe(0);
    }
    expect(compared).toBeGreaterThanOrEqual(12);
  });
});

it("the world exercises what it claims: enough pairs for a reading, hidden hires for an owner who still owes a scorecard", async () => {
  await db.orgSettings.update({ where: { id: 1 }, data: { feedbackVisibility: "AFTER_SUBMIT" } });
  const admin = await hiringQualityReport(people[0]!);
  expect(Math.max(...admin.domains.map((d) => d.n))).toBeGreaterThanOrEqual(20);
  expect(admin.domains.some((d) => d.verdict !== "too-few")).toBe(true);
  const a = await hiringQualityReport(people[1]!);
  const pending = await db.interview.count({ where: { interviewerId: people[1]!.id, scorecardSubmittedAt: null } });
  expect(pending).toBeGreaterThan(0);
  expect(a.hires).toBe(18 - pending);
});

it("names a domain the newest version retired by its last name, marked, not by its key", async () => {
  const newest = await db.matrixVersion.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    orderBy: { number: "desc" },
    include: { domains: true },
  });
  const before = await hiringQualityReport(people[0]!);
  const gone = before.domains.find((d) => d.n > 0)!;
  const lastName = newest.domains.find((d) => d.domainId === gone.domainId)!.name;
  const next = await db.matrixVersion.create({
    data: {
      status: "PUBLISHED",
      number: (newest.number ?? 0) + 1,
      publishedAt: new Date(),
      domains: {
        create: newest.domains
          .filter((d) => d.domainId !== gone.domainId)
          .map(({ domainId, position, name, shortName, description }) => ({
            domainId,
            position,
            name,
            shortName,
            description,
          })),
      },
    },
  });
  const after = await hiringQualityReport(people[0]!);
  expect(after.domains.find((d) => d.domainId === gone.domainId)!.name).toBe(`${lastName} (retired)`);
  await db.matrixVersionDomain.deleteMany({ where: { versionId: next.id } });
  await db.matrixVersion.delete({ where: { id: next.id } });
});
