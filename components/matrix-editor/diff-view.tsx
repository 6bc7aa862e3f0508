// Readable differences between two matrix versions. No hooks: renders on the server (diff
// page) and in the browser (role move preview). Changes are marked by words, not colour only.
import { Badge } from "@/components/ui/badge";
import type { CellDiff, MatrixDiff } from "@/lib/matrix/diff";
import { plural } from "@/lib/utils";

export type DiffNames = { clusters: Record<string, string>; domains: Record<string, string> };

/**
 * `backward`: the "to" version is the older one. Its missing domains were not retired (a domain
 * is retired going forward); they are only absent there, so they read "removed".
 */
export function DiffSummary({ diff, backward = false }: { diff: MatrixDiff; backward?: boolean }) {
  const s = diff.summary;
  if (s.total === 0) return <p className="text-sm">No differences: both versions read the same.</p>;
  const parts = [
    s.domainsAdded && plural(s.domainsAdded, "domain added", "domains added"),
    s.domainsRemoved &&
      (backward
        ? plural(s.domainsRemoved, "domain removed", "domains removed")
        : plural(s.domainsRemoved, "domain retired", "domains retired")),
    s.domainsRenamed && plural(s.domainsRenamed, "domain renamed", "domains renamed"),
    s.domainsMoved && plural(s.domainsMoved, "domain moved", "domains moved"),
    diff.domains.described.length &&
      plural(diff.domains.described.length, "description changed", "descriptions changed"),
    s.emphasisChanged && plural(s.emphasisChanged, "emphasis change"),
    s.cellsChanged && plural(s.cellsChanged, "cell changed", "cells changed"),
    s.indicatorsAdded && plural(s.indicatorsAdded, "indicator added", "indicators added"),
    s.indicatorsRemoved && plural(s.indicatorsRemoved, "indicator removed", "indicators removed"),
    s.indicatorsChanged && plural(s.indicatorsChanged, "indicator reworded", "indicators reworded"),
  ].filter(Boolean);
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Summary of changes">
      {parts.map((p) => (
        <li key={String(p)}>
          <Badge variant="muted">{p}</Badge>
        </li>
      ))}
    </ul>
  );
}

function CellChanges({ cell, names }: { cell: CellDiff; names: DiffNames }) {
  return (
    <article className="rounded-md border border-border bg-card p-3 text-sm">
      <h4 className="font-medium">
        {names.domains[cell.domain] ?? cell.domain} · Level {cell.level}
      </h4>
      <ul className="mt-2 grid gap-1.5">
        {cell.added.map((t, i) => (
          <li key={`a${i}`} className="rounded bg-green-50 px-2 py-1 text-green-900">
            <span className="font-semibold">Added: </span>
            {t}
          </li>
        ))}
        {cell.removed.map((t, i) => (
          <li key={`r${i}`} className="rounded bg-red-50 px-2 py-1 text-red-900">
            <span className="font-semibold">Removed: </span>
            <span className="line-through">{t}</span>
          </li>
        ))}
        {cell.changed.map((c, i) => (
          <li key={`c${i}`} className="grid gap-0.5 rounded bg-amber-50 px-2 py-1 text-amber-950">
            <span>
              <span className="font-semibold">Was: </span>
              {c.from}
            </span>
            <span>
              <span className="font-semibold">Now: </span>
              {c.to}
            </span>
          </li>
        ))}
        {cell.reordered ? <li className="text-muted-foreground">Indicators reordered.</li> : null}
      </ul>
    </article>
  );
}

export function DiffView({
  diff,
  names,
  backward = false,
}: {
  diff: MatrixDiff;
  names: DiffNames;
  backward?: boolean;
}) {
  const d = diff.domains;
  const domainChanges =
    d.added.length + d.removed.length + d.renamed.length + d.described.length + (d.reordered ? 1 : 0);
  const byCluster = Object.keys(names.clusters)
    .map((key) => ({ key, cells: diff.cells.filter((c) => c.cluster === key) }))
    .filter((g) => g.cells.length > 0);
  return (
    <div className="grid gap-6">
      <DiffSummary diff={diff} backward={backward} />
      {domainChanges > 0 ? (
        <section aria-labelledby="diff-domains" className="grid gap-2">
          <h3 id="diff-domains" className="text-base font-semibold">
            Domains
          </h3>
          <ul className="grid gap-1 text-sm">
            {d.added.map((x) => (
              <li key={`a-${x.key}`}>
                <span className="font-semibold">Added: </span>
                {x.name} <Badge variant="muted">{x.key}</Badge>{" "}
                <span className="text-muted-foreground">
                  ({ordinal(x.at)} of {d.count} domains)
                </span>
              </li>
            ))}
            {d.removed.map((x) => (
              <li key={`r-${x.key}`}>
                <span className="font-semibold">{backward ? "Removed: " : "Retired: "}</span>
                {x.name} <Badge variant="muted">{x.key}</Badge>
              </li>
            ))}
            {d.renamed.map((x) => (
              <li key={`n-${x.key}`}>
                <span className="font-semibold">Renamed: </span>
                {x.from.name} ({x.from.shortName}) → {x.to.name} ({x.to.shortName})
              </li>
            ))}
            {d.described.map((x) => (
              <li key={`d-${x.key}`} className="grid gap-0.5">
                <span>
                  <span className="font-semibold">Description changed: </span>
                  {names.domains[x.key] ?? x.key}
                </span>
                <span className="text-muted-foreground">
                  <span className="font-semibold">Was: </span>
                  {x.from || "(none)"}
                </span>
                <span className="text-muted-foreground">
                  <span className="font-semibold">Now: </span>
                  {x.to || "(none)"}
                </span>
              </li>
            ))}
            {d.moved.map((x) => (
              <li key={`m-${x.key}`}>
                <span className="font-semibold">Moved: </span>
                {names.domains[x.key] ?? x.key}, {ordinal(x.from)} → {ordinal(x.to)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {diff.emphasis.length > 0 ? (
        <section aria-labelledby="diff-emphasis" className="grid gap-2">
          <h3 id="diff-emphasis" className="text-base font-semibold">
            Emphasis
          </h3>
          <ul className="grid gap-1 text-sm">
            {diff.emphasis.map((e) => (
              <li key={`${e.cluster}-${e.domain}`}>
                {names.clusters[e.cluster] ?? e.cluster} · {names.domains[e.domain] ?? e.domain}: {e.from} → {e.to}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {byCluster.map((g) => (
        <section key={g.key} aria-labelledby={`diff-${g.key}`} className="grid gap-2">
          <h3 id={`diff-${g.key}`} className="text-base font-semibold">
            {names.clusters[g.key] ?? g.key}
          </h3>
          <div className="grid gap-2 md:grid-cols-2">
            {g.cells.map((c) => (
              <CellChanges key={`${c.domain}-${c.level}`} cell={c} names={names} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
};

/** Display names for keys, newer wording winning. */
export function namesOf(
  ...files: { clusters: { key: string; name: string }[]; domains: { key: string; name: string }[] }[]
): DiffNames {
  const names: DiffNames = { clusters: {}, domains: {} };
  for (const f of files) {
    for (const c of f.clusters) names.clusters[c.key] = c.name;
    for (const d of f.domains) names.domains[d.key] = d.name;
  }
  return names;
}
