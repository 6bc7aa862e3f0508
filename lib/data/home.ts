import "server-only";
import { db } from "../db";
import type { CurrentUser } from "../auth/session";
import { closedReason } from "../scorecards/service";

export async function managerRoles(user: CurrentUser) {
  return db.role.findMany({
    where: user.kind === "ADMIN" ? {} : { ownerId: user.id },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    include: {
      cluster: true,
      owner: { select: { name: true } },
      targets: { include: { domain: { include: { versions: true } } } },
      _count: { select: { applications: true, stages: true } },
    },
  });
}

/** "closed": the candidate withdrew, was rejected/hired or erased before this scorecard was submitted. */
export type InterviewBucket = "draft" | "overdue" | "todo" | "submitted" | "closed";

/** An interviewer's own interviews. Scoped by interviewerId: nobody else's appear. */
export async function interviewerInterviews(user: CurrentUser, now = new Date()) {
  const rows = await db.interview.findMany({
    where: { interviewerId: user.id },
    orderBy: { scheduledAt: "asc" },
    include: {
      stage: { select: { name: true, durationMinutes: true } },
      application: { select: { status: true, candidate: { select: { name: true, erasedAt: true } }, role: { select: { title: true } } } },
      scorecards: { where: { interviewerId: user.id }, select: { status: true, updatedAt: true, submittedAt: true } },
    },
  });
  const dayMs = 24 * 3600 * 1000;
  return rows.map((r) => {
    const card = r.scorecards[0];
    let bucket: InterviewBucket;
    if (card?.status === "SUBMITTED") bucket = "submitted";
    else if (closedReason(r.application, "draft")) bucket = "closed";
    else if (r.scheduledAt && now.getTime() - r.scheduledAt.getTime() > dayMs) bucket = "overdue";
    else if (card) bucket = "draft";
    else bucket = "todo";
    return { ...r, scorecard: card ?? null, bucket };
  });
}

export async function recruiterOverview() {
  const [roles, candidates] = await Promise.all([
    db.role.findMany({
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      include: {
        cluster: true,
        owner: { select: { name: true } },
        applications: { select: { status: true, currentStage: { select: { name: true } } } },
      },
    }),
    db.candidate.findMany({
      where: { erasedAt: null },
      orderBy: { createdAt: "desc" },
      include: { applications: { include: { role: { select: { title: true } }, currentStage: { select: { name: true } } } } },
    }),
  ]);
  return { roles, candidates };
}

export async function adminOverview() {
  const [settings, people, versions, audit] = await Promise.all([
    db.orgSettings.findUnique({ where: { id: 1 } }),
    db.user.findMany({ orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, email: true, kind: true, active: true } }),
    db.matrixVersion.findMany({ orderBy: { createdAt: "desc" }, include: { _count: { select: { cells: true, scorecards: true, roles: true } } } }),
    db.auditEvent.findMany({ orderBy: { at: "desc" }, take: 10, include: { actor: { select: { name: true } } } }),
  ]);
  return { settings, people, versions, audit };
}
