// A saved role as the role form's input: what the edit page starts from and what tests change.
import type { RoleInput } from "../validation/role";

type SavedRole = {
  title: string;
  seniority: string;
  clusterId: string;
  templateId: string | null;
  status: RoleInput["status"];
  salaryMin: number | null;
  salaryMax: number | null;
  location: string | null;
  ownerId: string;
  members: { userId: string; function: "INTERVIEWER" | "RECRUITER" }[];
  targets: { domainId: string; level: number; weight: number }[];
};

/** Targets for every domain of the role's matrix version, in its order (0 where the role has none). */
export function roleToInput(role: SavedRole, domainIds: readonly string[]): RoleInput {
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
    targets: domainIds.map((domainId) => {
      const t = role.targets.find((x) => x.domainId === domainId);
      return { domainId, level: t?.level ?? 0, weight: t?.weight ?? 1 };
    }),
  };
}
