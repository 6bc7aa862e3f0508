import { describe, expect, it } from "vitest";
import { decisionSurvives, visibleStatus } from "../../lib/applications/status";
import { roleChanges } from "../../lib/roles/role-changes";

const base = {
  title: "SRE",
  seniority: "Senior",
  status: "OPEN",
  clusterId: "c1",
  salaryMin: 1,
  salaryMax: 2,
  currency: "USD",
  location: null,
  ownerId: "u1",
  members: [
    { userId: "r1", function: "RECRUITER" as const },
    { userId: "i1", function: "INTERVIEWER" as const },
  ],
  targets: [
    { domainId: "d1", level: 2, weight: 1 },
    { domainId: "d2", level: 1, weight: 1 },
  ],
};

describe("roleChanges (audit of role.updated)", () => {
  it("records only what changed, as before/after", () => {
    expect(roleChanges(base, base)).toEqual({ before: {}, after: {}, team: { added: [], removed: [] } });
    const after = {
      ...base,
      title: "Staff SRE",
      currency: "EUR",
      ownerId: "u2",
      members: [base.members[0]!, { userId: "i2", function: "INTERVIEWER" as const }],
      targets: [{ domainId: "d1", level: 3, weight: 2 }, base.targets[1]!, { domainId: "d3", level: 1, weight: 1 }],
    };
    expect(roleChanges(base, after)).toEqual({
      before: {
        title: "SRE",
        currency: "USD",
        ownerId: "u1",
        targets: [
          { domainId: "d1", level: 2, weight: 1 },
          { domainId: "d3", level: 0, weight: 1 },
        ],
      },
      after: {
        title: "Staff SRE",
        currency: "EUR",
        ownerId: "u2",
        targets: [
          { domainId: "d1", level: 3, weight: 2 },
          { domainId: "d3", level: 1, weight: 1 },
        ],
      },
      team: {
        added: [{ userId: "i2", function: "INTERVIEWER" }],
        removed: [{ userId: "i1", function: "INTERVIEWER" }],
      },
    });
  });
});

describe("application status rules", () => {
  it("a status change that contradicts the decision withdraws it", () => {
    expect(decisionSurvives(null, "REJECTED")).toBe(true);
    expect(decisionSurvives("HIRE", "HIRED")).toBe(true);
    expect(decisionSurvives("HIRE", "ACTIVE")).toBe(false);
    expect(decisionSurvives("HIRE", "REJECTED")).toBe(false);
    expect(decisionSurvives("NO_HIRE", "WITHDRAWN")).toBe(false);
    expect(decisionSurvives("HOLD", "ACTIVE")).toBe(true);
    expect(decisionSurvives("HOLD", "REJECTED")).toBe(false);
  });

  it("hides hired/rejected, not withdrawn, from viewers without feedback access", () => {
    const hidden = { visible: false as const, reason: "submit-first" as const };
    expect(visibleStatus("HIRED", hidden)).toEqual({ status: "CLOSED", statusHidden: true });
    expect(visibleStatus("REJECTED", hidden)).toEqual({ status: "CLOSED", statusHidden: true });
    expect(visibleStatus("WITHDRAWN", hidden)).toEqual({ status: "WITHDRAWN", statusHidden: false });
    expect(visibleStatus("HIRED", { visible: true })).toEqual({ status: "HIRED", statusHidden: false });
  });
});
