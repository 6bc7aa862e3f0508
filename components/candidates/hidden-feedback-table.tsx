"use client";
// The comparison's "hidden feedback" view: candidates whose panel the viewer may not read yet,
// and why. A client component only to mark the row a candidate page led back to (useMarkedRow),
// as the heat map does.
import Link from "@/components/ui/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { cn } from "@/lib/utils";
import { candidateFromComparisonHref } from "@/lib/candidates/links";
import { useMarkedRow } from "./use-marked-row";

export type HiddenFeedbackRow = {
  id: string;
  name: string;
  /** Tells apart two candidates of one name on the page ("added 3 Dec 2026"). */
  detail?: string;
  stage: string;
  why: string;
};

export function HiddenFeedbackTable({ rows, backQuery }: { rows: HiddenFeedbackRow[]; backQuery: string }) {
  const marked = useMarkedRow(backQuery);
  return (
    <ScrollRegion label="Candidates with hidden feedback">
      <table className="w-full text-sm">
        <thead className="text-left text-muted-foreground">
          <tr>
            <th scope="col" className="py-1">
              Candidate
            </th>
            <th scope="col" className="py-1">
              Stage
            </th>
            <th scope="col" className="py-1">
              Why hidden
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((r) => (
            <tr key={r.id} id={`row-${r.id}`} className={cn("scroll-mt-[30vh]", marked === r.id && "bg-amber-100")}>
              <th scope="row" className="py-2 pr-2 text-left font-medium">
                <Link
                  href={candidateFromComparisonHref(r.id, backQuery)}
                  className="text-primary underline-offset-4 hover:underline"
                >
                  {r.name}
                </Link>
                {r.detail ? <span className="block text-xs font-normal text-muted-foreground">{r.detail}</span> : null}
              </th>
              <td className="py-2 pr-2">{r.stage}</td>
              <td className="py-2 text-muted-foreground">{r.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
