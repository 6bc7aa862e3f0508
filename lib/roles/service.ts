// Creating and editing roles. Managers edit roles they own (admins all); recruiters may
// change only the salary band and status. Every write is one transaction with its audit.
import "server-only";
import { forbidden, invalid, notFound, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { canEditRole, canEditRoleLogistics } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { roleSchema, salaryBandSchema, type RoleInput } from "../validation/role";

async function checkReferences(tx: Tx, input: RoleInput) {
  const [cluster, people, domains] = await Promise.all([
    tx.roleCluster.findUnique({ where: { id: input.clusterId } }),
    tx.user.findMany({ where: { id: { in: [...input.interviewerIds, input.recruiterId].filter(Boolean) }, active: true }, select: { id: true, kind: true } }),
    tx.competencyDomain.count({ where: { id: { in: input.targets.map((t) => t.domainId) } } }),
  ]);
  if (!cluster) return "That role cluster doesn't exist.";
  if (domains !== input.targets.length) return "A target refers to a domain that doesn't exist.";
  if (input.recruiterId && people.find((p) => p.id === input.recruiterId)?.kind !== "RECRUITER") return "The recruiter must be an active recruiter.";
  if (input.interviewerIds.some((id) => !people.some((p) => p.id === id))) return "Every interviewer must be an active person.";
  return null;
}

function members(input: RoleInput) {
  return [
    ...(input.recruiterId ? [{ userId: input.recruiterId, function: "RECRUITER" as const }] : []),
    ...[...new Set(input.interviewerIds)].map((userId) => ({ userId, function: "INTERVIEWER" as const })),
  ];
}

export async function createRole(actor: CurrentUser, raw: unknown): Promise<ActionResult<{ id: string }>> {
  if (actor.kind !== "MANAGER" && actor.kind !== "ADMIN") return forbidden("Only managers and admins create roles.");
  const parsed = roleSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const problem = await checkReferences(tx, input);
    if (problem) return { ok: false as const, kind: "invalid" as const, message: problem, fieldErrors: {} };
    const version = await tx.matrixVersion.findFirst({ where: { status: "PUBLISHED" }, orderBy: { number: "desc" } });
    if (!version) return { ok: false as const, kind: "invalid" as const, message: "Publish a matrix version first.", fieldErrors: {} };
    const role = await tx.role.create({
      data: {
        title: input.title,
        seniority: input.seniority,
        clusterId: input.clusterId,
        templateId: input.templateId || null,
        matrixVersionId: version.id,
        status: input.status,
        salaryMin: input.salaryMin,
        salaryMax: input.salaryMax,
        location: input.location || null,
        ownerId: actor.id,
        targets: { create: input.targets },
        members: { create: members(input) },
      },
    });
    await recordAudit({ actorId: actor.id, action: "role.created", entityType: "Role", entityId: role.id, data: { targets: input.targets, templateId: input.templateId || null } }, tx);
    return { ok: true as const, id: role.id };
  });
}

export async function updateRole(actor: CurrentUser, roleId: string, expectedVersion: number, raw: unknown): Promise<ActionResult<{ version: number }>> {
  const parsed = roleSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const role = await tx.role.findUnique({ where: { id: roleId }, include: { members: true, targets: true } });
    if (!role) return notFound("That role");
    if (!canEditRole(actor, role)) return forbidden("Only the role's owner (or an admin) can change its targets and team.");
    const problem = await checkReferences(tx, input);
    if (problem) return { ok: false as const, kind: "invalid" as const, message: problem, fieldErrors: {} };
    const cas = await tx.role.updateMany({
      where: { id: roleId, version: expectedVersion },
      data: { version: { increment: 1 }, title: input.title, seniority: input.seniority, clusterId: input.clusterId, status: input.status, salaryMin: input.salaryMin, salaryMax: input.salaryMax, location: input.location || null },
    });
    if (cas.count === 0) return { ok: false as const, kind: "locked" as const, message: "Someone else changed this role meanwhile. Reload to see their version; your changes were not saved." };
    await tx.roleTarget.deleteMany({ where: { roleId } });
    await tx.roleTarget.createMany({ data: input.targets.map((t) => ({ ...t, roleId })) });
    await tx.roleMember.deleteMany({ where: { roleId } });
    await tx.roleMember.createMany({ data: members(input).map((m) => ({ ...m, roleId })) });
    await recordAudit({ actorId: actor.id, action: "role.updated", entityType: "Role", entityId: roleId, data: { before: role.targets.map((t) => ({ domainId: t.domainId, level: t.level, weight: t.weight })), after: input.targets } }, tx);
    return { ok: true as const, version: expectedVersion + 1 };
  });
}

/** Salary band and status: the part of a role a recruiter may change. */
export async function updateRoleLogistics(actor: CurrentUser, roleId: string, raw: unknown): Promise<ActionResult<object>> {
  const parsed = salaryBandSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    const role = await tx.role.findUnique({ where: { id: roleId }, include: { members: true } });
    if (!role) return notFound("That role");
    if (!canEditRoleLogistics(actor, role)) return forbidden();
    await tx.role.update({ where: { id: roleId }, data: { ...parsed.data, version: { increment: 1 } } });
    await recordAudit({ actorId: actor.id, action: "role.logistics_changed", entityType: "Role", entityId: roleId, data: { before: { salaryMin: role.salaryMin, salaryMax: role.salaryMax, status: role.status }, after: parsed.data } }, tx);
    return { ok: true as const };
  });
}
