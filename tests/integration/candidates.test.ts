import { describe, expect, it } from "vitest";
import { commitImport, previewImport } from "../../lib/candidates/import";
import { eraseCandidate, exportCandidate } from "../../lib/candidates/privacy";
import { db } from "../../lib/db";
import { userByEmail } from "./helpers";

describe("CSV import", () => {
  it("previews bad rows, duplicates and merges without writing, then imports only the good rows", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const known = await db.candidate.findFirstOrThrow({ where: { email: { not: null } } });
    const csv = [
      "name,email,role,stage,source",
      "Noor Haddad,noor@example.org,AI Platform Engineer,Platform screen,Referral",
      "Bad Row,not-an-email,AI Platform Engineer,,",
      "Noor Again,NOOR@example.org,,,",
      `${known.name},${known.email},,,`,
      "Ghost,ghost@example.org,Chief Vibes Officer,,",
    ].join("\n");
    const before = await db.candidate.count();
    const res = await previewImport(recruiter, csv);
    if (!res.ok) throw new Error(res.message);
    expect(res.preview.counts).toEqual({ create: 1, merge: 1, duplicate: 1, error: 2 });
    expect(res.preview.rows.find((r) => r.line === 3)!.issues).toEqual([{ column: "email", message: "Enter a valid email address, like name@company.com" }]);
    expect(res.preview.rows.find((r) => r.line === 6)!.issues[0]).toMatchObject({ column: "role" });
    expect(await db.candidate.count()).toBe(before);

    const done = await commitImport(recruiter, csv);
    expect(done).toMatchObject({ ok: true, created: 1, applications: 1 });
    expect(await db.candidate.count()).toBe(before + 1);
    expect(await db.application.count({ where: { candidate: { email: "noor@example.org" }, currentStage: { name: "Platform screen" } } })).toBe(1);
  });

  it("imports a 5,000-row file", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const lines = ["name,email,role,source"];
    for (let i = 0; i < 5000; i++) lines.push(`Bulk Candidate ${i},bulk${i}@example.org,${i % 2 ? "AI Platform Engineer" : ""},Agency`);
    const started = Date.now();
    const res = await commitImport(recruiter, lines.join("\n"));
    expect(res).toMatchObject({ ok: true, created: 5000, applications: 2500 });
    expect(await db.candidate.count({ where: { email: { startsWith: "bulk" } } })).toBe(5000);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it("is refused to interviewers and managers", async () => {
    expect(await previewImport(await userByEmail("interviewer@example.com"), "name,email\n")).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await commitImport(await userByEmail("manager@example.com"), "name,email\n")).toMatchObject({ ok: false, kind: "forbidden" });
  });
});

describe("candidate data requests", () => {
  it("exports everything held, then erases personal data while keeping ratings", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const scored = await db.domainScore.findFirstOrThrow({ where: { scorecard: { status: "SUBMITTED" }, rating: { not: null } }, include: { scorecard: { include: { interview: { include: { application: true } } } } } });
    const candidateId = scored.scorecard.interview.application.candidateId;
    expect(await exportCandidate(await userByEmail("interviewer@example.com"), candidateId)).toBeNull();
    const data = await exportCandidate(recruiter, candidateId);
    expect(data?.candidate.email).toContain("@");
    expect(JSON.stringify(data)).toContain(scored.evidence.slice(0, 30));

    expect(await eraseCandidate(await userByEmail("manager@example.com"), candidateId)).toMatchObject({ ok: false, kind: "forbidden" });
    expect((await eraseCandidate(recruiter, candidateId)).ok).toBe(true);
    const after = await db.candidate.findUniqueOrThrow({ where: { id: candidateId } });
    expect(after).toMatchObject({ name: "Erased candidate", email: null, phone: null, headline: null });
    const score = await db.domainScore.findUniqueOrThrow({ where: { id: scored.id } });
    expect(score.rating).toBe(scored.rating);
    expect(score.evidence).toBe("[erased on request]");
    expect(await db.auditEvent.count({ where: { action: { in: ["candidate.exported", "candidate.erased"] }, entityId: candidateId } })).toBe(2);
    const events = await db.auditEvent.findMany({ where: { entityId: candidateId } });
    expect(JSON.stringify(events, (_k, v) => (typeof v === "bigint" ? v.toString() : v))).not.toContain(data!.candidate.email!);
  });
});
