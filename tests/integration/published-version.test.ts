// The matrix rows pages read on every request are kept once a version is published: the same
// rows as the database's, frozen, and never for a draft (which an admin is still editing).
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { versionDomains, versionMatrix } from "../../lib/matrix/published-version";

describe("versionMatrix", () => {
  it("reads a published version's domains, emphases and clusters as the database has them, once", async () => {
    const v1 = await db.matrixVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { number: "asc" } });
    const [domains, emphases, clusters] = await Promise.all([
      db.matrixVersionDomain.findMany({ where: { versionId: v1.id }, orderBy: { position: "asc" } }),
      db.clusterEmphasis.findMany({ where: { versionId: v1.id } }),
      db.roleCluster.findMany({ orderBy: { position: "asc" } }),
    ]);
    const matrix = await versionMatrix(v1.id);
    expect(matrix?.number).toBe(v1.number);
    expect(matrix?.domains.map((d) => [d.domainId, d.position, d.name, d.shortName, d.description])).toEqual(
      domains.map((d) => [d.domainId, d.position, d.name, d.shortName, d.description]),
    );
    expect(matrix?.clusters).toEqual(clusters.map((c) => ({ id: c.id, name: c.name })));
    const key = (e: { clusterId: string; domainId: string; emphasis: string }) =>
      `${e.clusterId}/${e.domainId}/${e.emphasis}`;
    expect(matrix?.emphases.map(key).sort()).toEqual(emphases.map(key).sort());

    // Kept: the second read is the same object, and no caller can change it for the others.
    expect(await versionMatrix(v1.id)).toBe(matrix);
    expect(Object.isFrozen(matrix?.domains[0])).toBe(true);
    expect(() => Object.assign(matrix!.domains[0]!, { name: "x" })).toThrow(TypeError);
    expect(await versionDomains(v1.id)).toBe(matrix?.domains);
  });

  it("reads a draft afresh every time, so an admin's edit shows at once", async () => {
    const domain = await db.competencyDomain.findFirstOrThrow();
    const draft = await db.matrixVersion.create({
      data: {
        status: "DRAFT",
        domains: {
          create: { domainId: domain.id, position: 0, name: "Before", shortName: "Before", description: "d" },
        },
      },
    });
    try {
      expect((await versionDomains(draft.id)).map((d) => d.name)).toEqual(["Before"]);
      await db.matrixVersionDomain.update({
        where: { versionId_domainId: { versionId: draft.id, domainId: domain.id } },
        data: { name: "After" },
      });
      expect((await versionDomains(draft.id)).map((d) => d.name)).toEqual(["After"]);
      expect((await versionMatrix(draft.id))?.number).toBeNull();
    } finally {
      await db.matrixVersion.delete({ where: { id: draft.id } });
    }
  });

  it("answers null (and no domains) for a version that does not exist", async () => {
    expect(await versionMatrix("no-such-version")).toBeNull();
    expect(await versionDomains("no-such-version")).toEqual([]);
  });
});
