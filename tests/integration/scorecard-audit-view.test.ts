// The audit log page shows who, when and which scorecard for every event, but scorecard data
// only where the viewer may see it: draft ratings to their author alone, submissions and
// amendments by the independence rule (an admin on the panel submits first).
import { describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { auditDetails, DRAFT_HIDDEN } from "../../lib/scorecards/audit-view";
import { saveDraft, submitScorecard } from "../../lib/scorecards/service";
import { completeValues, freshInterviewOf, userByEmail } from "./helpers";

async function eventsOf(scorecardIds: string[]) {
  return db.auditEvent.findMany({ where: { entityId: { in: scorecardIds } }, orderBy: { id: "asc" } });
}

describe("scorecard events on the audit log page", () => {
  it("hides draft ratings from everyone but their author, and others' submissions from an admin on the panel until they submit", async () => {
    const { user: sam, interview, domainIds } = await freshInterviewOf("interviewer@example.com");
    await saveDraft(sam, { interviewId: interview.id, expectedVersion: 0, values: completeValues(domainIds, "1") });
    await submitScorecard(sam, { interviewId: interview.id, expectedVersion: 1, values: completeValues(domainIds, "3") });
    const samCard = await db.scorecard.findFirstOrThrow({ where: { interviewId: interview.id } });
    const admin = await userByEmail("admin@example.com");
    const other = await db.auditEvent.create({ data: { actorId: admin.id, action: "role.updated", entityType: "Role", entityId: "r1", data: { title: "x" } } });

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
    const adminInterview = await db.interview.create({ data: { applicationId: interview.applicationId, stageId: interview.stageId, interviewerId: admin.id, scheduledAt: new Date() } });
    shown = await auditDetails(admin, events);
    expect(shown[1]).toEqual({ hidden: true, why: "hidden until you submit your own scorecard" });
    expect(JSON.stringify(shown)).not.toContain('"rating"');

    await submitScorecard(admin, { interviewId: adminInterview.id, expectedVersion: 0, values: completeValues(domainIds, "2") });
    const adminCard = await db.scorecard.findFirstOrThrow({ where: { interviewId: adminInterview.id } });
    events = await eventsOf([samCard.id, adminCard.id]);
    // One batched lookup for every scorecard event on the page, not one per row.
    const spy = vi.spyOn(db.scorecard, "findMany");
    shown = await auditDetails(admin, events);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(shown.map((s) => s.hidden)).toEqual([true, false, false]); // Sam's draft stays hidden
  });

  it("hides a submission from a scorecard that no longer resolves, and shows nothing for an empty page", async () => {
    const admin = await userByEmail("admin@example.com");
    expect(await auditDetails(admin, [])).toEqual([]);
    const ghost = { action: "scorecard.submitted", entityType: "Scorecard", entityId: "missing-card", actorId: null, data: { ratings: [{ rating: "3" }] } };
    expect(await auditDetails(admin, [ghost])).toEqual([{ hidden: true, why: "hidden (scorecard not found)" }]);
  });
});
