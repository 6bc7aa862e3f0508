// The fair-hiring report and voluntary self-identification: who may see what (admins only see
// the report, and only aggregates; nobody sees an answer), the SQL's per-stage counts against a
// JavaScript oracle over a random pipeline, small-group suppression, every view audited, and the
// public form's checks (token, options, "prefer not to say", erasure).
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../lib/auth/session";
import { eraseCandidate } from "../../lib/candidates/erasure";
import { exportCandidate } from "../../lib/candidates/export";
import { candidateProfile } from "../../lib/data/candidate-profile";
import { db } from "../../lib/db";
import { fairHiringCsv, fairHiringReport, UNDISCLOSED } from "../../lib/fair-hiring/report";
import { createSelfIdLink, selfIdFormFor, selfIdLinkState, submitSelfId } from "../../lib/fair-hiring/self-id";
import {
  createSelfIdCategory,
  fairHiringSettings,
  setFairHiringMinGroup,
  updateSelfIdCategory,
} from "../../lib/fair-hiring/settings";
import { PREFER_NOT_TO_SAY } from "../../lib/validation/self-id";
import { rng } from "../setup/random";
import { userByEmail } from "./helpers";

const STATUSES = ["ACTIVE", "HIRED", "REJECTED", "WITHDRAWN"] as const;
/** `entry`: the first stage they were at (null: none, or from the start); someone imported into a later stage enters there. */
type Person = {
  stage: number | null;
  entry: number | null;
  status: (typeof STATUSES)[number];
  gender: string | null | undefined;
};

let admin: CurrentUser;
let roleId: string;
let stageIds: string[] = [];
const world: Person[] = [];

/** The oracle: decided and passed per stage position (and the overall row, -1) and group, straight from the definition. */
function oracle(): Map<string, { decided: number; passed: number }> {
  const out = new Map<string, { decided: number; passed: number }>();
  const add = (stage: number, group: string, passed: boolean) => {
    const k = `${stage}|${group}`;
    const v = out.get(k) ?? { decided: 0, passed: 0 };
    v.decided++;
    if (passed) v.passed++;
    out.set(k, v);
  };
  for (const p of world) {
    const group = p.gender ?? UNDISCLOSED;
    for (let s = 0; s < stageIds.length; s++) {
      if (p.stage === null && p.status !== "HIRED") continue;
      if (p.entry !== null && s < p.entry) continue; // entered after this stage: never went through it
      if (p.status === "HIRED" || (p.stage !== null && p.stage > s)) add(s, group, true);
      else if (p.stage === s && p.status === "REJECTED") add(s, group, false);
    }
    if (p.status === "HIRED" || p.status === "REJECTED") add(-1, group, p.status === "HIRED");
  }
  return out;
}

beforeAll(async () => {
  admin = await userByEmail("admin@example.com");
  const base = await db.role.findFirstOrThrow({ select: { clusterId: true, matrixVersionId: true } });
  const role = await db.role.create({
    data: {
      title: "Fair-hiring test role",
      seniority: "Senior",
      clusterId: base.clusterId,
      matrixVersionId: base.matrixVersionId,
      ownerId: admin.id,
      status: "CLOSED",
      stages: {
        create: [0, 1, 2].map((position) => ({
          position: position * 10,
          name: `Stage ${position}`,
          kind: "TECHNICAL" as const,
        })),
      },
    },
    include: { stages: { orderBy: { position: "asc" } } },
  });
  roleId = role.id;
  stageIds = role.stages.map((s) => s.id);
  const gender = await db.selfIdCategory.findUniqueOrThrow({ where: { key: "gender" } });
  const rand = rng(16);
  for (let i = 0; i < 160; i++) {
    const r = rand();
    // Mostly women and men; a few non-binary people (a small group), some who prefer not to say (null) or never answered.
    const g = r < 0.45 ? "Woman" : r < 0.88 ? "Man" : r < 0.92 ? "Non-binary" : r < 0.96 ? null : undefined;
    const stage = rand() < 0.05 ? null : Math.floor(rand() * 3);
    // A quarter were imported straight into their current stage; the others applied at the first.
    const entry = stage === null ? null : rand() < 0.25 ? stage : 0;
    const person: Person = { stage, entry, status: STATUSES[Math.floor(rand() * 4)]!, gender: g };
    world.push(person);
    const c = await db.candidate.create({ data: { name: `FH candidate ${i}` } });
    await db.application.create({
      data: {
        candidateId: c.id,
        roleId,
        currentStageId: stage === null ? null : stageIds[stage]!,
        // Left out, the database takes the current stage (an import into it).
        ...(entry !== null && entry !== stage ? { entryStageId: stageIds[entry]! } : {}),
        status: person.status,
      },
    });
    if (g !== undefined) await db.selfIdAnswer.create({ data: { candidateId: c.id, categoryId: gender.id, value: g } });
  }
  // Somebody else's role and answers never leak in.
  const other = await db.application.findFirstOrThrow({
    where: { roleId: { not: roleId } },
    select: { candidateId: true },
  });
  await db.selfIdAnswer.create({ data: { candidateId: other.candidateId, categoryId: gender.id, value: "Woman" } });
});

describe("who may see the fair-hiring report", () => {
  it("refuses managers, recruiters and interviewers, and audits nothing for them", async () => {
    const before = await db.auditEvent.count({ where: { action: { startsWith: "fair_hiring." } } });
    for (const email of ["manager@example.com", "recruiter@example.com", "interviewer@example.com"]) {
      const res = await fairHiringReport(await userByEmail(email), { roleId, category: "gender" }, "page");
      expect(res).toEqual({ ok: false, kind: "forbidden" });
    }
    expect(await db.auditEvent.count({ where: { action: { startsWith: "fair_hiring." } } })).toBe(before);
  });

  it("shows an admin the report and audits every view and download", async () => {
    const res = await fairHiringReport(admin, { roleId, category: "gender" }, "page");
    expect(res.ok).toBe(true);
    await fairHiringReport(admin, { roleId, category: "gender" }, "csv");
    const events = await db.auditEvent.findMany({
      where: { action: { startsWith: "fair_hiring." }, entityId: roleId },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId, e.entityType])).toEqual([
      ["fair_hiring.viewed", admin.id, "Role"],
      ["fair_hiring.exported", admin.id, "Role"],
    ]);
    expect(events[0]!.data).toEqual({ category: "gender", minGroup: 10 });
  });

  it("answers not found for an unknown role or category", async () => {
    expect(await fairHiringReport(admin, { roleId: "nope", category: "gender" }, "page")).toEqual({
      ok: false,
      kind: "not_found",
    });
    expect(await fairHiringReport(admin, { roleId, category: "shoe-size" }, "page")).toEqual({
      ok: false,
      kind: "not_found",
    });
  });
});

describe("an application's entry stage", () => {
  it("is the first stage it is at, kept by the database: on insert, or on the first move of one not started", async () => {
    const entryOf = async (id: string) =>
      (await db.application.findUniqueOrThrow({ where: { id }, select: { entryStageId: true } })).entryStageId;
    const c1 = await db.candidate.create({ data: { name: "FH entry imported" } });
    const imported = await db.application.create({
      data: { candidateId: c1.id, roleId, currentStageId: stageIds[2]!, status: "WITHDRAWN" },
    });
    expect(await entryOf(imported.id)).toBe(stageIds[2]);
    const c2 = await db.candidate.create({ data: { name: "FH entry not started" } });
    const later = await db.application.create({ data: { candidateId: c2.id, roleId, status: "WITHDRAWN" } });
    expect(await entryOf(later.id)).toBeNull();
    await db.application.update({ where: { id: later.id }, data: { currentStageId: stageIds[1]! } });
    expect(await entryOf(later.id)).toBe(stageIds[1]);
    await db.application.update({ where: { id: later.id }, data: { currentStageId: stageIds[2]! } });
    expect(await entryOf(later.id)).toBe(stageIds[1]);
    await db.application.deleteMany({ where: { id: { in: [imported.id, later.id] } } });
  });
});

describe("the report's figures", () => {
  it("equal the oracle's per stage and group when nothing is suppressed", async () => {
    await db.orgSettings.update({ where: { id: 1 }, data: { fairHiringMinGroup: 2 } });
    const res = await fairHiringReport(admin, { roleId, category: "gender" }, "page");
    await db.orgSettings.update({ where: { id: 1 }, data: { fairHiringMinGroup: 10 } });
    if (!res.ok) throw new Error("refused");
    const want = oracle();
    expect(res.report.applicants).toBe(160);
    expect(res.report.disclosed).toBe(world.filter((p) => p.gender).length);
    expect(res.report.stages.map((s) => s.stageId)).toEqual([...stageIds, null]);
    const earlier = new Set<string>();
    for (const [s, stage] of res.report.stages.entries()) {
      const pos = stage.stageId === null ? -1 : s;
      const of = (group: string) => want.get(`${pos}|${group}`) ?? { decided: 0, passed: 0 };
      for (const g of stage.groups)
        if (!g.suppressed)
          expect([g.group, g.decided, g.passed]).toEqual([g.group, of(g.group).decided, of(g.group).passed]);
      // Withheld: the groups under 2, those withheld at an earlier stage (the stages are linked),
      // and at most two more (secondary suppression: one beside a single small group, one so the
      // withheld together have someone moved on and someone turned down).
      const hidden = stage.groups.filter((g) => g.suppressed).map((g) => g.group);
      expect(hidden).toEqual(expect.arrayContaining([...earlier]));
      const fresh = stage.groups.filter((g) => g.suppressed && !g.suppressedEarlier && of(g.group).decided >= 2);
      expect(fresh.length).toBeLessThanOrEqual(2);
      for (const g of hidden) earlier.add(g);
      // Woman and Man at least: the empty Another gender takes Non-binary with it (one small group),
      // and Non-binary's all-passed the undisclosed (the withheld must have someone turned down).
      expect(stage.groups.filter((g) => !g.suppressed).length).toBeGreaterThanOrEqual(2);
      // Every option of the category has a row, in the category's order, then the undisclosed.
      expect(stage.groups.map((g) => g.group)).toEqual(["Woman", "Man", "Non-binary", "Another gender", UNDISCLOSED]);
    }
  });

  it("suppresses groups below the organisation's minimum, in the page and the CSV", async () => {
    const res = await fairHiringReport(admin, { roleId, category: "gender" }, "page");
    if (!res.ok) throw new Error("refused");
    for (const stage of res.report.stages)
      for (const g of stage.groups) {
        if (g.suppressed)
          expect([g.decided, g.passed, g.rate, g.impactRatio, g.pValue]).toEqual([0, 0, null, null, null]);
        if (g.group === "Non-binary" || g.group === "Another gender") expect(g.suppressed).toBe(true);
      }
    const csv = fairHiringCsv(res.report);
    const nb = csv.split("\r\n").filter((l) => l.includes(",Non-binary,"));
    expect(nb.length).toBe(res.report.stages.length);
    expect(nb[0]).toMatch(/,Non-binary,,,,,,Too few people to show,10$/);
    for (const line of nb.slice(1)) expect(line).toMatch(/,Non-binary,,,,,,Withheld since an earlier stage,10$/);
  });
});

describe("voluntary self-identification", () => {
  it("links are created by recruiters and admins only, and never show earlier answers", async () => {
    const c = await db.candidate.create({ data: { name: "Self-id person", email: "selfid@example.org" } });
    for (const email of ["manager@example.com", "interviewer@example.com"]) {
      expect((await createSelfIdLink(await userByEmail(email), { candidateId: c.id })).ok).toBe(false);
    }
    const made = await createSelfIdLink(await userByEmail("recruiter@example.com"), { candidateId: c.id });
    if (!made.ok) throw new Error(made.message);
    const token = made.url.split("/self-id/")[1]!;
    const form = await selfIdFormFor(token);
    expect(form).toMatchObject({ ok: true, answered: false });
    if (!form.ok) return;
    expect(form.categories.map((k) => k.key)).toEqual(["gender", "ethnicity", "veteran", "disability"]);

    expect((await submitSelfId({ token, answers: { gender: "Martian" } }, "10.0.0.1")).ok).toBe(false);
    expect((await submitSelfId({ token: "x".repeat(43), answers: { gender: "Woman" } }, "10.0.0.1")).ok).toBe(false);
    // Sent with nothing chosen: nothing recorded, and the link is not "answered" (round I).
    expect(await submitSelfId({ token, answers: {} }, "10.0.0.1")).toEqual({ ok: true, saved: 0 });
    expect(await selfIdFormFor(token)).toMatchObject({ ok: true, answered: false });
    const saved = await submitSelfId({ token, answers: { gender: "Woman", veteran: PREFER_NOT_TO_SAY } }, "10.0.0.1");
    expect(saved).toEqual({ ok: true, saved: 2 });
    const rows = await db.selfIdAnswer.findMany({
      where: { candidateId: c.id },
      include: { category: true },
      orderBy: { category: { position: "asc" } },
    });
    expect(rows.map((r) => [r.category.key, r.value])).toEqual([
      ["gender", "Woman"],
      ["veteran", null],
    ]);
    expect(await selfIdFormFor(token)).toMatchObject({ ok: true, answered: true });
    expect(JSON.stringify(await selfIdFormFor(token))).not.toContain('Woman"]');

    // A new link replaces the old one.
    const again = await createSelfIdLink(admin, { candidateId: c.id });
    expect(again.ok).toBe(true);
    expect(await selfIdFormFor(token)).toMatchObject({ ok: false });
  });

  it("are on no candidate page or export, and go with erasure", async () => {
    const app = await db.application.findFirstOrThrow({ where: { roleId }, select: { candidateId: true } });
    await db.selfIdAnswer.upsert({
      where: { candidateId_categoryId: { candidateId: app.candidateId, categoryId: "selfid_ethnicity" } },
      update: { value: "Middle Eastern or North African" },
      create: {
        candidateId: app.candidateId,
        categoryId: "selfid_ethnicity",
        value: "Middle Eastern or North African",
      },
    });
    const json = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x));
    const exported = await exportCandidate(admin, app.candidateId);
    expect(exported.ok).toBe(true);
    expect(json(exported)).not.toMatch(/Middle Eastern|selfId|SelfId/);
    const profile = await candidateProfile(admin, app.candidateId);
    expect(json(profile)).not.toMatch(/Middle Eastern|selfId|SelfId/);

    expect((await eraseCandidate(admin, app.candidateId)).ok).toBe(true);
    expect(await db.selfIdAnswer.count({ where: { candidateId: app.candidateId } })).toBe(0);
  });

  it("blocks an address after repeated bad links", async () => {
    let last;
    for (let i = 0; i < 12; i++)
      last = await submitSelfId({ token: `bad-token-${i}-${"y".repeat(30)}`, answers: {} }, "10.9.9.9");
    expect(last).toMatchObject({ ok: false, kind: "rate_limited" });
  });
});

describe("the candidate page's link (issue 16)", () => {
  it("is made by admins and the recruiters of a role the candidate applied to, and shows no answer", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const onTeam = await db.application.findFirstOrThrow({
      where: {
        role: { members: { some: { userId: recruiter.id, function: "RECRUITER" } } },
        candidate: { erasedAt: null },
      },
      select: { candidateId: true },
    });
    const other = await db.user.create({
      data: { email: "off-team-recruiter@example.com", name: "Off Team", kind: "RECRUITER" },
    });
    const offTeam = { ...recruiter, id: other.id, email: other.email, name: other.name };
    const refused = await createSelfIdLink(offTeam, { candidateId: onTeam.candidateId });
    expect(refused).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await selfIdLinkState(offTeam, onTeam.candidateId)).toBeNull();
    expect(await selfIdLinkState(await userByEmail("manager@example.com"), onTeam.candidateId)).toBeNull();

    expect(await selfIdLinkState(recruiter, onTeam.candidateId)).toEqual({ link: null });
    const made = await createSelfIdLink(recruiter, { candidateId: onTeam.candidateId });
    if (!made.ok) throw new Error(made.message);
    const state = await selfIdLinkState(recruiter, onTeam.candidateId);
    expect(state?.link).toMatchObject({ expired: false });
    const token = made.url.split("/self-id/")[1]!;
    expect((await submitSelfId({ token, answers: { gender: "Woman" } }, "10.0.0.7")).ok).toBe(true);
    // The page's state says nothing of the answer, nor whether there is one.
    expect(await selfIdLinkState(admin, onTeam.candidateId)).toEqual(state);
    const audit = await db.auditEvent.findFirst({
      where: { action: "self_id.link_created", entityId: onTeam.candidateId, actorId: recruiter.id },
    });
    expect(audit).not.toBeNull();
  });
});

describe("the report's settings (issue 16)", () => {
  it("lets admins alone change the smallest group shown, audited, and the report follows it", async () => {
    expect((await setFairHiringMinGroup(await userByEmail("recruiter@example.com"), { minGroup: 20 })).ok).toBe(false);
    expect(await setFairHiringMinGroup(admin, { minGroup: 4 })).toMatchObject({ ok: false, kind: "invalid" });
    const shown = async () => {
      const res = await fairHiringReport(admin, { roleId, category: "gender" }, "page");
      if (!res.ok) throw new Error(res.kind);
      return res.report.stages.flatMap((s) => s.groups).filter((g) => !g.suppressed).length;
    };
    const at10 = await shown();
    expect(await setFairHiringMinGroup(admin, { minGroup: "40" })).toEqual({ ok: true });
    expect((await fairHiringSettings(admin))?.minGroup).toBe(40);
    expect(await shown()).toBeLessThan(at10);
    const event = await db.auditEvent.findFirst({
      where: { action: "settings.fair_hiring_min_group" },
      orderBy: { at: "desc" },
    });
    expect(event?.data).toEqual({ from: 10, to: 40 });
    expect(await setFairHiringMinGroup(admin, { minGroup: 10 })).toEqual({ ok: true });
    expect(await shown()).toBe(at10);
  });

  it("refuses a reworded question whose label another has in any case, and reads _ and % in a label as text", async () => {
    const made = await createSelfIdCategory(admin, {
      label: "Tenure",
      options: "Under 2 years\n2 years or more",
      active: true,
    });
    if (!made.ok) throw new Error(made.message);
    const options = "Under 2 years\n2 years or more";
    expect(
      await updateSelfIdCategory(admin, made.id, { label: "GENDER", options, active: true, version: 1 }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { label: expect.any(String) },
    });
    expect(await updateSelfIdCategory(admin, made.id, { label: "Gende_", options, active: true, version: 1 })).toEqual({
      ok: true,
    });
    expect(await updateSelfIdCategory(admin, made.id, { label: "%", options, active: false, version: 2 })).toEqual({
      ok: true,
    });
  });

  it("lets admins add, reword and retire questions; the form and report follow, and each change is audited", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const input = { label: "Age band", options: "Under 30\n30 to 49\n\n50 or over ", active: true };
    expect((await createSelfIdCategory(recruiter, input)).ok).toBe(false);
    expect(await createSelfIdCategory(admin, { ...input, options: "Under 30\nunder 30" })).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(await createSelfIdCategory(admin, { ...input, options: `Under 30\n${PREFER_NOT_TO_SAY}` })).toMatchObject({
      ok: false,
    });
    expect(await createSelfIdCategory(admin, { ...input, options: "Only one" })).toMatchObject({ ok: false });
    expect(await createSelfIdCategory(admin, { ...input, label: "gender" })).toMatchObject({
      ok: false,
      fieldErrors: { label: expect.any(String) },
    });
    const made = await createSelfIdCategory(admin, input);
    if (!made.ok) throw new Error(made.message);
    expect(made.key).toBe("age_band");
    const row = await db.selfIdCategory.findUniqueOrThrow({ where: { id: made.id } });
    expect(row.options).toEqual(["Under 30", "30 to 49", "50 or over"]);

    const c = await db.candidate.create({ data: { name: "Settings person" } });
    const link = await createSelfIdLink(admin, { candidateId: c.id });
    if (!link.ok) throw new Error(link.message);
    const token = link.url.split("/self-id/")[1]!;
    const form = await selfIdFormFor(token);
    expect(form.ok && form.categories.map((k) => k.key)).toEqual([
      "gender",
      "ethnicity",
      "veteran",
      "disability",
      "age_band",
    ]);

    expect(
      await updateSelfIdCategory(admin, made.id, {
        label: "Age",
        options: "Under 40\n40 or over",
        active: false,
        version: 1,
      }),
    ).toEqual({ ok: true });
    const after = await selfIdFormFor(token);
    expect(after.ok && after.categories.map((k) => k.key)).not.toContain("age_band");
    expect(await fairHiringReport(admin, { roleId, category: "age_band" }, "page")).toMatchObject({
      ok: false,
      kind: "not_found",
    });
    expect((await updateSelfIdCategory(recruiter, made.id, { ...input, version: 2 })).ok).toBe(false);
    expect(await updateSelfIdCategory(admin, "nope", { ...input, version: 1 })).toMatchObject({
      ok: false,
      kind: "not_found",
    });

    const events = await db.auditEvent.findMany({
      where: { entityId: made.id },
      orderBy: { at: "asc" },
      select: { action: true, data: true },
    });
    expect(events.map((e) => e.action)).toEqual([
      "settings.self_id_category_added",
      "settings.self_id_category_changed",
    ]);
    expect(events[1]!.data).toMatchObject({
      key: "age_band",
      before: { label: "Age band", active: true },
      after: { label: "Age", options: ["Under 40", "40 or over"], active: false },
    });
    expect((await fairHiringSettings(admin))?.categories.at(-1)).toMatchObject({
      key: "age_band",
      active: false,
      answers: 0,
      version: 2,
    });
    expect(await fairHiringSettings(recruiter)).toBeNull();
  });

  it("refuses the second of two admins who saved one question from the same version, and audits only the first", async () => {
    const made = await createSelfIdCategory(admin, {
      label: "Commute",
      options: "Under an hour\nAn hour or more",
      active: true,
    });
    if (!made.ok) throw new Error(made.message);
    const o = await db.user.create({
      data: { email: "second-admin@example.com", name: "Second Admin", kind: "ADMIN" },
    });
    const otherAdmin: CurrentUser = { id: o.id, email: o.email, name: o.name, kind: o.kind };
    const loaded = (await fairHiringSettings(admin))!.categories.find((c) => c.id === made.id)!;
    expect(loaded.version).toBe(1);
    const edits = () =>
      db.auditEvent.count({ where: { entityId: made.id, action: "settings.self_id_category_changed" } });
    const stored = () =>
      db.selfIdCategory.findUniqueOrThrow({
        where: { id: made.id },
        select: { label: true, options: true, version: true },
      });

    const first = {
      label: "Commute time",
      options: "Under 30 minutes\n30 minutes or more",
      active: true,
      version: loaded.version,
    };
    const second = {
      label: "Travel to work",
      options: "Walk or cycle\nPublic transport\nCar",
      active: true,
      version: loaded.version,
    };
    expect(await updateSelfIdCategory(admin, made.id, first)).toEqual({ ok: true });
    expect(await updateSelfIdCategory(otherAdmin, made.id, second)).toEqual({
      ok: false,
      kind: "conflict",
      message: expect.stringMatching(
        /someone else changed this question .*since you loaded .*nothing was saved.*reload/i,
      ),
    });
    expect(await stored()).toEqual({
      label: "Commute time",
      options: ["Under 30 minutes", "30 minutes or more"],
      version: 2,
    });
    expect(await edits()).toBe(1);
    // Without the version the page loaded: refused as invalid, not saved over.
    expect(
      await updateSelfIdCategory(otherAdmin, made.id, { label: second.label, options: second.options, active: true }),
    ).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    // After reloading (the new version) the second admin's save goes through.
    expect(await updateSelfIdCategory(otherAdmin, made.id, { ...second, version: 2 })).toEqual({ ok: true });
    expect(await stored()).toMatchObject({ label: "Travel to work", version: 3 });
    expect(await edits()).toBe(2);

    // At the same moment from the same version: exactly one is saved and audited.
    const results = await Promise.all([
      updateSelfIdCategory(admin, made.id, { ...first, version: 3 }),
      updateSelfIdCategory(otherAdmin, made.id, { ...second, label: "Getting to work", version: 3 }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ kind: "conflict" });
    expect((await stored()).version).toBe(4);
    expect(await edits()).toBe(3);
  });
});
