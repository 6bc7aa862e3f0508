// Creating and editing roles. Managers edit roles they own (admins all); the role's own
// recruiter may change only the salary band and status. Every write is one transaction with
// its audit. A role is edited in its own matrix version, whatever version is newest.
import "server-only";
import { forbidden, invalid, notFound, refused, type ActionFailure, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import {
  can,
  canEditRole,
  canEditRoleLogistics,
  canChooseRoleOwner,
  canRecruitForRole,
  canSitOnPanel,
  canOwnRole,
} from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { roleSchema, salaryBandSchema, type RoleInput } from "../validation/role";
import { coverageOf } from "./plan-service";
import { stageInterviewerIds, type RoleTeam } from "./plan-rules";
import { roleChanges } from "./role-changes";

/** The role form keeps a device copy (components/roles/use-role-copy.ts), which a reload offers to apply. */
const STALE =
  "This role was saved again (in another tab or by someone else) since you opened it, so your changes were not saved. They are still in the form and kept on this device: reload to see the newer version, then choose “Put my changes in the form” to apply them to it.";
/** The role page's salary band and status form keeps no copy: the change is two fields. */
const STALE_LOGISTICS =
  "This role was saved again (in another tab or by someone else) since you opened it, so your change was not saved; it is still in the form. Reload to see the newer version, then make your change again.";

/**
 * Cluster, template, team and targets must exist; the targets must be exactly one per domain
 * of the role's matrix version (the form sends 0 for a domain the role doesn't need). Returns
 * the version's domain ids, which an edit replaces the targets of.
 */
async function checkReferences(
  tx: Tx,
  input: RoleInput,
  versionId: string,
  opts: { checkTemplate: boolean },
): Promise<ActionFailure | { versionDomainIds: string[] }> {
  // One after another: a transaction is one connection, and pg refuses overlapping queries on one
  // (a deprecation warning now, an error from pg 9).
  const cluster = await tx.roleCluster.findUnique({ where: { id: input.clusterId } });
  const template =
    opts.checkTemplate && input.templateId
      ? await tx.roleTemplate.findUnique({ where: { id: input.templateId }, select: { id: true } })
      : null;
  const people = await tx.user.findMany({
    where: { id: { in: [...input.interviewerIds, input.recruiterId].filter(Boolean) }, active: true },
    select: { id: true, kind: true },
  });
  const versionDomains = await tx.matrixVersionDomain.findMany({ where: { versionId }, select: { domainId: true } });
  const versionDomainIds = versionDomains.map((d) => d.domainId);
  const targeted = new Set(input.targets.map((t) => t.domainId).filter((id) => versionDomainIds.includes(id)));
  if (!cluster) return refused("That role cluster doesn't exist.", "clusterId");
  if (opts.checkTemplate && input.templateId && !template)
    return refused("That role template no longer exists; choose another or start from scratch.", "templateId");
  if (targeted.size !== input.targets.length)
    return refused(
      "A target refers to a domain that is not part of this role's matrix version. Reload the page and try again.",
      "targets",
    );
  if (input.targets.length !== versionDomainIds.length)
    return refused(
      "Set a target level (0 to 3) for every domain of the matrix; reload the page if the matrix changed.",
      "targets",
    );
  // `people` holds only active users: someone missing is inactive or unknown.
  const active = (id: string, rule: (p: (typeof people)[number]) => boolean) =>
    people.some((p) => p.id === id && rule(p));
  if (input.recruiterId && !active(input.recruiterId, canRecruitForRole))
    return refused("The recruiter must be an active recruiter.", "recruiterId");
  if (input.interviewerIds.some((id) => !active(id, canSitOnPanel)))
    return refused("Every interviewer must be an active interviewer or manager.", "interviewerIds");
  return { versionDomainIds };
}

/**
 * Who owns the role after this write. Admins pick an active manager (required on create,
 * kept when left empty on edit); a manager owns what they create and can't hand a role over.
 */
async function resolveOwner(
  tx: Tx,
  actor: CurrentUser,
  requested: string | undefined,
  current?: string,
): Promise<{ ownerId: string } | ActionFailure> {
  const wanted = requested || undefined;
  if (!canChooseRoleOwner(actor)) {
    const own = current ?? actor.id;
    if (wanted && wanted !== own) return refused("Only an admin can choose another manager as the owner.", "ownerId");
    return { ownerId: own };
  }
  if (!wanted)
    return current ? { ownerId: current } : refused("Choose the engineering manager who owns this role.", "ownerId");
  if (wanted === current) return { ownerId: current };
  const person = await tx.user.findUnique({ where: { id: wanted }, select: { kind: true, active: true } });
  if (!person || !canOwnRole(person)) return refused("The owner must be an active engineering manager.", "ownerId");
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
    const refs = await checkReferences(tx, input, version.id, { checkTemplate: true });
    if (!("versionDomainIds" in refs)) return refs;
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
        currency: input.currency,
        location: input.location || null,
        ownerId: owner.ownerId,
        targets: { create: input.targets },
        members: { create: members(input) },
      },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "role.created",
        entityType: "Role",
        entityId: role.id,
        data: { targets: input.targets, templateId: input.templateId || null, ownerId: owner.ownerId },
      },
      tx,
    );
    return { ok: true as const, id: role.id };
  });
}

type RoleSaved = { version: number; planUnpublished: boolean; uncovered: string[]; prunedInterviewers: string[] };

export async function updateRole(
  actor: CurrentUser,
  roleId: string,
  expectedVersion: number,
  raw: unknown,
): Promise<ActionResult<RoleSaved>> {
  const parsed = roleSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const role = await tx.role.findUnique({ where: { id: roleId }, include: { members: true, targets: true } });
    if (!role) return notFound("That role");
    if (!canEditRole(actor, role))
      return forbidden("Only the role's owner (or an admin) can change its targets and team.");
    // The template is fixed at creation (an edit doesn't write it), so it isn't checked here.
    const refs = await checkReferences(tx, input, role.matrixVersionId, { checkTemplate: false });
    if (!("versionDomainIds" in refs)) return refs;
    const owner = await resolveOwner(tx, actor, input.ownerId, role.ownerId);
    if (!("ownerId" in owner)) return owner;
    const cas = await tx.role.updateMany({
      where: { id: roleId, version: expectedVersion },
      data: {
        version: { increment: 1 },
        title: input.title,
        seniority: input.seniority,
        clusterId: input.clusterId,
        status: input.status,
        salaryMin: input.salaryMin,
        salaryMax: input.salaryMax,
        currency: input.currency,
        location: input.location || null,
        ownerId: owner.ownerId,
      },
    });
    if (cas.count === 0) return { ok: false as const, kind: "locked" as const, message: STALE };
    // Only the targets of the role's own version are the form's to replace.
    await tx.roleTarget.deleteMany({ where: { roleId, domainId: { in: refs.versionDomainIds } } });
    await tx.roleTarget.createMany({ data: input.targets.map((t) => ({ ...t, roleId })) });
    await tx.roleMember.deleteMany({ where: { roleId } });
    await tx.roleMember.createMany({ data: members(input).map((m) => ({ ...m, roleId })) });
    const changes = roleChanges(role, {
      ...input,
      location: input.location || null,
      ownerId: owner.ownerId,
      members: members(input),
    });
    await recordAudit(
      { actorId: actor.id, action: "role.updated", entityType: "Role", entityId: roleId, data: changes },
      tx,
    );
    if (owner.ownerId !== role.ownerId) {
      await recordAudit(
        {
          actorId: actor.id,
          action: "role.owner_changed",
          entityType: "Role",
          entityId: roleId,
          data: { from: role.ownerId, to: owner.ownerId },
        },
        tx,
      );
    }
    const prunedInterviewers = await pruneStageInterviewers(tx, actor, roleId, {
      ownerId: owner.ownerId,
      members: members(input),
    });
    // New targets, or stages left without interviewers, can leave the published plan
    // uncovered: it goes back to draft, in this transaction.
    let uncovered: string[] = [];
    let planUnpublished = false;
    if (role.planPublishedAt) {
      const coverage = await coverageOf(tx, roleId);
      if (!coverage.publishable) {
        planUnpublished = true;
        uncovered = coverage.uncovered.map((u) => u.name);
        await tx.role.update({ where: { id: roleId }, data: { planPublishedAt: null } });
        await recordAudit(
          {
            actorId: actor.id,
            action: "plan.unpublished",
            entityType: "Role",
            entityId: roleId,
            data: {
              reason: prunedInterviewers.length ? "targets or team changed" : "targets changed",
              uncovered,
              prunedInterviewers,
            },
          },
          tx,
        );
      }
    }
    return { ok: true as const, version: expectedVersion + 1, planUnpublished, uncovered, prunedInterviewers };
  });
}

/**
 * Stage interviewers must be on the team (the owner or a team interviewer) and active: people
 * the edit removed, or who were deactivated, come off the plan's stages in the same
 * transaction. Returns "Name (stage)" for each removal, audited as plan.interviewers_pruned.
 */
async function pruneStageInterviewers(tx: Tx, actor: CurrentUser, roleId: string, team: RoleTeam): Promise<string[]> {
  const eligible = new Set(stageInterviewerIds(team));
  const assigned = await tx.stageInterviewer.findMany({
    where: { stage: { roleId } },
    include: { user: { select: { name: true, active: true } }, stage: { select: { name: true, position: true } } },
    orderBy: [{ stage: { position: "asc" } }],
  });
  const gone = assigned.filter((a) => !eligible.has(a.userId) || !a.user.active);
  if (gone.length === 0) return [];
  await tx.stageInterviewer.deleteMany({ where: { OR: gone.map((g) => ({ stageId: g.stageId, userId: g.userId })) } });
  const pruned = gone.map((g) => `${g.user.name} (${g.stage.name})`);
  await recordAudit(
    {
      actorId: actor.id,
      action: "plan.interviewers_pruned",
      entityType: "Role",
      entityId: roleId,
      data: { removed: gone.map((g) => ({ stageId: g.stageId, userId: g.userId })) },
    },
    tx,
  );
  return pruned;
}

/** Salary band and status: the part of a role its recruiter may change. Other fields are ignored. */
export async function updateRoleLogistics(
  actor: CurrentUser,
  roleId: string,
  expectedVersion: number,
  raw: unknown,
): Promise<ActionResult<{ version: number }>> {
  const parsed = salaryBandSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { salaryMin, salaryMax, currency, status } = parsed.data;
  return db.$transaction(async (tx) => {
    const role = await tx.role.findUnique({ where: { id: roleId }, include: { members: true } });
    if (!role) return notFound("That role");
    if (!canEditRoleLogistics(actor, role))
      return forbidden("Only the role's recruiter, its owner or an admin can change its salary band and status.");
    // Same optimistic check as the full edit: a band saved over someone else's change is refused.
    const cas = await tx.role.updateMany({
      where: { id: roleId, version: expectedVersion },
      data: { salaryMin, salaryMax, currency, status, version: { increment: 1 } },
    });
    if (cas.count === 0) return { ok: false as const, kind: "locked" as const, message: STALE_LOGISTICS };
    await recordAudit(
      {
        actorId: actor.id,
        action: "role.logistics_changed",
        entityType: "Role",
        entityId: roleId,
        data: {
          before: {
            salaryMin: role.salaryMin,
            salaryMax: role.salaryMax,
            currency: role.currency,
            status: role.status,
          },
          after: { salaryMin, salaryMax, currency, status },
        },
      },
      tx,
    );
    return { ok: true as const, version: expectedVersion + 1 };
  });
}
