import type { RatingChoice, ScorecardValues } from "../../lib/validation/scorecard";
// Shared by integration tests: look up seeded demo data and build users as the app sees them.
import { expect } from "vitest";
import { db } from "../../lib/db";
import { LAST_PAGE } from "../../lib/paging/last-page";
import { apiRoleCandidates } from "../../lib/api/v1";
import type { CurrentUser } from "../../lib/auth/session";
import type { FeedbackVisibility } from "../../lib/generated/prisma/enums";
import { addCandidateToRole } from "../../lib/applications/service";
import { hiringTeamOf } from "../../lib/auth/permissions";
import { feedbackAccess } from "../../lib/scorecards/access";

export async function userByEmail(email: string): Promise<CurrentUser> {
  const u = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true, kind: true },
  });
  return u;
}

let seq = 0;
/** A new candidate on a seeded role, with an interview for `email` at a stage (factory; no seed assumptions). */
export async function freshInterviewOf(email: string, stageIndex = 1) {
  const user = await userByEmail(email);
  const role = await db.role.findFirstOrThrow({
    where: { status: "OPEN" },
    include: { stages: { orderBy: { position: "asc" }, include: { domains: true } } },
  });
  const stage = role.stages[Math.min(stageIndex, role.stages.length - 1)]!;
  seq += 1;
  const candidate = await db.candidate.create({
    data: { name: `Test Candidate ${seq}`, email: `test-${seq}-${Date.now()}@example.org` },
  });
  const application = await db.application.create({
    data: { candidateId: candidate.id, roleId: role.id, currentStageId: stage.id },
  });
  const interview = await db.interview.create({
    data: { applicationId: application.id, stageId: stage.id, interviewerId: user.id, scheduledAt: new Date() },
  });
  return { user, interview, domainIds: stage.domains.map((d) => d.domainId) };
}

export function completeValues(domainIds: string[], rating: RatingChoice = "2") {
  return {
    scores: domainIds.map((domainId) => ({
      domainId,
      rating: rating as RatingChoice,
      evidence: "Walked through a concrete incident: built the correlation rule and tuned thresholds with data.",
      observedIndicatorIds: [] as string[],
    })),
    recommendation: "YES" as ScorecardValues["recommendation"],
    privateNote: "",
  };
}

/** Every row of a role's comparison as `user` sees it (both views, all pages), with its shortfalls and export right; null when refused. */
export async function comparisonOf(user: CurrentUser, roleId: string) {
  const { comparisonRole, comparisonRowsInPages, roleComparisonPage } = await import("../../lib/data/role-comparison");
  const role = await comparisonRole(user, roleId);
  if (!role) return null;
  const rows = [];
  for await (const batch of comparisonRowsInPages(user, role)) rows.push(...batch);
  const { shortfalls, canExport } = await roleComparisonPage(user, role, { view: "scored", sort: "fit" });
  return { rows, shortfalls, canExport };
}

// The independence rule applied row by row in JavaScript, as readers did before it became a
// query: the oracle the SQL forms are tested against (lib/scorecards/visibility.ts). Not for app code.

/** Prisma fragment: the viewer's own interviews of an application, with their scorecards' status. */
export const myInterviews = (userId: string) => ({
  where: { interviewerId: userId },
  select: { scorecards: { where: { interviewerId: userId }, select: { status: true as const } } },
});

/** feedbackAccess for one application, from its role's team and the viewer's own interviews on it. */
export function accessFor(
  user: CurrentUser,
  role: { ownerId: string; members: { userId: string; function: "INTERVIEWER" | "RECRUITER" }[] },
  mine: { scorecards: { status: "DRAFT" | "SUBMITTED" }[] }[],
  visibility: FeedbackVisibility,
) {
  return feedbackAccess(
    user,
    {
      ...hiringTeamOf(role),
      ownScorecards: mine.flatMap((i) => i.scorecards),
      viewerInterviews: mine.length,
    },
    visibility,
  );
}

/** Ids of every application whose feedback the viewer may see, by the rule applied per row. */
export async function visibleApplicationIds(user: CurrentUser): Promise<Set<string>> {
  const visibility =
    (await db.orgSettings.findUnique({ where: { id: 1 }, select: { feedbackVisibility: true } }))?.feedbackVisibility ??
    "AFTER_SUBMIT";
  const apps = await db.application.findMany({
    select: {
      id: true,
      role: { select: { ownerId: true, members: { select: { userId: true, function: true } } } },
      interviews: myInterviews(user.id),
    },
  });
  return new Set(apps.filter((a) => accessFor(user, a.role, a.interviews, visibility).visible).map((a) => a.id));
}

/** The API's candidate rows of a role as `user` reads them (first page), or null when the role is not visible to them. */
export async function apiCandidateRows(user: CurrentUser, roleId: string) {
  const res = await apiRoleCandidates(user, roleId);
  if (res && "error" in res) throw new Error(res.error);
  return res?.rows ?? null;
}

type PageOfIds = { rows: { id: string }[]; next: string | null; prev: string | null; start: number; total: number };

/**
 * The list's Last link (`before=end`) against a walk from its first page: `ids` is every row in
 * order, `size` the page size. The last page holds the list's final rows, starts where they
 * start, has no next page, and its Previous link reads the rows just before it.
 */
export async function expectLastPage(
  read: (c: { before?: string }) => Promise<PageOfIds>,
  ids: string[],
  size: number,
) {
  const last = await read({ before: LAST_PAGE });
  const shown = Math.min(size, ids.length);
  expect(last.rows.map((r) => r.id)).toEqual(ids.slice(ids.length - shown));
  expect(last.start).toBe(ids.length - shown);
  expect(last.total).toBe(ids.length);
  expect(last.next).toBeNull();
  if (ids.length <= size) return expect(last.prev).toBeNull();
  const before = await read({ before: last.prev! });
  const from = Math.max(0, ids.length - shown - size);
  expect(before.rows.map((r) => r.id)).toEqual(ids.slice(from, ids.length - shown));
  expect(before.start).toBe(from);
}

let added = 0;
/** A new candidate added to `roleId` by `actor` through the service, named "<label> Candidate n"; returns the application id. */
export async function newApplicationOn(actor: CurrentUser, roleId: string, label: string) {
  added += 1;
  const res = await addCandidateToRole(actor, {
    roleId,
    candidate: {
      name: `${label} Candidate ${added}`,
      email: `${label.toLowerCase()}-${added}-${Date.now()}@example.org`,
      source: "",
      headline: "",
    },
  });
  if (!res.ok) throw new Error(res.message);
  return res.applicationId;
}
