// The matrix over time: drafts, edits, publishing, export/import, diffs and role moves.
// The tests run in order against one seeded database (version 1 published by the seed).
import { describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "../../app/(app)/admin/matrix/export/[versionId]/route";
import { currentUser } from "../../lib/auth/session";
import { db } from "../../lib/db";
import { diffMatrices } from "../../lib/matrix/diff";
import { parseMatrixJson, type MatrixFile } from "../../lib/matrix/json-format";
import * as matrix from "../../lib/matrix/service";
import { loadMatrixFile } from "../../lib/matrix/snapshot";
import { userByEmail } from "./helpers";

// The export route reads the session; everything else takes the actor as an argument.
vi.mock("../../lib/auth/session", () => ({ currentUser: vi.fn() }));

const admin = () => userByEmail("admin@example.com");
const EDITED = "Defines SLIs and SLOs for a service, wires burn-rate alerts and reviews them monthly.";

async function draftCell(clusterKey: string, domainKey: string, level: number) {
  const draft = await db.matrixVersion.findFirstOrThrow({ where: { status: "DRAFT" } });
  return db.matrixCell.findFirstOrThrow({
    where: { versionId: draft.id, cluster: { key: clusterKey }, domain: { key: domainKey }, level },
    include: { indicators: { orderBy: { position: "asc" } } },
  });
}

/** Everything a bad request must leave alone. */
async function fingerprint() {
  const [versions, cells, indicators, domains, versionDomains, emphases, audit, roles] = await Promise.all([
    db.matrixVersion.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, status: true, number: true } }),
    db.matrixCell.count(),
    db.indicator.findMany({ orderBy: { id: "asc" }, select: { id: true, text: true, position: true } }),
    db.competencyDomain.count(),
    db.matrixVersionDomain.findMany({ orderBy: [{ versionId: "asc" }, { domainId: "asc" }] }),
    db.clusterEmphasis.findMany({ orderBy: [{ versionId: "asc" }, { clusterId: "asc" }, { domainId: "asc" }] }),
    db.auditEvent.count(),
    db.role.findMany({ orderBy: { id: "asc" }, select: { id: true, matrixVersionId: true, version: true } }),
  ]);
  return { versions, cells, indicators, domains, versionDomains, emphases, audit, roles };
}

describe("matrix versions", () => {
  let v1Id = "";
  let v2Id = "";
  let earlier: { id: string; matrixVersionId: string; texts: string[] };

  it("starts one draft, a copy of the newest published version", async () => {
    const v1 = await db.matrixVersion.findFirstOrThrow({ where: { number: 1 } });
    v1Id = v1.id;
    const card = await db.scorecard.findFirstOrThrow({
      where: { status: "SUBMITTED", scores: { some: { observedIndicatorIds: { isEmpty: false } } } },
      include: { scores: true },
    });
    const ids = card.scores.flatMap((s) => s.observedIndicatorIds);
    const texts = (await db.indicator.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } })).map(
      (i) => i.text,
    );
    earlier = { id: card.id, matrixVersionId: card.matrixVersionId, texts };
    expect(card.matrixVersionId).toBe(v1Id);

    const [a, b] = await Promise.all([matrix.startDraft(await admin()), matrix.startDraft(await admin())]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.versionId).toBe(b.versionId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const draft = await db.matrixVersion.findUniqueOrThrow({ where: { id: a.versionId } });
    expect(draft).toMatchObject({ status: "DRAFT", number: null, basedOnId: v1Id });
    const same = diffMatrices((await loadMatrixFile(db, v1Id))!, (await loadMatrixFile(db, draft.id))!);
    expect(same.summary.total).toBe(0);
    expect(await db.matrixCell.count({ where: { versionId: draft.id } })).toBe(48);
    expect(await db.auditEvent.count({ where: { action: "matrix.draft_started" } })).toBe(1);
  });

  it("edits a draft cell, and never a published one", async () => {
    const cell = await draftCell("sre", "observability", 2);
    const indicators = [EDITED, ...cell.indicators.slice(1).map((i) => i.text)];
    expect(
      await matrix.updateCellIndicators(await admin(), {
        cellId: cell.id,
        indicators,
        expected: cell.indicators.map((i) => i.text),
      }),
    ).toMatchObject({ ok: true, count: indicators.length });
    expect((await draftCell("sre", "observability", 2)).indicators.map((i) => i.text)).toEqual(indicators);
    expect(
      await matrix.updateCellIndicators(await admin(), { cellId: cell.id, indicators: ["no"], expected: indicators }),
    ).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { "indicators.0": expect.any(String) },
    });

    const published = await db.matrixCell.findFirstOrThrow({ where: { versionId: v1Id } });
    expect(
      await matrix.updateCellIndicators(await admin(), {
        cellId: published.id,
        indicators: ["Rewrites history"],
        expected: [],
      }),
    ).toMatchObject({ ok: false, kind: "locked" });
    expect(await db.auditEvent.count({ where: { action: "matrix.cell_edited" } })).toBe(1);
  });

  it("notices another admin's save to the same cell instead of overwriting it", async () => {
    const cell = await draftCell("platform", "automation", 1);
    const loaded = cell.indicators.map((i) => i.text);
    const theirs = ["Automates a recurring toil task and measures the time it saves.", ...loaded.slice(1)];
    const mine = [...loaded.slice(0, -1), "Writes a runbook step as a script with a dry-run mode."];
    // The other admin saves first, from the same starting point.
    expect(
      await matrix.updateCellIndicators(await admin(), { cellId: cell.id, indicators: theirs, expected: loaded }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await matrix.updateCellIndicators(await admin(), { cellId: cell.id, indicators: mine, expected: loaded }),
    ).toEqual({
      ok: false,
      kind: "conflict",
      message: expect.stringMatching(/Another admin changed this cell/),
      current: theirs,
    });
    expect((await draftCell("platform", "automation", 1)).indicators.map((i) => i.text)).toEqual(theirs);
    // Having seen theirs, saving again replaces it deliberately.
    expect(
      await matrix.updateCellIndicators(await admin(), { cellId: cell.id, indicators: mine, expected: theirs }),
    ).toMatchObject({
      ok: true,
    });
    // A retry of a save that already landed is not a conflict.
    expect(
      await matrix.updateCellIndicators(await admin(), { cellId: cell.id, indicators: mine, expected: theirs }),
    ).toMatchObject({
      ok: true,
    });
    // Put the cell back so the later diff tests see only their own edits.
    expect(
      await matrix.updateCellIndicators(await admin(), { cellId: cell.id, indicators: loaded, expected: mine }),
    ).toMatchObject({
      ok: true,
    });
  });

  it("refuses to publish while a cell is empty", async () => {
    const added = await matrix.addDomain(await admin(), {
      key: "finops",
      name: "Cost & FinOps",
      shortName: "FinOps",
      description: "Cost awareness for telemetry pipelines and models.",
    });
    expect(added.ok).toBe(true);
    expect(
      await matrix.addDomain(await admin(), {
        key: "finops",
        name: "Again",
        shortName: "Again",
        description: "The same key a second time.",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { key: expect.any(String) } });
    // A short name labels the domain in tables and charts: a second "finops" (any case, spaces) is refused.
    expect(
      await matrix.addDomain(await admin(), {
        key: "finops-2",
        name: "Cloud cost engineering",
        shortName: "  FINOPS ",
        description: "Another domain labelled the same.",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { shortName: expect.stringMatching(/short name/) } });
    // Exported now, with the new domain's cells still empty, the draft imports back as it was.
    const draft = await db.matrixVersion.findFirstOrThrow({ where: { status: "DRAFT" } });
    const exported = await matrix.exportMatrix(await admin(), draft.id);
    if (!exported.ok) throw new Error(exported.message);
    expect(await matrix.importMatrix(await admin(), exported.json)).toMatchObject({ ok: true });
    const reimported = await db.matrixCell.findMany({
      where: { versionId: draft.id, domain: { key: "finops" } },
      select: { _count: { select: { indicators: true } } },
    });
    expect(reimported.map((c) => c._count.indicators)).toEqual(Array(12).fill(0));
    const cells = await db.matrixCell.findMany({
      where: { domain: { key: "finops" } },
      include: { cluster: true },
      orderBy: [{ clusterId: "asc" }, { level: "asc" }],
    });
    expect(cells).toHaveLength(12);
    for (const c of cells.slice(1)) {
      expect(
        (
          await matrix.updateCellIndicators(await admin(), {
            cellId: c.id,
            indicators: [`Explains the cost of ${c.cluster.key} telemetry at level ${c.level}.`],
            expected: [],
          })
        ).ok,
      ).toBe(true);
    }
    const refused = await matrix.publishDraft(await admin(), { changeNote: "Adds FinOps and tightens SLO wording." });
    expect(refused).toMatchObject({
      ok: false,
      kind: "invalid",
      message: expect.stringMatching(/1 cell has no indicators yet: .*Cost & FinOps · level/),
    });
    expect(await db.matrixVersion.count({ where: { status: "DRAFT" } })).toBe(1);

    expect(
      (
        await matrix.updateCellIndicators(await admin(), {
          cellId: cells[0]!.id,
          indicators: ["Reads a cloud bill for the telemetry stack."],
          expected: [],
        })
      ).ok,
    ).toBe(true);
    expect(await matrix.publishDraft(await admin(), { changeNote: "short" })).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { changeNote: expect.any(String) },
    });
  });

  it("publishes version 2; scorecards submitted earlier keep version 1 and its texts", async () => {
    const res = await matrix.publishDraft(await admin(), { changeNote: "Adds FinOps and tightens SLO wording." });
    expect(res).toMatchObject({ ok: true, number: 2, summary: { domainsAdded: 1, indicatorsChanged: 1 } });
    if (!res.ok) return;
    v2Id = res.versionId;
    expect(await db.matrixVersion.findUniqueOrThrow({ where: { id: v2Id } })).toMatchObject({
      status: "PUBLISHED",
      number: 2,
      publishedAt: expect.any(Date),
      changeNote: "Adds FinOps and tightens SLO wording.",
    });
    expect(await db.matrixVersion.count({ where: { status: "DRAFT" } })).toBe(0);

    const card = await db.scorecard.findUniqueOrThrow({ where: { id: earlier.id }, include: { scores: true } });
    expect(card.matrixVersionId).toBe(v1Id);
    const ids = card.scores.flatMap((s) => s.observedIndicatorIds);
    expect(
      (await db.indicator.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } })).map((i) => i.text),
    ).toEqual(earlier.texts);
    expect(await db.matrixCell.count({ where: { versionId: v1Id } })).toBe(48);
    expect(await db.auditEvent.count({ where: { action: "matrix.published", entityId: v2Id } })).toBe(1);
  });

  it("shows the edit in the diff between versions 1 and 2, and exports version 2", async () => {
    const diff = diffMatrices((await loadMatrixFile(db, v1Id))!, (await loadMatrixFile(db, v2Id))!);
    const slo = diff.cells.find((c) => c.cluster === "sre" && c.domain === "observability" && c.level === 2);
    expect(slo?.changed).toEqual([{ from: expect.stringMatching(/^Defines SLIs and SLOs/), to: EDITED }]);
    expect(diff.domains.added.map((d) => d.key)).toEqual(["finops"]);
    expect(diff.summary).toMatchObject({
      cellsChanged: 13,
      indicatorsChanged: 1,
      indicatorsAdded: 12,
      indicatorsRemoved: 0,
    });

    const exported = await matrix.exportMatrix(await admin(), v2Id);
    expect(exported).toMatchObject({ ok: true, filename: "aiops-matrix-v2.json" });
    const parsed = exported.ok ? parseMatrixJson(exported.json) : null;
    expect(parsed?.ok && parsed.data.cells).toHaveLength(60);
  });

  it("exports over HTTP to admins only, with a 403 JSON body for anyone else", async () => {
    const get = (versionId: string) =>
      exportRoute(new Request(`http://test/admin/matrix/export/${versionId}`), {
        params: Promise.resolve({ versionId }),
      });
    vi.mocked(currentUser).mockResolvedValue(await admin());
    const ok = await get(v2Id);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toBe('attachment; filename="aiops-matrix-v2.json"');
    expect(parseMatrixJson(await ok.text()).ok).toBe(true);
    expect((await get("no-such-version")).status).toBe(404);
    for (const email of ["manager@example.com", "interviewer@example.com", "recruiter@example.com"]) {
      vi.mocked(currentUser).mockResolvedValue(await userByEmail(email));
      const res = await get(v2Id);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: expect.any(String) });
    }
    vi.mocked(currentUser).mockResolvedValue(null);
    expect((await get(v2Id)).status).toBe(401);
  });

  it("changes nothing when an imported file is bad", async () => {
    const good = (await loadMatrixFile(db, v2Id))!;
    const before = await fingerprint();
    const broken = structuredClone(good);
    broken.cells[12]!.indicators[0] = "x";
    const res = await matrix.importMatrix(await admin(), JSON.stringify(broken, null, 2));
    expect(res).toMatchObject({ ok: false, kind: "invalid", errors: [{ path: "cells[12].indicators[0]" }] });
    expect(await matrix.importMatrix(await admin(), '{\n  "format": "aiops-matrix",\n  "cells": [}')).toMatchObject({
      ok: false,
      errors: [{ line: 3, column: 13 }],
    });
    const foreign: MatrixFile = {
      ...structuredClone(good),
      clusters: good.clusters.map((c, i) => (i === 0 ? { ...c, key: "devrel" } : c)),
      cells: good.cells.map((c) => (c.cluster === "sre" ? { ...c, cluster: "devrel" } : c)),
    };
    expect(await matrix.importMatrix(await admin(), JSON.stringify(foreign))).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([expect.objectContaining({ path: "clusters[0].key" })]),
    });
    expect(await matrix.importMatrix(await admin(), "")).toMatchObject({ ok: false, kind: "invalid" });
    expect(await fingerprint()).toEqual(before);
  });

  it("imports a good file into a new draft, replacing its content", async () => {
    const importsBefore = await db.auditEvent.count({ where: { action: "matrix.imported" } });
    const file = (await loadMatrixFile(db, v2Id))!;
    file.domains = file.domains
      .filter((d) => d.key !== "finops")
      .map((d) => (d.key === "automation" ? { ...d, name: "Automation & remediation" } : d));
    file.cells = file.cells.filter((c) => c.domain !== "finops");
    for (const c of file.clusters) delete c.emphasis.finops;
    file.cells[0]!.indicators.push("Imported indicator for the SRE observability cell.");
    const res = await matrix.importMatrix(await admin(), JSON.stringify(file));
    expect(res).toMatchObject({
      ok: true,
      created: true,
      summary: { domainsRemoved: 1, domainsRenamed: 1, indicatorsAdded: 1 },
    });
    if (!res.ok) return;
    const draft = await db.matrixVersion.findUniqueOrThrow({ where: { id: res.versionId } });
    expect(draft).toMatchObject({ status: "DRAFT", basedOnId: v2Id });
    const after = (await loadMatrixFile(db, draft.id))!;
    expect(diffMatrices(file, after).summary.total).toBe(0);
    expect(await db.matrixCell.count({ where: { versionId: v2Id } })).toBe(60); // version 2 untouched
    expect(await db.auditEvent.count({ where: { action: "matrix.imported" } })).toBe(importsBefore + 1);
  });

  it("reorders, rewords and retires domains in the draft only", async () => {
    const draft = await db.matrixVersion.findFirstOrThrow({ where: { status: "DRAFT" } });
    const domains = await db.matrixVersionDomain.findMany({
      where: { versionId: draft.id },
      orderBy: { position: "asc" },
    });
    const shown = domains.map((d) => d.domainId);
    const order = [...shown].reverse();
    const draftOrder = async () =>
      (await db.matrixVersionDomain.findMany({ where: { versionId: draft.id }, orderBy: { position: "asc" } })).map(
        (d) => d.domainId,
      );
    expect((await matrix.reorderDomains(await admin(), { order, expected: shown })).ok).toBe(true);
    expect(await draftOrder()).toEqual(order);
    // A second tab still showing the order it loaded moves a domain: refused, the first tab's order stays.
    const swapped = [shown[1]!, shown[0]!, ...shown.slice(2)];
    expect(await matrix.reorderDomains(await admin(), { order: swapped, expected: shown })).toMatchObject({
      ok: false,
      kind: "conflict",
    });
    expect(await draftOrder()).toEqual(order);
    expect(await matrix.reorderDomains(await admin(), { order: order.slice(1), expected: order })).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(
      (
        await matrix.updateDomain(await admin(), {
          domainId: order[0],
          name: "Security, privacy & governance",
          shortName: "Security",
          description: domains.at(-1)!.description,
        })
      ).ok,
    ).toBe(true);
    // Two admins opened the same domain's form: A rewrites the description, then B (still on the
    // wording it loaded) changes the short name only. A's description stays.
    const loaded = await db.matrixVersionDomain.findUniqueOrThrow({
      where: { versionId_domainId: { versionId: draft.id, domainId: order[1]! } },
    });
    const expected = { name: loaded.name, shortName: loaded.shortName, description: loaded.description };
    const fromA = {
      domainId: order[1],
      ...expected,
      description: "Telemetry pipelines, SLOs and alert quality.",
      expected,
    };
    expect(await matrix.updateDomain(await admin(), fromA)).toMatchObject({ ok: true });
    const fromB = { domainId: order[1], ...expected, shortName: "Observe", expected };
    expect(await matrix.updateDomain(await admin(), fromB)).toMatchObject({ ok: true });
    const both = await db.matrixVersionDomain.findUniqueOrThrow({
      where: { versionId_domainId: { versionId: draft.id, domainId: order[1]! } },
    });
    expect(both).toMatchObject({ description: fromA.description, shortName: "Observe", name: loaded.name });
    // Another domain may not take that short name; a clash already there (an old import's) does
    // not stop its description being reworded.
    const third = await db.matrixVersionDomain.findUniqueOrThrow({
      where: { versionId_domainId: { versionId: draft.id, domainId: order[2]! } },
    });
    expect(
      await matrix.updateDomain(await admin(), {
        domainId: order[2],
        name: third.name,
        shortName: "observe",
        description: third.description,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { shortName: expect.any(String) } });
    await db.matrixVersionDomain.update({
      where: { versionId_domainId: { versionId: draft.id, domainId: order[2]! } },
      data: { shortName: "Observe" },
    });
    const clashing = { name: third.name, shortName: "Observe", description: third.description };
    expect(
      await matrix.updateDomain(await admin(), {
        domainId: order[2],
        ...clashing,
        description: "Reworded while the clash stands.",
        expected: clashing,
      }),
    ).toMatchObject({ ok: true });
    await db.matrixVersionDomain.update({
      where: { versionId_domainId: { versionId: draft.id, domainId: order[2]! } },
      data: { shortName: third.shortName, description: third.description },
    });
    // B again, rewriting the description A changed: a conflict naming it; A's text stays.
    const stale = await matrix.updateDomain(await admin(), { ...fromB, description: "Dashboards." });
    expect(stale).toMatchObject({ ok: false, kind: "conflict", message: expect.stringMatching(/description/) });
    expect(
      (
        await db.matrixVersionDomain.findUniqueOrThrow({
          where: { versionId_domainId: { versionId: draft.id, domainId: order[1]! } },
        })
      ).description,
    ).toBe(fromA.description);

    const cluster = await db.roleCluster.findFirstOrThrow({ where: { key: "sre" } });
    expect(
      (await matrix.setEmphasis(await admin(), { clusterId: cluster.id, domainId: order[0], emphasis: "core" })).ok,
    ).toBe(true);

    expect((await matrix.retireDomain(await admin(), order[0])).ok).toBe(true);
    expect(await db.matrixCell.count({ where: { versionId: draft.id, domainId: order[0] } })).toBe(0);
    expect(await db.matrixCell.count({ where: { versionId: v2Id, domainId: order[0] } })).toBe(12);
    expect(await matrix.retireDomain(await admin(), order[0])).toMatchObject({ ok: false, kind: "not_found" });
  });

  it("moves a role to a newer version for its owner or an admin; its scorecards keep theirs", async () => {
    const manager = await userByEmail("manager@example.com");
    const role = await db.role.findFirstOrThrow({
      where: {
        ownerId: manager.id,
        matrixVersionId: v1Id,
        applications: { some: { interviews: { some: { scorecards: { some: {} } } } } },
      },
    });
    const cards = await db.scorecard.findMany({
      where: { interview: { application: { roleId: role.id } } },
      select: { id: true, matrixVersionId: true },
    });

    expect(await matrix.moveRoleToVersion(await userByEmail("dana@example.com"), role.id, v2Id)).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await matrix.moveRoleToVersion(await userByEmail("interviewer@example.com"), role.id, v2Id)).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await matrix.moveRoleToVersion(manager, role.id, v1Id)).toMatchObject({ ok: false, kind: "invalid" });
    const draft = await db.matrixVersion.findFirstOrThrow({ where: { status: "DRAFT" } });
    expect(await matrix.moveRoleToVersion(manager, role.id, draft.id)).toMatchObject({ ok: false, kind: "invalid" });

    const preview = await matrix.moveRoleToVersion(manager, role.id, v2Id, { dryRun: true });
    expect(preview).toMatchObject({ ok: true, moved: false, fromNumber: 1, toNumber: 2 });
    expect((await db.role.findUniqueOrThrow({ where: { id: role.id } })).matrixVersionId).toBe(v1Id);
    if (preview.ok) expect(preview.diff.domains.added.map((d) => d.key)).toEqual(["finops"]);

    expect(await matrix.moveRoleToVersion(manager, role.id, v2Id)).toMatchObject({ ok: true, moved: true });
    expect(await db.role.findUniqueOrThrow({ where: { id: role.id } })).toMatchObject({
      matrixVersionId: v2Id,
      version: role.version + 1,
    });
    expect(
      await db.scorecard.findMany({
        where: { id: { in: cards.map((c) => c.id) } },
        select: { id: true, matrixVersionId: true },
      }),
    ).toEqual(expect.arrayContaining(cards));
    expect(await db.auditEvent.count({ where: { action: "role.matrix_moved", entityId: role.id } })).toBe(1);
    const other = await db.role.findFirstOrThrow({ where: { matrixVersionId: v1Id } });
    expect((await matrix.moveRoleToVersion(await admin(), other.id, v2Id)).ok).toBe(true);
  });

  it("refuses every matrix change from anyone but an admin", async () => {
    const draft = await db.matrixVersion.findFirstOrThrow({
      where: { status: "DRAFT" },
      include: { cells: { take: 1 }, domains: { take: 1 } },
    });
    const cluster = await db.roleCluster.findFirstOrThrow();
    const file = JSON.stringify(await loadMatrixFile(db, v2Id));
    const before = await fingerprint();
    for (const email of ["manager@example.com", "interviewer@example.com", "recruiter@example.com"]) {
      const user = await userByEmail(email);
      const domainId = draft.domains[0]!.domainId;
      const attempts = [
        matrix.startDraft(user),
        matrix.updateCellIndicators(user, {
          cellId: draft.cells[0]!.id,
          indicators: ["Sneaky indicator"],
          expected: [],
        }),
        matrix.addDomain(user, {
          key: "sneaky",
          name: "Sneaky",
          shortName: "Sneaky",
          description: "Should never be added.",
        }),
        matrix.updateDomain(user, {
          domainId,
          name: "Sneaky",
          shortName: "Sneaky",
          description: "Should never be renamed.",
        }),
        matrix.retireDomain(user, domainId),
        matrix.reorderDomains(user, { order: [domainId], expected: [domainId] }),
        matrix.setEmphasis(user, { clusterId: cluster.id, domainId, emphasis: "core" }),
        matrix.publishDraft(user, { changeNote: "Publishing without permission." }),
        matrix.importMatrix(user, file),
        matrix.discardDraft(user),
        matrix.exportMatrix(user, v2Id),
      ];
      for (const res of await Promise.all(attempts)) expect(res, email).toMatchObject({ ok: false, kind: "forbidden" });
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("discards the draft, leaving published versions alone", async () => {
    expect((await matrix.discardDraft(await admin())).ok).toBe(true);
    expect(await db.matrixVersion.count({ where: { status: "DRAFT" } })).toBe(0);
    expect(await db.matrixVersion.count({ where: { status: "PUBLISHED" } })).toBe(2);
    expect(await matrix.discardDraft(await admin())).toMatchObject({ ok: false, kind: "not_found" });
  });

  it("won't publish a draft that reads as the version it was drafted from", async () => {
    expect((await matrix.startDraft(await admin())).ok).toBe(true);
    expect(await matrix.publishDraft(await admin(), { changeNote: "Nothing at all, really." })).toMatchObject({
      ok: false,
      kind: "invalid",
      message: expect.stringMatching(/^Nothing changed since version 2: /),
    });
    expect(await db.matrixVersion.count({ where: { status: "PUBLISHED" } })).toBe(2);
    expect((await matrix.discardDraft(await admin())).ok).toBe(true);
  });
});
