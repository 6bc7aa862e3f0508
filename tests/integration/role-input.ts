// Builds the role form's input from a saved role, so a test changes only what it means to.
import { db } from "../../lib/db";
import type { RoleInput } from "../../lib/validation/role";

export async function roleInputOf(roleId: string, change: (targets: RoleInput["targets"]) => RoleInput["targets"] = (t) => t): Promise<RoleInput> {
  const role = await db.role.findUniqueOrThrow({ where: { id: roleId }, include: { targets: true, members: true } });
  const domains = await db.matrixVersionDomain.findMany({ where: { versionId: role.matrixVersionId }, orderBy: { position: "asc" } });
  const targets = domains.map((d) => {
    const t = role.targets.find((x) => x.domainId === d.domainId);
    return { domainId: d.domainId, level: t?.level ?? 0, weight: t?.weight ?? 1 };
  });
  return {
    title: role.title,
    seniority: role.seniority,
    clusterId: role.clusterId,
    templateId: role.templateId ?? "",
    status: role.status,
    salaryMin: role.salaryMin,
    salaryMax: role.salaryMax,
    location: role.location ?? "",
    ownerId: role.ownerId,
    recruiterId: role.members.find((m) => m.function === "RECRUITER")?.userId ?? "",
    interviewerIds: role.members.filter((m) => m.function === "INTERVIEWER").map((m) => m.userId),
    targets: change(targets),
  };
}
