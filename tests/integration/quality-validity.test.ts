// Per-interviewer and per-question hiring quality (lib/quality/interviewers.ts, questions.ts):
// the figures PostgreSQL computes equal the JavaScript definitions over what each viewer may see,
// and who sees what: an interviewer never reads anyone's figures; a manager's are built only
// from the candidates whose feedback they may see (their roles, minus those they still owe a
// scorecard on) and the hires whose check-ins they may read. The world is the demo history
// (prisma/seed/seed-history.ts, left out of the test database's seed) plus a scorecard the
// manager still owes.
import { beforeAll, describe, expect, it } from "vitest";
import { canSeeCheckIns } from "../../lib/auth/permissions";
import type { CurrentUser } from "../../lib/auth/session";
import { db } from "../../lib/db";
import { interviewerQualityReport } from "../../lib/quality/interviewers";
import { questionQualityDetail, questionQualityReport } from "../../lib/quality/questions";
import { interviewerQualityPage, QUALITY_PAGE_SIZE, questionQualityPage } from "../../lib/quality/validity-lists";
import { spearman } from "../../lib/quality/stats";
import { auc, MIN_OBSERVATIONS } from "../../lib/quality/validity-stats";
import { krippendorffAlphaOrdinal } from "../../lib/scoring/agreement";
import { plainMedian } from "../../lib/scoring/consensus";
import { seedHistory } from "../../prisma/seed/seed-history";
import { expectLastPage, userByEmail, visibleApplicationIds } from "./helpers";

let admin: CurrentUser;
let manager: CurrentUser;
let dana: CurrentUser;
let priya: CurrentUser;
let recruiter: CurrentUser;

beforeAll(async () => {
  const version = await db.matrixVersion.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    orderBy: { number: "desc" },
  });
  const clusters = await db.roleCluster.findMany({ select: { id: true, key: true } });
  const domains = await db.competencyDomain.findMany({ select: { id: true, key: true } });
  const questions = await db.question.findMany({ select: { id: true, domainId: true, level: true } });
  const users = new Map((await db.user.findMany({ select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  await db.$transaction(
    (tx) =>
      seedHistory(
        tx,
        {
          versionId: version.id,
          clusterIds: Object.fromEntries(clusters.map((c) => [c.key, c.id])),
          domainIds: Object.fromEntries(domains.map((d) => [d.key, d.id])),
          indicatorIds: {},
        },
        questions,
        (e) => users.get(e)!,
      ),
    { timeout: 120_000 },
  );
  [admin, manager, dana, priya, recruiter] = (await Promise.all(
    ["admin@example.com", "manager@example.com", "dana@example.com", "priya@example.com", "recruiter@example.com"].map(
      userByEmail,
    ),
  )) as [CurrentUser, CurrentUser, CurrentUser, CurrentUser, CurrentUser];
  // manager@ joins the final loop of one of their history candidates and has not submitted:
  // under "after submitting" that candidate's feedback is hidden from them until they do.
  const app = await db.application.findFirstOrThrow({
    where: { role: { ownerId: manager.id, title: { contains: "demo history" } }, status: "HIRED" },
    include: { interviews: { take: 1 } },
  });
  const interview = await db.interview.create({
    data: { applicationId: app.id, stageId: app.interviews[0]!.stageId, interviewerId: manager.id },
  });
  await db.scorecard.create({
    data: { interviewId: interview.id, interviewerId: manager.id, matrixVersionId: version.id },
  });
}, 180_000);

type Rating = {
  app: string;
  domain: string;
  iid: string;
  x: number;
  at: number;
  sid: string;
  stage: string;
  role: string;
};

async function allRatings(): Promise<Rating[]> {
  const rows = await db.domainScore.findMany({
    // Training (shadow) seats are not raters: the consensus and every quality figure read lead seats only.
    where: { rating: { not: null }, scorecard: { status: "SUBMITTED", interview: { seat: "LEAD" } } },
    select: {
      domainId: true,
      rating: true,
      scorecard: {
        select: {
          id: true,
          interviewerId: true,
          submittedAt: true,
          interview: { select: { applicationId: true, stageId: true, application: { select: { roleId: true } } } },
        },
      },
    },
  });
  return rows.map((r) => ({
    app: r.scorecard.interview.applicationId,
    domain: r.domainId,
    iid: r.scorecard.interviewerId,
    x: r.rating!,
    at: r.scorecard.submittedAt!.getTime(),
    sid: r.scorecard.id,
    stage: r.scorecard.interview.stageId,
    role: r.scorecard.interview.application.roleId,
  }));
}

/** Per hire the viewer may read check-ins of: latest job rating per domain (the oracle of latestJobRatingSql). */
async function jobRatings(viewer: CurrentUser, visible: Set<string>) {
  const hires = await db.hireFollowUp.findMany({
    select: {
      applicationId: true,
      delegateId: true,
      application: { select: { role: { select: { ownerId: true } } } },
      checkIns: { orderBy: [{ milestoneDays: "desc" }, { submittedAt: "desc" }], select: { ratings: true } },
    },
  });
  const job = new Map<string, number>();
  for (const h of hires) {
    if (!visible.has(h.applicationId)) continue;
    if (!canSeeCheckIns(viewer, { roleOwnerId: h.application.role.ownerId, delegateId: h.delegateId })) continue;
    for (const c of h.checkIns)
      for (const r of c.ratings) {
        const key = `${h.applicationId}/${r.domainId}`;
        if (r.rating !== null && !job.has(key)) job.set(key, r.rating);
      }
  }
  return job;
}

async function interviewerOracle(viewer: CurrentUser) {
  const visible = await visibleApplicationIds(viewer);
  const ratings = (await allRatings()).filter((r) => visible.has(r.app));
  // One vote per interviewer per unit: their latest submitted scorecard's rating.
  const own = new Map<string, Rating>();
  for (const r of ratings) {
    const key = `${r.app}/${r.domain}/${r.iid}`;
    const prev = own.get(key);
    if (!prev || r.at > prev.at || (r.at === prev.at && r.sid > prev.sid)) own.set(key, r);
  }
  // Krippendorff's units as ApplicationDomainConsensus counts them: each interviewer's value is
  // the lower median of all their ratings of the unit (the same as their latest when they rated it once).
  const coderValues = new Map<string, Map<string, number[]>>();
  for (const r of ratings) {
    const unit = coderValues.get(`${r.app}/${r.domain}`) ?? new Map<string, number[]>();
    coderValues.set(`${r.app}/${r.domain}`, unit);
    unit.set(r.iid, [...(unit.get(r.iid) ?? []), r.x]);
  }
  const lowerMedian = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length / 2) - 1]!;
  const units = new Map([...coderValues].map(([k, m]) => [k, [...m.values()].map(lowerMedian)]));
  const consensus = new Map(
    (await db.applicationDomainConsensus.findMany()).map((c) => [`${c.applicationId}/${c.domainId}`, c] as const),
  );
  const job = await jobRatings(viewer, visible);
  const byPerson = new Map<
    string,
    { ratings: number; offsets: number[]; coRated: number[][]; xs: number[]; ys: number[]; hires: Set<string> }
  >();
  // Each vote is measured against the conventional median of the other interviewers' votes in the unit.
  const votes = new Map<string, Rating[]>();
  for (const r of own.values()) votes.set(`${r.app}/${r.domain}`, [...(votes.get(`${r.app}/${r.domain}`) ?? []), r]);
  for (const r of own.values()) {
    const p = byPerson.get(r.iid) ?? { ratings: 0, offsets: [], coRated: [], xs: [], ys: [], hires: new Set<string>() };
    byPerson.set(r.iid, p);
    p.ratings++;
    const c = consensus.get(`${r.app}/${r.domain}`)!;
    const others = plainMedian(
      votes
        .get(`${r.app}/${r.domain}`)!
        .filter((v) => v.iid !== r.iid)
        .map((v) => v.x),
    );
    if (c.raters >= 2 && others !== null) {
      p.offsets.push(r.x - others);
      p.coRated.push(units.get(`${r.app}/${r.domain}`)!);
    }
    const y = job.get(`${r.app}/${r.domain}`);
    if (y !== undefined) {
      p.xs.push(r.x);
      p.ys.push(y);
      p.hires.add(r.app);
    }
  }
  return byPerson;
}

describe("per-interviewer figures", () => {
  it("equal the JavaScript definitions over what each manager and the admin may see", async () => {
    for (const viewer of [admin, manager, dana]) {
      const report = (await interviewerQualityReport(viewer))!;
      const oracle = await interviewerOracle(viewer);
      expect(report.map((r) => r.id).sort()).toEqual([...oracle.keys()].sort());
      for (const row of report) {
        const o = oracle.get(row.id)!;
        expect(row.ratings, row.name).toBe(o.ratings);
        expect(row.panel.n).toBe(o.offsets.length);
        if (o.offsets.length >= MIN_OBSERVATIONS)
          expect(row.panel.offset).toBeCloseTo(o.offsets.reduce((a, b) => a + b, 0) / o.offsets.length, 10);
        else expect(row.panel.offset).toBeNull();
        expect(row.agreement.units).toBe(o.coRated.length);
        if (o.coRated.length >= MIN_OBSERVATIONS) {
          const alpha = krippendorffAlphaOrdinal(o.coRated);
          if (alpha === null) expect(row.agreement.alpha).toBeNull();
          else expect(row.agreement.alpha).toBeCloseTo(alpha, 10);
        }
        expect(row.validity.pairs).toBe(o.xs.length);
        expect(row.validity.hires).toBe(o.hires.size);
        if (row.validity.rho !== null) expect(row.validity.rho).toBeCloseTo(spearman(o.xs, o.ys)!, 10);
      }
    }
  });

  it("has real figures on the history: the admin sees every history interviewer with intervals", async () => {
    const report = (await interviewerQualityReport(admin))!;
    const priyaRow = report.find((r) => r.id === priya.id)!;
    expect(priyaRow.validity.hires).toBeGreaterThanOrEqual(10);
    expect(priyaRow.validity.interval).not.toBeNull();
    expect(priyaRow.agreement.interval).not.toBeNull();
    expect(priyaRow.panel.interval).not.toBeNull();
    // tomas rates high, kwame low (their seeded bias): the offsets say so.
    const tomas = report.find((r) => r.name.startsWith("Tomás"))!;
    const kwame = report.find((r) => r.name.startsWith("Kwame"))!;
    expect(tomas.panel.offset!).toBeGreaterThan(0);
    expect(kwame.panel.offset!).toBeLessThan(0);
  });

  it("an interviewer, or a recruiter, reads nobody's figures (their own included)", async () => {
    expect(await interviewerQualityReport(priya)).toBeNull();
    expect(await interviewerQualityReport(recruiter)).toBeNull();
    expect(await questionQualityReport(priya)).toBeNull();
    const anyQuestion = await db.question.findFirstOrThrow();
    expect(await questionQualityDetail(priya, anyQuestion.id)).toBeNull();
  });

  it("a manager's figures leave out another manager's roles and the candidate they still owe a scorecard on", async () => {
    const all = (await interviewerQualityReport(admin))!;
    const mine = (await interviewerQualityReport(manager))!;
    const hers = (await interviewerQualityReport(dana))!;
    const ratingsOf = (rows: typeof all, id: string) => rows.find((r) => r.id === id)?.ratings ?? 0;
    const danaRoleRatings = (await allRatings()).filter((r) => r.iid === priya.id);
    const danaRoles = new Set(
      (await db.role.findMany({ where: { ownerId: dana.id }, select: { id: true } })).map((r) => r.id),
    );
    const inDana = new Set(danaRoleRatings.filter((r) => danaRoles.has(r.role)).map((r) => `${r.app}/${r.domain}`))
      .size;
    expect(ratingsOf(hers, priya.id)).toBe(inDana);
    expect(ratingsOf(mine, priya.id)).toBeLessThan(ratingsOf(all, priya.id) - inDana + 1);
    // The owed scorecard hides one history hire from manager@, so their hires count is below the admin's.
    const hidden = await db.application.findFirstOrThrow({
      where: {
        interviews: { some: { interviewerId: manager.id, scorecards: { some: { status: "DRAFT" } } } },
        status: "HIRED",
      },
    });
    expect((await visibleApplicationIds(manager)).has(hidden.id)).toBe(false);
  });
});

describe("per-question figures", () => {
  it("equal the JavaScript definitions (uses, passes, AUC) over what each viewer may see", async () => {
    const qs = new Map((await db.question.findMany()).map((q) => [q.id, q]));
    const plans = await db.stageQuestion.findMany();
    const targets = new Map((await db.roleTarget.findMany()).map((t) => [`${t.roleId}/${t.domainId}`, t.level]));
    for (const viewer of [admin, manager, dana]) {
      const visible = await visibleApplicationIds(viewer);
      const ratings = (await allRatings()).filter((r) => visible.has(r.app));
      const job = await jobRatings(viewer, visible);
      const report = (await questionQualityReport(viewer))!;
      expect(report.length).toBe(qs.size);
      for (const row of report) {
        const q = qs.get(row.id)!;
        const stages = new Set(plans.filter((p) => p.questionId === q.id).map((p) => p.stageId));
        const used = ratings.filter((r) => stages.has(r.stage) && r.domain === q.domainId);
        expect(row.uses, q.prompt).toBe(used.length);
        expect(row.passes).toBe(used.filter((r) => r.x >= q.level).length);
        const perApp = new Map<string, number[]>();
        for (const r of used) perApp.set(r.app, [...(perApp.get(r.app) ?? []), r.x]);
        const strong: number[] = [];
        const weak: number[] = [];
        for (const [app, xs] of perApp) {
          const y = job.get(`${app}/${q.domainId}`);
          const role = used.find((r) => r.app === app)!.role;
          const target = targets.get(`${role}/${q.domainId}`) ?? 0;
          if (y === undefined || target <= 0) continue;
          (y >= target ? strong : weak).push(xs.reduce((a, b) => a + b, 0) / xs.length);
        }
        expect([row.nStrong, row.nWeak]).toEqual([strong.length, weak.length]);
        if (row.auc !== null) expect(row.auc).toBeCloseTo(auc(strong, weak)!, 10);
      }
    }
  });

  it("flags questions everybody or nobody passes, and the detail lists where a question was used", async () => {
    const report = (await questionQualityReport(admin))!;
    expect(report.some((q) => q.flag === "everybody-passes")).toBe(true);
    expect(report.some((q) => q.flag === "nobody-passes")).toBe(true);
    const used = report.find((q) => q.uses >= MIN_OBSERVATIONS)!;
    const detail = (await questionQualityDetail(admin, used.id))!;
    expect(detail.uses).toBe(used.uses);
    expect(detail.roles.reduce((s, r) => s + r.uses, 0)).toBe(used.uses);
    expect(await questionQualityDetail(admin, "no-such-question")).toBeNull();
  });

  it("gives a question's level anchors: the levels, its model answers and the matrix's indicators for its domain in each cluster it was rated in", async () => {
    const used = (await questionQualityReport(admin))!.find((q) => q.uses >= MIN_OBSERVATIONS)!;
    const detail = (await questionQualityDetail(admin, used.id))!;
    const question = await db.question.findUniqueOrThrow({ where: { id: used.id } });
    const levels = await db.proficiencyLevel.findMany({ orderBy: { rank: "asc" } });
    expect(detail.anchors.levels).toEqual(
      levels.map((l) => ({
        level: l.rank,
        name: l.name,
        summary: l.summary,
        answer: [null, question.answerL1, question.answerL2, question.answerL3][l.rank] ?? null,
      })),
    );
    // One group per cluster (and matrix version) of the roles it was rated in, with that cell's indicators per level.
    const roles = await db.role.findMany({
      where: { id: { in: detail.roles.map((r) => r.roleId) } },
      select: { clusterId: true, matrixVersionId: true, cluster: { select: { name: true } } },
    });
    expect(roles.length).toBeGreaterThan(0);
    expect(detail.anchors.clusters.map((c) => c.cluster).sort()).toEqual(
      [...new Set(roles.map((r) => r.cluster.name))].sort(),
    );
    for (const r of roles) {
      const cells = await db.matrixCell.findMany({
        where: { versionId: r.matrixVersionId, clusterId: r.clusterId, domainId: question.domainId },
        orderBy: { level: "asc" },
        select: { level: true, indicators: { orderBy: { position: "asc" }, select: { text: true } } },
      });
      expect(cells.length).toBeGreaterThan(0);
      const group = detail.anchors.clusters.find((c) => c.cluster === r.cluster.name)!;
      expect(group.indicators).toEqual(cells.map((c) => ({ level: c.level, texts: c.indicators.map((i) => i.text) })));
    }
    // Not rated yet: the newest matrix's clusters, so the levels still read.
    const unused = (await questionQualityReport(admin))!.find((q) => q.uses === 0);
    if (unused) expect((await questionQualityDetail(admin, unused.id))!.anchors.clusters.length).toBeGreaterThan(0);
  });
});

describe("the pages' reads: one keyset page at a time", () => {
  async function walk<T>(
    first: { page: { rows: T[]; next: string | null } },
    more: (after: string) => Promise<{ page: { rows: T[]; next: string | null } }>,
  ) {
    const rows = [...first.page.rows];
    let next = first.page.next;
    while (next) {
      const p = await more(next);
      rows.push(...p.page.rows);
      next = p.page.next;
    }
    return rows;
  }

  it("walking the interviewer pages in each sort gives the whole report once, in that order", async () => {
    const all = (await interviewerQualityReport(admin))!;
    for (const sort of ["name", "hires", "ratings"] as const) {
      const first = (await interviewerQualityPage(admin, { sort }))!;
      expect(first.page.total).toBe(all.length);
      const rows = await walk(first, async (after) => (await interviewerQualityPage(admin, { sort, after }))!);
      const size = first.page.next ? first.page.rows.length : Math.max(1, rows.length);
      const read = async (c: { before?: string }) => {
        const p = (await interviewerQualityPage(admin, { sort, ...c }))!;
        return { ...p.page, rows: p.page.rows.map((r) => ({ id: r.id })) };
      };
      await expectLastPage(
        read,
        rows.map((r) => r.id),
        size,
      );
      expect(rows.map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
      if (sort !== "name") {
        const keys = rows.map((r) => (sort === "hires" ? r.validity.hires : r.ratings));
        expect(keys).toEqual([...keys].sort((a, b) => b - a));
      }
      // The page's figures are the report's figures.
      const byId = new Map(all.map((r) => [r.id, r]));
      for (const r of rows) expect(r).toEqual(byId.get(r.id));
    }
    expect(await interviewerQualityPage(priya, {})).toBeNull();
  });

  it("sorts each list by its printed figures in SQL, both ways, figures too few to print last, every row once", async () => {
    type Walked<T> = { page: { rows: T[]; next: string | null; prev: string | null } };
    /** Every page, then back from the last page: each way the same rows. */
    async function both<T extends { id: string }>(read: (c: Record<string, string>) => Promise<Walked<T>>) {
      let page = await read({});
      const forward = [...page.page.rows];
      while (page.page.next) {
        page = await read({ after: page.page.next });
        forward.push(...page.page.rows);
      }
      const backward = [...page.page.rows];
      while (page.page.prev) {
        page = await read({ before: page.page.prev });
        backward.unshift(...page.page.rows);
      }
      expect(backward.map((r) => r.id)).toEqual(forward.map((r) => r.id));
      return forward;
    }
    /** Printed figures first, in order (rounded as the SQL key is), then the rows without one. */
    function expectOrdered(values: (number | null)[], dir: "asc" | "desc") {
      const firstMissing = values.indexOf(null);
      if (firstMissing >= 0) expect(values.slice(firstMissing).every((v) => v === null)).toBe(true);
      const shown = values.filter((v): v is number => v !== null).map((v) => Math.round(v * 1e9) / 1e9);
      expect(shown.length).toBeGreaterThan(1);
      expect(shown).toEqual([...shown].sort((a, b) => (dir === "asc" ? a - b : b - a)));
    }
    const byInterviewer: Record<string, (r: (typeof interviewers)[number]) => number | null> = {
      rho: (r) => r.validity.rho,
      offset: (r) => (r.panel.offset === null ? null : Math.abs(r.panel.offset)),
      spread: (r) => r.panel.spread,
      alpha: (r) => r.agreement.alpha,
    };
    // The history's five interviewers all have an alpha: two namesakes co-rate one candidate's
    // domain with its panel, too few units to say, so the agreement sort has rows to put last and
    // a tie that only the id breaks.
    const unit = await db.applicationDomainConsensus.findFirstOrThrow({
      where: { raters: { gte: 2 }, application: { role: { title: { contains: "demo history" } } } },
      include: { application: { include: { interviews: { take: 1 } } } },
    });
    const version = await db.matrixVersion.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { number: "desc" },
    });
    for (const email of ["twin-a@example.com", "twin-b@example.com"]) {
      const twin = await db.user.create({ data: { email, name: "Zoë Twin", kind: "INTERVIEWER" } });
      const interview = await db.interview.create({
        data: {
          applicationId: unit.applicationId,
          stageId: unit.application.interviews[0]!.stageId,
          interviewerId: twin.id,
        },
      });
      const card = await db.scorecard.create({
        data: {
          interviewId: interview.id,
          interviewerId: twin.id,
          matrixVersionId: version.id,
          scores: { create: { domainId: unit.domainId, rating: 2, evidence: "Fixture." } },
        },
      });
      await db.scorecard.update({
        where: { id: card.id },
        data: { status: "SUBMITTED", submittedAt: new Date(), recommendation: "YES" },
      });
    }
    const interviewers = (await interviewerQualityReport(admin))!;
    expect(interviewers.filter((r) => r.name === "Zoë Twin").map((r) => r.agreement)).toEqual([
      { units: 1, alpha: null, interval: null, enough: false },
      { units: 1, alpha: null, interval: null, enough: false },
    ]);
    for (const [sort, value] of Object.entries(byInterviewer))
      // Both ways for the spread and the agreement; the other figures their natural way (each walk reads the whole report per page).
      for (const dir of sort === "spread" || sort === "alpha" ? (["desc", "asc"] as const) : (["desc"] as const)) {
        const rows = await both(async (c) => (await interviewerQualityPage(admin, { sort, dir, ...c }, 3))!);
        expect(rows.map((r) => r.id).sort(), `${sort} ${dir}`).toEqual(interviewers.map((r) => r.id).sort());
        expectOrdered(rows.map(value), dir);
        // Ties (equal figures, or too few to say) by name, then id, whichever the direction.
        const key = (r: (typeof rows)[number]) => {
          const v = value(r);
          return v === null ? "none" : String(Math.round(v * 1e9) / 1e9);
        };
        for (let i = 1; i < rows.length; i++)
          if (key(rows[i - 1]!) === key(rows[i]!))
            expect(
              rows[i - 1]!.name < rows[i]!.name ||
                (rows[i - 1]!.name === rows[i]!.name && rows[i - 1]!.id < rows[i]!.id),
              `${sort} ${dir}: ${rows[i - 1]!.name} before ${rows[i]!.name}`,
            ).toBe(true);
        // The page's figures are the report's figures.
        const byId = new Map(interviewers.map((r) => [r.id, r]));
        for (const r of rows) expect(r, `${sort} ${dir}`).toEqual(byId.get(r.id));
      }
    expect((await interviewerQualityPage(admin, { sort: "alpha" }))!).toMatchObject({ sort: "alpha", dir: "desc" });
    const questions = (await questionQualityReport(admin))!;
    const byQuestion: Record<string, (q: (typeof questions)[number]) => number | null> = {
      spread: (q) => q.sd,
      passRate: (q) => (q.enough ? q.passRate : null),
      auc: (q) => q.auc,
    };
    for (const [sort, value] of Object.entries(byQuestion))
      // Both ways for the spread; the other figures their natural way (each walk reads the whole report per page).
      for (const dir of sort === "spread" ? (["desc", "asc"] as const) : (["desc"] as const)) {
        const rows = await both(async (c) => (await questionQualityPage(admin, { sort, dir, ...c }, 12))!);
        expect(rows.map((r) => r.id).sort(), `${sort} ${dir}`).toEqual(questions.map((r) => r.id).sort());
        expectOrdered(rows.map(value), dir);
        // The page's figures are the report's figures.
        const byId = new Map(questions.map((q) => [q.id, q]));
        for (const r of rows) expect(r).toEqual(byId.get(r.id));
      }
    // The default direction is the figure's natural one; an unknown direction reads as it.
    expect((await questionQualityPage(admin, { sort: "auc", dir: "sideways" }))!.dir).toBe("desc");
    expect((await interviewerQualityPage(admin, { sort: "name" }))!.dir).toBe("asc");
  }, 300_000);

  it("walks the question pages, filters the retirement candidates, and reads a tampered cursor or sort as the first page", async () => {
    const all = (await questionQualityReport(admin))!;
    const first = (await questionQualityPage(admin, { sort: "uses" }))!;
    expect(first.page.rows.length).toBe(QUALITY_PAGE_SIZE);
    const rows = await walk(first, async (after) => (await questionQualityPage(admin, { sort: "uses", after }))!);
    expect(rows.map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
    expect(rows.map((r) => r.uses)).toEqual([...rows.map((r) => r.uses)].sort((a, b) => b - a));
    const back = (await questionQualityPage(admin, {
      sort: "uses",
      before: (await questionQualityPage(admin, { sort: "uses", after: first.page.next! }))!.page.prev!,
    }))!;
    expect(back.page.rows.map((r) => r.id)).toEqual(first.page.rows.map((r) => r.id));

    const flagged = (await questionQualityPage(admin, { show: "flagged" }))!;
    const expected = all.filter((q) => q.flag !== null);
    expect(flagged.flagged).toBe(expected.length);
    expect(flagged.page.total).toBe(expected.length);
    expect(flagged.page.rows.every((q) => q.flag !== null)).toBe(true);

    const tampered = Buffer.from(JSON.stringify([3, 5, "x", "y"])).toString("base64url");
    const odd = (await questionQualityPage(admin, { sort: ["nope"], after: tampered, show: "maybe" }))!;
    expect([odd.sort, odd.show, odd.page.start]).toEqual(["domain", "all", 0]);
    expect(odd.page.rows[0]!.id).toBe((await questionQualityPage(admin, {}))!.page.rows[0]!.id);
  });
});
