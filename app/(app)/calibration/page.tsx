import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { calibrationReport } from "@/lib/data/calibration";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { Pager } from "@/components/ui/pager";
import { DistributionBar, DistributionLegend } from "@/components/charts/distribution-bar";
import { pagingSchema } from "@/lib/validation/list-params";
import { formatCount, plural } from "@/lib/utils";

export const metadata: Metadata = { title: "Calibration" };

/** "+0.30", "−0.01", "0.00": one width of decimals, so a column of offsets reads at a glance. */
function offsetText(o: number | null) {
  if (o == null) return "—";
  const r = Math.round(o * 100) / 100;
  return r > 0 ? `+${r.toFixed(2)}` : r < 0 ? `−${(-r).toFixed(2)}` : "0.00";
}

export default async function CalibrationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireCapability("readCalibration");
  // Cursors come from the URL; calibrationReport treats anything malformed as the first page.
  const { interviewers, page, agreement } = await calibrationReport(user, pagingSchema.parse(await searchParams));
  return (
    <>
      <PageHeader
        title="Interviewer calibration"
        description="Who rates above or below the panel, how ratings spread, and how quickly scorecards arrive. For coaching, not for re-weighting scores. Built from the candidates whose feedback you may see."
      />
      <Card>
        <CardHeader>
          <CardTitle>Interviewers</CardTitle>
          <CardDescription>
            Offset = mean of (their rating − the median of the other interviewers&apos; ratings) on the same candidate
            and domain; + rates higher than the rest of the panel. Comparable ratings: their ratings of a candidate and
            domain another interviewer rated too, every one counted (someone who interviewed a candidate at two stages
            counts both; hiring quality keeps their later one, so its counts can be lower).
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          <DistributionLegend />
          <ScrollRegion label="Interviewer calibration table">
            <table className="w-full min-w-[40rem] text-sm [&_td]:pr-3 [&_th]:pr-3">
              <thead className="text-left text-muted-foreground">
                <tr>
                  <th scope="col" className="py-2">
                    Interviewer
                  </th>
                  <th scope="col">Offset</th>
                  <th scope="col">Comparable ratings</th>
                  <th scope="col">Distribution (below L1 / L1 / L2 / L3 / n.a.)</th>
                  <th scope="col">Scorecards</th>
                  <th scope="col">Median hours to submit</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {interviewers.map((i) => {
                  return (
                    <tr key={i.interviewerId}>
                      <th scope="row" className="py-2 text-left font-medium">
                        {i.name}
                        {i.active ? "" : " (deactivated)"}
                      </th>
                      <td className={Math.abs(i.meanOffset ?? 0) >= 0.5 ? "font-semibold text-warning" : ""}>
                        {offsetText(i.meanOffset)}
                      </td>
                      <td>{formatCount(i.comparableRatings)}</td>
                      <td>
                        <DistributionBar d={i.distribution} />
                      </td>
                      <td>{formatCount(i.scorecards)}</td>
                      <td>{i.medianHoursToSubmit == null ? "—" : Math.round(i.medianHoursToSubmit)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
          {page.total === 0 ? (
            <p className="text-sm text-muted-foreground">
              No interviewer has a submitted scorecard on a candidate whose feedback you may see yet.
            </p>
          ) : null}
          <Pager label="Interviewer pages" params={{}} page={page} />
        </CardContent>
      </Card>
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Agreement per role</CardTitle>
          <CardDescription>
            Krippendorff&apos;s alpha for ordinal data over candidate × domain units (1 = perfect agreement, 0 = chance,
            below 0.667 = treat conclusions with care).
          </CardDescription>
        </CardHeader>
        <CardContent>
          {agreement.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              No role has ratings you may see yet: agreement needs candidates rated by two or more interviewers.
            </p>
          ) : null}
          <ul className="grid gap-2 text-sm">
            {agreement.map((a) => (
              <li key={a.roleId} className="flex flex-wrap justify-between gap-2">
                <span className="font-medium">{a.title}</span>
                <span>
                  {a.alpha == null ? "not enough overlapping ratings" : `α = ${a.alpha.toFixed(2)}`}{" "}
                  <span className="text-muted-foreground">
                    ({plural(a.pairableUnits, "unit")} rated by 2+, {plural(a.raters, "interviewer")})
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
    </>
  );
}
