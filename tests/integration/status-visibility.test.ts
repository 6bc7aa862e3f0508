// Hired and rejected are the panel's outcome: a viewer who may not see an application's
// feedback (lib/scorecards/access.ts) sees it "closed" (not which outcome) on the role page, the compare page
// and the API, as they see no decision.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../lib/auth/session";
import { applicationFeedback } from "../../lib/data/feedback";
import { roleApplicationsPage, type RoleOfList } from "../../lib/data/role-applications";
import { comparisonRole, roleComparisonPage } from "../../lib/data/role-comparison";
import { roleDetail } from "../../lib/data/roles";
import { db } from "../../lib/db";
import { apiCandidateRows, comparisonOf, userByEmail } from "./helpers";

let roleId = "";
let roleOfList: RoleOfList;
const ids = { hired: "", rejected: "", withdrawn: "" };
let sam: CurrentUser, owner: CurrentUser, otherManager: CurrentUser, recruiter: CurrentUser;

beforeAll(async () => {
  const role = await db.role.findFirstOrThrow({
    where: { title: "Senior AI Operations Engineer" },
    include: { stages: { orderBy: { position: "asc" } }, members: true },
  });
  roleId = role.id;
  roleOfList = role;
  sam = await userByEmail("interviewer@example.com");
  owner = await userByEmail("manager@example.com");
  otherManager = await userByEmail("dana@example.com");
  recruiter = await userByEmail("recruiter@example.com");
  expect(role.members.some((m) => m.userId === sam.id && m.function === "INTERVIEWER")).toBe(true);
  const make = async (
    key: keyof typeof ids,
    status: "HIRED" | "REJECTED" | "WITHDRAWN",
    decision: "HIRE" | "NO_HIRE" | null,
  ) => {
    const candidate = await db.candidate.create({
      data: { name: `Outcome ${key}`, email: `outcome-${key}@example.org` },
    });
    const app = await db.application.create({
      data: {
        candidateId: candidate.id,
        roleId,
        currentStageId: role.stages[0]!.id,
        status,
        decision,
        decisionRationale: decision ? "Recorded by the owner after the debrief." : null,
      },
    });
    // Sam and the owner each have an interview they haven't submitted a scorecard for.
    for (const interviewerId of [sam.id, owner.id])
      await db.interview.create({ data: { applicationId: app.id, stageId: role.stages[0]!.id, interviewerId } });
    ids[key] = app.id;
  };
  await make("hired", "HIRED", "HIRE");
  await make("rejected", "REJECTED", "NO_HIRE");
  await make("withdrawn", "WITHDRAWN", null);
});

const statusOf = (rows: { id: string; status: string; statusHidden?: boolean }[]) =>
  Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, rows.find((r) => r.id === id)]));

describe("hired/rejected status under the independence rule", () => {
  it("the role page shows a team interviewer who hasn't submitted 'closed', with no decision", async () => {
    const detail = await roleDetail(sam, roleId);
    const rows = statusOf((await roleApplicationsPage(sam, roleOfList, { size: 200 })).rows);
    expect(rows.hired).toMatchObject({ status: "CLOSED", statusHidden: true });
    // The role page's rows carry no decision at all: a field nobody selected cannot leak.
    expect(rows.hired).not.toHaveProperty("decision");
    expect(rows.rejected).toMatchObject({ status: "CLOSED", statusHidden: true });
    // Withdrawing is the candidate's own choice, not the panel's outcome.
    expect(rows.withdrawn).toMatchObject({ status: "WITHDRAWN", statusHidden: false });
    // Sam has no pipeline controls either.
    expect(detail!.canManagePipeline).toBe(false);
  });

  it("filters by the status the viewer sees: a closed candidate is neither in process nor hired to them", async () => {
    const ids_ = async (user: CurrentUser, status: "ACTIVE" | "HIRED" | "REJECTED" | "CLOSED") =>
      (await roleApplicationsPage(user, roleOfList, { q: "Outcome", status, size: 200 })).rows.map((r) => r.id).sort();
    expect(await ids_(sam, "ACTIVE")).toEqual([]);
    expect(await ids_(sam, "HIRED")).toEqual([]);
    expect(await ids_(sam, "REJECTED")).toEqual([]);
    expect(await ids_(sam, "CLOSED")).toEqual([ids.hired, ids.rejected].sort());
    // The same filter on the comparison's hidden list (which the API reads too), as a manager outside the role.
    const role = (await comparisonRole(otherManager, roleId))!;
    const hidden = async (status: "ACTIVE" | "CLOSED") =>
      (await roleComparisonPage(otherManager, role, { view: "hidden", sort: "name", status, q: "Outcome" })).page.rows;
    expect((await hidden("CLOSED")).map((r) => [r.applicationId, r.status])).toEqual(
      [ids.hired, ids.rejected].sort().map((id) => [id, "CLOSED"]),
    );
    expect(await hidden("ACTIVE")).toEqual([]);
    // A lead who may see the outcome has nothing closed: they read hired and rejected.
    expect(await ids_(recruiter, "CLOSED")).toEqual([]);
    expect(await ids_(recruiter, "HIRED")).toEqual([ids.hired]);
  });

  it("an interviewer on the team lists only the candidates they interview; the role's leads list every one", async () => {
    const stranger = await db.candidate.create({ data: { name: "Not Sams Candidate", email: "not-sams@example.org" } });
    await db.application.create({ data: { candidateId: stranger.id, roleId } });
    const all = await db.application.count({ where: { roleId } });
    const mine = await db.application.findMany({
      where: { roleId, interviews: { some: { interviewerId: sam.id } } },
      select: { id: true },
    });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all);
    const listed = await roleApplicationsPage(sam, roleOfList, { size: 200 });
    expect(listed.total).toBe(mine.length);
    expect(listed.rows.map((r) => r.id).sort()).toEqual(mine.map((a) => a.id).sort());
    // They count their own interviews of a candidate, not the panel's (Sam's and the owner's here).
    expect(listed.rows.find((r) => r.id === ids.hired)?.interviews).toBe(1);
    const ownersList = await roleApplicationsPage(owner, roleOfList, { q: "Outcome hired", size: 5 });
    expect(ownersList.rows[0]?.interviews).toBe(2);
    // Filters apply within their own candidates.
    expect((await roleApplicationsPage(sam, roleOfList, { q: "Outcome", size: 200 })).total).toBe(3);
    expect((await roleApplicationsPage(sam, roleOfList, { q: "Not Sams", size: 200 })).total).toBe(0);
    expect((await roleApplicationsPage(owner, roleOfList, { size: 1 })).total).toBe(all);
    expect((await roleApplicationsPage(recruiter, roleOfList, { size: 1 })).total).toBe(all);
    expect((await roleApplicationsPage(otherManager, roleOfList, { size: 1 })).total).toBe(all);
  });

  it("the candidate page hides the outcome from a panel member who hasn't submitted", async () => {
    const seen = await applicationFeedback(sam, ids.hired);
    expect(seen).toMatchObject({ visible: false, app: { status: "CLOSED", statusHidden: true } });
    // The decision is not read for them at all: no key, not a nulled one.
    for (const key of ["decision", "decisionRationale", "decidedAt", "decidedById", "interviews"])
      expect(seen?.app).not.toHaveProperty(key);
    expect((await applicationFeedback(sam, ids.withdrawn))?.app.status).toBe("WITHDRAWN");
  });

  it("the owner sees the outcome once they have submitted (or have nothing to submit)", async () => {
    // The owner interviews too and hasn't submitted: independence first, for them as well.
    const list = async (user: CurrentUser) =>
      statusOf((await roleApplicationsPage(user, roleOfList, { size: 200 })).rows);
    expect((await list(owner)).hired).toMatchObject({ status: "CLOSED", statusHidden: true });
    await db.interview.deleteMany({ where: { applicationId: { in: Object.values(ids) }, interviewerId: owner.id } });
    expect(await list(owner)).toMatchObject({
      hired: { status: "HIRED", statusHidden: false },
      rejected: { status: "REJECTED" },
    });
    expect((await comparisonOf(owner, roleId))!.rows.find((r) => r.applicationId === ids.hired)).toMatchObject({
      status: "HIRED",
      decision: "HIRE",
    });
    expect((await list(recruiter)).rejected).toMatchObject({ status: "REJECTED", statusHidden: false });
  });

  it("the compare page and /api/v1/roles/{id}/candidates hide it from a manager outside the role", async () => {
    const cmp = await comparisonOf(otherManager, roleId);
    const rows = cmp!.rows.map((r) => ({ id: r.applicationId, status: r.status, statusHidden: r.statusHidden }));
    expect(statusOf(rows)).toMatchObject({
      hired: { status: "CLOSED", statusHidden: true },
      rejected: { status: "CLOSED", statusHidden: true },
      withdrawn: { status: "WITHDRAWN" },
    });
    const byId = new Map((await apiCandidateRows(otherManager, roleId))!.map((c) => [c.applicationId, c]));
    expect(byId.get(ids.hired)).toMatchObject({ status: "CLOSED", decision: null, feedbackVisible: false });
    expect(byId.get(ids.rejected)).toMatchObject({ status: "CLOSED", decision: null });
    // The role's owner (no interview left to submit) gets the real outcome from the API.
    const mine = new Map((await apiCandidateRows(owner, roleId))!.map((c) => [c.applicationId, c]));
    expect(mine.get(ids.hired)).toMatchObject({ status: "HIRED", decision: "HIRE", feedbackVisible: true });
  });
});
