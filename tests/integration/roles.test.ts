import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { createRole, updateRole, updateRoleLogistics } from "../../lib/roles/service";
import type { RoleInput } from "../../lib/validation/role";
import { userByEmail } from "./helpers";

async function input(overrides: Partial<RoleInput> = {}): Promise<RoleInput> {
  const cluster = await db.roleCluster.findFirstOrThrow({ where: { key: "platform" } });
  const domains = await db.competencyDomain.findMany({ orderBy: { key: "asc" } });
  return {
    title: "Staff Platform Engineer",
    seniority: "Staff",
    clusterId: cluster.id,
    templateId: "",
    status: "DRAFT",
    salaryMin: 180000,
    salaryMax: 220000,
    location: "Remote",
    recruiterId: (await userByEmail("recruiter@example.com")).id,
    interviewerIds: [(await userByEmail("mei@example.com")).id],
    targets: domains.map((d, i) => ({ domainId: d.id, level: (i % 3) + 1, weight: 1 })),
    ...overrides,
  };
}

describe("roles", () => {
  it("a manager creates a role with targets and team in one transaction, audited", async () => {
    const manager = await userByEmail("manager@example.com");
    const res = await createRole(manager, await input());
    if (!res.ok) throw new Error(res.message);
    const role = await db.role.findUniqueOrThrow({ where: { id: res.id }, include: { targets: true, members: true } });
    expect(role.ownerId).toBe(manager.id);
    expect(role.targets).toHaveLength(4);
    expect(role.members.map((m) => m.function).sort()).toEqual(["INTERVIEWER", "RECRUITER"]);
    expect(await db.auditEvent.count({ where: { action: "role.created", entityId: role.id } })).toBe(1);
  });

  it("rejects bad input with field messages and writes nothing", async () => {
    const manager = await userByEmail("manager@example.com");
    const before = await db.role.count();
    const res = await createRole(manager, { ...(await input()), title: "", salaryMin: 300000, salaryMax: 100000 });
    expect(res).toMatchObject({ ok: false, kind: "invalid" });
    if (!res.ok && res.kind === "invalid") {
      expect(res.fieldErrors.title).toBeDefined();
      expect(res.fieldErrors.salaryMax).toMatch(/at least the bottom/);
    }
    const noTargets = await createRole(manager, await input({ targets: (await input()).targets.map((t) => ({ ...t, level: 0 })) }));
    expect(noTargets).toMatchObject({ ok: false, kind: "invalid" });
    expect(await db.role.count()).toBe(before);
  });

  it("only the owner or an admin edits targets; a stale edit is refused", async () => {
    const dana = await userByEmail("dana@example.com");
    const jordan = await userByEmail("manager@example.com");
    const role = await db.role.findFirstOrThrow({ where: { ownerId: dana.id, status: "OPEN" } });
    expect(await updateRole(jordan, role.id, role.version, await input())).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await updateRole(await userByEmail("recruiter@example.com"), role.id, role.version, await input())).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await updateRole(dana, role.id, role.version, await input())).toMatchObject({ ok: true, version: role.version + 1 });
    expect(await updateRole(dana, role.id, role.version, await input())).toMatchObject({ ok: false, kind: "locked" });
  });

  it("recruiters change salary band and status only; interviewers nothing", async () => {
    const role = await db.role.findFirstOrThrow({ where: { status: "OPEN" } });
    const recruiter = await userByEmail("recruiter@example.com");
    expect(await updateRoleLogistics(recruiter, role.id, { salaryMin: 1, salaryMax: 2, status: "CLOSED" })).toMatchObject({ ok: true });
    expect(await db.role.findUniqueOrThrow({ where: { id: role.id } })).toMatchObject({ salaryMin: 1, salaryMax: 2, status: "CLOSED" });
    expect(await updateRoleLogistics(await userByEmail("interviewer@example.com"), role.id, { salaryMin: 1, salaryMax: 2, status: "OPEN" })).toMatchObject({ ok: false, kind: "forbidden" });
  });
});
