"use client";
// A client component on purpose: a server-rendered table travels twice (HTML, then the same
// element tree in the page's data for hydration, ~1.5 kB a row). Here the page's data carries
// the rows as compact tuples and the markup is built from them, on the server for the HTML and
// in the browser when it hydrates.
import { useEffect } from "react";
import type { ComparisonSorting } from "@/lib/validation/comparison";
import Link from "@/components/ui/link";
import { cn } from "@/lib/utils";
import { candidateFromComparisonHref } from "@/lib/candidates/links";
import { useMarkedRow } from "./use-marked-row";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { HeatmapCell } from "@/lib/data/heatmap-cells";
import { GAP_STATUS_TEXT, NOT_ASSESSED, type GapStatus } from "@/lib/scoring/gaps";

const CELL: Record<GapStatus, string> = {
  below: "bg-red-100 text-red-900",
  meets: "bg-green-100 text-green-900",
  exceeds: "bg-indigo-100 text-indigo-900",
  "no-evidence": "bg-slate-50 text-slate-500",
  "not-required": "bg-white text-slate-400",
};

/** A sticky cell's background, spread over the table's 4 px cell spacing so nothing shows through it. */
const COVER = "bg-card shadow-[0_0_0_4px_var(--color-card)]";
const STICKY_TOP = cn("sticky top-0 z-10", COVER);

export type HeatmapRow = {
  id: string;
  name: string;
  /** Tells apart two candidates of one name on the page ("added 3 Dec 2026"). */
  detail?: string;
  stage: string;
  fit: number | null;
  evidenced: number;
  targetDomains: number;
  cells: HeatmapCell[];
};

/** A header that sorts by its column: names A to Z, fit and a domain's consensus strongest first. */
function SortLink({ column, label, sorting }: { column: string; label: string; sorting: ComparisonSorting }) {
  const href = sorting.hrefs[column];
  if (!href) return <>{label}</>;
  const active = sorting.active === column;
  const order = column === "name" ? "A to Z" : "strongest first";
  return (
    <Link href={href} className={cn("underline-offset-4 hover:underline", active ? "text-foreground" : "text-primary")}>
      {label}
      {/* A no-break space: the arrow wrapped onto a line of its own on a phone (round Y). */}
      <span aria-hidden>{active ? (column === "name" ? "\u00a0↑" : "\u00a0↓") : ""}</span>
      <span className="sr-only">{active ? `, sorted ${order}` : `: sort ${order}`}</span>
    </Link>
  );
}

const ariaSort = (column: string, sorting: ComparisonSorting) =>
  sorting.active !== column ? undefined : column === "name" ? "ascending" : "descending";

/** One page of candidates x the role's domains: consensus level and gap per cell, fit at the end. */
export function HeatmapTable({
  targets,
  rows,
  backQuery,
  sorting,
}: {
  targets: { domainId: string; name: string; target: number }[];
  rows: HeatmapRow[];
  /** The comparison page's own query: each candidate's breadcrumb links back to it (comparisonBackHref). */
  backQuery: string;
  sorting: ComparisonSorting;
}) {
  const marked = useMarkedRow(backQuery);
  const sortedDomain = sorting.domainId;
  useEffect(() => {
    // Sorted by a domain whose column is a sideways scroll away (a phone): bring it beside the
    // names, or the order reads as random (round X).
    if (!sortedDomain) return;
    const th = document.getElementById(`col-${sortedDomain}`);
    const box = th?.closest<HTMLElement>("[role=region]");
    const names = box?.querySelector("th");
    if (!th || !box || !names) return;
    const visible = th.offsetLeft >= box.scrollLeft + names.offsetWidth;
    if (!visible || th.offsetLeft + th.offsetWidth > box.scrollLeft + box.clientWidth)
      box.scrollLeft = th.offsetLeft - names.offsetWidth - 8;
  }, [sortedDomain]);
  return (
    // A box of its own height, so its header row and name column stay in view while 50 rows and
    // a phone's hidden columns scroll under them (sticky inside a sideways-scrolling box sticks
    // to the box, not the page). Paper gets the whole table.
    <ScrollRegion
      stickyStart
      label="Gap heat map"
      className="max-h-[75vh] overflow-y-auto print:max-h-none print:overflow-visible"
    >
      <table className="w-full min-w-[36rem] border-separate border-spacing-1 text-sm">
        <caption className="sr-only">Consensus level and gap per candidate and domain</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort("name", sorting)} className={cn(STICKY_TOP, "left-0 z-20 text-left")}>
              <SortLink column="name" label="Candidate" sorting={sorting} />
            </th>
            {targets.map((t) => (
              <th
                key={t.domainId}
                id={`col-${t.domainId}`}
                scope="col"
                aria-sort={ariaSort(t.domainId, sorting)}
                className={cn(STICKY_TOP, "text-center font-medium")}
              >
                <SortLink column={t.domainId} label={t.name} sorting={sorting} />
                <span className="block text-xs font-normal text-muted-foreground">
                  {t.target > 0 ? `target L${t.target}` : "not targeted"}
                </span>
              </th>
            ))}
            <th scope="col" aria-sort={ariaSort("fit", sorting)} className={cn(STICKY_TOP, "text-right")}>
              <SortLink column="fit" label="Fit" sorting={sorting} />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} id={`row-${r.id}`} className={cn("scroll-mt-[30vh]", marked === r.id && "bg-amber-100")}>
              <th
                scope="row"
                className={cn(
                  "sticky left-0 z-[5] max-w-[7.5rem] text-left font-medium sm:max-w-[14rem]",
                  marked === r.id ? "bg-amber-100" : COVER,
                )}
              >
                <Link
                  href={candidateFromComparisonHref(r.id, backQuery)}
                  className="break-words text-primary underline-offset-4 hover:underline"
                >
                  {r.name}
                </Link>
                <span className="block text-xs font-normal text-muted-foreground">
                  {r.stage}
                  {r.detail ? <span className="block">{r.detail}</span> : null}
                </span>
                {/* On a phone the Fit column is a sideways scroll away: its figure under the name too. */}
                <span aria-hidden className="block text-xs font-normal text-muted-foreground sm:hidden">
                  {r.evidenced > 0 && r.fit != null ? `Fit ${r.fit}` : null}
                </span>
              </th>
              {targets.map((t, i) => {
                const [level, gap, status] = r.cells[i] ?? [null, 0, "no-evidence"];
                return (
                  <td key={t.domainId} className={cn("rounded text-center", CELL[status])}>
                    {level != null ? (
                      <>
                        {level === 0 ? "Below L1" : `L${level}`}
                        {/* In words, as the candidate page and the CSV count it (levels short, positive). */}
                        {gap ? <span className="text-xs"> ({gap > 0 ? `${gap} short` : `${-gap} above`})</span> : null}
                        <span className="sr-only"> {GAP_STATUS_TEXT[status]}</span>
                      </>
                    ) : (
                      // Missing evidence is not a rating: words, not an L0-looking cell.
                      <span className="text-xs italic">{t.target > 0 ? NOT_ASSESSED : "—"}</span>
                    )}
                  </td>
                );
              })}
              <td className="text-right font-semibold">
                {r.evidenced > 0 && r.fit != null ? (
                  <>
                    {r.fit}
                    {r.evidenced < r.targetDomains ? (
                      <span className="block text-xs font-normal text-muted-foreground">
                        {r.evidenced} of {r.targetDomains} assessed
                      </span>
                    ) : null}
                  </>
                ) : (
                  <span className="text-xs font-normal text-muted-foreground">{NOT_ASSESSED}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
