// The audit log in words (issue 12, finding 8): each event a sentence naming people and
// objects, details as before/after, every edited field recorded (a plan's stage duration),
// names looked up for the page's events only, and hidden data still hidden.
import { describe, expect, it, vi } from "vitest";
import { auditLogPage } from "../../lib/data/audit-log";
import { db } from "../../lib/db";
import { savePlan } from "../../lib/roles/plan-service";
import { saveDraft, submitScorecard } from "../../lib/scorecards/service";
import { completeValues, freshInterviewOf, userByEmail } from "./helpers";

describe("a readable audit log", () => {
  it("lists the demo's seeded history in date order (the log reads by id, newest first)", async () => {
    const seeded = await db.auditEvent.findFirstOrThrow({ where: { action: "database.seeded" } });
    const history = await db.auditEvent.findMany({
      where: { id: { lt: seeded.id } },
      orderBy: { id: "asc" },
      select: { at: true },
    });
    expect(history.length).toBeGreaterThan(10);
    const times = history.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("says who submitted which stage's scorecard for whom, with no internal ids", async () => {
    const { user: sam, interview, domainIds } = await freshInterviewOf("interviewer@example.com");
    await saveDraft(sam, { interviewId: interview.id, expectedVersion: 0, values: completeValues(domainIds, "1") });
    await submitScorecard(sam, {
      interviewId: interview.id,
      expectedVersion: 1,
      values: completeValues(domainIds, "3"),
    });
    const full = await db.interview.findUniqueOrThrow({
      where: { id: interview.id },
      select: { stage: { select: { name: true } }, application: { select: { candidate: { select: { name: true } } } } },
    });
    const admin = await userByEmail("admin@example.com");
    const findMany = vi.spyOn(db.user, "findMany");
    const { page } = await auditLogPage(admin, {});
    const [submitted, drafted] = page.rows;
    expect(submitted?.sentence).toBe(
      `${sam.name} submitted the ${full.stage.name} scorecard for ${full.application.candidate.name}.`,
    );
    expect(drafted?.sentence).toBe(
      `${sam.name} changed draft ratings on the ${full.stage.name} scorecard for ${full.application.candidate.name}.`,
    );
    // Draft ratings stay hidden from the admin; the submission's ratings show, by domain name.
    expect(drafted?.details).toMatchObject({ hidden: true });
    expect(submitted?.details.hidden).toBe(false);
    const text = JSON.stringify(submitted?.details);
    for (const id of [...domainIds, interview.id, sam.id]) expect(text).not.toContain(id);
    // Names for the page's events only: people are looked up by id, never the whole table.
    for (const call of findMany.mock.calls) expect(call[0]).toMatchObject({ where: { id: { in: expect.any(Array) } } });
    findMany.mockRestore();
  });

  it("lists the events about one candidate (their records, applications, interviews, scorecards), and nobody else's", async () => {
    const complete = async (email: string) => {
      const { user, interview, domainIds } = await freshInterviewOf(email);
      await saveDraft(user, { interviewId: interview.id, expectedVersion: 0, values: completeValues(domainIds, "1") });
      await submitScorecard(user, { interviewId: interview.id, expectedVersion: 1, values: completeValues(domainIds) });
      return db.interview.findUniqueOrThrow({
        where: { id: interview.id },
        select: { id: true, application: { select: { id: true, candidate: { select: { id: true, name: true } } } } },
      });
    };
    const mine = await complete("interviewer@example.com");
    const other = await complete("kwame@example.com");
    const { candidate } = mine.application;
    await db.auditEvent.create({
      data: { action: "self_id.link_created", entityType: "Candidate", entityId: candidate.id },
    });
    const admin = await userByEmail("admin@example.com");
    const { page, about, filters } = await auditLogPage(admin, { candidate: candidate.id });
    expect(about).toEqual({ name: candidate.name });
    expect(filters.candidate).toBe(candidate.id);
    // Both scorecard events and the candidate's own event, newest first, and not the other candidate's.
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.entityType)).toEqual(["Candidate", "Scorecard", "Scorecard"]);
    for (const r of page.rows.slice(1)) expect(r.sentence).toContain(candidate.name);
    expect(page.rows.some((r) => r.sentence.includes(other.application.candidate.name))).toBe(false);
    // With another filter too: both apply.
    const sam = await auditLogPage(admin, { candidate: candidate.id, who: "Sam" });
    expect(sam.page.rows.map((r) => r.entityType)).toEqual(["Scorecard", "Scorecard"]);
    // An id of nobody: nothing, and the page knows it names no one.
    const nobody = await auditLogPage(admin, { candidate: "cm0nobody0000000000000000" });
    expect(nobody.about).toBeNull();
    expect(nobody.page.total).toBe(0);
  });

  it("records and shows every edited field of a plan: a stage's duration before and after", async () => {
    const role = await db.role.findFirstOrThrow({
      where: { title: "Senior AI Operations Engineer" },
      include: {
        stages: { orderBy: { position: "asc" }, include: { domains: true, interviewers: true, questions: true } },
      },
    });
    const owner = await db.user.findUniqueOrThrow({ where: { id: role.ownerId } });
    const stages = role.stages.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      durationMinutes: s.durationMinutes,
      domainIds: s.domains.map((d) => d.domainId),
      interviewerIds: s.interviewers.map((i) => i.userId),
      questionIds: s.questions.map((q) => q.questionId),
    }));
    const first = stages[0]!;
    const longer = first.durationMinutes + 15;
    const res = await savePlan(
      owner,
      role.id,
      role.version,
      { stages: [{ ...first, durationMinutes: longer }, ...stages.slice(1)] },
      true,
    );
    expect(res).toMatchObject({ ok: true });
    const admin = await userByEmail("admin@example.com");
    const [event] = (await auditLogPage(admin, { action: "plan.published" })).page.rows;
    expect(event?.sentence).toBe(`${owner.name} published the interview plan of ${role.title}.`);
    expect(event?.details).toMatchObject({
      hidden: false,
      changes: [
        { field: `${first.name}: duration (minutes)`, before: String(first.durationMinutes), after: String(longer) },
      ],
    });
  });

  it("filters by who acted and by days in the viewer's zone, in the query", async () => {
    const admin = await userByEmail("admin@example.com");
    const sam = await userByEmail("interviewer@example.com");
    const actor = await db.user.findUniqueOrThrow({ where: { id: sam.id }, select: { name: true } });
    // Two events by Sam, fixed in time either side of midnight in Berlin (23:30 UTC on 1 Nov is 00:30 on 2 Nov there).
    const late = await db.auditEvent.create({
      data: {
        actorId: sam.id,
        action: "scorecard.draft_saved",
        entityType: "x",
        entityId: "late",
        at: new Date("2031-11-01T23:30:00Z"),
      },
    });
    const early = await db.auditEvent.create({
      data: {
        actorId: sam.id,
        action: "scorecard.draft_saved",
        entityType: "x",
        entityId: "early",
        at: new Date("2031-11-01T22:30:00Z"),
      },
    });
    const ids = async (params: Record<string, string>, tz?: string) =>
      (await auditLogPage(admin, params, tz)).page.rows.map((r) => r.id);
    const who = actor.name.split(" ")[0]!.toLowerCase();
    expect(await ids({ who, from: "2031-11-02" }, "Europe/Berlin")).toEqual([late.id.toString()]);
    expect(await ids({ who, from: "2031-11-01", to: "2031-11-01" }, "Europe/Berlin")).toEqual([early.id.toString()]);
    expect(await ids({ who, from: "2031-11-01", to: "2031-11-01" }, "UTC")).toEqual([
      early.id.toString(),
      late.id.toString(),
    ]);
    // Days typed the wrong way round mean the range between them, and the page says so.
    expect(await ids({ who, from: "2031-11-02", to: "2031-11-01" }, "UTC")).toHaveLength(2);
    expect(await auditLogPage(admin, { who, from: "2031-11-02", to: "2031-11-01" })).toMatchObject({
      daysSwapped: true,
      filters: { from: "2031-11-01", to: "2031-11-02" },
    });
    expect((await auditLogPage(admin, { who, from: "2031-11-01", to: "2031-11-02" })).daysSwapped).toBe(false);
    // Typed with an "@", part of an email, in any case; another person's email finds none of them.
    expect(await ids({ who: "INTERVIEWER@example", from: "2031-11-01" })).toEqual([
      early.id.toString(),
      late.id.toString(),
    ]);
    expect(await ids({ who: "admin@example.com", from: "2031-11-01" })).toEqual([]);
    expect(await ids({ who: "%@%", from: "2031-11-01" })).toEqual([]);
    // Someone else's name finds none of Sam's events; a bad day is ignored, not an error.
    const others = await ids({ who: "nobody-by-this-name", from: "2031-11-01" });
    expect(others).toEqual([]);
    expect((await auditLogPage(admin, { who, from: "2031-02-30" })).filters.from).toBeUndefined();
    // The first and last days a date input sends bound nothing and fail nothing (9999-12-31 was a 500).
    expect(await ids({ who, from: "2031-11-01", to: "9999-12-31" }, "Europe/Berlin")).toEqual(
      expect.arrayContaining([early.id.toString(), late.id.toString()]),
    );
    expect(await ids({ who, from: "0001-01-01", to: "2031-11-01" }, "UTC")).toEqual(
      expect.arrayContaining([early.id.toString(), late.id.toString()]),
    );
    // East of UTC the first of January of year 1 starts in year 0, which the database has not (a 500).
    for (const zone of ["Europe/London", "Asia/Tokyo", "Pacific/Kiritimati"])
      expect(await ids({ who, from: "0001-01-01", to: "2031-12-31" }, zone)).toEqual(
        expect.arrayContaining([early.id.toString(), late.id.toString()]),
      );
    // Year 0 is no day a date input sends: ignored, as a bad day is.
    expect((await auditLogPage(admin, { who, from: "0000-01-01" })).filters.from).toBeUndefined();
    expect((await auditLogPage(admin, { who, to: "0000-12-31" })).filters.to).toBeUndefined();
    // Year 50 is not 1950: nothing of Sam's happened before the year 51.
    expect(await ids({ who, to: "0050-12-31" }, "UTC")).toEqual([]);
  });

  it("shows a CSV import of thousands of candidates as counts, without looking up each id (it was a 500)", async () => {
    const admin = await userByEmail("admin@example.com");
    const ids = (prefix: string) =>
      Array.from({ length: 20_000 }, (_, i) => `c${prefix}${String(i).padStart(22, "0")}`);
    await db.auditEvent.create({
      data: {
        actorId: admin.id,
        action: "candidates.imported",
        entityType: "CandidateImport",
        entityId: "cimport0000000000000000001",
        data: { rows: 20_000, createdCandidateIds: ids("a"), mergedCandidateIds: [], applicationIds: ids("b") },
      },
    });
    const { page } = await auditLogPage(admin, { action: "candidates.imported" });
    const row = page.rows[0]!;
    expect(row.sentence).toBe(`${admin.name} imported candidates from a CSV file.`);
    expect(row.details).toMatchObject({ hidden: false });
    const facts = (row.details as { facts: { field: string; value: string }[] }).facts;
    expect(facts.map((f) => f.value)).toEqual(expect.arrayContaining(["20,000 in all", "none"]));
    expect(JSON.stringify(row.details).length).toBeLessThan(2_000);
  });

  it("names the file an import came from, and how many candidates it added", async () => {
    const admin = await userByEmail("admin@example.com");
    const event = (entityId: string, data: object) =>
      db.auditEvent.create({
        data: { actorId: admin.id, action: "candidates.imported", entityType: "CandidateImport", entityId, data },
      });
    await event("cimport0000000000000000002", { fileName: "spring-fair.csv", created: 1_234, rows: 1_300 });
    await event("cimport0000000000000000003", { fileName: null, created: 1, rows: 1 });
    const { page } = await auditLogPage(admin, { action: "candidates.imported" });
    const sentences = page.rows.slice(0, 2).map((r) => r.sentence);
    expect(sentences).toEqual([
      `${admin.name} imported 1 new candidate from pasted CSV text.`,
      `${admin.name} imported 1,234 new candidates from “spring-fair.csv”.`,
    ]);
  });
});
