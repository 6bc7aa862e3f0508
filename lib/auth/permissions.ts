// Plain rules (no I/O) so they can be unit-tested; the session helpers apply them.
import type { UserKind } from "../generated/prisma/enums";

export const HOME_BY_KIND: Record<UserKind, string> = {
  ADMIN: "/admin",
  MANAGER: "/roles",
  INTERVIEWER: "/interviews",
  RECRUITER: "/pipeline",
};

export const KIND_LABEL: Record<UserKind, string> = {
  ADMIN: "Admin",
  MANAGER: "Engineering manager",
  INTERVIEWER: "Interviewer",
  RECRUITER: "Recruiter",
};

type Actor = { id: string; kind: UserKind };
type RoleAccess = { ownerId: string; members: { userId: string; function: "INTERVIEWER" | "RECRUITER" }[] };

/** May the actor see this role (its targets and plan)? */
export function canViewRole(actor: Actor, role: RoleAccess): boolean {
  if (actor.kind === "ADMIN" || actor.kind === "RECRUITER") return true;
  if (actor.kind === "MANAGER") return true; // managers read every role; they edit only their own
  return role.members.some((m) => m.userId === actor.id && m.function === "INTERVIEWER");
}

/** May the actor change targets, plan and hiring team? */
export function canEditRole(actor: Actor, role: RoleAccess): boolean {
  return actor.kind === "ADMIN" || (actor.kind === "MANAGER" && role.ownerId === actor.id);
}

/** A role's own recruiter(s) may change its salary band and status, but not its targets. */
export function canEditRoleLogistics(actor: Actor, role: RoleAccess): boolean {
  if (canEditRole(actor, role)) return true;
  return actor.kind === "RECRUITER" && role.members.some((m) => m.userId === actor.id && m.function === "RECRUITER");
}
