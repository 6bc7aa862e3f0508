// The "who may see this role" rule in two forms: canViewRole for one role in hand, and
// viewableRolesWhere for lists, decided by PostgreSQL. They must agree for every user and role,
// including an interviewer on some roles' panels only and a recruiter member who is not an
// interviewer there.
import { describe, expect, it } from "vitest";
import { apiRoles } from "../../lib/api/v1";
import { canViewRole, viewableRolesWhere } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { userByEmail } from "./helpers";

describe("viewableRolesWhere", () => {
  it("selects exactly the roles canViewRole allows, for every user", async () => {
    const roles = await db.role.findMany({ select: { id: true, ownerId: true, members: true } });
    const users = await db.user.findMany({ select: { id: true, kind: true, email: true } });
    let hidden = 0;
    for (const user of users) {
      const expected = roles.filter((r) => canViewRole(user, r)).map((r) => r.id);
      const listed = await db.role.findMany({ where: viewableRolesWhere(user), select: { id: true } });
      expect(listed.map((r) => r.id).sort(), user.email).toEqual(expected.sort());
      hidden += roles.length - expected.length;
    }
    // The demo has interviewers who may not see every role: the test compares something.
    expect(hidden).toBeGreaterThan(0);
  }, 120_000);

  it("keeps the API's role list to the roles the token's user may open", async () => {
    const interviewer = await userByEmail("interviewer@example.com");
    const listed = (await apiRoles(interviewer)).map((r) => r.id).sort();
    const roles = await db.role.findMany({ select: { id: true, ownerId: true, members: true } });
    expect(listed).toEqual(
      roles
        .filter((r) => canViewRole(interviewer, r))
        .map((r) => r.id)
        .sort(),
    );
    expect(listed.length).toBeLessThan(roles.length);
  });
});
