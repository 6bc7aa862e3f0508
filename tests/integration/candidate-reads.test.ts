// The candidate's reads select only what the viewer may see (issue 10), and the candidate's
// data requests are the organisation's, handled by admins and the candidate's own recruiters
// (issue 11, items 1 and 2): tried by the wrong users.
import { describe, expect, it } from "vitest";
import { apiGaps, apiScorecards } from "../../lib/api/v1";
import type { CurrentUser } from "../../lib/auth/session";
import { eraseCandidate, ERASE_NOT_ON_TEAM } from "../../lib/candidates/erasure";
import {
  candidateExportRecords,
  EXPORT_NOT_ON_TEAM,
  EXPORT_SUBMIT_FIRST,
  exportCandidate,
  exportRefusal,
} from "../../lib/candidates/export";
import { candidateReport } from "../../lib/data/candidate";
import { candidateProfile } from "../../lib/data/candidate-profile";
import { db } from "../../lib/db";
import type { UserKind } from "../../lib/generated/prisma/enums";
import { submitScorecard } from "../../lib/scorecards/service";
import { completeValues, userByEmail } from "./helpers";

let seq = 0;
const uniq = () => `${++seq}-${Date.now()}`;
const json = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x));

async function newUser(kind: UserKind): Promise<CurrentUser> {
  const n = uniq();
  return db.user.create({
    data: { email: `reads-${kind.toLowerCase()}-${n}@example.org`, name: `Reads ${kind} ${n}`, kind },
    select: { id: true, email: true, name: true, kind: true },
  });
}

/** Every value under `key`, anywhere in `v`. */
function valuesOfKey(v: unknown, key: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(v)) v.forEach((x) => valuesOfKey(x, key, out));
  else if (v && typeof v === "object" && !(v instanceof Date)) {
    for (const [k, x] of Object.entries(v)) {
      if (k === key) out.push(x);
      valuesOfKey(x, key, out);
    }
  }
  return out;
}

/**
 * A fresh candidate on an open role of manager@example.com with a decision and its rationale,
 * and a panelist who submitted a scorecard with evidence and a private note, each carrying a
 * unique marker.
 */
async function scenario() {
  const owner = await userByEmail("manager@example.com");
  const role = await db.role.findFirstOrThrow({
    where: { ownerId: owner.id, status: "OPEN" },
    include: { targets: true, stages: { orderBy: { position: "asc" }, include: { domains: true } } },
  });
  const stage = role.stages.find((s) => s.domains.length > 0)!;
  const domainIds = stage.domains.map((d) => d.domainId);
  const n = uniq();
  const m = {
    evidence: `READS-EVIDENCE-${n}`,
    note: `READS-NOTE-${n}`,
    rationale: `READS-RATIONALE-${n}`,
    draft: `READS-DRAFT-${n}`,
  };
  const candidate = await db.candidate.create({
    data: { name: `Reads Candidate ${n}`, email: `reads-${n}@example.org` },
  });
  const application = await db.application.create({
    data: {
      candidateId: candidate.id,
      roleId: role.id,
      currentStageId: stage.id,
      decision: "HIRE",
      decisionRationale: m.rationale,
      decidedAt: new Date(),
      decidedById: owner.id,
    },
  });
  const panelist = await newUser("INTERVIEWER");
  const interview = (user: CurrentUser) =>
    db.interview.create({
      data: { applicationId: application.id, stageId: stage.id, interviewerId: user.id, scheduledAt: new Date() },
    });
  const submit = async (
    user: CurrentUser,
    interviewId: string,
    note: string,
    evidence = "Walked through a concrete incident and the metrics it moved.",
  ) => {
    const v = completeValues(domainIds, "3");
    const values = { ...v, privateNote: note, scores: v.scores.map((s) => ({ ...s, evidence })) };
    expect(await submitScorecard(user, { interviewId, expectedVersion: 0, values })).toMatchObject({ ok: true });
  };
  await submit(panelist, (await interview(panelist)).id, m.note, `${m.evidence}: designed the alert routing.`);
  return { owner, role, stage, domainIds, candidate, application, panelist, m, interview, submit };
}

describe("candidateReport and the API select, never redact", () => {
  it("a fellow interviewer never receives another interviewer's private note, and no decision while hidden", async () => {
    const s = await scenario();
    const fellow = await newUser("INTERVIEWER");
    const iv = await s.interview(fellow);

    const hidden = await candidateReport(fellow, s.application.id);
    expect(hidden).toMatchObject({ visible: false, reason: "submit-first" });
    // Column by default: the hidden answer carries no decision fields and no scorecards at all, not nulled ones.
    for (const key of [
      "decision",
      "decisionRationale",
      "decidedAt",
      "decidedById",
      "privateNote",
      "scorecards",
      "evidence",
    ])
      expect(valuesOfKey(hidden, key)).toEqual([]);
    for (const secret of Object.values(s.m)) expect(json(hidden)).not.toContain(secret);

    const ownNote = `OWN-NOTE-${uniq()}`;
    await s.submit(fellow, iv.id, ownNote);
    const report = await candidateReport(fellow, s.application.id);
    expect(report?.visible).toBe(true);
    if (!report?.visible) return;
    // The panelist's evidence is theirs to read now, their private note is not: no `privateNote` key anywhere.
    expect(json(report)).toContain(s.m.evidence);
    expect(json(report)).not.toContain(s.m.note);
    expect(valuesOfKey(report, "privateNote")).toEqual([]);
    expect(report.notes).toEqual([{ interviewer: fellow.name, note: ownNote }]);
    for (const api of [await apiScorecards(fellow, s.application.id), await apiGaps(fellow, s.application.id)]) {
      expect(api).not.toBeNull();
      expect(json(api)).not.toContain(s.m.note);
      expect(valuesOfKey(api, "privateNote")).toEqual([]);
    }
    // Hiring leads read both notes.
    const lead = await candidateReport(s.owner, s.application.id);
    expect(lead?.visible && lead.notes.map((n) => n.note).sort()).toEqual([s.m.note, ownNote].sort());
  });

  it("a manager outside the role opens the candidate but reads no feedback, decision or note", async () => {
    const s = await scenario();
    const outsider = await newUser("MANAGER");
    const report = await candidateReport(outsider, s.application.id);
    expect(report).toMatchObject({
      visible: false,
      reason: "not-on-team",
      app: { status: "ACTIVE", statusHidden: false },
    });
    expect(valuesOfKey(report, "decisionRationale")).toEqual([]);
    for (const secret of Object.values(s.m)) expect(json(report)).not.toContain(secret);
  });
});

describe("candidate data requests: who may run them", () => {
  it("refuses export and erasure to a recruiter on no team, and to one on only some of the candidate's roles", async () => {
    const s = await scenario();
    const stray = await newUser("RECRUITER");
    expect(await exportRefusal(stray, s.candidate.id)).toBe(EXPORT_NOT_ON_TEAM);
    expect(await exportCandidate(stray, s.candidate.id)).toEqual({
      ok: false,
      kind: "forbidden",
      message: EXPORT_NOT_ON_TEAM,
    });
    expect(await eraseCandidate(stray, s.candidate.id)).toEqual({
      ok: false,
      kind: "forbidden",
      message: ERASE_NOT_ON_TEAM,
    });
    expect(await db.candidate.findUniqueOrThrow({ where: { id: s.candidate.id } })).toMatchObject({
      name: s.candidate.name,
      email: s.candidate.email,
      erasedAt: null,
    });
    expect(
      await db.auditEvent.count({
        where: { action: { in: ["candidate.exported", "candidate.erased"] }, entityId: s.candidate.id },
      }),
    ).toBe(0);

    // On the team of the candidate's one role: allowed.
    await db.roleMember.create({ data: { roleId: s.role.id, userId: stray.id, function: "RECRUITER" } });
    expect(await exportRefusal(stray, s.candidate.id)).toBeNull();
    // The candidate applies to a role whose team they are not on: refused again, for both.
    const other = await db.role.create({
      data: {
        title: `Other role ${uniq()}`,
        seniority: "Senior",
        clusterId: s.role.clusterId,
        matrixVersionId: s.role.matrixVersionId,
        ownerId: s.owner.id,
        status: "OPEN",
      },
    });
    await db.application.create({ data: { candidateId: s.candidate.id, roleId: other.id } });
    expect(await exportRefusal(stray, s.candidate.id)).toBe(EXPORT_NOT_ON_TEAM);
    expect(await eraseCandidate(stray, s.candidate.id)).toMatchObject({ ok: false, kind: "forbidden" });
    // An admin answers the request.
    expect(await exportCandidate(await userByEmail("admin@example.com"), s.candidate.id)).toMatchObject({ ok: true });
  });

  it("gives an admin on the panel who hasn't submitted none of the others' drafts, evidence, notes or rationale", async () => {
    const s = await scenario();
    const admin = await newUser("ADMIN");
    await s.interview(admin); // on the panel, nothing submitted
    // Another interviewer's draft, with its own marker.
    const drafter = await newUser("INTERVIEWER");
    const div = await s.interview(drafter);
    await db.scorecard.create({
      data: {
        interviewId: div.id,
        interviewerId: drafter.id,
        matrixVersionId: s.role.matrixVersionId,
        privateNote: s.m.draft,
        scores: { create: [{ domainId: s.domainIds[0]!, rating: 1, evidence: s.m.draft }] },
      },
    });

    expect(await exportCandidate(admin, s.candidate.id)).toEqual({
      ok: false,
      kind: "forbidden",
      message: EXPORT_SUBMIT_FIRST,
    });
    // The query itself holds the rule, whoever calls it: the application is listed, its record withheld.
    const records = await candidateExportRecords(admin, s.candidate.id);
    expect(records?.candidate.applications).toHaveLength(1);
    expect(records?.candidate.applications[0]).toMatchObject({
      id: s.application.id,
      feedbackWithheld: true,
      status: "ACTIVE",
    });
    for (const secret of Object.values(s.m)) expect(json(records)).not.toContain(secret);
    for (const key of ["decisionRationale", "privateNote", "evidence", "scorecards"])
      expect(valuesOfKey(records, key)).toEqual([]);

    // An admin off the panel exports the submitted record, still without the draft.
    const colleague = await newUser("ADMIN");
    const res = await exportCandidate(colleague, s.candidate.id);
    expect(res.ok).toBe(true);
    const out = json(res);
    for (const present of [s.m.evidence, s.m.note, s.m.rationale]) expect(out).toContain(present);
    expect(out).not.toContain(s.m.draft);
  });
});

describe("the pipeline's candidate page", () => {
  it("offers erasure and export only to those allowed, and shows a decision only where its feedback is visible", async () => {
    const s = await scenario();
    await db.application.update({ where: { id: s.application.id }, data: { status: "HIRED" } });
    const stray = await newUser("RECRUITER");
    expect(await candidateProfile(stray, s.candidate.id)).toMatchObject({
      canErase: false,
      exportRefusal: EXPORT_NOT_ON_TEAM,
      // Off the role's team: the application's page would be a 404, so the profile does not link it (round Y).
      applications: [{ id: s.application.id, status: "CLOSED", statusHidden: true, decision: null, opens: false }],
    });
    const recruiter = await userByEmail("recruiter@example.com");
    expect(await candidateProfile(recruiter, s.candidate.id)).toMatchObject({
      canErase: true,
      exportRefusal: null,
      applications: [{ status: "HIRED", decision: "HIRE", opens: true }],
    });
    // On the panel without a submission: the outcome reads "closed" for them too.
    await s.interview(recruiter);
    expect(await candidateProfile(recruiter, s.candidate.id)).toMatchObject({
      exportRefusal: EXPORT_SUBMIT_FIRST,
      applications: [{ status: "CLOSED", statusHidden: true, decision: null, opens: true }],
    });
    // A stray recruiter given an interview on it opens it as its interviewer.
    await s.interview(stray);
    expect((await candidateProfile(stray, s.candidate.id))?.applications[0]?.opens).toBe(true);
  });
});
