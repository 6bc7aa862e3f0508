import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FitBars } from "@/components/charts/fit-bars";
import { HeatmapTable } from "@/components/candidates/heatmap-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { roleComparison } from "@/lib/data/role-comparison";
import { FIT_EXPLANATION } from "@/lib/scoring";
import { HIDDEN_REASON_LABEL, HIDDEN_REASON_ROLE_TEXT } from "@/lib/scorecards/access";

export const metadata: Metadata = { title: "Compare candidates" };

export default async function ComparePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ sort?: string }> }) {
  const user = await requireUser();
  const [{ id }, { sort }] = await Promise.all([params, searchParams]);
  const data = await roleComparison(user, id);
  if (!data) notFound();
  // Candidates whose feedback this viewer may not see (independence rule) carry no scores: they
  // are listed apart with the reason instead of appearing as "no evidence" in the heat map.
  const rows = data.rows.flatMap((r) => (r.visible ? [r] : []));
  const hidden = data.rows.flatMap((r) => (r.visible ? [] : [r]));
  if (sort !== "name") rows.sort((a, b) => (b.summary.fit ?? -1) - (a.summary.fit ?? -1));
  else rows.sort((a, b) => a.name.localeCompare(b.name));
  const reasons = [...new Set(hidden.map((r) => r.reason))];
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm"><Link href={`/roles/${id}`} className="text-primary underline-offset-4 hover:underline">← {data.role.title}</Link></nav>
      <PageHeader
        title="Compare candidates"
        description={`${data.role.title}: every candidate against the target profile, from submitted scorecards only.`}
        actions={data.canExport ? <a href={`/api/roles/${id}/scores.csv`} className="inline-flex h-10 items-center rounded-md border border-border bg-card px-4 text-sm">Download scores (CSV)</a> : null}
      />
      {hidden.length ? (
        <Card className="mb-6">
          <CardHeader>
            <CardTitle>Feedback hidden for {hidden.length === data.rows.length ? "every candidate" : `${hidden.length} of ${data.rows.length} candidates`}</CardTitle>
            <CardDescription>{reasons.map((r) => HIDDEN_REASON_ROLE_TEXT[r]).join(" ")} They are left out of the heat map, the charts and the exports.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-1 text-sm">
              {hidden.map((r) => <li key={r.application.id} className="flex flex-wrap justify-between gap-2"><span className="font-medium">{r.name}</span><span className="text-muted-foreground">{r.application.statusHidden ? "in process" : (r.application.currentStage?.name ?? r.application.status.toLowerCase())} · {HIDDEN_REASON_LABEL[r.reason]}</span></li>)}
            </ul>
          </CardContent>
        </Card>
      ) : null}
      {rows.length || !hidden.length ? (
        <>
          <Card>
            <CardHeader><CardTitle>Gap heat map</CardTitle><CardDescription>Each cell: consensus level (gap to target). Sorted by {sort === "name" ? "name" : "fit"}; <Link href={`?sort=${sort === "name" ? "fit" : "name"}`} className="text-primary underline underline-offset-4">sort by {sort === "name" ? "fit" : "name"}</Link>.</CardDescription></CardHeader>
            <CardContent><HeatmapTable targets={data.targets} rows={rows.map((r) => ({ id: r.application.id, name: r.name, stage: r.application.currentStage?.name ?? r.application.status.toLowerCase(), summary: r.summary }))} /></CardContent>
          </Card>
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <Card><CardHeader><CardTitle>Fit by candidate</CardTitle></CardHeader><CardContent><FitBars data={rows.filter((r) => r.summary.fit != null).map((r) => ({ name: r.name, fit: r.summary.fit! }))} /></CardContent></Card>
            <Card>
              <CardHeader><CardTitle>Where candidates fall short</CardTitle><CardDescription>If most candidates miss the same domain, the target may be too high or sourcing is off.</CardDescription></CardHeader>
              <CardContent>
                <ul className="grid gap-2 text-sm">
                  {data.shortfallCounts.map((s) => (
                    <li key={s.domainId}>
                      <div className="flex justify-between"><span className="font-medium">{s.name} (target L{s.target})</span><span>{s.short} of {s.assessed} assessed below target</span></div>
                      <div className="mt-1 h-2 rounded bg-muted" aria-hidden><div className="h-2 rounded bg-danger" style={{ width: `${s.assessed ? (100 * s.short) / s.assessed : 0}%` }} /></div>
                    </li>
                  ))}
                </ul>
              </CardContent>
            </Card>
          </div>
          <p className="mt-3 text-xs text-muted-foreground">{FIT_EXPLANATION}</p>
        </>
      ) : null}
    </>
  );
}
