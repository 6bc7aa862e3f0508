"use client";
// A client component on purpose: the rows come as compact tuples (lib/candidates/candidate-table-rows.ts)
// and the markup is built from them, on the server for the HTML and in the browser when it hydrates.
import Link from "@/components/ui/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { CandidateTableRow } from "@/lib/candidates/candidate-table-rows";

/**
 * The recruiter's candidates. On a phone, source and date added read under the name: as
 * columns they sat in a sideways scroll, where nobody looks.
 */
export function CandidateTable({ rows }: { rows: CandidateTableRow[] }) {
  return (
    <ScrollRegion label="Candidates" className="rounded-lg border border-border bg-card">
      <table className="w-full text-sm sm:min-w-[36rem]">
        <thead className="bg-muted text-left text-muted-foreground">
          <tr>
            <th scope="col" className="p-3 sm:min-w-[10rem]">
              Name
            </th>
            <th scope="col" className="p-3 sm:min-w-[14rem]">
              Applications
            </th>
            <th scope="col" className="hidden p-3 sm:table-cell">
              Source
            </th>
            <th scope="col" className="hidden p-3 sm:table-cell">
              Added
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map(([id, name, headline, source, added, applications]) => (
            <tr key={id} className="align-top">
              <th scope="row" className="p-3 text-left font-medium">
                <Link href={`/pipeline/candidates/${id}`} className="text-primary underline-offset-4 hover:underline">
                  {name}
                </Link>
                <span className="block text-xs font-normal text-muted-foreground">{headline}</span>
                <span className="block text-xs font-normal text-muted-foreground sm:hidden">
                  {source ? `${source} · ` : ""}added {added}
                </span>
              </th>
              <td className="p-3">
                {applications.length === 0 ? (
                  "—"
                ) : (
                  <ul className="grid gap-1">
                    {applications.map(([appId, roleTitle, standing]) => (
                      <li key={appId}>
                        {roleTitle} <span className="text-muted-foreground">· {standing}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="hidden p-3 sm:table-cell">{source ?? "—"}</td>
              <td className="hidden p-3 whitespace-nowrap sm:table-cell">{added}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
