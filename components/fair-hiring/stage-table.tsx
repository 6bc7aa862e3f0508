import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatCount } from "@/lib/utils";
import type { FairHiringStage } from "@/lib/fair-hiring/report";
import { reading, SIGNIFICANCE, type GroupResult } from "@/lib/fair-hiring/stats";

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(0)}%`);
const pValue = (p: number | null) => (p === null ? "—" : p < 0.001 ? "< 0.001" : p.toFixed(3));

function Flag({ g }: { g: GroupResult }) {
  if (g.suppressed) return <Badge variant="muted">withheld</Badge>;
  if (g.reference) return <Badge>reference</Badge>;
  if (g.adverse)
    return <Badge variant={g.pValue !== null && g.pValue < SIGNIFICANCE ? "danger" : "warning"}>below 4/5</Badge>;
  return null;
}

/** One stage's groups: counts, pass rate, impact ratio, Fisher's p and a reading in words. */
export function FairHiringStageTable({ stage }: { stage: FairHiringStage }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{stage.name}</CardTitle>
      </CardHeader>
      <CardContent>
        {/* On a phone each group is a short block: the table's verdict columns sat off-screen. */}
        <ul className="grid gap-3 sm:hidden" aria-label={`${stage.name}: pass-through per group`}>
          {stage.groups.map((g) => (
            <li key={g.group} className="border-b border-border pb-2 text-sm last:border-0">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {g.group} <Flag g={g} />
              </p>
              {g.suppressed ? null : (
                <p className="tabular-nums">
                  {formatCount(g.passed)} of {formatCount(g.decided)} moved on · {pct(g.rate)}
                  {g.impactRatio === null ? "" : ` · impact ratio ${g.impactRatio.toFixed(2)}`}
                  {g.pValue === null ? "" : ` · Fisher p ${pValue(g.pValue)}`}
                </p>
              )}
              <p className="text-muted-foreground">{reading(g)}</p>
            </li>
          ))}
        </ul>
        <ScrollRegion label={`${stage.name}: pass-through per group`} className="hidden sm:block">
          <table className="w-full min-w-[44rem] text-sm">
            <thead className="text-left text-muted-foreground">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  Group
                </th>
                <th scope="col" className="pr-3 text-right">
                  With an outcome
                </th>
                <th scope="col" className="pr-3 text-right">
                  Moved on
                </th>
                <th scope="col" className="pr-3 text-right">
                  Pass rate
                </th>
                <th scope="col" className="pr-3 text-right">
                  Impact ratio
                </th>
                <th scope="col" className="pr-3 text-right">
                  Fisher p
                </th>
                <th scope="col">Reading</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {stage.groups.map((g) => (
                <tr key={g.group} className="align-top">
                  <th scope="row" className="py-2 pr-3 text-left font-medium whitespace-nowrap">
                    {g.group}
                  </th>
                  <td className="py-2 pr-3 text-right tabular-nums">{g.suppressed ? "—" : formatCount(g.decided)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{g.suppressed ? "—" : formatCount(g.passed)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{pct(g.rate)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">
                    {g.impactRatio === null ? "—" : g.impactRatio.toFixed(2)}
                  </td>
                  <td className="py-2 pr-3 text-right tabular-nums">{pValue(g.pValue)}</td>
                  <td className="py-2">
                    <span className="flex items-center gap-2 whitespace-nowrap">
                      <Flag g={g} />
                      <span className="text-muted-foreground">{reading(g)}</span>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </CardContent>
    </Card>
  );
}
