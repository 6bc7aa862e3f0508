import { LevelBadge } from "@/components/ui/level-badge";
import { cn } from "@/lib/utils";
import { GAP_STATUS_TEXT, shownGapStatus, type DomainSummary, type GapStatus } from "@/lib/scoring";

const statusClass = (status: GapStatus) =>
  status === "below"
    ? "text-danger"
    : status === "no-evidence" || status === "not-required"
      ? "text-muted-foreground"
      : "text-success";
const statusText = (d: DomainSummary) =>
  `${GAP_STATUS_TEXT[shownGapStatus(d.gap)]}${d.gap.gap && d.gap.gap > 0 ? ` (${d.gap.gap})` : ""}`;

/** The chart's figures as a table, for screen readers and for print. On a phone the status sits under the domain's name. */
export function GapTable({ domains }: { domains: DomainSummary[] }) {
  return (
    // Tighter cells on a phone: at 360 px the table ran 21 px past its card.
    <table className="mt-4 w-full text-sm [&_td]:pr-2 [&_td]:align-top sm:[&_td]:pr-3 [&_th]:pr-2 sm:[&_th]:pr-3">
      <caption className="sr-only">Target, consensus, spread and gap per domain</caption>
      <thead className="text-left text-muted-foreground">
        <tr>
          <th scope="col" className="py-1">
            Domain
          </th>
          <th scope="col">Target</th>
          <th scope="col">Consensus</th>
          <th scope="col" className="!pr-0 sm:!pr-3">
            Spread <span className="font-normal">(n)</span>
          </th>
          <th scope="col" className="hidden sm:table-cell">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {domains.map((d) => (
          <tr key={d.domainId}>
            <th scope="row" className="py-1.5 text-left font-medium">
              {d.name}
              {d.disagreement ? (
                <span className="ml-1 text-warning" title="Ratings differ by 2+ levels">
                  ⚠<span className="sr-only"> disagreement</span>
                </span>
              ) : null}
              <span
                data-status
                className={cn("block text-xs font-normal sm:hidden", statusClass(shownGapStatus(d.gap)))}
              >
                {statusText(d)}
              </span>
            </th>
            <td>
              <LevelBadge level={d.target} zeroLabel="—" />
            </td>
            <td>
              <LevelBadge level={d.consensus.median} />
            </td>
            <td className="!pr-0 whitespace-nowrap sm:!pr-3">
              {d.consensus.spread ?? "—"} ({d.consensus.count})
            </td>
            <td
              data-status
              className={cn("hidden pr-0 whitespace-nowrap sm:table-cell", statusClass(shownGapStatus(d.gap)))}
            >
              {statusText(d)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
