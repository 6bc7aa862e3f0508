import Link from "@/components/ui/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { standingText } from "@/lib/applications/status";
import type { recruiterCandidates } from "@/lib/data/recruiter-home";
import { formatDate } from "@/lib/dates";

type CandidateRow = Awaited<ReturnType<typeof recruiterCandidates>>["rows"][number];

/**
 * The recruiter's candidates. On a phone, source and date added read under the name: as
 * columns they sat in a sideways scroll, where nobody looks.
 */
export function CandidateTable({ rows, timeZone }: { rows: CandidateRow[]; timeZone: string }) {
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
          {rows.map((c) => {
            const added = formatDate(c.createdAt, timeZone);
            return (
              <tr key={c.id} className="align-top">
                <th scope="row" className="p-3 text-left font-medium">
                  <Link
                    href={`/pipeline/candidates/${c.id}`}
                    className="text-primary underline-offset-4 hover:underline"
                  >
                    {c.name}
                  </Link>
                  <span className="block text-xs font-normal text-muted-foreground">{c.headline}</span>
                  <span className="block text-xs font-normal text-muted-foreground sm:hidden">
                    {c.source ? `${c.source} · ` : ""}added {added}
                  </span>
                </th>
                <td className="p-3">
                  {c.applications.length === 0 ? (
                    "—"
                  ) : (
                    <ul className="grid gap-1">
                      {c.applications.map((a) => (
                        <li key={a.id}>
                          {a.roleTitle}{" "}
                          <span className="text-muted-foreground">· {standingText(a.status, a.stage)}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="hidden p-3 sm:table-cell">{c.source ?? "—"}</td>
                <td className="hidden p-3 whitespace-nowrap sm:table-cell">{added}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
