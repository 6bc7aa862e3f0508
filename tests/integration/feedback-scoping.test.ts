// One access rule for every path that shows other people's feedback, tried by the wrong users:
// role comparison, both role CSVs, the JSON API (role candidates, gaps, scorecards), the
// candidate report (which the candidate, packet and debrief pages render) and calibration.
import Papa from "papaparse";
import { afterEach, describe, expect, it } from "vitest";
import { GET as getGaps } from "../../app/api/v1/applications/[id]/gaps/route";
import { GET as getCandidates } from "../../app/api/v1/roles/[id]/candidates/route";
import { apiGaps, apiScorecards } from "../../lib/api/v1";
import { createApiToken } from "../../lib/api/tokens";
import type { CurrentUser } from "../../lib/auth/session";
import { calibrationReport } from "../../lib/data/calibration";
import { candidateReport } from "../../lib/data/candidate";
import { db } from "../../lib/db";
import { csvText, roleGapsCsv, roleScoresCsv, safe } from "../../lib/exports/role-csv";
import type { UserKind } from "../../lib/generated/prisma/enums";
import { submitScorecard } from "../../lib/scorecards/service";
import { apiCandidateRows, comparisonOf, completeValues, userByEmail } from "./helpers";

let seq = 0;
const uniq = () => `${++seq}-${Date.now()}`;

async function newUser(kind: UserKind): Promise<CurrentUser> {
  const n = uniq();
  return db.user.create({
    data: { email: `${kind.toLowerCase()}-${n}@example.org`, name: `Test ${kind} ${n}`, kind },
    select: { id: true, email: true, name: true, kind: true },
  });
}

/**
 * A fresh candidate on a role owned by manager@example.com, at a stage with a domain targeted
 * below Level 3, already rated Level 3 by a panelist of their own (so the gap there is negative)
 * with evidence carrying a unique marker. The application has a decision recorded.
 */
async function scenario() {
  const owner = await userByEmail("manager@example.com");
  const roles = await db.role.findMany({
    where: { ownerId: owner.id, status: "OPEN" },
    include: { targets: true, stages: { orderBy: { position: "asc" }, include: { domains: true } } },
  });
  const role = roles.find((r) =>
    r.stages.some((s) => s.domains.some((d) => (r.targets.find((t) => t.domainId === d.domainId)?.level ?? 3) < 3)),
  )!;
  const stage = role.stages.find((s) =>
    s.domains.some((d) => (role.targets.find((t) => t.domainId === d.domainId)?.level ?? 3) < 3),
  )!;
  const domainIds = stage.domains.map((d) => d.domainId);
  const n = uniq();
  const marker = `PANEL-EVIDENCE-${n}`;
  const candidate = await db.candidate.create({
    data: { name: `Scoped Candidate ${n}`, email: `scoped-${n}@example.org` },
  });
  const application = await db.application.create({
    data: {
      candidateId: candidate.id,
      roleId: role.id,
      currentStageId: stage.id,
      decision: "HIRE",
      decisionRationale: `Rationale ${marker}`,
    },
  });
  const panelist = await newUser("INTERVIEWER");
  const values = completeValues(domainIds, "3");
  const panelValues = {
    ...values,
    recommendation: "STRONG_YES" as const,
    scores: values.scores.map((s) => ({
      ...s,
      evidence: `${marker}: designed the alert routing and showed the runbook metrics it improved.`,
    })),
  };
  const pi = await db.interview.create({
    data: { applicationId: application.id, stageId: stage.id, interviewerId: panelist.id, scheduledAt: new Date() },
  });
  const res = await submitScorecard(panelist, { interviewId: pi.id, expectedVersion: 0, values: panelValues });
  expect(res.ok).toBe(true);
  return { owner, role, stage, domainIds, application, marker, panelist };
}
type Scenario = Awaited<ReturnType<typeof scenario>>;

/** Gives `user` an interview on the scenario's application (no scorecard yet). */
const interviewFor = (s: Scenario, user: CurrentUser) =>
  db.interview.create({
    data: { applicationId: s.application.id, stageId: s.stage.id, interviewerId: user.id, scheduledAt: new Date() },
  });

async function submitOwn(s: Scenario, user: CurrentUser, interviewId: string) {
  const res = await submitScorecard(user, {
    interviewId,
    expectedVersion: 0,
    values: completeValues(s.domainIds, "1"),
  });
  expect(res.ok).toBe(true);
}

/** Every path, as `user`: none may carry the scenario's feedback (absent, null, hidden or refused). */
async function expectNothingVisible(s: Scenario, user: CurrentUser) {
  const appId = s.application.id;
  const cmp = await comparisonOf(user, s.role.id);
  const row = cmp?.rows.find((r) => r.applicationId === appId);
  if (row) {
    expect(row.reason).not.toBeNull();
    expect(row.domains).toEqual([]);
    expect(row.fit).toBeNull();
    expect(row.decision).toBeNull();
    expect(JSON.stringify(row)).not.toContain(s.marker);
  }
  if (cmp)
    expect(cmp.shortfalls.every((c) => c.assessed <= cmp.rows.filter((r) => r.reason === null).length)).toBe(true);

  for (const exporter of [roleScoresCsv, roleGapsCsv]) {
    const out = await exporter(user, s.role.id);
    if (out.ok) {
      const text = await csvText(out);
      expect(text).not.toContain(s.marker);
      expect(text).not.toContain(appId);
    } else expect([403, 404]).toContain(out.status);
  }

  const apiRow = (await apiCandidateRows(user, s.role.id))?.find((r) => r.applicationId === appId);
  if (apiRow)
    expect(apiRow).toMatchObject({ feedbackVisible: false, fit: null, distance: null, domains: [], decision: null });
  expect(await apiGaps(user, appId)).toBeNull();
  expect(await apiScorecards(user, appId)).toBeNull();

  // The candidate, packet and debrief pages all render candidateReport.
  const report = await candidateReport(user, appId);
  if (report) expect(report.visible).toBe(false);
  expect(JSON.stringify(report)).not.toContain(s.marker);

  const cal = await calibrationReport(user);
  expect(cal.interviewers.some((i) => i.interviewerId === s.panelist.id)).toBe(false);
}

/** Every path the user's kind may open shows the panelist's rating and evidence. */
async function expectVisible(s: Scenario, user: CurrentUser, opts: { roleViews: boolean }) {
  const appId = s.application.id;
  const report = await candidateReport(user, appId);
  expect(report?.visible).toBe(true);
  if (!report?.visible) return;
  expect(report.evidence.flatMap((e) => e.entries).some((e) => e.evidence.includes(s.marker))).toBe(true);
  expect(report.recommendations.some((r) => r.recommendation === "STRONG_YES")).toBe(true);
  expect(
    (await apiScorecards(user, appId))?.some((c) =>
      c.scores.some((x) => x.evidence.includes(s.marker) && x.rating === 3),
    ),
  ).toBe(true);
  expect((await apiGaps(user, appId))?.domains.some((d) => d.consensus != null && d.ratings > 0)).toBe(true);
  const cal = await calibrationReport(user);
  expect(cal.interviewers.find((i) => i.interviewerId === s.panelist.id)?.scorecards).toBe(1);
  if (!opts.roleViews) return;
  const row = (await comparisonOf(user, s.role.id))?.rows.find((r) => r.applicationId === appId);
  expect(row?.reason).toBeNull();
  expect(row?.domains.filter((d) => s.domainIds.includes(d.domainId)).every((d) => d.consensus.max === 3)).toBe(true);
  expect(row?.decision).toBe("HIRE");
  const scores = await roleScoresCsv(user, s.role.id);
  expect(scores.ok && (await csvText(scores)).includes(s.marker)).toBe(true);
  const gaps = await roleGapsCsv(user, s.role.id);
  expect(gaps.ok && (await csvText(gaps)).includes(appId)).toBe(true);
  const apiRow = (await apiCandidateRows(user, s.role.id))?.find((r) => r.applicationId === appId);
  expect(apiRow?.feedbackVisible).toBe(true);
  expect(apiRow?.domains.length).toBeGreaterThan(0);
}

afterEach(async () => {
  await db.orgSettings.update({ where: { id: 1 }, data: { feedbackVisibility: "AFTER_SUBMIT" } });
});

describe("feedback scoping: one rule on every path", () => {
  it("(a) a manager who doesn't own the role and interviews nobody on it sees the candidates but no feedback", async () => {
    const s = await scenario();
    const dana = await userByEmail("dana@example.com");
    await expectNothingVisible(s, dana);
    // The list itself is allowed (managers read every role), every row hidden for the right reason.
    const cmp = await comparisonOf(dana, s.role.id);
    expect(cmp?.rows.length).toBeGreaterThan(0);
    expect(cmp?.rows.every((r) => r.reason === "not-on-team")).toBe(true);
    expect(await roleScoresCsv(dana, s.role.id)).toMatchObject({ ok: false, status: 403 });
    expect(await roleGapsCsv(dana, s.role.id)).toMatchObject({ ok: false, status: 403 });
    const report = await candidateReport(dana, s.application.id);
    expect(report).toMatchObject({ visible: false, reason: "not-on-team" });
    // Even ALWAYS does not open other managers' roles to her.
    await db.orgSettings.update({ where: { id: 1 }, data: { feedbackVisibility: "ALWAYS" } });
    await expectNothingVisible(s, dana);
  });

  it("(a) a recruiter outside the role's team gets nothing", async () => {
    const s = await scenario();
    const outsider = await newUser("RECRUITER");
    await expectNothingVisible(s, outsider);
    expect(await comparisonOf(outsider, s.role.id)).toBeNull();
    expect(await candidateReport(outsider, s.application.id)).toBeNull();
  });

  it("(b, d) the role's owner on the panel sees nothing of this candidate until they submit, then everything", async () => {
    const s = await scenario();
    await expectVisible(s, s.owner, { roleViews: true }); // not on the panel yet: the owner reads it
    const iv = await interviewFor(s, s.owner);
    await expectNothingVisible(s, s.owner);
    expect(await candidateReport(s.owner, s.application.id)).toMatchObject({ visible: false, reason: "submit-first" });
    // Other candidates of the role stay visible to the owner; the export still works, minus this one.
    const cmp = await comparisonOf(s.owner, s.role.id);
    expect(cmp?.rows.some((r) => r.reason === null)).toBe(true);
    expect((await roleScoresCsv(s.owner, s.role.id)).ok).toBe(true);
    await submitOwn(s, s.owner, iv.id);
    await expectVisible(s, s.owner, { roleViews: true });
  });

  it("(b, d) a team recruiter on the panel waits for their own submission too", async () => {
    const s = await scenario();
    const recruiter = await userByEmail("recruiter@example.com");
    const iv = await interviewFor(s, recruiter);
    await expectNothingVisible(s, recruiter);
    await submitOwn(s, recruiter, iv.id);
    await expectVisible(s, recruiter, { roleViews: true });
  });

  it("(b, d) a non-owner manager on the panel: hidden before submitting, this candidate only after, nothing under NEVER", async () => {
    const s = await scenario();
    const dana = await userByEmail("dana@example.com");
    const iv = await interviewFor(s, dana);
    await expectNothingVisible(s, dana);
    expect(await candidateReport(dana, s.application.id)).toMatchObject({ visible: false, reason: "submit-first" });
    await submitOwn(s, dana, iv.id);
    await expectVisible(s, dana, { roleViews: true });
    // Only the candidate she interviewed: every other row of the role stays hidden.
    const cmp = await comparisonOf(dana, s.role.id);
    expect(cmp?.rows.filter((r) => r.reason === null).map((r) => r.applicationId)).toEqual([s.application.id]);
    const scores = await roleScoresCsv(dana, s.role.id);
    expect(
      scores.ok &&
        new Set(
          Papa.parse<{ application_id: string }>(await csvText(scores), {
            header: true,
            skipEmptyLines: true,
          }).data.map((r) => r.application_id),
        ),
    ).toEqual(new Set([s.application.id]));
    // NEVER: a non-owner manager is an interviewer like any other.
    await db.orgSettings.update({ where: { id: 1 }, data: { feedbackVisibility: "NEVER" } });
    await expectNothingVisible(s, dana);
    expect(await candidateReport(dana, s.application.id)).toMatchObject({ visible: false, reason: "never" });
  });

  it("(c, d) an interviewer sees nothing before submitting and the candidate's feedback after; never the role-wide views", async () => {
    const s = await scenario();
    const sam = await userByEmail("interviewer@example.com");
    await expectNothingVisible(s, sam); // not on this candidate's loop at all
    expect(await candidateReport(sam, s.application.id)).toBeNull();
    const iv = await interviewFor(s, sam);
    await expectNothingVisible(s, sam);
    expect(await candidateReport(sam, s.application.id)).toMatchObject({ visible: false, reason: "submit-first" });
    await submitOwn(s, sam, iv.id);
    await expectVisible(s, sam, { roleViews: false });
    expect(await comparisonOf(sam, s.role.id)).toBeNull();
    expect(await roleScoresCsv(sam, s.role.id)).toMatchObject({ ok: false, status: 404 });
  });

  it("an admin on the panel waits like everyone else; an admin off it sees all", async () => {
    const s = await scenario();
    const admin = await userByEmail("admin@example.com");
    await expectVisible(s, admin, { roleViews: true });
    const iv = await interviewFor(s, admin);
    await expectNothingVisible(s, admin);
    await submitOwn(s, admin, iv.id);
    await db.orgSettings.update({ where: { id: 1 }, data: { feedbackVisibility: "NEVER" } });
    await expectVisible(s, admin, { roleViews: true });
  });

  it("answers the wrong user over HTTP with 404 and a hidden row, not the feedback", async () => {
    const s = await scenario();
    const token = await createApiToken(await userByEmail("dana@example.com"), {
      name: "ATS sync",
      scopes: ["candidates:read", "scorecards:read"],
    });
    if (!token.ok) throw new Error(token.message);
    const req = new Request("http://test/api/v1", { headers: { authorization: `Bearer ${token.token}` } });
    const gaps = await getGaps(req, { params: Promise.resolve({ id: s.application.id }) });
    expect(gaps.status).toBe(404);
    expect(await gaps.text()).not.toContain(s.marker);
    const list = await getCandidates(req, { params: Promise.resolve({ id: s.role.id }) });
    expect(list.status).toBe(200);
    const body = (await list.json()) as {
      data: { applicationId: string; feedbackVisible: boolean; fit: number | null; decision: string | null }[];
    };
    expect(body.data.find((r) => r.applicationId === s.application.id)).toMatchObject({
      feedbackVisible: false,
      fit: null,
      decision: null,
    });
  });
});

describe("fit elsewhere on the candidate page", () => {
  it("lists only the open roles the viewer may open", async () => {
    const s = await scenario();
    const sam = await userByEmail("interviewer@example.com");
    // An open role Sam has nothing to do with, and one where he is on the team.
    const hiddenRole = await db.role.create({
      data: {
        title: `Confidential role ${uniq()}`,
        seniority: "Senior",
        clusterId: s.role.clusterId,
        matrixVersionId: s.role.matrixVersionId,
        ownerId: (await userByEmail("dana@example.com")).id,
        status: "OPEN",
        targets: { create: s.role.targets.map((t) => ({ domainId: t.domainId, level: t.level, weight: t.weight })) },
      },
    });
    const teamRole = await db.role.create({
      data: {
        title: `Team role ${uniq()}`,
        seniority: "Senior",
        clusterId: s.role.clusterId,
        matrixVersionId: s.role.matrixVersionId,
        ownerId: s.owner.id,
        status: "OPEN",
        members: { create: [{ userId: sam.id, function: "INTERVIEWER" }] },
        targets: { create: s.role.targets.map((t) => ({ domainId: t.domainId, level: t.level, weight: t.weight })) },
      },
    });
    const iv = await interviewFor(s, sam);
    await submitOwn(s, sam, iv.id);
    const report = await candidateReport(sam, s.application.id);
    expect(report?.visible).toBe(true);
    if (!report?.visible) return;
    const ids = report.otherRoles.map((r) => r.id);
    expect(ids).toContain(teamRole.id);
    expect(ids).not.toContain(hiddenRole.id);
    // The role's owner (a manager: managers read every role) sees both.
    const ownerReport = await candidateReport(s.owner, s.application.id);
    expect(ownerReport?.visible && ownerReport.otherRoles.map((r) => r.id)).toEqual(
      expect.arrayContaining([teamRole.id, hiddenRole.id]),
    );
  });
});

describe("CSV cells", () => {
  it("keeps negative numbers numeric and still defuses formulas", () => {
    expect(safe(-1)).toBe("-1");
    expect(safe("-2")).toBe("-2");
    expect(safe(-0.5)).toBe("-0.5");
    expect(safe("-1+1")).toBe("'-1+1");
    expect(safe('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(safe("+1")).toBe("'+1");
    expect(safe("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safe(null)).toBe("");
  });

  it("defuses a formula behind invisible characters or in full-width signs, and leaves names alone", () => {
    for (const cell of ["\u200b=1+1", "\ufeff=1+1", " =1+1", "\uff1d1+1", "\uff0bA1", "\uff20SUM(A1)", "\uff0d1"])
      expect(safe(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    for (const cell of ["Ana María", "O'Brien", "Zoë 1+1=2", "1-2 years"]) expect(safe(cell)).toBe(cell);
  });

  it("writes a candidate above target as a plain negative gap in the gap export", async () => {
    const s = await scenario();
    const out = await roleGapsCsv(s.owner, s.role.id);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const rows = Papa.parse<Record<string, string>>(await csvText(out), {
      header: true,
      skipEmptyLines: true,
    }).data.filter((r) => r.application_id === s.application.id);
    const above = rows.filter((r) => r.status === "exceeds");
    expect(above.length).toBeGreaterThan(0);
    for (const r of above) {
      expect(r.gap).toMatch(/^-\d+$/);
      expect(Number(r.gap)).toBe(Number(r.target) - 3);
    }
  });
});
