// The role comparison's figures come from PostgreSQL (lib/data/role-summary-sql.ts); the
// definitions stay in lib/scoring. On a random role (weights, targets, panels of 0-4
// scorecards, "not assessed", drafts, a second scorecard by one interviewer) every figure of
// every page must equal candidateSummary's, and keyset paging must visit every candidate once
// in order, forwards and backwards, under each sort and filter.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../lib/auth/session";
import {
  comparisonRole,
  roleComparisonPage,
  type ComparisonRole,
  type ComparisonRow,
} from "../../lib/data/role-comparison";
import { db } from "../../lib/db";
import { candidateSummary, fitRankKey, type ApplicationSummary, type ScoreRow } from "../../lib/scoring";
import { domainSort, sortDomainId, type ComparisonQuery } from "../../lib/validation/comparison";
import { NOT_STARTED } from "../../lib/validation/list-params";
import { expectLastPage, userByEmail } from "./helpers";
import { rng } from "../setup/random";

const CANDIDATES = 61;
let owner: CurrentUser;
let role: ComparisonRole;
let oracle: Map<string, ApplicationSummary>;
let names: Map<string, string>;

beforeAll(async () => {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  owner = await userByEmail("manager@example.com");
  const base = await db.role.findFirstOrThrow({
    where: { ownerId: owner.id },
    select: { clusterId: true, matrixVersionId: true },
  });
  const domains = await db.matrixVersionDomain.findMany({
    where: { versionId: base.matrixVersionId },
    orderBy: { position: "asc" },
  });
  const targets = domains.map((d, i) => ({
    domainId: d.domainId,
    level: i === domains.length - 1 ? 0 : 1 + Math.floor(rand() * 3),
    weight: pick([0.5, 1, 1, 1.5, 2, 3]),
  }));
  const created = await db.role.create({
    data: {
      title: "SQL oracle role",
      seniority: "Senior",
      clusterId: base.clusterId,
      matrixVersionId: base.matrixVersionId,
      ownerId: owner.id,
      status: "OPEN",
      targets: { create: targets },
      stages: {
        create: [0, 1, 2].map((position) => ({ position, name: `Stage ${position}`, kind: "TECHNICAL" as const })),
      },
    },
    include: { stages: true },
  });
  const interviewers = await Promise.all(
    [0, 1, 2, 3].map((i) =>
      db.user.create({ data: { email: `oracle-iv-${i}@example.org`, name: `Oracle IV ${i}`, kind: "INTERVIEWER" } }),
    ),
  );
  const rows: ScoreRow[] = [];
  const appIds: string[] = [];
  names = new Map();
  for (let c = 0; c < CANDIDATES; c++) {
    // Names collide on purpose (case too), so the id tiebreak of the keyset matters.
    const name = `${pick(["ada", "Ada", "Grace", "linus", "Barbara"])} ${String.fromCharCode(65 + (c % 7))}`;
    const candidate = await db.candidate.create({ data: { name } });
    const app = await db.application.create({
      data: {
        candidateId: candidate.id,
        roleId: created.id,
        currentStageId: pick([null, ...created.stages.map((s) => s.id)]),
      },
    });
    appIds.push(app.id);
    names.set(app.id, name);
    const panel = Math.floor(rand() * 5);
    const taken = new Set<string>();
    for (let p = 0; p < panel; p++) {
      // Often the same interviewer twice (two stages): the panel counts them once, by their latest rating.
      const stage = created.stages[p % created.stages.length]!;
      const interviewer = [rand() < 0.4 ? interviewers[0]! : pick(interviewers), ...interviewers].find(
        (iv) => !taken.has(`${stage.id}:${iv.id}`),
      )!;
      taken.add(`${stage.id}:${interviewer.id}`);
      const interview = await db.interview.create({
        data: { applicationId: app.id, stageId: stage.id, interviewerId: interviewer.id },
      });
      const submitted = rand() < 0.8;
      // Few distinct times, so ties on submission time (broken by scorecard id) happen too.
      const submittedAt = submitted ? new Date(Date.UTC(2026, 10, 1) + Math.floor(rand() * 3) * 3_600_000) : null;
      const recommendation = pick(["STRONG_NO", "NO", "YES", "STRONG_YES"] as const);
      const scores = domains
        .filter(() => rand() < 0.8)
        .map((d) => {
          const rating = rand() < 0.15 ? null : Math.floor(rand() * 4);
          return { domainId: d.domainId, rating, notAssessed: rating === null, evidence: "e" };
        });
      const card = await db.scorecard.create({
        data: {
          interviewId: interview.id,
          interviewerId: interviewer.id,
          matrixVersionId: base.matrixVersionId,
          status: submitted ? "SUBMITTED" : "DRAFT",
          recommendation,
          submittedAt,
          scores: { create: scores },
        },
      });
      for (const s of scores)
        rows.push({
          applicationId: app.id,
          domainId: s.domainId,
          interviewerId: interviewer.id,
          rating: s.rating,
          recommendation,
          scorecardId: card.id,
          status: submitted ? "SUBMITTED" : "DRAFT",
          submittedAt,
        });
    }
  }
  // The world must hold the case the consensus rule is about: one interviewer rating a domain twice.
  const twice = new Map<string, number>();
  for (const r of rows)
    if (r.status === "SUBMITTED" && r.rating !== null)
      twice.set(
        `${r.applicationId}:${r.domainId}:${r.interviewerId}`,
        (twice.get(`${r.applicationId}:${r.domainId}:${r.interviewerId}`) ?? 0) + 1,
      );
  expect([...twice.values()].filter((n) => n > 1).length).toBeGreaterThan(5);
  role = (await comparisonRole(owner, created.id))!;
  oracle = new Map(
    candidateSummary({ rows, targets: role.targets.map((t) => ({ ...t })), applicationIds: appIds }).map((s) => [
      s.applicationId,
      s,
    ]),
  );
});

async function walk(query: Partial<ComparisonQuery>, size: number, options = { aggregates: true, generalPlan: false }) {
  const seen: ComparisonRow[] = [];
  let after: string | undefined;
  let pages = 0;
  let total = -1;
  do {
    const { page } = await roleComparisonPage(
      owner,
      role,
      { view: "scored", sort: "fit", ...query, after, size },
      options,
    );
    total = page.total;
    expect(page.start).toBe(seen.length);
    seen.push(...page.rows);
    after = page.next ?? undefined;
    expect(++pages).toBeLessThan(100);
  } while (after);
  const read = async (c: { before?: string }) => {
    const { page } = await roleComparisonPage(
      owner,
      role,
      { view: "scored", sort: "fit", ...query, ...c, size },
      options,
    );
    return { ...page, rows: page.rows.map((r) => ({ id: r.applicationId })) };
  };
  await expectLastPage(
    read,
    seen.map((r) => r.applicationId),
    size,
  );
  return { seen, total };
}

const fitKey = (id: string) => fitRankKey(oracle.get(id)!);
const byFit = (a: string, b: string) =>
  fitKey(a) - fitKey(b) ||
  (names.get(a)!.toLowerCase() < names.get(b)!.toLowerCase()
    ? -1
    : names.get(a)!.toLowerCase() > names.get(b)!.toLowerCase()
      ? 1
      : 0) ||
  (a < b ? -1 : a > b ? 1 : 0);

describe("role comparison in SQL against lib/scoring", () => {
  it("every candidate's consensus, spread, count, gap and fit equal candidateSummary's", async () => {
    const { seen, total } = await walk({}, 200);
    expect(total).toBe(CANDIDATES);
    expect(seen).toHaveLength(CANDIDATES);
    for (const row of seen) {
      const expected = oracle.get(row.applicationId)!;
      expect(row.fit, row.name).toBe(expected.fit);
      expect(row.evidenced).toBe(expected.assessedDomains);
      expect(row.targetDomains).toBe(expected.targetDomains);
      expect(row.distance).toBe(expected.distance);
      for (const d of row.domains) {
        const e = expected.domains.find((x) => x.domainId === d.domainId)!;
        expect(d.consensus).toEqual(e.consensus);
        expect(d.gap).toEqual(e.gap);
        expect(d.disagreement).toBe(e.disagreement);
      }
    }
  });

  it.each([
    ["fit", 7],
    ["name", 5],
    ["recent", 9],
  ] as const)("sort %s pages of %i visit every candidate once, in order, and back again", async (sort, size) => {
    const { seen } = await walk({ sort }, size);
    const ids = seen.map((r) => r.applicationId);
    expect(new Set(ids).size).toBe(CANDIDATES);
    if (sort === "fit") expect(ids).toEqual([...ids].sort(byFit));
    // Backwards from the last page reproduces the same sequence.
    const last = await roleComparisonPage(owner, role, { view: "scored", sort, size, after: undefined });
    let cursor = last.page;
    while (cursor.next)
      cursor = (await roleComparisonPage(owner, role, { view: "scored", sort, size, after: cursor.next })).page;
    const back: string[] = cursor.rows.map((r) => r.applicationId);
    let prev = cursor.prev;
    while (prev) {
      const p = (await roleComparisonPage(owner, role, { view: "scored", sort, size, before: prev })).page;
      expect(p.rows.length).toBe(size);
      back.unshift(...p.rows.map((r) => r.applicationId));
      prev = p.prev;
    }
    expect(back).toEqual(ids);
  });

  it("a domain's order pages strongest consensus there first, fit among equals, the unassessed last", async () => {
    // The domain most candidates were rated in unequally, so the order is not the fit order.
    const domainId = role.targets[0]!.domainId;
    const median = (id: string) =>
      oracle.get(id)!.domains.find((d) => d.domainId === domainId)?.consensus.median ?? null;
    const byDomain = (a: string, b: string) =>
      (median(a) === null ? 1 : 0) - (median(b) === null ? 1 : 0) || (median(b) ?? 0) - (median(a) ?? 0) || byFit(a, b);
    const { seen } = await walk({ sort: domainSort(domainId) }, 6);
    const ids = seen.map((r) => r.applicationId);
    expect(new Set(ids).size).toBe(CANDIDATES);
    expect(ids).toEqual([...ids].sort(byDomain));
    expect(new Set(ids.map(median)).size).toBeGreaterThan(2);
    expect(ids.map(median).at(-1)).toBeNull();
    // Filters apply under it as under any order.
    const strong = (await walk({ sort: domainSort(domainId), fit: "strong" }, 4)).seen.map((r) => r.applicationId);
    expect(strong).toEqual(ids.filter((id) => strong.includes(id)));
    expect(strong.length).toBe([...oracle.values()].filter((s) => s.assessedDomains > 0 && s.fit! >= 80).length);
  });

  it("a hiring lead's indexed plan pages every order exactly as the general plan, their own pending interviews hidden last", async () => {
    // Two applications the owner interviews and has not scored yet: hidden from them under "after submitting".
    const pending = [...oracle.keys()].slice(0, 2);
    const stageId = role.stages[0]!.id;
    const own = await Promise.all(
      pending.map((applicationId) =>
        db.interview.create({ data: { applicationId, stageId, interviewerId: owner.id } }),
      ),
    );
    try {
      const domainId = role.targets[1]!.domainId;
      for (const query of [
        { sort: domainSort(domainId), view: "all" },
        { sort: domainSort(domainId), view: "scored", fit: "partial" },
        { sort: domainSort(domainId), view: "hidden" },
        { sort: "fit", view: "all" },
        { sort: "name", view: "all", q: "ada" },
      ] as const) {
        const indexed = await walk(query, 7);
        const general = await walk(query, 7, { aggregates: true, generalPlan: true });
        const ids = (w: typeof indexed) => w.seen.map((r) => `${r.applicationId}:${r.reason ?? ""}:${r.fit ?? ""}`);
        expect(ids(indexed), JSON.stringify(query)).toEqual(ids(general));
        expect(indexed.total).toBe(general.total);
        if (query.view === "all" && sortDomainId(query.sort))
          expect(indexed.seen.slice(-2).every((r) => r.reason !== null)).toBe(true);
      }
      const hidden = await walk({ sort: domainSort(domainId), view: "hidden" }, 7);
      expect(hidden.seen.map((r) => r.applicationId).sort()).toEqual([...pending].sort());
    } finally {
      await db.interview.deleteMany({ where: { id: { in: own.map((i) => i.id) } } });
    }
  });

  it("a cursor pages only the list it came from: another order's or filter's reads as the first page", async () => {
    const ids = (p: { page: { rows: ComparisonRow[] } }) => p.page.rows.map((r) => r.applicationId);
    const read = (q: Partial<ComparisonQuery>) =>
      roleComparisonPage(owner, role, { view: "scored", sort: "name", size: 5, ...q });
    const byName = await read({});
    const next = byName.page.next!;
    expect((await read({ after: next })).page.start).toBe(5);
    const firstByFit = await read({ sort: "fit" });
    for (const other of [
      { sort: "fit" },
      { sort: "recent" },
      { fit: "strong" },
      { q: "ada" },
      { view: "all" },
    ] as const) {
      const crossed = await read({ ...other, after: next });
      expect(crossed.page.start, JSON.stringify(other)).toBe(0);
      expect(ids(crossed)).toEqual(ids(await read(other)));
    }
    // Backward with another list's cursor: its first page too, not its last.
    const back = await read({ sort: "fit", before: next });
    expect(back.page.start).toBe(0);
    expect(ids(back)).toEqual(ids(firstByFit));
    // The page size is not part of the list: a cursor pages on under another size.
    expect((await read({ size: 7, after: next })).page.start).toBe(5);
  });

  it("filters by name, stage, fit band and 'below target in' exactly as the definitions say", async () => {
    const below = role.targets.find((t) => t.target > 0)!;
    const belowIds = [...oracle.values()]
      .filter((s) => s.domains.find((d) => d.domainId === below.domainId)?.gap.status === "below")
      .map((s) => s.applicationId);
    expect((await walk({ below: below.domainId }, 10)).seen.map((r) => r.applicationId).sort()).toEqual(
      belowIds.sort(),
    );
    const ada = [...names].filter(([, n]) => n.toLowerCase().includes("ada")).map(([id]) => id);
    expect((await walk({ q: "aDa" }, 10)).seen.map((r) => r.applicationId).sort()).toEqual(ada.sort());
    expect((await walk({ q: "%" }, 10)).total).toBe(0);
    const strong = [...oracle.values()]
      .filter((s) => fitKey(s.applicationId) !== 1 && (s.fit ?? 0) >= 80)
      .map((s) => s.applicationId);
    expect((await walk({ fit: "strong" }, 10)).seen.map((r) => r.applicationId).sort()).toEqual(strong.sort());
    const unscored = [...oracle.values()].filter((s) => fitKey(s.applicationId) === 1).map((s) => s.applicationId);
    expect((await walk({ fit: "unscored" }, 10)).seen.map((r) => r.applicationId).sort()).toEqual(unscored.sort());
    const stage = role.stages[1]!;
    const atStage = await db.application.findMany({
      where: { roleId: role.id, currentStageId: stage.id },
      select: { id: true },
    });
    expect((await walk({ stage: stage.id }, 10)).seen.map((r) => r.applicationId).sort()).toEqual(
      atStage.map((a) => a.id).sort(),
    );
  });

  it("the histogram and the shortfall counts cover every candidate, as the definitions count them", async () => {
    const { histogram, shortfalls } = await roleComparisonPage(owner, role, { view: "scored", sort: "fit", size: 5 });
    expect(histogram.reduce((n, b) => n + b.count, 0)).toBe(CANDIDATES);
    for (const b of histogram) {
      const expected = [...oracle.values()].filter((s) =>
        b.from === null
          ? fitKey(s.applicationId) === 1
          : fitKey(s.applicationId) !== 1 && Math.min(Math.floor((s.fit ?? 0) / 10), 9) * 10 === b.from,
      ).length;
      expect(b.count, b.label).toBe(expected);
    }
    for (const s of shortfalls) {
      const sums = [...oracle.values()].map((x) => x.domains.find((d) => d.domainId === s.domainId)!);
      expect(s.short).toBe(sums.filter((d) => d.gap.status === "below").length);
      expect(s.assessed).toBe(sums.filter((d) => d.consensus.count > 0).length);
    }
  });

  it("a malformed cursor reads as the first page", async () => {
    const first = await roleComparisonPage(owner, role, { view: "scored", sort: "fit", size: 5 });
    const junk = await roleComparisonPage(owner, role, { view: "scored", sort: "fit", size: 5, after: "not-a-cursor" });
    expect(junk.page.rows.map((r) => r.applicationId)).toEqual(first.page.rows.map((r) => r.applicationId));
  });
});

describe("the role page's candidate list", () => {
  it("pages newest first through every candidate, forwards and back, with search and stage filters in the query", async () => {
    const { roleApplicationsPage } = await import("../../lib/data/role-applications");
    const listed = await db.role.findUniqueOrThrow({
      where: { id: role.id },
      select: { id: true, ownerId: true, members: { select: { userId: true, function: true } } },
    });
    const ids: string[] = [];
    let after: string | undefined;
    let last;
    do {
      last = await roleApplicationsPage(owner, listed, { after, size: 8 });
      expect(last.total).toBe(CANDIDATES);
      expect(last.start).toBe(ids.length);
      ids.push(...last.rows.map((r) => r.id));
      after = last.next ?? undefined;
    } while (after);
    const expected = await db.application.findMany({
      where: { roleId: role.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(ids).toEqual(expected.map((a) => a.id));
    const back = await roleApplicationsPage(owner, listed, { before: last.prev!, size: 8 });
    expect(back.rows.map((r) => r.id)).toEqual(ids.slice(-last.rows.length - 8, -last.rows.length));
    await expectLastPage((c) => roleApplicationsPage(owner, listed, { ...c, size: 8 }), ids, 8);
    const grace = await roleApplicationsPage(owner, listed, { q: "GRACE", size: 200 });
    expect(grace.rows.every((r) => r.name.startsWith("Grace"))).toBe(true);
    expect(grace.total).toBe([...names.values()].filter((n) => n.startsWith("Grace")).length);
    expect((await roleApplicationsPage(owner, listed, { status: "ACTIVE", size: 5 })).total).toBe(CANDIDATES);
    expect((await roleApplicationsPage(owner, listed, { status: "HIRED", size: 5 })).total).toBe(0);
    const none = await roleApplicationsPage(owner, listed, { stage: NOT_STARTED, size: 200 });
    expect(none.total).toBe(await db.application.count({ where: { roleId: role.id, currentStageId: null } }));
  });
});
