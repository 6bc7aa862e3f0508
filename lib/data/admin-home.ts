// The admin home (/admin): settings, matrix versions and recent activity.
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { describeEvents } from "./audit-log";

export async function adminOverview(viewer: CurrentUser) {
  const [settings, versions, audit] = await Promise.all([
    db.orgSettings.findUnique({ where: { id: 1 } }),
    db.matrixVersion.findMany({
      orderBy: { createdAt: "desc" },
      include: { _count: { select: { cells: true, scorecards: true, roles: true } } },
    }),
    db.auditEvent.findMany({ orderBy: { at: "desc" }, take: 10, include: { actor: { select: { name: true } } } }),
  ]);
  // Recent activity names its objects, as the audit page does (and hides what it hides).
  return { settings, versions, audit: await describeEvents(viewer, audit) };
}
