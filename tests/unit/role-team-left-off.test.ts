// The role form starts from the saved team minus people who can no longer hold their seat (a
// recruiter made an interviewer, a deactivated interviewer): kept, every save was refused.
import { describe, expect, it } from "vitest";
import { leftOffTeamNotice, roleToInput, type OfferedTeam } from "@/lib/roles/role-input";

const role = {
  title: "AI Platform Engineer",
  seniority: "Senior",
  clusterId: "c1",
  templateId: null,
  status: "OPEN" as const,
  salaryMin: null,
  salaryMax: null,
  currency: "USD",
  location: null,
  ownerId: "owner",
  members: [
    { userId: "riley", function: "RECRUITER" as const, user: { name: "Riley Chen" } },
    { userId: "sam", function: "INTERVIEWER" as const, user: { name: "Sam Rivera" } },
    { userId: "kwame", function: "INTERVIEWER" as const, user: { name: "Kwame Mensah" } },
  ],
  targets: [{ domainId: "d1", level: 2, weight: 1 }],
};

describe("roleToInput with the team the form offers", () => {
  it("keeps everyone who is still offered, and says nothing", () => {
    const team: OfferedTeam = { recruiterIds: new Set(["riley"]), interviewerIds: new Set(["sam", "kwame"]) };
    expect(roleToInput(role, ["d1"], team)).toMatchObject({ recruiterId: "riley", interviewerIds: ["sam", "kwame"] });
    expect(leftOffTeamNotice(role.members, team)).toBeNull();
  });

  it("leaves out a recruiter who is no longer one and an interviewer who can no longer interview, and names both", () => {
    const team: OfferedTeam = { recruiterIds: new Set(["casey"]), interviewerIds: new Set(["sam", "riley"]) };
    expect(roleToInput(role, ["d1"], team)).toMatchObject({ recruiterId: "", interviewerIds: ["sam"] });
    expect(leftOffTeamNotice(role.members, team)).toBe(
      "Riley Chen was this role's recruiter and is no longer an active recruiter; Kwame Mensah was one of its interviewers and can no longer interview. Saving takes them all off the role: choose someone else below if needed.",
    );
  });

  it("without a team (tests, copies) reads the saved members as they are", () => {
    expect(roleToInput(role, ["d1"])).toMatchObject({ recruiterId: "riley", interviewerIds: ["sam", "kwame"] });
  });
});
