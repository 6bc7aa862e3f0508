// What changed between two matrix versions, for the diff page, the publish audit entry and
// the "move a role to a newer version" confirmation. Pure: works on plain snapshots, and a
// parsed matrix file is one (domains are matched by key, cells by cluster/domain/level).

export type SnapshotDomain = { key: string; name: string; shortName: string; description: string };
export type SnapshotCell = { cluster: string; domain: string; level: number; indicators: string[] };
export type MatrixSnapshot = {
  clusters: { key: string; name: string; emphasis?: Record<string, string> }[];
  domains: SnapshotDomain[];
  cells: SnapshotCell[];
};

export type IndicatorChange = { from: string; to: string };
export type CellDiff = {
  cluster: string;
  domain: string;
  level: number;
  added: string[];
  removed: string[];
  changed: IndicatorChange[];
  reordered: boolean;
};
export type DomainRename = {
  key: string;
  from: { name: string; shortName: string };
  to: { name: string; shortName: string };
};
export type DomainMove = { key: string; from: number; to: number };
export type MatrixDiff = {
  domains: {
    /** With where each stands in the new version's list (1-based). */
    added: (SnapshotDomain & { at: number })[];
    removed: SnapshotDomain[];
    renamed: DomainRename[];
    described: { key: string; from: string; to: string }[];
    reordered: boolean;
    /** The fewest shared domains whose move explains the new order, with their 1-based positions in each version. */
    moved: DomainMove[];
    /** How many domains the new version has. */
    count: number;
  };
  emphasis: { cluster: string; domain: string; from: string; to: string }[];
  cells: CellDiff[];
  summary: {
    domainsAdded: number;
    domainsRemoved: number;
    domainsRenamed: number;
    domainsMoved: number;
    emphasisChanged: number;
    cellsChanged: number;
    indicatorsAdded: number;
    indicatorsRemoved: number;
    indicatorsChanged: number;
    /** Every reported difference; 0 means the two matrices read the same. */
    total: number;
  };
};

const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1),
  );

/** Dice coefficient of the two texts' word sets: 1 = same words, 0 = none shared. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size + wb.size === 0) return 1;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

const CHANGED_AT = 0.4;
const SAME_PLACE_BONUS = 0.2;

/**
 * Identical texts match first (wherever they moved). Of what is left, an old and a new
 * indicator that share enough words (a little less when at the same position) read as an
 * edit, best pairs first; everything else is plainly added or removed.
 */
export function diffIndicators(before: string[], after: string[]) {
  const used = new Set<number>();
  const oldLeft: { t: string; i: number }[] = [];
  const matchedOrder: number[] = []; // new positions of identical texts, in old order
  before.forEach((t, i) => {
    const j = after.findIndex((u, k) => !used.has(k) && u === t);
    if (j >= 0) {
      used.add(j);
      matchedOrder.push(j);
    } else oldLeft.push({ t, i });
  });
  const newLeft = after.flatMap((t, i) => (used.has(i) ? [] : [{ t, i }]));
  const candidates = oldLeft
    .flatMap((o) => newLeft.map((n) => ({ o, n, score: similarity(o.t, n.t) + (o.i === n.i ? SAME_PLACE_BONUS : 0) })))
    .filter((c) => c.score >= CHANGED_AT)
    .sort((x, y) => y.score - x.score || Math.abs(x.o.i - x.n.i) - Math.abs(y.o.i - y.n.i));
  const pairedOld = new Set<number>();
  const pairedNew = new Set<number>();
  const changed: (IndicatorChange & { at: number })[] = [];
  for (const c of candidates) {
    if (pairedOld.has(c.o.i) || pairedNew.has(c.n.i)) continue;
    pairedOld.add(c.o.i);
    pairedNew.add(c.n.i);
    changed.push({ from: c.o.t, to: c.n.t, at: c.n.i });
  }
  return {
    added: newLeft.filter((n) => !pairedNew.has(n.i)).map((n) => n.t),
    removed: oldLeft.filter((o) => !pairedOld.has(o.i)).map((o) => o.t),
    changed: changed.sort((x, y) => x.at - y.at).map(({ from, to }) => ({ from, to })),
    reordered: matchedOrder.some((j, k) => k > 0 && j < matchedOrder[k - 1]!),
  };
}

const cellKey = (c: { cluster: string; domain: string; level: number }) =>
  `${c.cluster}\u0000${c.domain}\u0000${c.level}`;

export function diffMatrices(a: MatrixSnapshot, b: MatrixSnapshot): MatrixDiff {
  const aDomains = new Map(a.domains.map((d) => [d.key, d]));
  const bDomains = new Map(b.domains.map((d) => [d.key, d]));
  const added = b.domains.flatMap((d, i) => (aDomains.has(d.key) ? [] : [{ ...d, at: i + 1 }]));
  const removed = a.domains.filter((d) => !bDomains.has(d.key));
  const kept = b.domains.filter((d) => aDomains.has(d.key)).map((d) => ({ before: aDomains.get(d.key)!, after: d }));
  const renamed = kept
    .filter(({ before, after }) => before.name !== after.name || before.shortName !== after.shortName)
    .map(({ before, after }) => ({
      key: after.key,
      from: { name: before.name, shortName: before.shortName },
      to: { name: after.name, shortName: after.shortName },
    }));
  const described = kept
    .filter(({ before, after }) => before.description !== after.description)
    .map(({ before, after }) => ({ key: after.key, from: before.description, to: after.description }));
  // Order of the domains both versions share; additions and removals alone don't count.
  const aOrder = a.domains.filter((d) => bDomains.has(d.key)).map((d) => d.key);
  const reordered = kept.some(({ after }, i) => aOrder[i] !== after.key);
  // Which domains moved is decided among the shared ones; their positions are read in each
  // whole version, as its list shows them (an added domain above one moves it down a place too).
  const aAt = new Map(a.domains.map((d, i) => [d.key, i + 1]));
  const bAt = new Map(b.domains.map((d, i) => [d.key, i + 1]));
  const moved = reordered
    ? movedDomains(
        aOrder,
        kept.map(({ after }) => after.key),
      ).map((m) => ({ key: m.key, from: aAt.get(m.key)!, to: bAt.get(m.key)! }))
    : [];

  const emphasis: MatrixDiff["emphasis"] = [];
  for (const cb of b.clusters) {
    const ca = a.clusters.find((c) => c.key === cb.key);
    for (const { after } of kept) {
      const from = ca?.emphasis?.[after.key];
      const to = cb.emphasis?.[after.key];
      if (from !== undefined && to !== undefined && from !== to)
        emphasis.push({ cluster: cb.key, domain: after.key, from, to });
    }
  }

  const aCells = new Map(a.cells.map((c) => [cellKey(c), c]));
  const bCells = new Map(b.cells.map((c) => [cellKey(c), c]));
  const ordered = [...b.cells, ...a.cells.filter((c) => !bCells.has(cellKey(c)))];
  const cells: CellDiff[] = [];
  for (const c of ordered) {
    const d = diffIndicators(aCells.get(cellKey(c))?.indicators ?? [], bCells.get(cellKey(c))?.indicators ?? []);
    if (d.added.length + d.removed.length + d.changed.length > 0 || d.reordered)
      cells.push({ cluster: c.cluster, domain: c.domain, level: c.level, ...d });
  }

  const sum = (f: (c: CellDiff) => number) => cells.reduce((n, c) => n + f(c), 0);
  const summary = {
    domainsAdded: added.length,
    domainsRemoved: removed.length,
    domainsRenamed: renamed.length,
    domainsMoved: moved.length,
    emphasisChanged: emphasis.length,
    cellsChanged: cells.length,
    indicatorsAdded: sum((c) => c.added.length),
    indicatorsRemoved: sum((c) => c.removed.length),
    indicatorsChanged: sum((c) => c.changed.length),
    total: 0,
  };
  summary.total =
    added.length +
    removed.length +
    renamed.length +
    described.length +
    (reordered ? 1 : 0) +
    emphasis.length +
    cells.length;
  return {
    domains: { added, removed, renamed, described, reordered, moved, count: b.domains.length },
    emphasis,
    cells,
    summary,
  };
}

/**
 * Which domains moved: every domain outside a longest run that kept its relative order (the
 * longest increasing subsequence of old positions), so moving one domain to the top names that
 * one, not the four it pushed down.
 */
export function movedDomains(before: string[], after: string[]): DomainMove[] {
  const oldAt = new Map(before.map((k, i) => [k, i]));
  const seq = after.map((k) => oldAt.get(k)!);
  // O(n²) is plenty for a matrix's dozen domains.
  const best = seq.map(() => 1);
  const prev = seq.map(() => -1);
  for (let i = 0; i < seq.length; i++)
    for (let j = 0; j < i; j++)
      if (seq[j]! < seq[i]! && best[j]! + 1 > best[i]!) {
        best[i] = best[j]! + 1;
        prev[i] = j;
      }
  const stay = new Set<number>();
  for (let i = best.indexOf(Math.max(0, ...best)); i >= 0; i = prev[i]!) stay.add(i);
  return after.flatMap((key, i) => (stay.has(i) ? [] : [{ key, from: seq[i]! + 1, to: i + 1 }]));
}
