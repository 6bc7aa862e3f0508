import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { QualityTabs } from "@/components/quality/quality-tabs";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ReadingGuide } from "@/components/ui/reading-guide";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireCapability } from "@/lib/auth/session";
import { hiringQualityReport } from "@/lib/quality/report";
import { MIN_HIRES } from "@/lib/quality/stats";

export const metadata: Metadata = { title: "Hiring quality" };

const VERDICT = {
  predicts: { label: "predicts", variant: "success" },
  inverse: { label: "inverse", variant: "danger" },
  unclear: { label: "unclear", variant: "warning" },
  "no-spread": { label: "no spread", variant: "muted" },
  "too-few": { label: "too few hires", variant: "muted" },
} as const;

const fmt = (r: number) => (r < 0 ? "−" : "") + Math.abs(r).toFixed(2);

export default async function QualityPage() {
  const user = await requireCapability("readHiringQuality");
  const q = await hiringQualityReport(user);
  return (
    <>
      <PageHeader
        title="Hiring quality"
        description="Does the interview predict the job? For each domain, how well the panel's consensus ranked your hires the way their managers later rated them on the job."
      />
      <QualityTabs current="domains" />
      <div className="grid gap-4 sm:grid-cols-3">
        <Card>
          <CardHeader>
            <CardDescription>Hires you can follow</CardDescription>
            <CardTitle className="text-2xl">{q.hires}</CardTitle>
          </CardHeader>
          <CardContent className="text-sm text-muted-foreground">{q.checkIns} check-ins recorded</CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardDescription>Would hire again (latest check-in)</CardDescription>
            <CardTitle className="text-2xl">{q.followed ? `${q.wouldHireAgain} of ${q.followed}` : "—"}</CardTitle>
          </CardHeader>
        </Card>
        <Card>
          <CardHeader>
            <CardDescription>Mean overall performance (1–5)</CardDescription>
            <CardTitle className="text-2xl">{q.meanOverall == null ? "—" : q.meanOverall.toFixed(1)}</CardTitle>
          </CardHeader>
          <CardContent className="text-sm text-muted-foreground">3 = meets expectations</CardContent>
        </Card>
      </div>
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Interview rating against the job, per domain</CardTitle>
          <CardDescription>
            Spearman&apos;s ρ between the panel&apos;s consensus (lower median) and the latest on-the-job rating: +1 =
            the interview ranked the hires exactly as the job did, 0 = no relationship. The 95% interval is how far the
            true value could plausibly be from it.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ScrollRegion label="Predictive validity per domain">
            <table className="w-full min-w-[40rem] text-sm">
              <thead className="text-left text-muted-foreground">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    Domain
                  </th>
                  <th scope="col" className="pr-3">
                    Hires (n)
                  </th>
                  <th scope="col" className="pr-3">
                    ρ
                  </th>
                  <th scope="col" className="pr-3">
                    95% interval
                  </th>
                  {/* On a phone the reading sits under the domain: a last column was off-screen. */}
                  <th scope="col" className="hidden sm:table-cell">
                    Reading
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {q.domains.map((d) => {
                  const shown = d.verdict !== "too-few" && d.rho !== null;
                  return (
                    <tr key={d.domainId} className="align-top">
                      <th scope="row" className="py-2 pr-3 text-left font-medium">
                        {d.name}
                        {/* No wider than the box on a phone (a cell's own max-width is ignored), so it wraps in view. */}
                        <span className="mt-1 block max-w-[calc(100vw-6rem)] font-normal sm:hidden">
                          <Badge variant={VERDICT[d.verdict].variant}>{VERDICT[d.verdict].label}</Badge>
                          <span className="mt-1 block text-muted-foreground">{d.reading}</span>
                        </span>
                      </th>
                      <td className="py-2 pr-3">{d.n}</td>
                      <td className="py-2 pr-3">{shown ? fmt(d.rho!) : "—"}</td>
                      <td className="py-2 pr-3 whitespace-nowrap">
                        {shown && d.interval ? `${fmt(d.interval.low)} to ${fmt(d.interval.high)}` : "—"}
                      </td>
                      <td className="hidden py-2 sm:table-cell">
                        <Badge variant={VERDICT[d.verdict].variant}>{VERDICT[d.verdict].label}</Badge>
                        <span className="mt-1 block text-muted-foreground">{d.reading}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </CardContent>
      </Card>
      <ReadingGuide>
        <p>
          Below {MIN_HIRES} hires in a domain the page says &ldquo;too few hires to say&rdquo;: with fewer, even a
          strong-looking ρ of 0.5 has an interval reaching below zero, so a number would invite reading noise as a
          verdict.
        </p>
        <p>
          Only hires are counted, so the range is restricted (the interview already screened out weak candidates):
          correlations here understate how well the interview separates all applicants. Ratings are the hiring
          manager&apos;s, who also saw the interview feedback.
        </p>
        <p>
          Counted: hires whose interview feedback you may see and whose check-ins you may read (roles you own or were
          delegated; admins see all).
        </p>
      </ReadingGuide>
      <p className="mt-4 text-sm">
        <Link href="/check-ins" className="text-primary underline underline-offset-4">
          Your due check-ins
        </Link>
      </p>
    </>
  );
}
