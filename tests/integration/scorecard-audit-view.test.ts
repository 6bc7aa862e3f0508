// The audit log page shows who, when and which scorecard for every event, but scorecard data
// only where the viewer may see it: draft ratings to their author alone, submissions and
// amendments by the independence rule (an admin on the panel submits first).
import { describe, expect, it, vi } from "vitest";
import { AUDIT_COUNT_CAP, auditLogPage } from "../../lib/data/audit-log";
import { recordDecision } from "../../lib/applications/decision";
import { moveApplication } from "../../lib/applications/service";
import { connection, db } from "../../lib/db";
import { APPLICATION_NOT_FOUND_HIDDEN, auditDetails, DRAFT_HIDDEN } from "../../lib/scorecards/audit-view";
import { saveDraft, submitScorecard } from "../../lib/scorecards/service";
import { completeValues, expectLastPage, freshInterviewOf, userByEmail } from "./helpers";

async function eventsOf(scorecardIds: string[]) {
  return db.auditEvent.findMany({ where: { entityId: { in: scorecardIds } }, orderBy: { id: "asc" } });
}

describe("scorecard events on the audit log page", () => {
  it("hides draft ratings from everyone but their author, and others' submissions from an admin on the panel until they submit", async () => {
    const { user: sam, interview, domainIds } = await freshInterviewOf("interviewer@example.com");
    await saveDraft(sam, { interviewId: interview.id, expectedVersion: 0, values: completeValues(domainIds, "1") });
    await submitScorecard(sam, {
      interviewId: interview.id,
      expectedVersion: 1,
      values: completeValues(domainIds, "3"),
    });
    const samCard = await db.scorecard.findFirstOrThrow({ where: { interviewId: interview.id } });
    const admin = await userByEmail("admin@example.com");
    const other = await db.auditEvent.create({
      data: { actorId: admin.id, action: "role.updated", entityType: "Role", entityId: "r1", data: { title: "x" } },
    });

    // Not on the panel: the submission shows, the draft's ratings never do.
    let events = [...(await eventsOf([samCard.id])), other];
    expect(events.map((e) => e.action)).toEqual(["scorecard.score_changed", "scorecard.submitted", "role.updated"]);
    let shown = await auditDetails(admin, events);
    expect(shown[0]).toEqual({ hidden: true, why: DRAFT_HIDDEN });
    expect(shown[1]).toMatchObject({ hidden: false, data: { ratings: expect.any(Array) } });
    expect(shown[2]).toEqual({ hidden: false, data: { title: "x" } });
    // The author sees their own draft event.
    expect((await auditDetails(sam, events))[0]).toMatchObject({ hidden: false });

    // The admin joins the panel: others' submissions are hidden until the admin submits too.
    const adminInterview = await db.interview.create({
      data: {
        applicationId: interview.applicationId,
        stageId: interview.stageId,
        interviewerId: admin.id,
        scheduledAt: new Date(),
      },
    });
    shown = await auditDetails(admin, events);
    expect(shown[1]).toEqual({ hidden: true, why: "hidden until you submit your own scorecard" });
    expect(JSON.stringify(shown)).not.toContain('"rating"');

    await submitScorecard(admin, {
      interviewId: adminInterview.id,
      expectedVersion: 0,
      values: completeValues(domainIds, "2"),
    });
    const adminCard = await db.scorecard.findFirstOrThrow({ where: { interviewId: adminInterview.id } });
    events = await eventsOf([samCard.id, adminCard.id]);
    // One batched query for every scorecard event on the page, not one per row, and no team loading.
    const spy = vi.spyOn(connection().prisma, "$queryRaw");
    const teams = vi.spyOn(db.scorecard, "findMany");
    shown = await auditDetails(admin, events);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(teams).not.toHaveBeenCalled();
    spy.mockRestore();
    teams.mockRestore();
    expect(shown.map((s) => s.hidden)).toEqual([true, false, false]); // Sam's draft stays hidden
  });

  it("hides a submission from a scorecard that no longer resolves, and shows nothing for an empty page", async () => {
    const admin = await userByEmail("admin@example.com");
    expect(await auditDetails(admin, [])).toEqual([]);
    const ghost = {
      action: "scorecard.submitted",
      entityType: "Scorecard",
      entityId: "missing-card",
      actorId: null,
      data: { ratings: [{ rating: "3" }] },
    };
    expect(await auditDetails(admin, [ghost])).toEqual([{ hidden: true, why: "hidden (scorecard not found)" }]);
  });
});

describe("decision events on the audit log page", () => {
  it("hides a decision's rationale, and a move that copies it, from an admin on the panel until they submit (issue 11, item 6)", async () => {
    const { user: sam, interview, domainIds } = await freshInterviewOf("interviewer@example.com");
    await submitScorecard(sam, {
      interviewId: interview.id,
      expectedVersion: 0,
      values: completeValues(domainIds, "3"),
    });
    const appId = interview.applicationId;
    const app = await db.application.findUniqueOrThrow({
      where: { id: appId },
      select: { role: { select: { ownerId: true } } },
    });
    const owner = await db.user.findUniqueOrThrow({
      where: { id: app.role.ownerId },
      select: { id: true, email: true, name: true, kind: true },
    });
    const admin = await userByEmail("admin@example.com");
    const marker = `RATIONALE-${Date.now()}`;
    expect(
      (
        await recordDecision(owner, appId, {
          decision: "HIRE",
          rationale: `${marker} strong incident work across the panel.`,
        })
      ).ok,
    ).toBe(true);
    // Reopening withdraws the decision; the move's audit copies the rationale.
    expect((await moveApplication(owner, { applicationId: appId, status: "ACTIVE" })).ok).toBe(true);
    const events = await db.auditEvent.findMany({
      where: { entityId: appId, action: { in: ["application.decided", "application.moved"] } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["application.decided", "application.moved"]);
    expect(JSON.stringify(events.map((e) => e.data))).toContain(marker);

    // Not on the panel: the admin sees both.
    expect((await auditDetails(admin, events)).map((d) => d.hidden)).toEqual([false, false]);
    // On the panel, not submitted: neither, on the page either.
    const adminInterview = await db.interview.create({
      data: { applicationId: appId, stageId: interview.stageId, interviewerId: admin.id, scheduledAt: new Date() },
    });
    const shown = await auditDetails(admin, events);
    expect(shown).toEqual([
      { hidden: true, why: "hidden until you submit your own scorecard" },
      { hidden: true, why: "hidden until you submit your own scorecard" },
    ]);
    const page = await auditLogPage(admin, { action: "application.decided" });
    expect(page.page.rows.some((r) => r.entityId === appId)).toBe(true);
    expect(JSON.stringify(page)).not.toContain(marker);
    // The decision's author (the owner, not on the panel) sees their own.
    expect((await auditDetails(owner, events))[0]).toMatchObject({ hidden: false });
    // After submitting, the admin sees them again.
    await submitScorecard(admin, {
      interviewId: adminInterview.id,
      expectedVersion: 0,
      values: completeValues(domainIds, "2"),
    });
    expect((await auditDetails(admin, events)).map((d) => d.hidden)).toEqual([false, false]);
    // An application event whose application is gone shows nothing.
    expect(await auditDetails(admin, [{ ...events[0]!, actorId: null, entityId: "missing-app" }])).toEqual([
      { hidden: true, why: APPLICATION_NOT_FOUND_HIDDEN },
    ]);
  });
});

describe("the audit log page's reads", () => {
  it("ignores unknown actions and malformed or out-of-range cursors instead of failing", async () => {
    const admin = await userByEmail("admin@example.com");
    const first = await auditLogPage(admin, {});
    expect(first.page.rows.length).toBeGreaterThan(0);
    const firstIds = first.page.rows.map((r) => r.id);
    for (const params of [
      { action: "\u0000" },
      { action: "no.such_action" },
      { action: ["role.updated", "x"] as unknown as string, before: "99999999999999999999999" },
      { before: "99999999999999999999999" },
      { before: "9223372036854775808" },
      { before: "0" },
      { before: "-5" },
      { before: "1e5" },
      { before: "\u0000" },
      { after: "%00" },
      { after: "W10" },
      { after: Buffer.from(JSON.stringify([3, "not-a-number"])).toString("base64url") },
      { after: Buffer.from(JSON.stringify([3, "99999999999999999999999"])).toString("base64url") },
    ]) {
      const res = await auditLogPage(admin, params);
      if (typeof params.action === "string") expect(res.filters.action).toBeUndefined();
      expect(res.page.start).toBe(0);
      if (!Array.isArray(params.action)) expect(res.page.rows.map((r) => r.id)).toEqual(firstIds);
    }
    // The largest bigint is a valid (if far-off) id: everything is older than it.
    expect((await auditLogPage(admin, { before: "9223372036854775807" })).page.rows.map((r) => r.id)).toEqual(firstIds);
  });

  it("pages by keyset both ways within an action, counts up to a cap, and honours old 'before=<id>' links", async () => {
    const admin = await userByEmail("admin@example.com");
    const action = "matrix.imported";
    const before = await db.auditEvent.count({ where: { action } });
    await db.auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        actorId: admin.id,
        action,
        entityType: "MatrixVersion",
        entityId: `mv-${i}`,
        data: { i },
      })),
    });
    const ids = (
      await db.auditEvent.findMany({ where: { action }, orderBy: { id: "desc" }, select: { id: true } })
    ).map((e) => e.id.toString());
    expect(ids.length).toBe(before + 120);

    const seen: string[] = [];
    const pages = [];
    let res = await auditLogPage(admin, { action });
    for (;;) {
      expect(res.page.total).toBe(ids.length);
      expect(res.totalCapped).toBe(false);
      expect(res.page.start).toBe(seen.length);
      seen.push(...res.page.rows.map((r) => r.id));
      pages.push(res.page);
      if (!res.page.next) break;
      res = await auditLogPage(admin, { action, after: res.page.next });
    }
    expect(seen).toEqual(ids);
    expect(pages.length).toBe(Math.ceil(ids.length / 50));
    const back = await auditLogPage(admin, { action, before: pages.at(-1)!.prev! });
    expect(back.page.rows.map((r) => r.id)).toEqual(pages.at(-2)!.rows.map((r) => r.id));
    expect(back.page.start).toBe(pages.at(-2)!.start);
    // The Last link: the oldest 50 events, newest first as every page shows them.
    await expectLastPage(
      async (c) => {
        const r = await auditLogPage(admin, { action, ...c });
        return { ...r.page, rows: r.page.rows.map((e) => ({ id: e.id })) };
      },
      ids,
      50,
    );

    // An old "Older events" link: events older than #id, positioned after the newer ones.
    const legacy = await auditLogPage(admin, { action, before: ids[9]! });
    expect(legacy.page.rows[0]!.id).toBe(ids[10]);
    expect(legacy.page.start).toBe(10);
    expect(legacy.page.prev).not.toBeNull();

    // Past the cap the total is a lower bound.
    await db.auditEvent.createMany({
      data: Array.from({ length: AUDIT_COUNT_CAP }, (_, i) => ({
        actorId: null,
        action,
        entityType: "MatrixVersion",
        entityId: `bulk-${i}`,
      })),
    });
    const capped = await auditLogPage(admin, { action });
    expect(capped.totalCapped).toBe(true);
    expect(capped.page.total).toBe(AUDIT_COUNT_CAP);
    expect(capped.page.rows.length).toBe(50);
    expect(capped.positionKnown).toBe(true);
    // The oldest page of a capped count is not numbered as if it ended at 10,000, nor are pages from it.
    const oldest = await auditLogPage(admin, { action, before: "end" });
    expect(oldest.page.rows.at(-1)!.id).toBe(ids.at(-1));
    expect(oldest.positionKnown).toBe(false);
    expect(oldest.page.total).toBe(AUDIT_COUNT_CAP);
    const newer = await auditLogPage(admin, { action, before: oldest.page.prev! });
    expect(newer.positionKnown).toBe(false);
    expect(BigInt(newer.page.rows.at(-1)!.id)).toBeGreaterThan(BigInt(oldest.page.rows[0]!.id));
  });
});
