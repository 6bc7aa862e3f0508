// A saved role as the role form's input: what the edit page starts from and what tests change.
import { asCurrency } from "../validation/currencies";
import type { RoleInput } from "../validation/role";

type SavedRole = {
  title: string;
  seniority: string;
  clusterId: string;
  templateId: string | null;
  status: RoleInput["status"];
  salaryMin: number | null;
  salaryMax: number | null;
  currency: string;
  location: string | null;
  ownerId: string;
  members: { userId: string; function: "INTERVIEWER" | "RECRUITER" }[];
  targets: { domainId: string; level: number; weight: number }[];
};

/** Who the form offers for each seat: the active recruiters, and the active people who sit on panels. */
export type OfferedTeam = { recruiterIds: ReadonlySet<string>; interviewerIds: ReadonlySet<string> };

const offered = (team: OfferedTeam | undefined, m: SavedRole["members"][number]) =>
  !team || (m.function === "RECRUITER" ? team.recruiterIds : team.interviewerIds).has(m.userId);

/**
 * Targets for every domain of the role's matrix version, in its order (0 where the role has none).
 * With `team`, people who can no longer hold their seat (deactivated, or their kind changed) are
 * left out: the form has no option for them, and kept they made every save of the role refused.
 */
export function roleToInput(role: SavedRole, domainIds: readonly string[], team?: OfferedTeam): RoleInput {
  const members = role.members.filter((m) => offered(team, m));
  return {
    title: role.title,
    seniority: role.seniority,
    clusterId: role.clusterId,
    templateId: role.templateId ?? "",
    status: role.status,
    salaryMin: role.salaryMin,
    salaryMax: role.salaryMax,
    currency: asCurrency(role.currency),
    location: role.location ?? "",
    ownerId: role.ownerId,
    recruiterId: members.find((m) => m.function === "RECRUITER")?.userId ?? "",
    interviewerIds: members.filter((m) => m.function === "INTERVIEWER").map((m) => m.userId),
    targets: domainIds.map((domainId) => {
      const t = role.targets.find((x) => x.domainId === domainId);
      return { domainId, level: t?.level ?? 0, weight: t?.weight ?? 1 };
    }),
  };
}

/** The sentence saying who roleToInput left out and why, or null when the whole team is still offered. */
export function leftOffTeamNotice(
  members: (SavedRole["members"][number] & { user: { name: string } })[],
  team: OfferedTeam,
): string | null {
  const gone = members.filter((m) => !offered(team, m));
  if (gone.length === 0) return null;
  const why = gone.map((m) =>
    m.function === "RECRUITER"
      ? `${m.user.name} was this role's recruiter and is no longer an active recruiter`
      : `${m.user.name} was one of its interviewers and can no longer interview`,
  );
  return `${why.join("; ")}. Saving takes ${gone.length === 1 ? "them" : "them all"} off the role: choose someone else below if needed.`;
}
