import "server-only";
import {
  canEditRole,
  canEditRoleLogistics,
  canCompareRoleCandidates,
  isHiringLead,
  canManagePipeline,
  canSeeRoleSalary,
  opensRoleApplications,
  canViewRole,
  hiringTeamOf,
} from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { planCoverage } from "../roles/coverage";
import { currentMatrixVersion } from "./matrix";
import { versionDomains } from "../matrix/published-version";
import { lastDomainNames } from "../matrix/last-names";
import { retiredName } from "../matrix/retired-name";

/**
 * A role with its plan and the number of candidates, or null when it doesn't exist or the user
 * may not see it. Its candidates are paged separately (role-applications.ts).
 */
export async function roleDetail(user: CurrentUser, roleId: string) {
  const role = await db.role.findUnique({
    relationLoadStrategy: "join",
    where: { id: roleId },
    include: {
      cluster: true,
      owner: { select: { id: true, name: true } },
      template: {
        select: { title: true, salaryMin: true, salaryMax: true, remoteFriendliness: true, timeToHire: true },
      },
      members: { include: { user: { select: { id: true, name: true, kind: true } } } },
      targets: true,
      stages: {
        orderBy: { position: "asc" },
        include: {
          domains: true,
          // By name: the rows have no order of their own, and a plan save rewrites them.
          interviewers: {
            orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
            include: { user: { select: { id: true, name: true } } },
          },
          questions: {
            orderBy: { position: "asc" },
            include: { question: { select: { id: true, prompt: true, level: true, domainId: true } } },
          },
        },
      },
      matrixVersion: { select: { number: true } },
      _count: { select: { applications: true } },
    },
  });
  if (!role || !canViewRole(user, role)) return null;
  const domains = await versionDomains(role.matrixVersionId);
  // A stage may still focus on a domain the role's version retired (the role moved): named as it was.
  const inVersion = new Set(domains.map((d) => d.domainId));
  const retiredIds = [...new Set(role.stages.flatMap((s) => s.domains.map((d) => d.domainId)))].filter(
    (id) => !inVersion.has(id),
  );
  const retired = await lastDomainNames(retiredIds);
  const name = (id: string) =>
    domains.find((d) => d.domainId === id)?.shortName ??
    retiredName(retired.find((d) => d.domainId === id)?.shortName ?? "A domain");
  // A stage's focus domains in the matrix's order: the rows themselves have none, and a plan save
  // rewrites them, which changed the order the role page listed an untouched stage's focus in.
  const position = new Map(domains.map((d) => [d.domainId, d.position]));
  const at = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  for (const s of role.stages) s.domains.sort((a, b) => at(a.domainId) - at(b.domainId));
  const targets = domains.map((d) => {
    const t = role.targets.find((x) => x.domainId === d.domainId);
    return { domainId: d.domainId, name: d.shortName, level: t?.level ?? 0, weight: t?.weight ?? 1 };
  });
  const coverage = planCoverage(
    targets,
    role.stages.map((s) => ({
      id: s.id,
      name: s.name,
      domainIds: s.domains.map((d) => d.domainId),
      interviewerIds: s.interviewers.map((i) => i.userId),
    })),
  );
  // A newer published matrix: the owner may move the role deliberately, after seeing the diff.
  const latest = canEditRole(user, role) ? await currentMatrixVersion() : null;
  const newerVersion =
    latest && latest.id !== role.matrixVersionId && (latest.number ?? 0) > (role.matrixVersion.number ?? 0)
      ? { id: latest.id, number: latest.number!, changeNote: latest.changeNote }
      : null;
  const team = hiringTeamOf(role);
  // Interviewers see the role without its pay: the band is not sent to their page at all.
  const canSeeSalary = canSeeRoleSalary(user);
  const salaryHidden = { salaryMin: null, salaryMax: null };
  return {
    role: canSeeSalary
      ? role
      : { ...role, ...salaryHidden, template: role.template && { ...role.template, ...salaryHidden } },
    canSeeSalary,
    newerVersion,
    targets,
    coverage,
    domainName: name,
    canEdit: canEditRole(user, role),
    canEditLogistics: canEditRoleLogistics(user, role),
    canManagePipeline: canManagePipeline(user, role),
    /** Links to candidates' pages, the comparison and its CSV lead somewhere only for these viewers. */
    opensApplications: opensRoleApplications(user, role),
    canCompare: canCompareRoleCandidates(user, team),
    /** The gap CSV is linked here for the hiring leads; others who may export it (canExportRoleScores) find it on the comparison. */
    leadsHiring: isHiringLead(user, team),
  };
}
