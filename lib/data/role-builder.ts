import "server-only";
import { ROLE_TEAM_KINDS, canOwnRole, canRecruitForRole, canSitOnPanel } from "../auth/permissions";
import { db } from "../db";
import { currentMatrixVersion } from "./matrix";
import { retiredDomainNames } from "./retired-domains";

/**
 * Everything the role form needs, in one round of queries (the matrix is small: 48 cells).
 * A new role uses the newest published version; an existing role is edited in its own.
 */
export async function roleBuilderData(versionId?: string) {
  const version = versionId
    ? await db.matrixVersion.findUnique({ where: { id: versionId } })
    : await currentMatrixVersion();
  if (!version) return null;
  const [clusters, domains, cells, emphases, templates, people, levels] = await Promise.all([
    db.roleCluster.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true, key: true } }),
    db.matrixVersionDomain.findMany({
      where: { versionId: version.id },
      orderBy: { position: "asc" },
      select: { domainId: true, name: true, shortName: true },
    }),
    db.matrixCell.findMany({
      where: { versionId: version.id },
      select: {
        clusterId: true,
        domainId: true,
        level: true,
        indicators: { orderBy: { position: "asc" }, select: { text: true } },
      },
    }),
    db.clusterEmphasis.findMany({
      where: { versionId: version.id },
      select: { clusterId: true, domainId: true, emphasis: true },
    }),
    db.roleTemplate.findMany({
      orderBy: { title: "asc" },
      include: { targets: true, cluster: { select: { name: true } } },
    }),
    db.user.findMany({
      where: { active: true, kind: { in: [...ROLE_TEAM_KINDS] } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, kind: true },
    }),
    db.proficiencyLevel.findMany({ orderBy: { rank: "asc" }, select: { rank: true, name: true } }),
  ]);
  // A template's targets on domains this version retired are left out of the form, and said.
  const inVersion = new Set(domains.map((d) => d.domainId));
  const retiredTargets = (t: (typeof templates)[number]) =>
    t.targets.filter((x) => x.level > 0 && !inVersion.has(x.domainId));
  const retiredName = await retiredDomainNames(templates.flatMap((t) => retiredTargets(t).map((x) => x.domainId)));
  return {
    version: { id: version.id, number: version.number },
    clusters,
    domains,
    levels,
    // indicators[clusterId][domainId][level] = texts
    indicators: Object.fromEntries(
      clusters.map((c) => [
        c.id,
        Object.fromEntries(
          domains.map((d) => [
            d.domainId,
            Object.fromEntries(
              [1, 2, 3].map((l) => [
                l,
                cells
                  .find((x) => x.clusterId === c.id && x.domainId === d.domainId && x.level === l)
                  ?.indicators.map((i) => i.text) ?? [],
              ]),
            ),
          ]),
        ),
      ]),
    ) as Record<string, Record<string, Record<number, string[]>>>,
    emphasis: Object.fromEntries(
      clusters.map((c) => [
        c.id,
        Object.fromEntries(emphases.filter((e) => e.clusterId === c.id).map((e) => [e.domainId, e.emphasis])),
      ]),
    ) as Record<string, Record<string, "CORE" | "SUPPORTING" | "PERIPHERAL">>,
    templates: templates.map((t) => ({
      id: t.id,
      key: t.key,
      title: t.title,
      clusterId: t.clusterId,
      clusterName: t.cluster.name,
      seniority: t.seniority,
      summary: t.summary,
      salaryMin: t.salaryMin,
      salaryMax: t.salaryMax,
      currency: t.currency,
      remoteFriendliness: t.remoteFriendliness,
      timeToHire: t.timeToHire,
      targets: Object.fromEntries(t.targets.map((x) => [x.domainId, x.level])) as Record<string, number>,
      retiredTargets: retiredTargets(t).map((x) => ({
        name: retiredName(x.domainId),
        level: x.level,
      })),
    })),
    recruiters: people.filter(canRecruitForRole),
    managers: people.filter((p) => canOwnRole(p)),
    interviewers: people.filter(canSitOnPanel),
  };
}
export type RoleBuilderData = NonNullable<Awaited<ReturnType<typeof roleBuilderData>>>;
