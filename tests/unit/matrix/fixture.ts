// A complete, valid matrix file built from the seeded content (4 clusters x 4 domains x 3 levels).
import {
  CLUSTER_KEYS,
  DOMAIN_KEYS,
  LEVEL_RANKS,
  cells,
  clusters,
  domains,
  levels,
} from "../../../prisma/seed/content/matrix";
import type { MatrixFile } from "../../../lib/matrix/json-format";

export function seededFile(): MatrixFile {
  return {
    format: "aiops-matrix",
    formatVersion: 1,
    levels: levels.map((l) => ({ rank: l.rank, name: l.name, summary: l.summary })),
    clusters: clusters.map((c) => ({ key: c.key, name: c.name, summary: c.summary, emphasis: { ...c.emphasis } })),
    domains: domains.map((d) => ({ ...d })),
    cells: CLUSTER_KEYS.flatMap((ck) =>
      DOMAIN_KEYS.flatMap((dk) =>
        LEVEL_RANKS.map((level) => ({ cluster: ck, domain: dk, level, indicators: [...cells[ck][dk][level]] })),
      ),
    ),
  };
}

export const asText = (file: unknown) => JSON.stringify(file, null, 2);
