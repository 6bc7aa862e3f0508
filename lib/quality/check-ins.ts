// Recording and reading quality-of-hire check-ins: the hire rated on the role's required domains
// (same levels as the role's targets), an overall rating and "would hire again". Who may see or
// record them: canSeeCheckIns / canRecordCheckIn (lib/auth/permissions.ts).
import "server-only";
import { forbidden, invalid, notFound, refused, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import {
  CHECK_IN_DELEGATE_KINDS,
  can,
  canBeCheckInDelegate,
  canRecordCheckIn,
  canSeeCheckIns,
} from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { checkInSchema, reassignCheckInsSchema, type CheckInInput } from "../validation/check-in";
import { checkInDays } from "./due";
import { milestoneDueAt, milestoneLabel } from "./milestones";
import { lastDomainNames } from "../matrix/last-names";
import { retiredName } from "../matrix/retired-name";

/** A hire as the check-in page shows it, or null when it does not exist or the viewer may not see its check-ins. */
export async function hireCheckIns(user: CurrentUser, applicationId: string, now = new Date()) {
  const hire = await db.hireFollowUp.findUnique({
    where: { applicationId },
    select: {
      hiredAt: true,
      delegateId: true,
      delegate: { select: { name: true } },
      application: {
        select: {
          status: true,
          candidate: { select: { name: true } },
          role: {
            select: {
              title: true,
              ownerId: true,
              owner: { select: { name: true } },
              matrixVersionId: true,
              targets: { where: { level: { gt: 0 } }, select: { domainId: true, level: true } },
            },
          },
        },
      },
      checkIns: {
        orderBy: { milestoneDays: "asc" },
        select: {
          id: true,
          milestoneDays: true,
          overall: true,
          wouldHireAgain: true,
          note: true,
          submittedAt: true,
          author: { select: { name: true } },
          ratings: { select: { domainId: true, rating: true, evidence: true } },
        },
      },
    },
  });
  if (!hire) return null;
  const { role } = hire.application;
  if (!canSeeCheckIns(user, { roleOwnerId: role.ownerId, delegateId: hire.delegateId })) return null;
  const names = await db.matrixVersionDomain.findMany({
    where: { versionId: role.matrixVersionId, domainId: { in: role.targets.map((t) => t.domainId) } },
    orderBy: { position: "asc" },
    select: { domainId: true, name: true, shortName: true },
  });
  const level = new Map(role.targets.map((t) => [t.domainId, t.level]));
  // A recorded check-in may rate a domain the role no longer targets, or its version retired: named still.
  const named = new Set(names.map((n) => n.domainId));
  const other = [...new Set(hire.checkIns.flatMap((c) => c.ratings.map((r) => r.domainId)))].filter(
    (id) => !named.has(id),
  );
  const inVersion = other.length
    ? await db.matrixVersionDomain.findMany({
        where: { versionId: role.matrixVersionId, domainId: { in: other } },
        select: { domainId: true, name: true },
      })
    : [];
  const retired = await lastDomainNames(other.filter((id) => !inVersion.some((d) => d.domainId === id)));
  const ratedDomainNames: Record<string, string> = Object.fromEntries([
    ...[...names, ...inVersion].map((d) => [d.domainId, d.name]),
    ...retired.map((d) => [d.domainId, retiredName(d.name)]),
  ]);
  const days = await checkInDays();
  const recorded = new Set(hire.checkIns.map((c) => c.milestoneDays));
  const milestones = [...new Set([...days, ...recorded])]
    .sort((a, b) => a - b)
    .map((d) => {
      const dueAt = milestoneDueAt(hire.hiredAt, d);
      return {
        days: d,
        label: milestoneLabel(d),
        dueAt,
        state: recorded.has(d) ? "done" : dueAt <= now ? "due" : "upcoming",
      } as const;
    });
  return {
    applicationId,
    candidate: hire.application.candidate.name,
    role: role.title,
    hired: hire.application.status === "HIRED",
    hiredAt: hire.hiredAt,
    assignee: hire.delegate?.name ?? role.owner.name,
    ownerName: role.owner.name,
    ownerId: role.ownerId,
    delegateId: hire.delegateId,
    domains: names.map((n) => ({ ...n, target: level.get(n.domainId) ?? 0 })),
    /** Every domain a recorded check-in rates, by name. */
    ratedDomainNames,
    milestones,
    checkIns: hire.checkIns.map((c) => ({ ...c, label: milestoneLabel(c.milestoneDays) })),
    canRecord: canRecordCheckIn(user, { roleOwnerId: role.ownerId, delegateId: hire.delegateId }),
  };
}

const sameAnswers = (
  a: Pick<CheckInInput, "overall" | "wouldHireAgain" | "note" | "ratings">,
  b: Pick<CheckInInput, "overall" | "wouldHireAgain" | "note" | "ratings">,
) => {
  const key = (v: typeof a) =>
    JSON.stringify([
      v.overall,
      v.wouldHireAgain,
      v.note,
      [...v.ratings]
        .sort((x, y) => x.domainId.localeCompare(y.domainId))
        .map((r) => [r.domainId, r.rating, r.evidence]),
    ]);
  return key(a) === key(b);
};

/**
 * Records one check-in. Idempotent: sending the same answers again (a retry, a second tab) is a
 * success that changes nothing; different answers for a check-in already recorded are a conflict,
 * never a silent overwrite. The ratings must cover exactly the role's required domains.
 */
export async function submitCheckIn(
  actor: CurrentUser,
  raw: unknown,
  now = new Date(),
): Promise<ActionResult<{ alreadyRecorded: boolean }>> {
  const parsed = checkInSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  const days = await checkInDays();
  return db.$transaction(async (tx) => {
    // Lock the hire: two submissions of one check-in queue here instead of racing to the unique index.
    await tx.$queryRaw`SELECT "applicationId" FROM "HireFollowUp" WHERE "applicationId" = ${input.applicationId} FOR UPDATE`;
    const hire = await tx.hireFollowUp.findUnique({
      where: { applicationId: input.applicationId },
      select: {
        hiredAt: true,
        delegateId: true,
        application: {
          select: {
            status: true,
            candidate: { select: { erasedAt: true } },
            role: { select: { ownerId: true, targets: { where: { level: { gt: 0 } }, select: { domainId: true } } } },
          },
        },
      },
    });
    if (!hire) return notFound("That hire");
    const { role } = hire.application;
    const who = { roleOwnerId: role.ownerId, delegateId: hire.delegateId };
    if (!canSeeCheckIns(actor, who)) return notFound("That hire");
    if (!canRecordCheckIn(actor, who))
      return forbidden("Only the hire's manager, their delegate or an admin records check-ins.");
    const existing = await tx.qualityCheckIn.findUnique({
      where: {
        applicationId_milestoneDays: { applicationId: input.applicationId, milestoneDays: input.milestoneDays },
      },
      select: {
        overall: true,
        wouldHireAgain: true,
        note: true,
        ratings: { select: { domainId: true, rating: true, evidence: true } },
      },
    });
    if (existing) {
      if (sameAnswers(existing, input)) return { ok: true as const, alreadyRecorded: true };
      return {
        ok: false as const,
        kind: "conflict" as const,
        message: `The ${milestoneLabel(input.milestoneDays)} check-in was already recorded with other answers; reload to read it.`,
      };
    }
    if (hire.application.status !== "HIRED")
      return refused("This person is no longer marked as hired; their check-ins have stopped.");
    if (hire.application.candidate.erasedAt)
      return refused("This person's data was erased; no check-in is recorded about them any more.");
    if (!days.includes(input.milestoneDays))
      return refused("That is not one of the organisation's check-ins.", "milestoneDays");
    const dueAt = milestoneDueAt(hire.hiredAt, input.milestoneDays);
    if (dueAt > now) return refused(`This check-in opens on ${dueAt.toISOString().slice(0, 10)}.`, "milestoneDays");
    const required = new Set(role.targets.map((t) => t.domainId));
    const given = new Set(input.ratings.map((r) => r.domainId));
    if (given.size !== input.ratings.length || given.size !== required.size || [...given].some((d) => !required.has(d)))
      return refused(
        "Rate each domain the role requires, once (reload: the role's targets may have changed).",
        "ratings",
      );
    const checkIn = await tx.qualityCheckIn.create({
      data: {
        applicationId: input.applicationId,
        milestoneDays: input.milestoneDays,
        authorId: actor.id,
        overall: input.overall,
        wouldHireAgain: input.wouldHireAgain,
        note: input.note,
        submittedAt: now,
        ratings: {
          create: input.ratings.map((r) => ({ domainId: r.domainId, rating: r.rating, evidence: r.evidence })),
        },
      },
      select: { id: true },
    });
    // Ids and values only: the evidence and note are about a person and stay in the check-in.
    await recordAudit(
      {
        actorId: actor.id,
        action: "check_in.recorded",
        entityType: "Application",
        entityId: input.applicationId,
        data: {
          checkInId: checkIn.id,
          milestoneDays: input.milestoneDays,
          overall: input.overall,
          wouldHireAgain: input.wouldHireAgain,
          ratings: input.ratings.map((r) => ({ domainId: r.domainId, rating: r.rating })),
        },
      },
      tx,
    );
    return { ok: true as const, alreadyRecorded: false };
  });
}

/** An admin hands a hire's check-ins to a delegate (an active manager or admin), or back to the role's owner. */
export async function reassignCheckIns(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "assignCheckIns")) return forbidden("Only an admin hands check-ins to someone else.");
  const parsed = reassignCheckInsSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { applicationId, delegateId } = parsed.data;
  return db.$transaction(async (tx) => {
    const hire = await tx.hireFollowUp.findUnique({
      where: { applicationId },
      select: { delegateId: true, application: { select: { role: { select: { ownerId: true } } } } },
    });
    if (!hire) return notFound("That hire");
    // The owner named as their own delegate is simply "back to the owner".
    if (delegateId && delegateId !== hire.application.role.ownerId) {
      const person = await tx.user.findUnique({ where: { id: delegateId }, select: { kind: true, active: true } });
      if (!person || !canBeCheckInDelegate(person))
        return refused("Choose an active manager or admin: they record the check-ins.", "delegateId");
    }
    const to = delegateId && delegateId !== hire.application.role.ownerId ? delegateId : null;
    if (hire.delegateId === to) return { ok: true as const };
    await tx.hireFollowUp.update({ where: { applicationId }, data: { delegateId: to } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "check_in.reassigned",
        entityType: "Application",
        entityId: applicationId,
        data: { from: hire.delegateId, to },
      },
      tx,
    );
    return { ok: true as const };
  });
}

/** Who an admin may hand check-ins to (the reassign control's options). */
export async function checkInDelegates(exceptOwnerId?: string) {
  return db.user.findMany({
    // The owner is the form's own first choice ("back to the role's owner"), not a delegate of themselves.
    where: {
      active: true,
      kind: { in: [...CHECK_IN_DELEGATE_KINDS] },
      ...(exceptOwnerId ? { id: { not: exceptOwnerId } } : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
    take: 200,
  });
}
