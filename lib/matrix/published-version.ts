// A matrix version's domains, cluster emphases and number, read once per process once it is
// published. Publishing freezes a version: every edit goes to the draft (lib/matrix/draft-edits.ts,
// import.ts refuse anything else), publishing only sets its status and number, and a published
// version is never deleted. So the rows the role, candidate and interview pages read on every
// request (three statements on the candidate page) can be kept. A draft is read every time.
import "server-only";
import { db } from "../db";
import type { Emphasis } from "../generated/prisma/enums";

export type VersionDomain = {
  domainId: string;
  position: number;
  name: string;
  shortName: string;
  description: string;
};
export type VersionMatrix = {
  /** Null while a draft. */
  number: number | null;
  /** In the matrix's order. */
  domains: readonly VersionDomain[];
  emphases: readonly { clusterId: string; domainId: string; emphasis: Emphasis }[];
  /** The clusters the version sets emphases for, in the matrix's order. */
  clusters: readonly { id: string; name: string }[];
};

/** Versions are few (one per publication); the bound only guards against a runaway caller. */
const KEPT_VERSIONS_MAX = 200;
const published = new Map<string, VersionMatrix>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** One statement on a miss; frozen, since every caller shares the object. Null for no such version. */
export async function versionMatrix(versionId: string): Promise<VersionMatrix | null> {
  const kept = published.get(versionId);
  if (kept) return kept;
  const row = await db.matrixVersion.findUnique({
    relationLoadStrategy: "join",
    where: { id: versionId },
    select: {
      status: true,
      number: true,
      domains: {
        orderBy: { position: "asc" },
        select: { domainId: true, position: true, name: true, shortName: true, description: true },
      },
      emphases: {
        select: {
          clusterId: true,
          domainId: true,
          emphasis: true,
          cluster: { select: { name: true, position: true } },
        },
      },
    },
  });
  if (!row) return null;
  const clusters = new Map(row.emphases.map((e) => [e.clusterId, e.cluster]));
  const matrix = deepFreeze<VersionMatrix>({
    number: row.number,
    domains: row.domains,
    emphases: row.emphases.map(({ clusterId, domainId, emphasis }) => ({ clusterId, domainId, emphasis })),
    clusters: [...clusters].sort(([, a], [, b]) => a.position - b.position).map(([id, c]) => ({ id, name: c.name })),
  });
  if (row.status === "PUBLISHED" && published.size < KEPT_VERSIONS_MAX) published.set(versionId, matrix);
  return matrix;
}

/** The version's domains in order (none for a version that does not exist). */
export async function versionDomains(versionId: string): Promise<readonly VersionDomain[]> {
  return (await versionMatrix(versionId))?.domains ?? [];
}
