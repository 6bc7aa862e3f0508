import { describe, expect, it } from "vitest";
import { commitImport, previewImport } from "../../lib/candidates/import";
import { CSV_EMPTY, CSV_TOO_LARGE } from "../../lib/candidates/limits";
import { eraseCandidate } from "../../lib/candidates/erasure";
import { exportCandidate } from "../../lib/candidates/export";
import { db } from "../../lib/db";
import { recordAudit } from "../../lib/audit";
import { submitScorecard } from "../../lib/scorecards/service";
import { completeValues, freshInterviewOf, userByEmail } from "./helpers";

describe("CSV import", () => {
  it("suggests the nearest open role title for a typo, and nothing for a title far from any", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const csv = [
      "name,email,role",
      "Ana Typo,ana.typo@example.org,AI Platfrom Enginer",
      "Bo Far,bo.far@example.org,Chief Vibes Officer",
    ].join("\n");
    const res = await previewImport(recruiter, csv);
    if (!res.ok) throw new Error(res.message);
    expect(res.preview.rows[0]!.issues).toEqual([
      { column: "role", message: "No open role titled “AI Platfrom Enginer”. Did you mean “AI Platform Engineer”?" },
    ]);
    expect(res.preview.rows[1]!.issues).toEqual([
      { column: "role", message: "No open role titled “Chief Vibes Officer”" },
    ]);
  });

  it("says when a new line has the name of an earlier new line under another email", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const csv = [
      "name,email",
      "Kim Park,kim.park.1@example.org",
      "Sam Other,sam.other.1@example.org",
      "kim  PARK,kim.park.2@example.org",
    ].join("\n");
    const res = await previewImport(recruiter, csv);
    if (!res.ok) throw new Error(res.message);
    expect(res.preview.rows.map((r) => [r.action, r.namesake ?? null])).toEqual([
      ["create", null],
      ["create", null],
      ["create", 2],
    ]);
    expect(res.preview.rows[2]!.note).toBe(
      "New candidate. Same name as line 2 (kim.park.1@example.org): two people, or one typed twice?",
    );
  });

  it("lists every problem of a row at once: a bad cell does not hide an unknown stage or a role off the importer's team", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const offTeam = await db.user.create({
      data: { email: `off-team-${Date.now()}@example.com`, name: "Off Team", kind: "RECRUITER" },
    });
    const role = await db.role.findFirstOrThrow({ where: { status: "OPEN", title: "AI Platform Engineer" } });
    const csv = [
      "name,email,role,stage,phone",
      `Phone Bad,phone.bad@example.org,${role.title},Offer,ext 5`,
      `Mail Bad,not-an-email,${role.title},,`,
    ].join("\n");
    const issues = async (who: typeof recruiter) => {
      const res = await previewImport(who, csv);
      if (!res.ok) throw new Error(res.message);
      expect(res.preview.counts.error).toBe(2);
      return res.preview.rows.map((r) => r.issues.map((i) => `${i.column}: ${i.message}`));
    };
    const [phoneRow, mailRow] = await issues(recruiter);
    expect(phoneRow).toHaveLength(2);
    expect(phoneRow![0]).toMatch(/^phone: /);
    expect(phoneRow![1]).toBe(`stage: “${role.title}” has no stage “Offer”`);
    expect(mailRow).toEqual(["email: Enter a valid email address, like name@company.com"]);
    // Someone off the role's hiring team: the role is refused next to the bad cell.
    const [offTeamPhone, offTeamMail] = await issues({ ...offTeam, timeZone: null });
    expect(offTeamPhone![1]).toMatch(/^role: You are not on the hiring team of “AI Platform Engineer”/);
    expect(offTeamMail![1]).toMatch(/^role: You are not on the hiring team/);
  });

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
      "Noor Haddad,noor@example.org,Senior AI Operations Engineer,,",
      "Noor Haddad,noor@example.org,ai platform engineer,,",
    ].join("\n");
    const before = await db.candidate.count();
    const res = await previewImport(recruiter, csv);
    if (!res.ok) throw new Error(res.message);
    expect(res.preview.counts).toEqual({ create: 1, merge: 1, duplicate: 3, error: 2 });
    const row = (line: number) => res.preview.rows.find((r) => r.line === line)!;
    expect(row(3).issues).toEqual([{ column: "email", message: "Enter a valid email address, like name@company.com" }]);
    expect(row(6).issues).toEqual([{ column: "role", message: "No open role titled “Chief Vibes Officer”" }]);
    expect(row(4)).toMatchObject({
      action: "duplicate",
      note: "Same email as line 2, and no role; skipped. The file names them “Noor Again”; the name on line 2, “Noor Haddad”, is kept",
    });
    expect(row(5)).toMatchObject({
      action: "duplicate",
      note: "Already a candidate, and no role in this row; nothing new, skipped",
    });
    expect(row(7)).toMatchObject({
      action: "merge",
      note: "Same person as line 2; adds an application to “Senior AI Operations Engineer”",
    });
    expect(row(8)).toMatchObject({ action: "duplicate", note: "Same email and role as line 2; skipped" });
    expect(await db.candidate.count()).toBe(before);

    const done = await commitImport(recruiter, csv);
    expect(done).toMatchObject({ ok: true, created: 1, applications: 2, skipped: 5 });
    expect(await db.candidate.count()).toBe(before + 1);
    const noor = await db.candidate.findUniqueOrThrow({
      where: { email: "noor@example.org" },
      include: { applications: { include: { role: true, currentStage: true } } },
    });
    expect(noor.name).toBe("Noor Haddad");
    expect(noor.applications.map((a) => [a.role.title, a.currentStage?.name]).sort()).toEqual([
      ["AI Platform Engineer", "Platform screen"],
      ["Senior AI Operations Engineer", "Technical screen"], // no stage given: the role's first
    ]);
    // Importing the same file again changes nothing: every row is now a reported duplicate or error.
    const again = await previewImport(recruiter, csv);
    expect(again.ok && again.preview.counts).toEqual({ create: 0, merge: 0, duplicate: 5, error: 2 });
  });

  it("says when a known email comes with another name, and when that person was hired already (round I)", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const hired = await db.application.findFirstOrThrow({
      where: { status: "HIRED", candidate: { email: { not: null } } },
      select: { candidate: { select: { name: true, email: true } }, role: { select: { title: true } } },
    });
    const open = await db.role.findFirstOrThrow({
      where: { status: "OPEN", applications: { none: { candidate: { email: hired.candidate.email } } } },
      select: { title: true },
    });
    const csv = ["name,email,role", `Carla Duplicate,${hired.candidate.email},${open.title}`].join("\n");
    const res = await previewImport(recruiter, csv);
    if (!res.ok) throw new Error(res.message);
    expect(res.preview.rows[0]).toMatchObject({
      action: "merge",
      note: `Known candidate; adds an application to “${open.title}”. The file names them “Carla Duplicate”; the name on file, “${hired.candidate.name}”, is kept. Already hired for “${hired.role.title}”`,
    });
    // The same name in another case or without its accents is the same name: nothing to say.
    const same = `${hired.candidate.name.toUpperCase()},${hired.candidate.email},${open.title}`;
    const again = await previewImport(recruiter, ["name,email,role", same].join("\n"));
    if (!again.ok) throw new Error(again.message);
    expect(again.preview.rows[0]!.note).not.toContain("The file names them");
  });

  it("matches roles among open roles only, reports shared titles as ambiguous, and accepts a role id", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const template = await db.role.findFirstOrThrow({ where: { status: "OPEN" } });
    const twin = (status: "OPEN" | "CLOSED") =>
      db.role.create({
        data: {
          title: "Twin Title Engineer",
          seniority: "Mid",
          clusterId: template.clusterId,
          matrixVersionId: template.matrixVersionId,
          ownerId: template.ownerId,
          status,
          members: { create: { userId: recruiter.id, function: "RECRUITER" } },
        },
      });
    const [a, b] = [await twin("OPEN"), await twin("OPEN")];
    const closed = await db.role.create({
      data: {
        title: "Retired Role Engineer",
        seniority: "Mid",
        clusterId: template.clusterId,
        matrixVersionId: template.matrixVersionId,
        ownerId: template.ownerId,
        status: "CLOSED",
      },
    });
    const csv = [
      "name,email,role",
      "Ann Twin,ann.twin@example.org,Twin Title Engineer",
      `Ben Twin,ben.twin@example.org,${b.id}`,
      "Cy Draft,cy.draft@example.org,DevSecOps Engineer, AI Pipelines",
      "Di Closed,di.closed@example.org,Retired Role Engineer",
      `Ed Closed,ed.closed@example.org,${closed.id}`,
    ].join("\n");
    const res = await previewImport(
      recruiter,
      csv.replace("DevSecOps Engineer, AI Pipelines", '"DevSecOps Engineer, AI Pipelines"'),
    );
    if (!res.ok) throw new Error(res.message);
    const issue = (line: number) =>
      res.preview.rows.find((r) => r.line === line)!.issues.map((i) => `${i.column}: ${i.message}`);
    expect(issue(2)).toEqual([
      `role: 2 open roles are titled “Twin Title Engineer”; use the role id instead (${a.id}, ${b.id}) or give the roles unique titles`,
    ]);
    expect(res.preview.rows.find((r) => r.line === 3)).toMatchObject({
      action: "create",
      issues: [],
      note: "New candidate for “Twin Title Engineer”",
    });
    expect(issue(4)).toEqual(["role: “DevSecOps Engineer, AI Pipelines” is draft; import into open roles only"]);
    expect(issue(5)).toEqual(["role: “Retired Role Engineer” is closed; import into open roles only"]);
    expect(issue(6)).toEqual([
      `role: Role ${closed.id} (“Retired Role Engineer”) is closed; import into open roles only`,
    ]);
    const done = await commitImport(recruiter, csv);
    expect(done).toMatchObject({ ok: true, created: 1, applications: 1 });
    expect(await db.application.count({ where: { roleId: b.id, candidate: { email: "ben.twin@example.org" } } })).toBe(
      1,
    );
    expect(await db.application.count({ where: { roleId: { in: [a.id, closed.id] } } })).toBe(0);
  });

  it("previews and imports a 5,000-row file with every column, bad rows and duplicates (over Next's 1 MB default)", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const lines = ["name,email,role,source,stage,headline,phone"];
    const expected = { create: 0, merge: 0, duplicate: 0, error: 0 };
    const headline = (i: number) =>
      `Site reliability engineer ${i}: on-call lead, OpenTelemetry tracing, Terraform modules, anomaly detection on metrics, incident reviews and SLOs`;
    for (let i = 0; i < 5000; i++) {
      const role = i % 3 === 0 ? "" : i % 3 === 1 ? "AI Platform Engineer" : "Senior AI Operations Engineer";
      const stage = role === "AI Platform Engineer" ? "Platform screen" : "";
      let email = `bulk${i}@example.org`;
      let kind: keyof typeof expected = "create";
      if (i % 500 === 7)
        [email, kind] = [`bulk${i}-at-example.org`, "error"]; // bad email
      else if (i % 1000 === 13)
        kind = "error"; // stage that the role lacks, below
      else if (i % 250 === 100 && i % 3 !== 0)
        [email, kind] = [`bulk${i - 3}@example.org`, "duplicate"]; // same email and role as 3 lines up
      else if (i % 250 === 200 && i % 3 === 2) [email, kind] = [`bulk${i - 1}@example.org`, "merge"]; // same person, the other role
      expected[kind]++;
      const badStage = i % 1000 === 13 ? "No such stage" : stage;
      lines.push(
        `Bulk Candidate ${i},${email},${role},Agency,${badStage},"${headline(i)}",+44 20 7946 ${String(i).padStart(4, "0")}`,
      );
    }
    const csv = lines.join("\n");
    expect(new TextEncoder().encode(csv).length).toBeGreaterThan(1024 * 1024);
    expect(new TextEncoder().encode(csv).length).toBeLessThan(5 * 1024 * 1024);
    expect(expected.error).toBeGreaterThan(0);
    expect(expected.duplicate).toBeGreaterThan(0);
    expect(expected.merge).toBeGreaterThan(0);

    const started = Date.now();
    const preview = await previewImport(recruiter, csv);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.preview.counts).toEqual(expected);
    expect(preview.preview.rows.find((r) => r.line === 9)!.issues[0]).toMatchObject({ column: "email" }); // i = 7
    expect(preview.preview.rows.find((r) => r.line === 15)!.issues[0]).toMatchObject({ column: "stage" }); // i = 13
    expect(await db.candidate.count({ where: { email: { startsWith: "bulk" } } })).toBe(0);

    const res = await commitImport(recruiter, csv);
    expect(res).toMatchObject({ ok: true, created: expected.create, skipped: expected.duplicate + expected.error });
    expect(await db.candidate.count({ where: { email: { startsWith: "bulk" } } })).toBe(expected.create);
    const withRole = preview.preview.rows.filter(
      (r) => (r.action === "create" || r.action === "merge") && r.role,
    ).length;
    expect(res.ok && res.applications).toBe(withRole);
    expect(
      await db.auditEvent.count({
        where: { action: "candidate.imported", data: { path: ["importId"], equals: res.ok ? res.importId : "" } },
      }),
    ).toBe(expected.create);
    expect(
      await db.auditEvent.count({
        where: { action: "application.created", data: { path: ["importId"], equals: res.ok ? res.importId : "" } },
      }),
    ).toBe(withRole);
    const merged = await db.candidate.findUniqueOrThrow({
      where: { email: "bulk199@example.org" },
      include: { applications: { include: { role: true } } },
    });
    expect(merged.applications.map((a) => a.role.title).sort()).toEqual([
      "AI Platform Engineer",
      "Senior AI Operations Engineer",
    ]);
    expect(merged).toMatchObject({ source: "Agency", phone: "+44 20 7946 0199" });
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it("imports only what the preview showed, lists rows that changed since, and audits the ids it created or merged", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const owner = await db.role.findFirstOrThrow({ where: { status: "OPEN" } });
    const closing = await db.role.create({
      data: {
        title: "Soon Closed Engineer",
        seniority: "Mid",
        clusterId: owner.clusterId,
        matrixVersionId: owner.matrixVersionId,
        ownerId: owner.ownerId,
        status: "OPEN",
        members: { create: { userId: recruiter.id, function: "RECRUITER" } },
      },
    });
    const csv = [
      "name,email,role",
      "Ana Drift,ana.drift@example.org,AI Platform Engineer", // 2: stays new
      "Bo Drift,bo.drift@example.org,Soon Closed Engineer", // 3: its role closes before confirm
      "Cy Drift,cy.drift@example.org,AI Platform Engineer", // 4: someone adds Cy to that role meanwhile
      "Di Drift,di.drift@example.org,", // 5: someone adds Di meanwhile (no role: nothing new)
      "Ed Drift,not-an-email,AI Platform Engineer", // 6: error in the preview too
    ].join("\n");
    const res = await previewImport(recruiter, csv);
    if (!res.ok) throw new Error(res.message);
    expect(res.preview.counts).toEqual({ create: 4, merge: 0, duplicate: 0, error: 1 });
    const shown = res.preview.rows.filter((r) => r.action === "create" || r.action === "merge").map((r) => r.line);

    await db.role.update({ where: { id: closing.id }, data: { status: "CLOSED" } });
    const platform = await db.role.findFirstOrThrow({ where: { title: "AI Platform Engineer", status: "OPEN" } });
    const cy = await db.candidate.create({
      data: { name: "Cy Drift", email: "cy.drift@example.org", applications: { create: { roleId: platform.id } } },
    });
    const di = await db.candidate.create({ data: { name: "Di Drift", email: "di.drift@example.org" } });

    const done = await commitImport(recruiter, csv, shown.filter((l) => l !== 2).concat(2), "drift.csv");
    if (!done.ok) throw new Error(done.message);
    expect(done).toMatchObject({ created: 1, merged: 0, applications: 1, skipped: 4 });
    expect(done.changed.map((c) => [c.line, c.now])).toEqual([
      [3, "error"],
      [4, "skipped"],
      [5, "skipped"],
    ]);
    expect(done.changed[0]!.reason).toMatch(/closed; import into open roles only/);
    expect(done.changed[1]!.reason).toMatch(/Already a candidate for “AI Platform Engineer”/);
    expect(await db.candidate.count({ where: { email: { endsWith: "drift@example.org" } } })).toBe(3); // Ana, plus Cy and Di added by hand

    const ana = await db.candidate.findUniqueOrThrow({
      where: { email: "ana.drift@example.org" },
      include: { applications: true },
    });
    const summary = await db.auditEvent.findFirstOrThrow({
      where: { action: "candidates.imported", entityId: done.importId },
    });
    expect(summary).toMatchObject({
      entityType: "CandidateImport",
      data: {
        fileName: "drift.csv",
        created: 1,
        rows: 5,
        createdCandidateIds: [ana.id],
        mergedCandidateIds: [],
        applicationIds: [ana.applications[0]!.id],
        skipped: 4,
        changedLines: [3, 4, 5],
      },
    });
    expect(await db.auditEvent.count({ where: { action: "candidate.imported", entityId: ana.id } })).toBe(1);
    expect(
      await db.auditEvent.findFirstOrThrow({
        where: { action: "application.created", entityId: ana.applications[0]!.id },
      }),
    ).toMatchObject({ data: { candidateId: ana.id, merged: false, importId: done.importId } });
    expect(await db.auditEvent.count({ where: { entityId: { in: [cy.id, di.id] } } })).toBe(0);

    // A row that became importable after the preview is not imported behind the recruiter's back.
    await db.role.update({ where: { id: closing.id }, data: { status: "OPEN" } });
    const again = await commitImport(recruiter, csv, []);
    expect(again).toMatchObject({ ok: true, created: 0, applications: 0 });
    expect(again.ok && again.changed).toEqual([
      {
        line: 3,
        email: "bo.drift@example.org",
        now: "skipped",
        reason: expect.stringMatching(/preview the file again/),
      },
    ]);
    expect(await commitImport(recruiter, csv, ["2"])).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("two recruiters confirming the same file at once create each person once, and the second says so", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const admin = await userByEmail("admin@example.com");
    const csv = [
      "name,email,role",
      ...Array.from({ length: 30 }, (_, i) => `Race ${i},race${i}@example.org,${i % 2 ? "AI Platform Engineer" : ""}`),
    ].join("\n");
    const preview = await previewImport(recruiter, csv);
    if (!preview.ok) throw new Error(preview.message);
    const lines = preview.preview.rows.map((r) => r.line);
    const results = await Promise.all([commitImport(recruiter, csv, lines), commitImport(admin, csv, lines)]);
    const ok = results.map((r) => {
      if (!r.ok) throw new Error(r.message);
      return r;
    });
    expect(ok.map((r) => r.created).sort()).toEqual([0, 30]);
    expect(ok.reduce((n, r) => n + r.applications, 0)).toBe(15);
    const second = ok.find((r) => r.created === 0)!;
    expect(second.skipped).toBe(30);
    expect(second.changed).toHaveLength(30);
    expect(await db.candidate.count({ where: { email: { startsWith: "race" } } })).toBe(30);
  });

  it("refuses a file over 5 MB with a clear message, before parsing", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const big = `name,email\n${"x".repeat(5 * 1024 * 1024)}`;
    expect(await previewImport(recruiter, big)).toMatchObject({ ok: false, kind: "invalid", message: CSV_TOO_LARGE });
    expect(await commitImport(recruiter, big)).toMatchObject({ ok: false, kind: "invalid", message: CSV_TOO_LARGE });
    expect(await previewImport(recruiter, 42)).toMatchObject({ ok: false, kind: "invalid" });
    expect(await previewImport(recruiter, "  \n")).toMatchObject({ ok: false, kind: "invalid", message: CSV_EMPTY });
  });

  it("imports only into roles the recruiter may add candidates to (their hiring team's), as adding one by hand", async () => {
    const stray = await db.user.create({
      data: { email: `stray-recruiter-${Date.now()}@example.org`, name: "Stray Recruiter", kind: "RECRUITER" },
      select: { id: true, email: true, name: true, kind: true },
    });
    const role = await db.role.findFirstOrThrow({ where: { status: "OPEN" }, select: { id: true, title: true } });
    const csv = ["name,email,role", `Off Team,off.team.${Date.now()}@example.org,${role.title}`].join("\n");
    const res = await previewImport(stray, csv);
    if (!res.ok) throw new Error(res.message);
    expect(res.preview.rows[0]).toMatchObject({
      action: "error",
      issues: [
        {
          column: "role",
          message: `You are not on the hiring team of “${role.title}”: its owner, its recruiter or an admin adds its candidates`,
        },
      ],
    });
    expect(await commitImport(stray, csv, [2])).toMatchObject({ ok: true, created: 0, applications: 0 });
    expect(await db.application.count({ where: { roleId: role.id, candidate: { name: "Off Team" } } })).toBe(0);
    // An admin may import into any role.
    expect(await commitImport(await userByEmail("admin@example.com"), csv, [2])).toMatchObject({
      ok: true,
      applications: 1,
    });
  });

  it("is refused to interviewers and managers", async () => {
    expect(await previewImport(await userByEmail("interviewer@example.com"), "name,email\n")).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await commitImport(await userByEmail("manager@example.com"), "name,email\n")).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
  });
});

describe("candidate data requests", () => {
  it("exports everything held, then erases personal data while keeping ratings", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const scored = await db.domainScore.findFirstOrThrow({
      where: { scorecard: { status: "SUBMITTED" }, rating: { not: null } },
      include: { scorecard: { include: { interview: { include: { application: true } } } } },
    });
    const candidateId = scored.scorecard.interview.application.candidateId;
    expect(await exportCandidate(await userByEmail("interviewer@example.com"), candidateId)).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    const res = await exportCandidate(recruiter, candidateId);
    const data = res.ok ? res.export : null;
    expect(data?.candidate.email).toContain("@");
    expect(JSON.stringify(data)).toContain(scored.evidence.slice(0, 30));

    expect(await eraseCandidate(await userByEmail("manager@example.com"), candidateId)).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect((await eraseCandidate(recruiter, candidateId)).ok).toBe(true);
    const after = await db.candidate.findUniqueOrThrow({ where: { id: candidateId } });
    expect(after).toMatchObject({ name: "Erased candidate", email: null, phone: null, headline: null });
    const score = await db.domainScore.findUniqueOrThrow({ where: { id: scored.id } });
    expect(score.rating).toBe(scored.rating);
    expect(score.evidence).toBe("[erased on request]");
    expect(
      await db.auditEvent.count({
        where: { action: { in: ["candidate.exported", "candidate.erased"] }, entityId: candidateId },
      }),
    ).toBe(2);
    const events = await db.auditEvent.findMany({ where: { entityId: candidateId } });
    expect(JSON.stringify(events, (_k, v) => (typeof v === "bigint" ? v.toString() : v))).not.toContain(
      data!.candidate.email!,
    );
  });

  it("exports submitted scorecards with private notes, not drafts, with the audit trail of scorecards; erasure withdraws active applications", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const { user: interviewer, interview, domainIds } = await freshInterviewOf("interviewer@example.com");
    const app = await db.application.findUniqueOrThrow({ where: { id: interview.applicationId } });
    const role = await db.role.findUniqueOrThrow({ where: { id: app.roleId } });
    const draft = await db.scorecard.create({
      data: {
        interviewId: interview.id,
        interviewerId: interviewer.id,
        matrixVersionId: role.matrixVersionId,
        privateNote: "Private: strong on tracing, weak on Terraform",
        scores: {
          create: [
            { domainId: domainIds[0]!, rating: 2, evidence: "Draft evidence about the candidate's incident story" },
          ],
        },
      },
    });
    await recordAudit({
      actorId: interviewer.id,
      action: "scorecard.saved",
      entityType: "Scorecard",
      entityId: draft.id,
      data: { evidence: "Draft evidence in an audit event" },
    });
    await recordAudit({
      actorId: recruiter.id,
      action: "interviews.scheduled",
      entityType: "Interview",
      entityId: interview.id,
    });

    expect(await exportCandidate(await userByEmail("manager@example.com"), app.candidateId)).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    // A draft is the interviewer's working copy, not the organisation's record: not exported, nor its audit events.
    const before = await exportCandidate(recruiter, app.candidateId);
    expect(before.ok).toBe(true);
    const beforeJson = JSON.stringify(before, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    for (const secret of [draft.id, "Draft evidence", "strong on tracing"]) expect(beforeJson).not.toContain(secret);
    expect(before.ok && before.export.auditTrail.map((e) => `${e.entityType}:${e.action}`)).toContain(
      "Interview:interviews.scheduled",
    );

    const values = { ...completeValues(domainIds, "2"), privateNote: "Private: strong on tracing, weak on Terraform" };
    expect(
      await submitScorecard(interviewer, { interviewId: interview.id, expectedVersion: draft.version, values }),
    ).toMatchObject({
      ok: true,
    });
    const res = await exportCandidate(recruiter, app.candidateId);
    const data = res.ok ? res.export : null;
    const exportedInterview = data!.candidate.applications[0]!.interviews[0]!;
    const exported = "scorecards" in exportedInterview ? exportedInterview.scorecards[0]! : null;
    expect(exported).toMatchObject({
      id: draft.id,
      status: "SUBMITTED",
      privateNote: "Private: strong on tracing, weak on Terraform",
    });
    expect(exported!.scores[0]).toMatchObject({ rating: 2, evidence: values.scores[0]!.evidence });
    expect(data!.auditTrail.map((e) => `${e.entityType}:${e.action}`)).toEqual(
      expect.arrayContaining(["Scorecard:scorecard.saved", "Interview:interviews.scheduled"]),
    );

    expect(app.status).toBe("ACTIVE");
    expect((await eraseCandidate(recruiter, app.candidateId)).ok).toBe(true);
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: "WITHDRAWN" });
    const card = await db.scorecard.findUniqueOrThrow({ where: { id: draft.id }, include: { scores: true } });
    expect(card.privateNote).toBeNull();
    expect(card.scores[0]).toMatchObject({ rating: 2, evidence: "[erased on request]" });
    expect(
      await db.auditEvent.findFirst({
        where: { entityType: "Application", entityId: app.id, action: "application.moved" },
      }),
    ).toMatchObject({ data: { fromStatus: "ACTIVE", toStatus: "WITHDRAWN", reason: "candidate erased" } });
    expect(
      await db.auditEvent.findFirst({
        where: { entityType: "Candidate", entityId: app.candidateId, action: "candidate.erased" },
      }),
    ).toMatchObject({ data: { withdrawn: 1 } });
    // A second erasure is a no-op, and the export after erasure holds no name or contact.
    expect((await eraseCandidate(recruiter, app.candidateId)).ok).toBe(true);
    const after = JSON.stringify(await exportCandidate(recruiter, app.candidateId), (_k, v) =>
      typeof v === "bigint" ? v.toString() : v,
    );
    expect(after).not.toContain("Test Candidate");
    expect(after).not.toContain("Private: strong");
  });
});
