import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { createRole, updateRole, updateRoleLogistics } from "../../lib/roles/service";
import type { RoleInput } from "../../lib/validation/role";
import { userByEmail } from "./helpers";
import { roleInputOf } from "./role-input";

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
    currency: "USD",
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
    const res = await createRole(manager, {
      ...(await input()),
      title: "",
      salaryMin: 300000,
      salaryMax: 100000,
      currency: "USD",
    });
    expect(res).toMatchObject({ ok: false, kind: "invalid" });
    if (!res.ok && res.kind === "invalid") {
      expect(res.fieldErrors.title).toBeDefined();
      expect(res.fieldErrors.salaryMax).toMatch(/at least the bottom/);
    }
    const noTargets = await createRole(
      manager,
      await input({ targets: (await input()).targets.map((t) => ({ ...t, level: 0 })) }),
    );
    expect(noTargets).toMatchObject({ ok: false, kind: "invalid" });
    expect(await db.role.count()).toBe(before);
  });

  it("only the owner or an admin edits targets; a stale edit is refused", async () => {
    const dana = await userByEmail("dana@example.com");
    const jordan = await userByEmail("manager@example.com");
    const role = await db.role.findFirstOrThrow({ where: { ownerId: dana.id, status: "OPEN" } });
    expect(await updateRole(jordan, role.id, role.version, await input())).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(
      await updateRole(await userByEmail("recruiter@example.com"), role.id, role.version, await input()),
    ).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await updateRole(dana, role.id, role.version, await input())).toMatchObject({
      ok: true,
      version: role.version + 1,
    });
    expect(await updateRole(dana, role.id, role.version, await input())).toMatchObject({ ok: false, kind: "locked" });
  });

  it("recruiters change salary band and status only; interviewers nothing", async () => {
    const role = await db.role.findFirstOrThrow({ where: { status: "OPEN" } });
    const recruiter = await userByEmail("recruiter@example.com");
    expect(
      await updateRoleLogistics(recruiter, role.id, role.version, {
        salaryMin: 1,
        salaryMax: 2,
        currency: "EUR",
        status: "CLOSED",
      }),
    ).toMatchObject({
      ok: true,
      version: role.version + 1,
    });
    expect(await db.role.findUniqueOrThrow({ where: { id: role.id } })).toMatchObject({
      salaryMin: 1,
      salaryMax: 2,
      currency: "EUR",
      status: "CLOSED",
    });
    // A currency outside the list is the field's error, and changes nothing.
    const bogus = await updateRoleLogistics(recruiter, role.id, role.version + 1, {
      salaryMin: 1,
      salaryMax: 2,
      currency: "XBT",
      status: "CLOSED",
    });
    expect(bogus).toMatchObject({ ok: false, kind: "invalid" });
    if (!bogus.ok && bogus.kind === "invalid")
      expect(bogus.fieldErrors.currency).toBe("Choose a currency from the list");
    expect(
      await updateRoleLogistics(await userByEmail("interviewer@example.com"), role.id, role.version + 1, {
        salaryMin: 1,
        salaryMax: 2,
        currency: "USD",
        status: "OPEN",
      }),
    ).toMatchObject({ ok: false, kind: "forbidden" });
    // Put it back: other tests expect the seeded role open.
    expect(
      await updateRoleLogistics(recruiter, role.id, role.version + 1, {
        salaryMin: role.salaryMin,
        salaryMax: role.salaryMax,
        currency: "USD",
        status: "OPEN",
      }),
    ).toMatchObject({ ok: true });
  });

  it("refuses role creation by interviewers and recruiters, and writes nothing", async () => {
    const before = await db.role.count();
    expect(await createRole(await userByEmail("interviewer@example.com"), await input())).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await createRole(await userByEmail("recruiter@example.com"), await input())).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await db.role.count()).toBe(before);
  });

  it("a recruiter sending targets to updateRoleLogistics changes the band and status only", async () => {
    const role = await db.role.findFirstOrThrow({
      where: { title: "AI Platform Engineer" },
      include: { targets: { orderBy: { domainId: "asc" } } },
    });
    const recruiter = await userByEmail("recruiter@example.com");
    const sneaky = {
      salaryMin: 150000,
      salaryMax: 190000,
      currency: "USD",
      status: "OPEN",
      targets: role.targets.map((t) => ({ domainId: t.domainId, level: 3, weight: 5 })),
      title: "Renamed",
      ownerId: recruiter.id,
    };
    expect(await updateRoleLogistics(recruiter, role.id, role.version, sneaky)).toMatchObject({ ok: true });
    const after = await db.role.findUniqueOrThrow({
      where: { id: role.id },
      include: { targets: { orderBy: { domainId: "asc" } } },
    });
    expect(after).toMatchObject({
      salaryMin: 150000,
      salaryMax: 190000,
      currency: "USD",
      status: "OPEN",
      title: role.title,
      ownerId: role.ownerId,
    });
    expect(after.targets).toEqual(role.targets);
    expect(
      await db.auditEvent.count({
        where: { action: "role.logistics_changed", entityId: role.id, actorId: recruiter.id },
      }),
    ).toBe(1);
  });

  it("a recruiter not on the role's team, or another manager, cannot change band or status", async () => {
    const role = await db.role.findFirstOrThrow({ where: { title: "AI Platform Engineer" } });
    const outsider = await db.user.create({
      data: { email: "other-recruiter@example.com", name: "Other Recruiter", kind: "RECRUITER" },
    });
    const change = { salaryMin: 1, salaryMax: 2, currency: "USD", status: "CLOSED" };
    expect(
      await updateRoleLogistics(
        { id: outsider.id, email: outsider.email, name: outsider.name, kind: "RECRUITER" },
        role.id,
        role.version,
        change,
      ),
    ).toMatchObject({ ok: false, kind: "forbidden" });
    expect(
      await updateRoleLogistics(await userByEmail("dana@example.com"), role.id, role.version, change),
    ).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await db.role.findUniqueOrThrow({ where: { id: role.id } })).toMatchObject({
      salaryMin: role.salaryMin,
      salaryMax: role.salaryMax,
      currency: "USD",
      status: role.status,
      version: role.version,
    });
    // The owner still can.
    expect(
      await updateRoleLogistics(await userByEmail("manager@example.com"), role.id, role.version, {
        salaryMin: role.salaryMin,
        salaryMax: role.salaryMax,
        currency: "USD",
        status: "OPEN",
      }),
    ).toMatchObject({ ok: true });
  });

  it("an admin must choose an active manager as owner; a manager owns what they create", async () => {
    const admin = await userByEmail("admin@example.com");
    const dana = await userByEmail("dana@example.com");
    const noOwner = await createRole(admin, await input({ ownerId: "" }));
    expect(noOwner).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { ownerId: expect.stringMatching(/Choose the engineering manager/) },
    });
    const notManager = await createRole(
      admin,
      await input({ ownerId: (await userByEmail("interviewer@example.com")).id }),
    );
    expect(notManager).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { ownerId: expect.stringMatching(/active engineering manager/) },
    });
    const byAdmin = await createRole(admin, await input({ ownerId: dana.id }));
    if (!byAdmin.ok) throw new Error(byAdmin.message);
    expect((await db.role.findUniqueOrThrow({ where: { id: byAdmin.id } })).ownerId).toBe(dana.id);

    const jordan = await userByEmail("manager@example.com");
    expect(await createRole(jordan, await input({ ownerId: dana.id }))).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { ownerId: expect.any(String) },
    });
    const mine = await createRole(jordan, await input({ ownerId: "" }));
    if (!mine.ok) throw new Error(mine.message);
    expect((await db.role.findUniqueOrThrow({ where: { id: mine.id } })).ownerId).toBe(jordan.id);
  });

  it("an admin hands a role to another manager, audited; the owner cannot hand it over", async () => {
    const role = await db.role.findFirstOrThrow({ where: { title: "DevSecOps Engineer, AI Pipelines" } });
    const dana = await userByEmail("dana@example.com");
    const jordan = await userByEmail("manager@example.com");
    expect(
      await updateRole(dana, role.id, role.version, { ...(await roleInputOf(role.id)), ownerId: jordan.id }),
    ).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { ownerId: expect.any(String) },
    });
    expect((await db.role.findUniqueOrThrow({ where: { id: role.id } })).ownerId).toBe(dana.id);

    const admin = await userByEmail("admin@example.com");
    expect(
      await updateRole(admin, role.id, role.version, { ...(await roleInputOf(role.id)), ownerId: jordan.id }),
    ).toMatchObject({
      ok: true,
    });
    expect((await db.role.findUniqueOrThrow({ where: { id: role.id } })).ownerId).toBe(jordan.id);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "role.owner_changed", entityId: role.id } });
    expect(audit).toMatchObject({ actorId: admin.id, data: { from: dana.id, to: jordan.id } });
    // Leaving the owner empty on an edit keeps it.
    const now = await db.role.findUniqueOrThrow({ where: { id: role.id } });
    expect(
      await updateRole(admin, role.id, now.version, { ...(await roleInputOf(role.id)), ownerId: "" }),
    ).toMatchObject({ ok: true });
    expect((await db.role.findUniqueOrThrow({ where: { id: role.id } })).ownerId).toBe(jordan.id);
  });
});
