import { describe, expect, it } from "vitest";
import { canEditRole, canEditRoleLogistics, canViewRole, HOME_BY_KIND } from "../../lib/auth/permissions";

const role = { ownerId: "m1", members: [{ userId: "i1", function: "INTERVIEWER" as const }, { userId: "r1", function: "RECRUITER" as const }] };

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
