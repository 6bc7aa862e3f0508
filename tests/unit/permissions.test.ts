import { describe, expect, it } from "vitest";
import {
  can,
  CAPABILITIES,
  canEditQuestion,
  canRecordDecision,
  outcomeRefusal,
  canEraseCandidate,
  canSendSelfIdLink,
  canExportCandidate,
  canOpenApplication,
  canEditRole,
  canEditRoleLogistics,
  canSeeRoleSalary,
  canViewRole,
  canSeeCheckIns,
  canBeCheckInDelegate,
  HOME_BY_KIND,
  listsEveryRole,
  canChooseRoleOwner,
  canSeeFullMatrixDiff,
  seesEveryCheckIn,
  checkInScope,
  canOwnRole,
  canRecruitForRole,
  canSitOnPanel,
  hiringLeadScope,
  isHiringLead,
  hiringTeamOf,
  type HiringTeam,
  canInterviewIndependently,
  CHECK_IN_DELEGATE_KINDS,
  TRAINEE_KINDS,
  ROLE_TEAM_KINDS,
  canTrainAsInterviewer,
  type Capability,
} from "../../lib/auth/permissions";

const role = {
  ownerId: "m1",
  members: [
    { userId: "i1", function: "INTERVIEWER" as const },
    { userId: "r1", function: "RECRUITER" as const },
  ],
};

describe("role permissions", () => {
  it("lets the owning manager and admins edit, not other managers", () => {
    expect(canEditRole({ id: "m1", kind: "MANAGER" }, role)).toBe(true);
    expect(canEditRole({ id: "a", kind: "ADMIN" }, role)).toBe(true);
    expect(canEditRole({ id: "m2", kind: "MANAGER" }, role)).toBe(false);
    expect(canEditRole({ id: "r1", kind: "RECRUITER" }, role)).toBe(false);
  });
  it("lets the role's own recruiter change logistics but not targets", () => {
    expect(canEditRoleLogistics({ id: "r1", kind: "RECRUITER" }, role)).toBe(true);
    expect(canEditRole({ id: "r1", kind: "RECRUITER" }, role)).toBe(false);
    expect(canEditRoleLogistics({ id: "i1", kind: "INTERVIEWER" }, role)).toBe(false);
  });
  it("refuses logistics to recruiters of other roles and to other managers", () => {
    expect(canEditRoleLogistics({ id: "r2", kind: "RECRUITER" }, role)).toBe(false);
    expect(canEditRoleLogistics({ id: "m2", kind: "MANAGER" }, role)).toBe(false);
    expect(canEditRoleLogistics({ id: "m1", kind: "MANAGER" }, role)).toBe(true);
    expect(canEditRoleLogistics({ id: "a", kind: "ADMIN" }, role)).toBe(true);
    // Listed as an interviewer is not the same as being the role's recruiter.
    expect(canEditRoleLogistics({ id: "i1", kind: "RECRUITER" }, role)).toBe(false);
  });
  it("shows a role to its interviewers only", () => {
    expect(canViewRole({ id: "i1", kind: "INTERVIEWER" }, role)).toBe(true);
    expect(canViewRole({ id: "i2", kind: "INTERVIEWER" }, role)).toBe(false);
  });
  it("gives every kind a home page", () => {
    expect(Object.keys(HOME_BY_KIND).sort()).toEqual(["ADMIN", "INTERVIEWER", "MANAGER", "RECRUITER"]);
  });
});

describe("capabilities", () => {
  const kinds = ["ADMIN", "MANAGER", "INTERVIEWER", "RECRUITER"] as const;
  const who = (capability: Capability) => kinds.filter((kind) => can({ kind }, capability));
  it("gives each kind only its own jobs", () => {
    expect(who("managePeople")).toEqual(["ADMIN"]);
    expect(who("editMatrix")).toEqual(["ADMIN"]);
    expect(who("manageCandidates")).toEqual(["ADMIN", "RECRUITER"]);
    expect(who("createRoles")).toEqual(["ADMIN", "MANAGER"]);
    expect(who("readCalibration")).toEqual(["ADMIN", "MANAGER"]);
    expect(who("writeJobDescriptions")).toEqual(["ADMIN", "MANAGER", "RECRUITER"]);
    expect(who("readHiringQuality")).toEqual(["ADMIN", "MANAGER"]);
    expect(who("assignCheckIns")).toEqual(["ADMIN"]);
  });
  it("gives an interviewer no capability beyond their own interviews", () => {
    for (const capability of Object.keys(CAPABILITIES) as Capability[])
      expect(can({ kind: "INTERVIEWER" }, capability), capability).toBe(false);
  });
  it("lets managers edit only their own questions", () => {
    expect(canEditQuestion({ id: "m1", kind: "MANAGER" }, { authorId: "m1" })).toBe(true);
    expect(canEditQuestion({ id: "m1", kind: "MANAGER" }, { authorId: "m2" })).toBe(false);
    expect(canEditQuestion({ id: "m1", kind: "MANAGER" }, { authorId: null })).toBe(false);
    expect(canEditQuestion({ id: "a", kind: "ADMIN" }, { authorId: null })).toBe(true);
    expect(canEditQuestion({ id: "r", kind: "RECRUITER" }, { authorId: "r" })).toBe(false);
  });
});

describe("candidate access", () => {
  it("opens an application to its interviewers, any manager and the role's leads only", () => {
    const app = (viewerInterviews: number) => ({ role, viewerInterviews });
    expect(canOpenApplication({ id: "i2", kind: "INTERVIEWER" }, app(1))).toBe(true);
    expect(canOpenApplication({ id: "i2", kind: "INTERVIEWER" }, app(0))).toBe(false);
    expect(canOpenApplication({ id: "m2", kind: "MANAGER" }, app(0))).toBe(true);
    expect(canOpenApplication({ id: "a", kind: "ADMIN" }, app(0))).toBe(true);
    expect(canOpenApplication({ id: "r1", kind: "RECRUITER" }, app(0))).toBe(true);
    expect(canOpenApplication({ id: "r2", kind: "RECRUITER" }, app(0))).toBe(false);
  });
  it("leaves data requests to admins and recruiters on the team of every role the candidate applied to", () => {
    const other = { ownerId: "m2", members: [{ userId: "r2", function: "RECRUITER" as const }] };
    for (const rule of [canExportCandidate, canEraseCandidate]) {
      expect(rule({ id: "a", kind: "ADMIN" }, [role, other])).toBe(true);
      expect(rule({ id: "a", kind: "ADMIN" }, [])).toBe(true);
      expect(rule({ id: "r1", kind: "RECRUITER" }, [role])).toBe(true);
      expect(rule({ id: "r1", kind: "RECRUITER" }, [role, other])).toBe(false);
      expect(rule({ id: "r3", kind: "RECRUITER" }, [role])).toBe(false);
      expect(rule({ id: "r1", kind: "RECRUITER" }, [])).toBe(true); // on file, no application: no team, no panel feedback
      expect(rule({ id: "m1", kind: "MANAGER" }, [])).toBe(false);
      expect(rule({ id: "i1", kind: "RECRUITER" }, [role])).toBe(false); // listed as an interviewer only
      expect(rule({ id: "m1", kind: "MANAGER" }, [role])).toBe(false);
      expect(rule({ id: "i1", kind: "INTERVIEWER" }, [role])).toBe(false);
    }
  });
});

describe("self-identification links", () => {
  it("are for admins and a recruiter on the team of some role the candidate applied to", () => {
    const other = { ownerId: "m2", members: [{ userId: "r2", function: "RECRUITER" as const }] };
    expect(canSendSelfIdLink({ id: "a", kind: "ADMIN" }, [other])).toBe(true);
    expect(canSendSelfIdLink({ id: "r1", kind: "RECRUITER" }, [role, other])).toBe(true); // one of the teams is enough
    expect(canSendSelfIdLink({ id: "r1", kind: "RECRUITER" }, [other])).toBe(false);
    expect(canSendSelfIdLink({ id: "r3", kind: "RECRUITER" }, [])).toBe(true); // no application: no team yet
    expect(canSendSelfIdLink({ id: "i1", kind: "RECRUITER" }, [role])).toBe(false); // listed as an interviewer only
    expect(canSendSelfIdLink({ id: "m1", kind: "MANAGER" }, [role])).toBe(false);
    expect(canSendSelfIdLink({ id: "m1", kind: "MANAGER" }, [])).toBe(false);
    expect(canSendSelfIdLink({ id: "i1", kind: "INTERVIEWER" }, [role])).toBe(false);
  });
});

describe("the panel's outcome (issue 11, finding 5)", () => {
  const owner = { id: "m1", kind: "MANAGER" as const };
  const admin = { id: "a", kind: "ADMIN" as const };
  const recruiter = { id: "r1", kind: "RECRUITER" as const };
  const app = (over: Partial<Parameters<typeof outcomeRefusal>[1]> = {}) => ({
    role,
    status: "ACTIVE" as const,
    decision: null,
    pendingOwnInterviews: 0,
    ...over,
  });
  it("refuses a decision to an owner or admin who still owes a scorecard on the candidate", () => {
    for (const who of [owner, admin]) {
      expect(outcomeRefusal(who, app({ pendingOwnInterviews: 1 }), { decide: true })).toBe("submit-first");
      expect(canRecordDecision(who, { role, pendingOwnInterviews: 1 })).toBe(false);
      expect(canRecordDecision(who, { role, pendingOwnInterviews: 0 })).toBe(true);
    }
    expect(outcomeRefusal(recruiter, app(), { decide: true })).toBe("not-owner");
    expect(outcomeRefusal({ id: "m2", kind: "MANAGER" }, app(), { decide: true })).toBe("not-owner");
  });
  it("refuses status changes that set or undo an outcome while a scorecard is owed, asked before the decision is named", () => {
    const owing = app({ pendingOwnInterviews: 2 });
    expect(outcomeRefusal(recruiter, owing, { status: "REJECTED" })).toBe("submit-first");
    expect(outcomeRefusal(recruiter, { ...owing, status: "REJECTED" }, { status: "WITHDRAWN" })).toBe("submit-first");
    expect(outcomeRefusal(recruiter, { ...owing, status: "ACTIVE", decision: "HOLD" }, { status: "WITHDRAWN" })).toBe(
      "submit-first",
    );
    // Logistics that touch no outcome stay allowed: withdrawing or reactivating an undecided, active candidate, or no change.
    expect(outcomeRefusal(recruiter, owing, { status: "WITHDRAWN" })).toBeNull();
    expect(outcomeRefusal(recruiter, { ...owing, status: "WITHDRAWN" }, { status: "ACTIVE" })).toBeNull();
    expect(outcomeRefusal(recruiter, { ...owing, status: "REJECTED" }, { status: "REJECTED" })).toBeNull();
    // Nothing owed: a recruiter rejects an undecided candidate, but a decided one is the owner's.
    expect(outcomeRefusal(recruiter, app(), { status: "REJECTED" })).toBeNull();
    expect(outcomeRefusal(recruiter, app({ status: "HIRED", decision: "HIRE" }), { status: "ACTIVE" })).toBe("decided");
    expect(outcomeRefusal(owner, app({ status: "HIRED", decision: "HIRE" }), { status: "ACTIVE" })).toBeNull();
  });
});

describe("a role's salary band", () => {
  it("is for the people who hire, not for interviewers", () => {
    for (const kind of ["ADMIN", "MANAGER", "RECRUITER"] as const)
      expect(canSeeRoleSalary({ id: "u", kind })).toBe(true);
    expect(canSeeRoleSalary({ id: "u", kind: "INTERVIEWER" })).toBe(false);
  });
});

describe("quality-of-hire check-ins", () => {
  const hire = { roleOwnerId: "m1", delegateId: "m2" };
  it("are the role owner's, the delegate's and admins', never the interviewers' or recruiters' as such", () => {
    expect(canSeeCheckIns({ id: "m1", kind: "MANAGER" }, hire)).toBe(true);
    expect(canSeeCheckIns({ id: "m2", kind: "MANAGER" }, hire)).toBe(true);
    expect(canSeeCheckIns({ id: "a1", kind: "ADMIN" }, hire)).toBe(true);
    expect(canSeeCheckIns({ id: "m3", kind: "MANAGER" }, hire)).toBe(false);
    expect(canSeeCheckIns({ id: "i1", kind: "INTERVIEWER" }, hire)).toBe(false);
    expect(canSeeCheckIns({ id: "r1", kind: "RECRUITER" }, hire)).toBe(false);
    // A former owner whose kind changed to interviewer no longer reads them.
    expect(canSeeCheckIns({ id: "m1", kind: "INTERVIEWER" }, hire)).toBe(false);
  });
  it("go to active managers or admins only", () => {
    expect(canBeCheckInDelegate({ kind: "MANAGER", active: true })).toBe(true);
    expect(canBeCheckInDelegate({ kind: "ADMIN", active: true })).toBe(true);
    expect(canBeCheckInDelegate({ kind: "MANAGER", active: false })).toBe(false);
    expect(canBeCheckInDelegate({ kind: "INTERVIEWER", active: true })).toBe(false);
  });
});

describe("rules that used to be inline in pages and services (issue 15)", () => {
  const as = (kind: "ADMIN" | "MANAGER" | "RECRUITER" | "INTERVIEWER") => ({ id: "u1", kind });
  it("only admins list every role, choose a role's owner, see the full matrix diff and every due check-in", () => {
    for (const kind of ["ADMIN", "MANAGER", "RECRUITER", "INTERVIEWER"] as const) {
      const admin = kind === "ADMIN";
      expect(listsEveryRole(as(kind)), kind).toBe(admin);
      expect(canChooseRoleOwner(as(kind)), kind).toBe(admin);
      expect(canSeeFullMatrixDiff(as(kind)), kind).toBe(admin);
      expect(seesEveryCheckIn(as(kind)), kind).toBe(admin);
    }
  });
  it("gives the roles list to managers and admins, and a role's hiring tools to everyone but interviewers", () => {
    expect(CAPABILITIES.listRoles).toEqual(["MANAGER", "ADMIN"]);
    expect(
      ["ADMIN", "MANAGER", "RECRUITER", "INTERVIEWER"].filter((k) => can(as(k as "ADMIN"), "useHiringTools")),
    ).toEqual(["ADMIN", "MANAGER", "RECRUITER"]);
  });
});

describe("who may fill a role's places, and see check-ins in lists", () => {
  it("owners are active managers, recruiters recruiters, panelists interviewers or managers", () => {
    expect(canOwnRole({ kind: "MANAGER", active: true })).toBe(true);
    expect(canOwnRole({ kind: "MANAGER", active: false })).toBe(false);
    expect(canOwnRole({ kind: "ADMIN", active: true })).toBe(false);
    expect(
      (["ADMIN", "MANAGER", "RECRUITER", "INTERVIEWER"] as const).filter((kind) => canRecruitForRole({ kind })),
    ).toEqual(["RECRUITER"]);
    expect(
      (["ADMIN", "MANAGER", "RECRUITER", "INTERVIEWER"] as const).filter((kind) => canSitOnPanel({ kind })),
    ).toEqual(["MANAGER", "INTERVIEWER"]);
  });
  it("checkInScope agrees with canSeeCheckIns", () => {
    for (const kind of ["ADMIN", "MANAGER", "RECRUITER", "INTERVIEWER"] as const) {
      const actor = { id: "u1", kind };
      const scope = checkInScope(actor);
      expect(canSeeCheckIns(actor, { roleOwnerId: "other", delegateId: null }), kind).toBe(scope === "all");
      expect(canSeeCheckIns(actor, { roleOwnerId: "u1", delegateId: null }), kind).toBe(scope !== "none");
      expect(canSeeCheckIns(actor, { roleOwnerId: "other", delegateId: "u1" }), kind).toBe(scope !== "none");
    }
  });
});

describe("kind-based scopes the queries use (issue 15: no kind decisions outside lib/auth)", () => {
  const KINDS = ["ADMIN", "MANAGER", "RECRUITER", "INTERVIEWER"] as const;
  it("hiringLeadScope: every role for admins, owned roles for managers, team roles for recruiters, none for interviewers", () => {
    expect(KINDS.map((kind) => hiringLeadScope({ kind }))).toEqual(["every-role", "owned-roles", "team-roles", "none"]);
  });
  it("isHiringLead is hiringLeadScope asked of one role", () => {
    for (const kind of KINDS) {
      const scope = hiringLeadScope({ kind });
      const lead = (team: HiringTeam) => isHiringLead({ id: "u1", kind }, team);
      expect(lead({ roleOwnerId: "other", teamRecruiterIds: [] }), kind).toBe(scope === "every-role");
      expect(lead({ roleOwnerId: "u1", teamRecruiterIds: [] }), kind).toBe(
        scope === "every-role" || scope === "owned-roles",
      );
      expect(lead({ roleOwnerId: "other", teamRecruiterIds: ["u1"] }), kind).toBe(
        scope === "every-role" || scope === "team-roles",
      );
    }
  });
  it("hiringTeamOf: only a recruiter membership makes a recruiter a lead", () => {
    const recruiter = { id: "r1", kind: "RECRUITER" as const };
    const role = (fn: "INTERVIEWER" | "RECRUITER") => ({ ownerId: "o", members: [{ userId: "r1", function: fn }] });
    expect(hiringTeamOf(role("RECRUITER"))).toEqual({ roleOwnerId: "o", teamRecruiterIds: ["r1"] });
    expect(isHiringLead(recruiter, hiringTeamOf(role("RECRUITER")))).toBe(true);
    expect(isHiringLead(recruiter, hiringTeamOf(role("INTERVIEWER")))).toBe(false);
  });
  it("canInterviewIndependently: not who reads the panel's feedback without having given their own", () => {
    const ask = (p: Partial<Parameters<typeof canInterviewIndependently>[0]>) =>
      canInterviewIndependently({
        visibility: "AFTER_SUBMIT",
        readsPanelFeedback: true,
        othersSubmitted: 1,
        ownSubmitted: 0,
        ...p,
      });
    expect(ask({})).toBe(false);
    expect(ask({ readsPanelFeedback: false })).toBe(true);
    expect(ask({ othersSubmitted: 0 })).toBe(true);
    expect(ask({ ownSubmitted: 1 })).toBe(true);
    expect(ask({ visibility: "ALWAYS" })).toBe(true);
    expect(ask({ visibility: "NEVER" })).toBe(false);
  });
  it("the kind lists for queries hold exactly the kinds their rule lets in", () => {
    expect([...CHECK_IN_DELEGATE_KINDS].sort()).toEqual(
      KINDS.filter((kind) => canBeCheckInDelegate({ kind, active: true })).sort(),
    );
    expect([...TRAINEE_KINDS].sort()).toEqual(["ADMIN", "INTERVIEWER", "MANAGER"]);
    expect([...TRAINEE_KINDS].sort()).toEqual(KINDS.filter((kind) => canTrainAsInterviewer({ kind })).sort());
    expect([...ROLE_TEAM_KINDS].sort()).toEqual(["INTERVIEWER", "MANAGER", "RECRUITER"]);
  });
});
