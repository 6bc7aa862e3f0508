// Calibration and agreement are computed by PostgreSQL (lib/data/calibration.ts); the JavaScript
// definitions (calibrate, agreementByRole in lib/scoring) are the oracle. A random world of
// several roles, interviewers and units, with not-assessed entries (and unrated ones), drafts,
// cards without entries, missing schedules and one interviewer scoring a candidate twice
// (two stages) — then, for viewers of every kind and each visibility setting, the SQL results
// (every page, walked forwards and backwards) must equal the oracle's over the applications
// the JavaScript rule lets that viewer see.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../lib/auth/session";
import { calibrationReport, type CalibrationRow } from "../../lib/data/calibration";
import { db } from "../../lib/db";
import type { FeedbackVisibility, UserKind } from "../../lib/generated/prisma/enums";
import { agreementByRole, calibrate } from "../../lib/scoring";
import { rng } from "../setup/random";
import { expectLastPage, visibleApplicationIds } from "./helpers";

// Two interviewers share a name, so the keyset's tie-break on id is exercised.
const PEOPLE: [UserKind, string][] = [
  ["ADMIN", "Cal Admin"],
  ["MANAGER", "Cal Manager A"],
  ["MANAGER", "Cal Manager B"],
  ["RECRUITER", "Cal Recruiter"],
  ["INTERVIEWER", "Cal Same Name"],
  ["INTERVIEWER", "Cal Same Name"],
  ["INTERVIEWER", "Cal Interviewer C"],
  ["INTERVIEWER", "Cal Interviewer D"],
  ["INTERVIEWER", "Cal Interviewer E"],
];
let people: CurrentUser[] = [];

beforeAll(async () => {
  const rand = rng(20261201);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const base = await db.role.findFirstOrThrow({ select: { clusterId: true, matrixVersionId: true } });
  const domains = (await db.competencyDomain.findMany({ take: 4, orderBy: { key: "asc" }, select: { id: true } })).map(
    (d) => d.id,
  );
  people = await Promise.all(
    PEOPLE.map(([kind, name], i) =>
      db.user.create({
        data: { email: `cal-${i}@example.org`, name, kind },
        select: { id: true, email: true, name: true, kind: true },
      }),
    ),
  );
  const managers = people.filter((p) => p.kind === "MANAGER");
  const t0 = Date.UTC(2026, 0, 1);
  for (let r = 0; r < 3; r++) {
    const role = await db.role.create({
      data: {
        title: `Calibration role ${r}`,
        seniority: "Senior",
        clusterId: base.clusterId,
        matrixVersionId: base.matrixVersionId,
        ownerId: managers[r % managers.length]!.id,
        status: "OPEN",
        stages: {
          create: [0, 1].map((position) => ({ position, name: `Stage ${position}`, kind: "TECHNICAL" as const })),
        },
      },
      include: { stages: true },
    });
    if (r === 0)
      await db.roleMember.create({ data: { roleId: role.id, userId: people[3]!.id, function: "RECRUITER" } });
    for (let a = 0; a < 10; a++) {
      const candidate = await db.candidate.create({ data: { name: `Cal candidate ${r}-${a}` } });
      const app = await db.application.create({ data: { candidateId: candidate.id, roleId: role.id } });
      for (const stage of role.stages) {
        for (const p of people) {
          if (rand() > 0.45) continue;
          const scheduledAt = rand() < 0.15 ? null : new Date(t0 + Math.floor(rand() * 1e9));
          const interview = await db.interview.create({
            data: { applicationId: app.id, stageId: stage.id, interviewerId: p.id, scheduledAt },
          });
          const state = pick(["none", "DRAFT", "SUBMITTED", "SUBMITTED", "SUBMITTED", "SUBMITTED"] as const);
          if (state === "none") continue;
          const submittedAt =
            state === "SUBMITTED" ? new Date((scheduledAt?.getTime() ?? t0) + Math.floor(rand() * 5e8)) : null;
          const card = await db.scorecard.create({
            data: {
              interviewId: interview.id,
              interviewerId: p.id,
              matrixVersionId: base.matrixVersionId,
              status: state,
              submittedAt,
              ...(state === "SUBMITTED" ? { recommendation: "YES" as const } : {}),
            },
          });
          const used = domains.filter(() => rand() < 0.75);
          if (used.length === 0) continue; // a card with no entries counts nowhere
          await db.domainScore.createMany({
            data: used.map((domainId) => {
              const notAssessed = rand() < 0.15;
              // A few entries with no rating and no "not assessed" flag: calibrate() counts them as not assessed.
              return {
                scorecardId: card.id,
                domainId,
                notAssessed,
                rating: notAssessed || rand() < 0.03 ? null : Math.floor(rand() * 4),
              };
            }),
          });
        }
      }
    }
  }
});

/** The oracle: the old JavaScript path, over every submitted entry of the applications the JS rule lets `viewer` see. */
async function oracle(viewer: CurrentUser) {
  const visible = await visibleApplicationIds(viewer);
  const all = await db.domainScore.findMany({
    // Training (shadow) seats are practice, not the panel's: calibration reads lead seats only.
    where: { scorecard: { status: "SUBMITTED", interview: { seat: "LEAD" } } },
    select: {
      domainId: true,
      rating: true,
      notAssessed: true,
      scorecard: {
        select: {
          id: true,
          interviewerId: true,
          submittedAt: true,
          interview: { select: { scheduledAt: true, applicationId: true, application: { select: { roleId: true } } } },
        },
      },
    },
  });
  const scores = all
    .filter((s) => visible.has(s.scorecard.interview.applicationId))
    .map((s) => ({
      interviewerId: s.scorecard.interviewerId,
      candidateKey: s.scorecard.interview.applicationId,
      domainId: s.domainId,
      rating: s.notAssessed ? null : s.rating,
      submittedAt: s.scorecard.submittedAt,
      scheduledAt: s.scorecard.interview.scheduledAt,
      scorecardId: s.scorecard.id,
      roleId: s.scorecard.interview.application.roleId,
    }));
  return { interviewers: calibrate(scores), agreement: agreementByRole(scores) };
}

/** Every page of the SQL report, following `next`, then back again following `prev`. */
async function allPages(viewer: CurrentUser, size: number) {
  const rows: CalibrationRow[] = [];
  let report = await calibrationReport(viewer, { size: String(size) });
  const first = report;
  const pages = [report.page];
  rows.push(...report.interviewers);
  while (report.page.next) {
    report = await calibrationReport(viewer, { size: String(size), after: report.page.next });
    expect(report.page.start).toBe(rows.length);
    rows.push(...report.interviewers);
    pages.push(report.page);
  }
  expect(rows.length).toBe(first.page.total);
  // Backwards from the last page lands on the same pages.
  for (let i = pages.length - 1; i > 0; i--) {
    const back = await calibrationReport(viewer, { size: String(size), before: pages[i]!.prev! });
    expect(back.interviewers.map((r) => r.interviewerId)).toEqual(pages[i - 1]!.rows.map((r) => r.interviewerId));
    expect(back.page.start).toBe(pages[i - 1]!.start);
  }
  await expectLastPage(
    async (c) => {
      const r = await calibrationReport(viewer, { size: String(size), ...c });
      return { ...r.page, rows: r.interviewers.map((i) => ({ id: i.interviewerId })) };
    },
    rows.map((r) => r.interviewerId),
    size,
  );
  return { rows, agreement: first.agreement };
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9);

describe.each(["AFTER_SUBMIT", "ALWAYS", "NEVER"] as FeedbackVisibility[])(
  "calibration in SQL under %s",
  (visibility) => {
    it("equals calibrate() and agreementByRole() for every kind of viewer, over every page", async () => {
      await db.orgSettings.update({ where: { id: 1 }, data: { feedbackVisibility: visibility } });
      let compared = 0;
      for (const viewer of people.filter((p, i) => p.kind !== "INTERVIEWER" || i === 4)) {
        const expected = await oracle(viewer);
        const { rows, agreement } = await allPages(viewer, 4);
        const who = `${viewer.kind} ${viewer.name}`;

        // Sorted by name, then id.
        const sorted = [...rows].sort((a, b) =>
          a.name < b.name ? -1 : a.name > b.name ? 1 : a.interviewerId < b.interviewerId ? -1 : 1,
        );
        expect(
          rows.map((r) => r.interviewerId),
          who,
        ).toEqual(sorted.map((r) => r.interviewerId));

        expect(rows.map((r) => r.interviewerId).sort(), who).toEqual(
          expected.interviewers.map((r) => r.interviewerId).sort(),
        );
        for (const want of expected.interviewers) {
          const got = rows.find((r) => r.interviewerId === want.interviewerId)!;
          expect(
            { ...got, meanOffset: null, medianHoursToSubmit: null, name: undefined, active: undefined },
            who,
          ).toEqual({
            ...want,
            meanOffset: null,
            medianHoursToSubmit: null,
          });
          expect(close(got.meanOffset, want.meanOffset), `${who} offset ${got.meanOffset} vs ${want.meanOffset}`).toBe(
            true,
          );
          expect(
            close(got.medianHoursToSubmit, want.medianHoursToSubmit),
            `${who} hours ${got.medianHoursToSubmit} vs ${want.medianHoursToSubmit}`,
          ).toBe(true);
          compared++;
        }

        expect(agreement.map((a) => a.roleId).sort(), who).toEqual(expected.agreement.map((a) => a.roleId).sort());
        for (const want of expected.agreement) {
          const got = agreement.find((a) => a.roleId === want.roleId)!;
          expect({ pairableUnits: got.pairableUnits, raters: got.raters }, who).toEqual({
            pairableUnits: want.pairableUnits,
            raters: want.raters,
          });
          expect(close(got.alpha, want.alpha), `${who} alpha ${got.alpha} vs ${want.alpha}`).toBe(true);
        }
      }
      expect(compared).toBeGreaterThan(20);
    });
  },
);

it("the world exercises what it claims: comparable ratings, an interviewer twice on one unit, not-assessed entries and alpha values", async () => {
  await db.orgSettings.update({ where: { id: 1 }, data: { feedbackVisibility: "AFTER_SUBMIT" } });
  const admin = people[0]!;
  const { interviewers, agreement } = await oracle(admin);
  const ours = interviewers.filter((i) => people.some((p) => p.id === i.interviewerId));
  expect(ours.some((i) => i.comparableRatings > 0 && i.meanOffset !== 0)).toBe(true);
  expect(ours.some((i) => i.distribution.notAssessed > 0)).toBe(true);
  expect(agreement.filter((a) => a.alpha !== null).length).toBeGreaterThan(0);
  // Some interviewer has two submitted cards on one application that share a rated domain.
  const twice = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (
      SELECT s."interviewerId", i."applicationId", d."domainId" FROM "Scorecard" s JOIN "Interview" i ON i.id = s."interviewId" JOIN "DomainScore" d ON d."scorecardId" = s.id
      WHERE s.status = 'SUBMITTED' AND d.rating IS NOT NULL GROUP BY 1, 2, 3 HAVING count(*) > 1) x`;
  expect(twice[0]!.n).toBeGreaterThan(0);
  // The admin is on some panels without having submitted, so sees less than everything.
  const all = await db.application.count();
  expect((await visibleApplicationIds(admin)).size).toBeLessThan(all);
});

it("the per-role sums stay equal to the per-application rows through un-submitting, resubmitting, rescheduling and amending", async () => {
  await db.orgSettings.update({ where: { id: 1 }, data: { feedbackVisibility: "AFTER_SUBMIT" } });
  const cards = await db.scorecard.findMany({
    where: { status: "SUBMITTED" },
    orderBy: { id: "asc" },
    select: { id: true, interviewId: true },
  });
  await db.scorecard.updateMany({
    where: { id: { in: cards.slice(0, 5).map((c) => c.id) } },
    data: { status: "DRAFT", submittedAt: null },
  });
  await db.scorecard.update({ where: { id: cards[6]!.id }, data: { submittedAt: new Date(Date.UTC(2026, 5, 1)) } });
  await db.interview.update({
    where: { id: cards[7]!.interviewId },
    data: { scheduledAt: new Date(Date.UTC(2026, 4, 1)) },
  });
  // An amendment changes ratings in place (scores of a submitted scorecard cannot be deleted).
  await db.domainScore.updateMany({ where: { scorecardId: cards[9]!.id }, data: { rating: 3, notAssessed: false } });

  const [drift] = await db.$queryRaw<{ calibration: number; hours: number; agreement: number }[]>`
    WITH want_c AS (
      SELECT "roleId", "interviewerId", count(*)::int AS a, sum(scorecards)::int AS s, sum("notAssessed")::int AS na, sum(rated0)::int AS r0,
        sum(rated1)::int AS r1, sum(rated2)::int AS r2, sum(rated3)::int AS r3, sum(comparable)::int AS c, sum("offsetSum")::float8 AS o
      FROM "ApplicationInterviewerCalibration" GROUP BY 1, 2),
    have_c AS (SELECT "roleId", "interviewerId", applications, scorecards, "notAssessed", rated0, rated1, rated2, rated3, comparable, "offsetSum" FROM "RoleInterviewerCalibration"),
    want_h AS (SELECT "roleId", "interviewerId", floor(h)::int AS hour, count(*)::int AS n FROM "ApplicationInterviewerCalibration", unnest(hours) h WHERE h IS NOT NULL GROUP BY 1, 2, 3),
    have_h AS (SELECT "roleId", "interviewerId", hour, scorecards FROM "RoleInterviewerHours"),
    want_a AS (SELECT "roleId", raters, count(*)::int AS units, sum(coders1 * (coders2))::int AS p12, sum(coders3 * (coders3 - 1))::int AS p33
      FROM "ApplicationDomainConsensus" WHERE raters >= 2 GROUP BY 1, 2),
    have_a AS (SELECT "roleId", raters, units, pairs12, pairs33 FROM "RoleAgreementUnits")
    SELECT
      (SELECT count(*)::int FROM ((SELECT * FROM want_c EXCEPT SELECT * FROM have_c) UNION ALL (SELECT * FROM have_c EXCEPT SELECT * FROM want_c)) x) AS calibration,
      (SELECT count(*)::int FROM ((SELECT * FROM want_h EXCEPT SELECT * FROM have_h) UNION ALL (SELECT * FROM have_h EXCEPT SELECT * FROM want_h)) x) AS hours,
      (SELECT count(*)::int FROM ((SELECT * FROM want_a EXCEPT SELECT * FROM have_a) UNION ALL (SELECT * FROM have_a EXCEPT SELECT * FROM want_a)) x) AS agreement`;
  expect(drift).toEqual({ calibration: 0, hours: 0, agreement: 0 });
  expect(await db.roleInterviewerCalibration.count()).toBeGreaterThan(0);

  // And the report still equals the oracle, for the admin (some of whose applications are hidden).
  const admin = people[0]!;
  const expected = await oracle(admin);
  const { rows } = await allPages(admin, 50);
  for (const want of expected.interviewers) {
    const got = rows.find((r) => r.interviewerId === want.interviewerId)!;
    expect(got.scorecards).toBe(want.scorecards);
    expect(got.distribution).toEqual(want.distribution);
    expect(close(got.medianHoursToSubmit, want.medianHoursToSubmit)).toBe(true);
  }
});
