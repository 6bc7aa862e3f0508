import { LevelBadge } from "@/components/ui/level-badge";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Domain = { domainId: string; name: string };
type Interviewer = { id: string; name: string; ratings: Record<string, number | null> };

/** Each interviewer's ratings: what the radar's per-interviewer toggles draw, as a table. */
export function InterviewerRatingsTable({ domains, interviewers }: { domains: Domain[]; interviewers: Interviewer[] }) {
  if (interviewers.length === 0) return null;
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer font-medium">Each interviewer&apos;s ratings (table)</summary>
      <ScrollRegion label="Each interviewer's ratings" className="mt-2">
        <table className="w-full">
          <caption className="sr-only">Rating per domain by each interviewer; a dash means not assessed</caption>
          <thead className="text-left text-muted-foreground">
            <tr>
              <th scope="col" className="py-1">
                Interviewer
              </th>
              {domains.map((d) => (
                <th key={d.domainId} scope="col">
                  {d.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {interviewers.map((i) => (
              <tr key={i.id}>
                <th scope="row" className="py-1.5 text-left font-medium">
                  {i.name}
                </th>
                {domains.map((d) => {
                  const r = i.ratings[d.domainId];
                  return (
                    <td key={d.domainId}>
                      {r == null ? <span aria-label="not assessed">—</span> : <LevelBadge level={r} />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}
