// Creating and editing roles. Managers edit roles they own (admins all); the role's own
// recruiter may change only the salary band and status. Every write is one transaction with
// its audit. A role is edited in its own matrix version, whatever version is newest.
import "server-only";
import { forbidden, invalid, notFound, type ActionFailure, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { can, canEditRole, canEditRoleLogistics } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { roleSchema, salaryBandSchema, type RoleInput } from "../validation/role";
import { coverageOf } from "./plan-service";

const refused = (message: string, field?: string): ActionFailure => ({ ok: false, kind: "invalid", message, fieldErrors: field ? { [field]: message } : {} });

/** Cluster, team and targets must exist; targets must be domains of the role's matrix version. */
async function checkReferences(tx: Tx, input: RoleInput, versionId: string): Promise<ActionFailure | null> {
  const [cluster, people, domains] = await Promise.all([
    tx.roleCluster.findUnique({ where: { id: input.clusterId } }),
    tx.user.findMany({ where: { id: { in: [...input.interviewerIds, input.recruiterId].filter(Boolean) }, active: true }, select: { id: true, kind: true } }),
    tx.matrixVersionDomain.findMany({ where: { versionId, domainId: { in: input.targets.map((t) => t.domainId) } }, select: { domainId: true } }),
  ]);
  if (!cluster) return refused("That role cluster doesn't exist.", "clusterId");
  if (domains.length !== input.targets.length) return refused("A target refers to a domain that is not part of this role's matrix version. Reload the page and try again.", "targets");
  if (input.recruiterId && people.find((p) => p.id === input.recruiterId)?.kind !== "RECRUITER") return refused("The recruiter must be an active recruiter.", "recruiterId");
  const kindOf = (id: string) => people.find((p) => p.id === id)?.kind;
  if (input.interviewerIds.some((id) => kindOf(id) !== "INTERVIEWER" && kindOf(id) !== "MANAGER")) return refused("Every interviewer must be an active interviewer or manager.", "interviewerIds");
  return null;
}

/**
 * Who owns the role after this write. Admins pick an active manager (required on create,
 * kept when left empty on edit); a manager owns what they create and can't hand a role over.
 */
async function resolveOwner(tx: Tx, actor: CurrentUser, requested: string | undefined, current?: string): Promise<{ ownerId: string } | ActionFailure> {
  const wanted = requested || undefined;
  if (actor.kind !== "ADMIN") {
    const own = current ?? actor.id;
    if (wanted && wanted !== own) return refused("Only an admin can choose another manager as the owner.", "ownerId");
    return { ownerId: own };
  }
  if (!wanted) return current ? { ownerId: current } : refused("Choose the engineering manager who owns this role.", "ownerId");
  if (wanted === current) return { ownerId: current };
  const person = await tx.user.findUnique({ where: { id: wanted }, select: { kind: true, active: true } });
  if (!person || !person.active || person.kind !== "MANAGER") return refused("The owner must be an active engineering manager.", "ownerId");
  return { ownerId: wanted };
}

function members(input: RoleInput) {
  return [
    ...(input.recruiterId ? [{ userId: input.recruiterId, function: "RECRUITER" as const }] : []),
    ...[...new Set(input.interviewerIds)].map((userId) => ({ userId, function: "INTERVIEWER" as const })),
  ];
}

export async function createRole(actor: CurrentUser, raw: unknown): Promise<ActionResult<{ id: string }>> {
  if (!can(actor, "createRoles")) return forbidden("Only managers and admins create roles.");
  const parsed = roleSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const version = await tx.matrixVersion.findFirst({ where: { status: "PUBLISHED" }, orderBy: { number: "desc" } });
    if (!version) return refused("Publish a matrix version first.");
    const problem = await checkReferences(tx, input, version.id);
    if (problem) return problem;
    const owner = await resolveOwner(tx, actor, input.ownerId);
    if (!("ownerId" in owner)) return owner;
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
        ownerId: owner.ownerId,
        targets: { create: input.targets },
        members: { create: members(input) },
      },
    });
    await recordAudit({ actorId: actor.id, action: "role.created", entityType: "Role", entityId: role.id, data: { targets: input.targets, templateId: input.templateId || null, ownerId: owner.ownerId } }, tx);
    return { ok: true as const, id: role.id };
  });
}

type RoleSaved = { version: number; planUnpublished: boolean; uncovered: string[] };

export async function updateRole(actor: CurrentUser, roleId: string, expectedVersion: number, raw: unknown): Promise<ActionResult<RoleSaved>> {
  const parsed = roleSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const role = await tx.role.findUnique({ where: { id: roleId }, include: { members: true, targets: true } });
    if (!role) return notFound("That role");
    if (!canEditRole(actor, role)) return forbidden("Only the role's owner (or an admin) can change its targets and team.");
    const problem = await checkReferences(tx, input, role.matrixVersionId);
    if (problem) return problem;
    const owner = await resolveOwner(tx, actor, input.ownerId, role.ownerId);
    if (!("ownerId" in owner)) return owner;
    const cas = await tx.role.updateMany({
      where: { id: roleId, version: expectedVersion },
      data: { version: { increment: 1 }, title: input.title, seniority: input.seniority, clusterId: input.clusterId, status: input.status, salaryMin: input.salaryMin, salaryMax: input.salaryMax, location: input.location || null, ownerId: owner.ownerId },
    });
    if (cas.count === 0) return { ok: false as const, kind: "locked" as const, message: "Someone else changed this role meanwhile. Reload to see their version; your changes were not saved." };
    // Only the targets of the role's own version are the form's to replace.
    const versionDomains = (await tx.matrixVersionDomain.findMany({ where: { versionId: role.matrixVersionId }, select: { domainId: true } })).map((d) => d.domainId);
    await tx.roleTarget.deleteMany({ where: { roleId, domainId: { in: versionDomains } } });
    await tx.roleTarget.createMany({ data: input.targets.map((t) => ({ ...t, roleId })) });
    await tx.roleMember.deleteMany({ where: { roleId } });
    await tx.roleMember.createMany({ data: members(input).map((m) => ({ ...m, roleId })) });
    await recordAudit({ actorId: actor.id, action: "role.updated", entityType: "Role", entityId: roleId, data: { before: role.targets.map((t) => ({ domainId: t.domainId, level: t.level, weight: t.weight })), after: input.targets } }, tx);
    if (owner.ownerId !== role.ownerId) {
      await recordAudit({ actorId: actor.id, action: "role.owner_changed", entityType: "Role", entityId: roleId, data: { from: role.ownerId, to: owner.ownerId } }, tx);
    }
    // New targets can leave the published plan uncovered: it goes back to draft, in this transaction.
    let uncovered: string[] = [];
    if (role.planPublishedAt) {
      const coverage = await coverageOf(tx, roleId);
      if (!coverage.publishable) {
        uncovered = coverage.uncovered.map((u) => u.name);
        await tx.role.update({ where: { id: roleId }, data: { planPublishedAt: null } });
        await recordAudit({ actorId: actor.id, action: "plan.unpublished", entityType: "Role", entityId: roleId, data: { reason: "targets changed", uncovered } }, tx);
      }
    }
    return { ok: true as const, version: expectedVersion + 1, planUnpublished: uncovered.length > 0, uncovered };
  });
}

/** Salary band and status: the part of a role its recruiter may change. Other fields are ignored. */
export async function updateRoleLogistics(actor: CurrentUser, roleId: string, raw: unknown): Promise<ActionResult<object>> {
  const parsed = salaryBandSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { salaryMin, salaryMax, status } = parsed.data;
  return db.$transaction(async (tx) => {
    const role = await tx.role.findUnique({ where: { id: roleId }, include: { members: true } });
    if (!role) return notFound("That role");
    if (!canEditRoleLogistics(actor, role)) return forbidden("Only the role's recruiter, its owner or an admin can change its salary band and status.");
    await tx.role.update({ where: { id: roleId }, data: { salaryMin, salaryMax, status, version: { increment: 1 } } });
    await recordAudit({ actorId: actor.id, action: "role.logistics_changed", entityType: "Role", entityId: roleId, data: { before: { salaryMin: role.salaryMin, salaryMax: role.salaryMax, status: role.status }, after: { salaryMin, salaryMax, status } } }, tx);
    return { ok: true as const };
  });
}
