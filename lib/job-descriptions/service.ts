import "server-only";
import { forbidden, invalid, notFound, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { can, canEditRoleLogistics, canViewRole } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { readGeneratedFrom } from "./diff";
import { generateWithOrigin, type JdInput } from "./generate";
import { jdSaveSchema } from "../validation/jd";

/** Everything needed to generate and edit a role's job description; null if not visible. */
export async function jobDescriptionData(user: CurrentUser, roleId: string) {
  const role = await db.role.findUnique({
    where: { id: roleId },
    include: { cluster: true, targets: true, members: true, template: true, jobDescription: true },
  });
  if (!role || !canViewRole(user, role) || !can(user, "writeJobDescriptions")) return null;
  const [domains, cells, levels, org] = await Promise.all([
    db.matrixVersionDomain.findMany({
      where: { versionId: role.matrixVersionId },
      orderBy: { position: "asc" },
      include: { domain: { select: { key: true } } },
    }),
    db.matrixCell.findMany({
      where: { versionId: role.matrixVersionId, clusterId: role.clusterId },
      include: { indicators: { orderBy: { position: "asc" } } },
    }),
    db.proficiencyLevel.findMany(),
    db.orgSettings.findUnique({
      where: { id: 1 },
      select: { name: true, jobAdProfile: true, jobAdBenefits: true, jobAdEqualOpportunity: true },
    }),
  ]);
  // Pay in the role's own currency: the template's reference range only when it is in the same one
  // (a U.S.-dollar reference for a role paid in euros would mislead).
  const salary =
    role.salaryMin != null && role.salaryMax != null
      ? { min: role.salaryMin, max: role.salaryMax, currency: role.currency, source: "role" as const }
      : role.template && role.template.currency === role.currency
        ? {
            min: role.template.salaryMin,
            max: role.template.salaryMax,
            currency: role.template.currency,
            source: "template" as const,
          }
        : null;
  const input: JdInput = {
    title: role.title,
    seniority: role.seniority,
    clusterName: role.cluster.name,
    clusterSummary: role.cluster.summary,
    levelNames: Object.fromEntries(levels.map((l) => [l.rank, l.name])),
    domains: domains.map((d) => ({
      domainId: d.domainId,
      key: d.domain.key,
      name: d.name,
      target: role.targets.find((t) => t.domainId === d.domainId)?.level ?? 0,
      indicators: Object.fromEntries(
        [1, 2, 3].map((l) => [
          l,
          cells.find((c) => c.domainId === d.domainId && c.level === l)?.indicators.map((i) => i.text) ?? [],
        ]),
      ),
    })),
    salary,
    remote: role.template?.remoteFriendliness ?? null,
    location: role.location,
    organisation: org
      ? {
          name: org.name,
          profile: org.jobAdProfile,
          benefits: org.jobAdBenefits,
          equalOpportunity: org.jobAdEqualOpportunity,
        }
      : null,
  };
  const fresh = generateWithOrigin(input);
  return {
    role: { id: role.id, title: role.title },
    targets: input.domains.map((d) => ({ domainId: d.domainId, name: d.name, target: d.target })),
    generated: fresh.text,
    generatedFrom: fresh.generatedFrom,
    saved: role.jobDescription
      ? {
          content: role.jobDescription.content,
          generatedFrom: readGeneratedFrom(role.jobDescription.generatedFrom),
          updatedAt: role.jobDescription.updatedAt.toISOString(),
        }
      : null,
    canEdit: canEditRoleLogistics(user, role),
  };
}

type JdConflict = { ok: false; kind: "conflict"; message: string; savedAt: string | null };

export async function saveJobDescription(
  user: CurrentUser,
  roleId: string,
  raw: unknown,
): Promise<ActionResult<{ savedAt: string }> | JdConflict> {
  const parsed = jdSaveSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    const role = await tx.role.findUnique({ where: { id: roleId }, include: { members: true } });
    if (!role) return notFound("That role");
    if (!canEditRoleLogistics(user, role)) return forbidden();
    // Recorded when the text was generated, not now: saving later must not hide a targets change.
    const { content, generatedFrom, basedOn } = parsed.data;
    const existing = await tx.jobDescription.findUnique({
      where: { roleId },
      select: { content: true, updatedAt: true },
    });
    const currentStamp = existing?.updatedAt.toISOString() ?? null;
    if (basedOn !== undefined && basedOn !== currentStamp && existing?.content !== content) {
      return {
        ok: false as const,
        kind: "conflict" as const,
        message:
          "Someone else saved this job description while you were editing. Your text is still in the box: reload in another tab to compare, or save again to replace theirs.",
        savedAt: currentStamp,
      };
    }
    const origin = generatedFrom === undefined ? {} : { generatedFrom: generatedFrom ?? Prisma.DbNull };
    const row = await tx.jobDescription.upsert({
      where: { roleId },
      create: { roleId, content, generatedFrom: generatedFrom ?? Prisma.DbNull },
      update: { content, ...origin },
    });
    await recordAudit({ actorId: user.id, action: "job_description.saved", entityType: "Role", entityId: roleId }, tx);
    return { ok: true as const, savedAt: row.updatedAt.toISOString() };
  });
}
