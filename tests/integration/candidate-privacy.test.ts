// Erasure reaches the append-only audit log (through the one door the database leaves open),
// and the candidate export obeys the independence rule.
import { describe, expect, it } from "vitest";
import { recordAudit } from "../../lib/audit";
import { eraseCandidate } from "../../lib/candidates/erasure";
import { EXPORT_SUBMIT_FIRST, exportCandidate, exportRefusal } from "../../lib/candidates/export";
import { db } from "../../lib/db";
import { submitCheckIn } from "../../lib/quality/check-ins";
import { unremindedDueCheckIns } from "../../lib/quality/due";
import { amendScorecard, submitScorecard } from "../../lib/scorecards/service";
import { completeValues, freshInterviewOf, userByEmail } from "./helpers";

const json = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x));
const MARKER = { redacted: true, reason: "test" };

describe("audit log guard", () => {
  it("refuses an update without the flag, with the flag but another column or a non-marker value, and any delete", async () => {
    const event = await db.auditEvent.findFirstOrThrow();
    const where = { id: event.id };
    await expect(db.auditEvent.update({ where, data: { data: MARKER } })).rejects.toThrow(/append-only/);
    const flagged = (fn: Parameters<typeof db.$transaction>[0]) =>
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL app.audit_redaction = 'on'");
        return (fn as (t: typeof tx) => Promise<unknown>)(tx);
      });
    await expect(
      flagged((tx) => tx.auditEvent.update({ where, data: { data: MARKER, action: "rewritten" } })),
    ).rejects.toThrow(/append-only/);
    await expect(flagged((tx) => tx.auditEvent.update({ where, data: { entityId: "someone-else" } }))).rejects.toThrow(
      /append-only/,
    );
    await expect(flagged((tx) => tx.auditEvent.update({ where, data: { at: new Date(0) } }))).rejects.toThrow(
      /append-only/,
    );
    await expect(
      flagged((tx) => tx.auditEvent.update({ where, data: { data: { rationale: "rewritten history" } } })),
    ).rejects.toThrow(/append-only/);
    await expect(
      flagged((tx) => tx.auditEvent.update({ where, data: { data: { ...MARKER, smuggled: "free text" } } })),
    ).rejects.toThrow(/append-only/);
    await expect(flagged((tx) => tx.auditEvent.update({ where, data: { data: { redacted: "yes" } } }))).rejects.toThrow(
      /append-only/,
    );
    await expect(flagged((tx) => tx.auditEvent.delete({ where }))).rejects.toThrow(/append-only/);
    // The flag is local to its transaction: the next statement outside it is refused again.
    await flagged(async (tx) => tx.auditEvent.count());
    await expect(db.auditEvent.update({ where, data: { data: MARKER } })).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUniqueOrThrow({ where })).toEqual(event);
    // The one allowed change: data becomes the marker, nothing else moves.
    await flagged((tx) =>
      tx.auditEvent.update({ where, data: { data: { ...MARKER, at: "2026-01-01T00:00:00.000Z" } } }),
    );
    expect(await db.auditEvent.findUniqueOrThrow({ where })).toEqual({
      ...event,
      data: { ...MARKER, at: "2026-01-01T00:00:00.000Z" },
    });
  });
});

describe("erasure redacts the audit trail", () => {
  it("replaces amended evidence, private notes, decision rationale and names in events about the candidate, keeping who/what/when", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const { user, interview, domainIds } = await freshInterviewOf("kwame@example.com");
    const app = await db.application.findUniqueOrThrow({
      where: { id: interview.applicationId },
      include: { candidate: true, role: true },
    });
    const values = completeValues(domainIds, "2");
    values.privateNote = "Private worry: mentioned a health condition";
    expect(await submitScorecard(user, { interviewId: interview.id, expectedVersion: 0, values })).toMatchObject({
      ok: true,
    });
    const amendedValues = { ...completeValues(domainIds, "3"), privateNote: "Private worry, amended" };
    amendedValues.scores[0]!.evidence =
      "Amended: described the outage at her previous employer in detail, naming colleagues.";
    expect(
      await amendScorecard(user, {
        interviewId: interview.id,
        expectedVersion: 1,
        values: amendedValues,
        reason: "Mixed up two candidates' notes",
      }),
    ).toMatchObject({ ok: true });
    const card = await db.scorecard.findFirstOrThrow({ where: { interviewId: interview.id } });
    await recordAudit({
      actorId: app.role.ownerId,
      action: "application.decided",
      entityType: "Application",
      entityId: app.id,
      data: { decision: "HOLD", rationale: "Rationale naming the candidate's family situation" },
    });
    await recordAudit({
      actorId: recruiter.id,
      action: "candidate.updated",
      entityType: "Candidate",
      entityId: app.candidateId,
      data: { name: app.candidate.name, email: app.candidate.email },
    });
    await recordAudit({
      actorId: recruiter.id,
      action: "interviews.rescheduled",
      entityType: "Interview",
      entityId: interview.id,
      data: { note: "Candidate asked to move for a hospital visit" },
    });
    const scope = { entityId: { in: [app.candidateId, app.id, interview.id, card.id] } };
    const unrelated = await db.auditEvent.findFirstOrThrow({ where: { NOT: scope }, orderBy: { id: "desc" } });
    const before = await db.auditEvent.findMany({ where: scope, orderBy: { id: "asc" } });
    expect(json(before)).toContain("naming colleagues");
    expect(json(before)).toContain("health condition");

    expect(await eraseCandidate(recruiter, app.candidateId)).toMatchObject({ ok: true });
    const after = await db.auditEvent.findMany({
      where: { ...scope, id: { lte: before.at(-1)!.id } },
      orderBy: { id: "asc" },
    });
    expect(after).toHaveLength(before.length);
    for (const [i, e] of after.entries()) {
      const { data: _d, ...kept } = before[i]!;
      expect(e).toMatchObject(kept); // action, actor, entity and time as recorded
      expect(e.data).toMatchObject({ redacted: true, reason: "candidate erased" });
    }
    for (const secret of [
      "naming colleagues",
      "health condition",
      "family situation",
      "hospital visit",
      app.candidate.email!,
      app.candidate.name,
    ]) {
      expect(json(after)).not.toContain(secret);
    }
    // Events of the erasure itself are written after the redaction and stay readable; others are untouched.
    const erased = await db.auditEvent.findFirstOrThrow({
      where: { action: "candidate.erased", entityId: app.candidateId },
    });
    expect(erased.data).toMatchObject({ applications: 1, withdrawn: 1, auditEventsRedacted: before.length });
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: unrelated.id } })).toEqual(unrelated);
    // And the guard is back on after the erasure's transaction.
    await expect(
      db.auditEvent.update({ where: { id: erased.id }, data: { data: { redacted: true } } }),
    ).rejects.toThrow(/append-only/);
  });

  it("withdraws a held candidate's application and clears the hold (a hold does not survive a withdrawal); the audit keeps it", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const { interview } = await freshInterviewOf("kwame@example.com");
    const app = await db.application.findUniqueOrThrow({
      where: { id: interview.applicationId },
      include: { role: true },
    });
    await db.application.update({
      where: { id: app.id },
      data: {
        decision: "HOLD",
        decisionRationale: "Waiting on the other finalist",
        decidedAt: new Date(),
        decidedById: app.role.ownerId,
      },
    });

    expect(await eraseCandidate(recruiter, app.candidateId)).toMatchObject({ ok: true });
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
      status: "WITHDRAWN",
      decision: null,
      decisionRationale: null,
      decidedAt: null,
      decidedById: null,
    });
    const moved = await db.auditEvent.findFirstOrThrow({
      where: { action: "application.moved", entityId: app.id },
      orderBy: { id: "desc" },
    });
    expect(moved.data).toEqual({
      fromStatus: "ACTIVE",
      toStatus: "WITHDRAWN",
      reason: "candidate erased",
      decisionCleared: { decision: "HOLD", decidedById: app.role.ownerId },
    });
  });
});

describe("erasure and quality-of-hire check-ins", () => {
  it("exports a hire's check-ins to an admin only; erasure replaces their evidence and note, keeps the ratings, and asks nobody for the later check-ins", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const { interview } = await freshInterviewOf("kwame@example.com");
    const app = await db.application.findUniqueOrThrow({
      where: { id: interview.applicationId },
      include: { role: true },
    });
    const hiredAt = new Date(Date.now() - 400 * 864e5);
    await db.application.update({
      where: { id: app.id },
      data: { status: "HIRED", decision: "HIRE", decidedAt: hiredAt, decidedById: app.role.ownerId },
    });
    await db.hireFollowUp.upsert({
      where: { applicationId: app.id },
      create: { applicationId: app.id, hiredAt },
      update: { hiredAt },
    });
    const domain = await db.competencyDomain.findFirstOrThrow();
    await db.qualityCheckIn.create({
      data: {
        applicationId: app.id,
        milestoneDays: 90,
        authorId: app.role.ownerId,
        overall: 4,
        wouldHireAgain: true,
        note: "Told me about her health leave in October.",
        ratings: {
          create: [{ domainId: domain.id, rating: 2, evidence: "Led the on-call migration (a.b@private.example)." }],
        },
      },
    });
    const due = async () => (await unremindedDueCheckIns(new Date())).filter((d) => d.app_id === app.id).length;
    expect(await due()).toBeGreaterThan(0); // 182 and 365 days are due

    // Before erasure, a subject-access export: an admin's holds the check-in, a recruiter's says it exists.
    const admin = await userByEmail("admin@example.com");
    const byAdmin = await exportCandidate(admin, app.candidateId);
    if (!byAdmin.ok) throw new Error(byAdmin.message);
    const adminApp = byAdmin.export.candidate.applications.find((a) => a.id === app.id)!;
    expect(JSON.stringify(adminApp)).toContain("health leave");
    expect(adminApp).toMatchObject({ qualityOfHire: { checkIns: [{ milestoneDays: 90, overall: 4 }] } });
    const byRecruiter = await exportCandidate(recruiter, app.candidateId);
    if (!byRecruiter.ok) throw new Error(byRecruiter.message);
    const recruiterApp = byRecruiter.export.candidate.applications.find((a) => a.id === app.id)!;
    expect(JSON.stringify(recruiterApp)).not.toContain("health leave");
    expect(recruiterApp).toMatchObject({ qualityOfHire: { checkInsWithheld: expect.stringMatching(/^1 check-in/) } });

    expect(await eraseCandidate(recruiter, app.candidateId)).toMatchObject({ ok: true });
    const checkIn = await db.qualityCheckIn.findFirstOrThrow({
      where: { applicationId: app.id },
      include: { ratings: true },
    });
    expect(checkIn.note).not.toContain("health");
    expect(checkIn.ratings[0]).toMatchObject({ rating: 2 });
    expect(checkIn.ratings[0]!.evidence).not.toContain("private.example");
    expect(checkIn.overall).toBe(4);
    expect(await due()).toBe(0);
    // Nor can one be recorded about them from a direct link.
    const targets = await db.roleTarget.findMany({ where: { roleId: app.roleId, level: { gt: 0 } } });
    const later = await submitCheckIn(admin, {
      applicationId: app.id,
      milestoneDays: 182,
      overall: 3,
      wouldHireAgain: true,
      note: "",
      ratings: targets.map((t) => ({ domainId: t.domainId, rating: 2, evidence: "Kept the pager quiet." })),
    });
    expect(later).toMatchObject({ ok: false, message: expect.stringMatching(/data was erased/) });
    expect(await db.qualityCheckIn.count({ where: { applicationId: app.id } })).toBe(1);
  });
});

describe("candidate export and the independence rule", () => {
  it("is refused to an admin or recruiter on the panel who has not submitted, then allowed once they have", async () => {
    for (const email of ["admin@example.com", "recruiter@example.com"]) {
      const { user, interview, domainIds } = await freshInterviewOf(email);
      const app = await db.application.findUniqueOrThrow({ where: { id: interview.applicationId } });
      const other = await freshInterviewOf("kwame@example.com");
      // Put another interviewer's submitted scorecard on the same application.
      await db.interview.update({ where: { id: other.interview.id }, data: { applicationId: app.id } });
      expect(
        await submitScorecard(other.user, {
          interviewId: other.interview.id,
          expectedVersion: 0,
          values: completeValues(other.domainIds, "3"),
        }),
      ).toMatchObject({ ok: true });

      expect(await exportCandidate(user, app.candidateId)).toEqual({
        ok: false,
        kind: "forbidden",
        message: EXPORT_SUBMIT_FIRST,
      });
      expect(await exportRefusal(user, app.candidateId)).toBe(EXPORT_SUBMIT_FIRST);
      expect(await db.auditEvent.count({ where: { action: "candidate.exported", entityId: app.candidateId } })).toBe(0);
      // Someone else on the hiring side, not on the panel, may export.
      const colleague = await userByEmail(
        email === "admin@example.com" ? "recruiter@example.com" : "admin@example.com",
      );
      expect(await exportCandidate(colleague, app.candidateId)).toMatchObject({ ok: true });

      expect(
        await submitScorecard(user, {
          interviewId: interview.id,
          expectedVersion: 0,
          values: completeValues(domainIds, "2"),
        }),
      ).toMatchObject({ ok: true });
      expect(await exportRefusal(user, app.candidateId)).toBeNull();
      const res = await exportCandidate(user, app.candidateId);
      expect(res.ok).toBe(true);
      expect(json(res)).toContain("Walked through a concrete incident");
    }
  });

  it("is refused to interviewers and managers, and to an unknown candidate", async () => {
    const { interview } = await freshInterviewOf("interviewer@example.com");
    const app = await db.application.findUniqueOrThrow({ where: { id: interview.applicationId } });
    expect(await exportCandidate(await userByEmail("interviewer@example.com"), app.candidateId)).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await exportCandidate(await userByEmail("manager@example.com"), app.candidateId)).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await exportCandidate(await userByEmail("admin@example.com"), "no-such-candidate")).toMatchObject({
      ok: false,
      kind: "not_found",
    });
  });
});
