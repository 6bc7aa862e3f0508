// The admin home (/admin): settings, matrix versions and recent activity.
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { describeEvents } from "./audit-log";

/** Left out of the admin home's recent activity: routine sign-ins, in and out. */
const ROUTINE_ACTIONS = ["user.signed_in", "user.sign_in_failed", "user.signed_out_everywhere"];

export async function adminOverview(viewer: CurrentUser) {
  const [settings, versions, audit] = await Promise.all([
    db.orgSettings.findUnique({ where: { id: 1 } }),
    db.matrixVersion.findMany({
      orderBy: { createdAt: "desc" },
      include: { _count: { select: { cells: true, scorecards: true, roles: true } } },
    }),
    // Changes, not the day's sign-ins (six of ten items were "signed in"; the full log keeps them).
    db.auditEvent.findMany({
      where: { action: { notIn: ROUTINE_ACTIONS } },
      orderBy: { at: "desc" },
      take: 10,
      include: { actor: { select: { name: true } } },
    }),
  ]);
  // Recent activity names its objects, as the audit page does (and hides what it hides).
  return { settings, versions, audit: await describeEvents(viewer, audit) };
}
