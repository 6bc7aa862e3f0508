// What the role page shows beside the role itself: why scheduling is closed, and what the
// candidate rows' pipeline controls need (the plan's stages and interviewers, their weekly load).
import "server-only";
import { canDecideOnCandidates } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import type { RoleStatus } from "../generated/prisma/enums";
import { interviewerLoad } from "../readiness/queries";
import type { roleDetail } from "./roles";

export type RoleDetail = NonNullable<Awaited<ReturnType<typeof roleDetail>>>;

/** Why interviews can't be scheduled on the role yet (the service refuses the same cases), or null. */
export function scheduleBlockedReason(role: { status: RoleStatus; planPublishedAt: Date | null }): string | null {
  if (role.status !== "OPEN")
    return `Interviews are scheduled on open roles; this one is ${role.status.toLowerCase()}.`;
  if (!role.planPublishedAt) return "Interviews are scheduled once the interview plan is published.";
  return null;
}

/**
 * The scheduling context of the role's candidate rows, read once for the page: each stage with
 * its interviewers, their weekly load against their limit (only when the viewer manages the
 * pipeline and there are rows to act on), why scheduling is closed, and whether the viewer may
 * record hire / no hire.
 */
export async function roleScheduling(user: CurrentUser, detail: RoleDetail, hasRows: boolean, timeZone: string) {
  const { role } = detail;
  const stageInterviewerIds = [...new Set(role.stages.flatMap((s) => s.interviewers.map((i) => i.userId)))];
  const load =
    detail.canManagePipeline && hasRows ? await interviewerLoad(user, stageInterviewerIds, timeZone) : undefined;
  return {
    stages: role.stages.map((s) => ({
      id: s.id,
      name: s.name,
      interviewers: s.interviewers.map((i) => ({ id: i.user.id, name: i.user.name })),
    })),
    load,
    scheduleBlocked: scheduleBlockedReason(role),
    canHire: canDecideOnCandidates(user, role),
  };
}
export type RoleScheduling = Awaited<ReturnType<typeof roleScheduling>>;
