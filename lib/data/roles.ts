import "server-only";
import { canEditRole, canEditRoleLogistics, canManagePipeline, canViewRole } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { hideOutcome } from "../applications/status";
import { db } from "../db";
import { planCoverage } from "../roles/coverage";
import { accessFor, feedbackVisibility, myInterviews } from "./feedback";

/**
 * A role with its plan and candidates, or null when it doesn't exist or the user may not see
 * it. A candidate's hired/rejected status is the panel's outcome: a viewer who may not see that
 * application's feedback (lib/scorecards/access.ts) gets "in process" (`statusHidden`).
 */
export async function roleDetail(user: CurrentUser, roleId: string) {
  const role = await db.role.findUnique({
    where: { id: roleId },
    include: {
      cluster: true,
      owner: { select: { id: true, name: true } },
      template: { select: { title: true, salaryMin: true, salaryMax: true, remoteFriendliness: true, timeToHire: true } },
      members: { include: { user: { select: { id: true, name: true, kind: true } } } },
      targets: true,
      stages: {
        orderBy: { position: "asc" },
        include: {
          domains: true,
          interviewers: { include: { user: { select: { id: true, name: true } } } },
          questions: { orderBy: { position: "asc" }, include: { question: { select: { id: true, prompt: true, level: true, domainId: true } } } },
        },
      },
      applications: {
        orderBy: { createdAt: "asc" },
        include: { candidate: { select: { id: true, name: true, erasedAt: true } }, currentStage: { select: { name: true } }, _count: { select: { interviews: true } }, interviews: myInterviews(user.id) },
      },
    },
  });
  if (!role || !canViewRole(user, role)) return null;
  const domains = await db.matrixVersionDomain.findMany({ where: { versionId: role.matrixVersionId }, orderBy: { position: "asc" } });
  const name = (id: string) => domains.find((d) => d.domainId === id)?.shortName ?? "Retired domain";
  const targets = domains.map((d) => {
    const t = role.targets.find((x) => x.domainId === d.domainId);
    return { domainId: d.domainId, name: d.shortName, level: t?.level ?? 0, weight: t?.weight ?? 1 };
  });
  const coverage = planCoverage(
    targets,
    role.stages.map((s) => ({ id: s.id, name: s.name, domainIds: s.domains.map((d) => d.domainId), interviewerIds: s.interviewers.map((i) => i.userId) })),
  );
  const visibility = await feedbackVisibility();
  const applications = role.applications.map(({ interviews: mine, ...a }) => {
    // The decision goes with the feedback it rests on, as on the compare page.
    return { ...a, ...hideOutcome(a, accessFor(user, role, mine, visibility)) };
  });
  return {
    role: { ...role, applications },
    targets,
    coverage,
    domainName: name,
    canEdit: canEditRole(user, role),
    canEditLogistics: canEditRoleLogistics(user, role),
    canManagePipeline: canManagePipeline(user, role),
  };
}
