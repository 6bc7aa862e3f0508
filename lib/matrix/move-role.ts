// Moving a role onto a newer published matrix version (its owner or an admin). Only the
// role moves: every scorecard keeps the version it was written against, so past evidence
// still reads with the indicators the interviewer saw.
import "server-only";
import { forbidden, invalid, notFound, refused, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { canEditRole } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { diffMatrices, type MatrixDiff, type MatrixSnapshot } from "./diff";
import { moveRoleSchema } from "./schemas";
import { loadMatrixFile } from "./snapshot";
import { plural } from "../utils";

export type RoleMove = {
  moved: boolean;
  fromNumber: number | null;
  toNumber: number | null;
  diff: MatrixDiff;
  warnings: string[];
};

/** The slice of a matrix a role's interviews use: its own cluster. */
function forCluster(s: MatrixSnapshot, cluster: string): MatrixSnapshot {
  return {
    domains: s.domains,
    clusters: s.clusters.filter((c) => c.key === cluster),
    cells: s.cells.filter((c) => c.cluster === cluster),
  };
}

/**
 * Returns the differences the role would see (for the confirmation) and, unless `dryRun`,
 * moves it. Warns about targets and interview stages on domains the new version retired.
 */
export async function moveRoleToVersion(
  actor: CurrentUser,
  roleId: unknown,
  versionId: unknown,
  opts: { dryRun?: boolean } = {},
): Promise<ActionResult<RoleMove>> {
  const parsed = moveRoleSchema.safeParse({ roleId, versionId });
  if (!parsed.success) return invalid(parsed.error, "That request was malformed.");
  return db.$transaction(async (tx) => {
    const role = await tx.role.findUnique({
      where: { id: parsed.data.roleId },
      include: {
        members: true,
        cluster: true,
        matrixVersion: true,
        targets: true,
        stages: { include: { domains: true } },
      },
    });
    if (!role) return notFound("That role");
    if (!canEditRole(actor, role))
      return forbidden("Only the role's owner or an admin can move it to another matrix version.");
    const target = await tx.matrixVersion.findUnique({ where: { id: parsed.data.versionId } });
    if (!target || target.status !== "PUBLISHED")
      return refused("Roles can only move to a published matrix version.", "versionId");
    if ((target.number ?? 0) <= (role.matrixVersion.number ?? 0)) {
      return refused(`This role already uses version ${role.matrixVersion.number}; pick a newer version.`, "versionId");
    }
    const [from, to] = [await loadMatrixFile(tx, role.matrixVersionId), await loadMatrixFile(tx, target.id)];
    const diff = diffMatrices(forCluster(from!, role.cluster.key), forCluster(to!, role.cluster.key));

    const kept = new Set(
      (await tx.matrixVersionDomain.findMany({ where: { versionId: target.id }, select: { domainId: true } })).map(
        (d) => d.domainId,
      ),
    );
    const names = new Map(
      (await tx.matrixVersionDomain.findMany({ where: { versionId: role.matrixVersionId } })).map((d) => [
        d.domainId,
        d.name,
      ]),
    );
    const retiredTargets = role.targets.filter((t) => t.level > 0 && !kept.has(t.domainId));
    // What the move does to the panels' ratings there: kept and shown, but out of the fit.
    const rated = retiredTargets.length
      ? await tx.domainScore.groupBy({
          by: ["domainId"],
          where: {
            domainId: { in: retiredTargets.map((t) => t.domainId) },
            notAssessed: false,
            scorecard: { status: "SUBMITTED", interview: { application: { roleId: role.id } } },
          },
          _count: { _all: true },
        })
      : [];
    const ratedIn = new Map(rated.map((r) => [r.domainId, r._count._all]));
    const warnings = [
      ...retiredTargets.map((t) => {
        const n = ratedIn.get(t.domainId) ?? 0;
        return (
          `The role targets "${names.get(t.domainId) ?? t.domainId}", which version ${target.number} no longer has.` +
          (n
            ? ` ${plural(n, "submitted scorecard")} ${n === 1 ? "rates" : "rate"} it: their ratings and evidence stay on the candidates' pages, marked retired, but no longer count towards fit.`
            : "")
        );
      }),
      ...role.stages.flatMap((s) =>
        s.domains
          .filter((d) => !kept.has(d.domainId))
          .map(
            (d) =>
              `Stage "${s.name}" focuses on "${names.get(d.domainId) ?? d.domainId}", which version ${target.number} no longer has.`,
          ),
      ),
    ];
    const result = { fromNumber: role.matrixVersion.number, toNumber: target.number, diff, warnings };
    if (opts.dryRun) return { ok: true as const, moved: false, ...result };

    await tx.role.update({ where: { id: role.id }, data: { matrixVersionId: target.id, version: { increment: 1 } } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "role.matrix_moved",
        entityType: "Role",
        entityId: role.id,
        data: {
          fromVersionId: role.matrixVersionId,
          toVersionId: target.id,
          from: role.matrixVersion.number,
          to: target.number,
        },
      },
      tx,
    );
    return { ok: true as const, moved: true, ...result };
  });
}
