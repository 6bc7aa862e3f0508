// A role stays on the matrix version it was built on until it is moved deliberately: editing
// it must use that version's domains, even after a newer version retired or added some.
import { beforeAll, describe, expect, it } from "vitest";
import { roleBuilderData } from "../../lib/data/role-builder";
import { db } from "../../lib/db";
import { createRole, updateRole } from "../../lib/roles/service";
import { userByEmail } from "./helpers";
import { roleInputOf } from "./role-input";

let v1 = "";
let retired = "";
let added = "";
let securityName = "";

beforeAll(async () => {
  // Version 2, written directly: security & governance retired, a new domain added.
  const first = await db.matrixVersion.findFirstOrThrow({ where: { number: 1 }, include: { domains: true } });
  v1 = first.id;
  retired = (await db.competencyDomain.findUniqueOrThrow({ where: { key: "security-governance" } })).id;
  securityName = first.domains.find((d) => d.domainId === retired)!.name;
  added = (await db.competencyDomain.create({ data: { key: "finops" } })).id;
  await db.matrixVersion.create({
    data: {
      number: 2,
      status: "PUBLISHED",
      publishedAt: new Date(),
      changeNote: "Retires security, adds FinOps.",
      basedOnId: v1,
      domains: {
        create: [
          ...first.domains
            .filter((d) => d.domainId !== retired)
            .map(({ domainId, position, name, shortName, description }) => ({
              domainId,
              position,
              name,
              shortName,
              description,
            })),
          { domainId: added, position: 9, name: "Cost & FinOps", shortName: "FinOps", description: "Cost awareness." },
        ],
      },
    },
  });
});

describe("editing a role on an older matrix version", () => {
  it("the edit form gets the role's own version's domains; a new role gets the newest", async () => {
    const role = await db.role.findFirstOrThrow({ where: { title: "Senior AI Operations Engineer" } });
    expect(role.matrixVersionId).toBe(v1);
    const own = await roleBuilderData(role.matrixVersionId);
    expect(own?.version.number).toBe(1);
    expect(own?.domains.map((d) => d.domainId)).toContain(retired);
    expect(own?.domains.map((d) => d.domainId)).not.toContain(added);
    expect(Object.keys(own!.indicators[role.clusterId]![retired]!)).toEqual(["1", "2", "3"]);
    const newest = await roleBuilderData();
    expect(newest?.version.number).toBe(2);
    expect(newest?.domains.map((d) => d.domainId)).toContain(added);
    expect(newest?.domains.map((d) => d.domainId)).not.toContain(retired);
    // A template's target on the retired domain is named (by its last wording), not silently dropped.
    const withSecurity = await db.roleTemplate.findFirstOrThrow({
      where: { targets: { some: { domainId: retired, level: { gt: 0 } } } },
      include: { targets: { where: { domainId: retired } } },
    });
    expect(newest!.templates.find((t) => t.id === withSecurity.id)!.retiredTargets).toEqual([
      { name: securityName, level: withSecurity.targets[0]!.level },
    ]);
    expect(own!.templates.every((t) => t.retiredTargets.length === 0)).toBe(true);
  });

  it("updateRole keeps the targets of its version's domains and stays on that version", async () => {
    const role = await db.role.findFirstOrThrow({
      where: { title: "Senior AI Operations Engineer" },
      include: { targets: true },
    });
    const owner = await userByEmail("manager@example.com");
    const res = await updateRole(
      owner,
      role.id,
      role.version,
      await roleInputOf(role.id, (ts) => ts.map((t) => (t.domainId === retired ? { ...t, level: 2 } : t))),
    );
    expect(res).toMatchObject({ ok: true });
    const after = await db.role.findUniqueOrThrow({ where: { id: role.id }, include: { targets: true } });
    expect(after.matrixVersionId).toBe(v1);
    expect(after.targets.find((t) => t.domainId === retired)?.level).toBe(2);
    expect(after.targets.some((t) => t.domainId === added)).toBe(false);
    expect(after.targets).toHaveLength(role.targets.length);
  });

  it("refuses a target on a domain of another version, and changes nothing", async () => {
    const role = await db.role.findFirstOrThrow({
      where: { title: "Senior AI Operations Engineer" },
      include: { targets: true },
    });
    const owner = await userByEmail("manager@example.com");
    const input = await roleInputOf(role.id);
    const res = await updateRole(owner, role.id, role.version, {
      ...input,
      targets: [...input.targets, { domainId: added, level: 1, weight: 1 }],
    });
    expect(res).toMatchObject({
      ok: false,
      kind: "invalid",
      message: expect.stringMatching(/not part of this role's matrix version/),
    });
    const after = await db.role.findUniqueOrThrow({ where: { id: role.id }, include: { targets: true } });
    expect(after.version).toBe(role.version);
    expect(after.targets).toEqual(role.targets);
    // A new role is built on version 2, where the retired domain is no longer offered.
    const fresh = await createRole(owner, {
      ...input,
      title: "Another AIOps Engineer",
      ownerId: "",
      targets: input.targets,
    });
    expect(fresh).toMatchObject({ ok: false, kind: "invalid", message: expect.stringMatching(/matrix version/) });
  });
});
