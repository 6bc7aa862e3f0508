import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { StatusNote } from "@/components/ui/status-note";
import { notFound } from "next/navigation";
import { ComparisonFilters } from "@/components/candidates/comparison-filters";
import { HeatmapTable } from "@/components/candidates/heatmap-table";
import { HiddenFeedbackTable } from "@/components/candidates/hidden-feedback-table";
import { heatmapCells } from "@/lib/data/heatmap-cells";
import { FitHistogram } from "@/components/charts/fit-histogram";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyPageText, Pager } from "@/components/ui/pager";
import { requireUser } from "@/lib/auth/session";
import { comparisonRole, roleComparisonPage } from "@/lib/data/role-comparison";
import { FIT_EXPLANATION } from "@/lib/scoring";
import { HIDDEN_REASON_LABEL, HIDDEN_REASON_ROLE_TEXT } from "@/lib/scorecards/access";
import { paramsAreIds } from "@/lib/validation/id";
import {
  comparisonBackQuery,
  comparisonQueryInScope,
  comparisonSorting,
  HEATMAP_ANCHOR,
  parseComparisonQuery,
} from "@/lib/validation/comparison";
import { cn } from "@/lib/utils";
import { sameNameDetails } from "@/lib/candidates/same-names";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { standingText } from "@/lib/applications/status";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonVariants } from "@/components/ui/button-variants";

export const metadata: Metadata = { title: "Compare candidates" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const [{ id }, raw] = await Promise.all([params, searchParams]);
  if (!paramsAreIds({ id })) notFound();
  const role = await comparisonRole(user, id);
  if (!role) notFound();
  const asked = parseComparisonQuery(raw);
  let scoped = comparisonQueryInScope(asked, role);
  let data = await roleComparisonPage(user, role, scoped.query);
  // Nothing to compare but candidates whose feedback is hidden: open on those, with the reason.
  if (!raw.view && data.counts.scored === 0 && data.counts.hidden > 0) {
    scoped = comparisonQueryInScope({ ...asked, view: "hidden" }, role);
    data = await roleComparisonPage(user, role, scoped.query);
  }
  const { query } = scoped;
  const { page } = data;
  const sameName = sameNameDetails(
    page.rows.map((r) => ({ id: r.applicationId, name: r.name, headline: r.headline, addedAt: r.addedAt })),
    await viewerTimeZone(),
  );
  // Each candidate link carries this page's query, so the candidate's breadcrumb comes back here.
  const backQuery = comparisonBackQuery(query);
  const urlParams = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v == null ? undefined : String(v)]));
  const onPage = new Map<string, number>();
  for (const r of page.rows) {
    if (r.reason !== null) continue;
    const bucket = data.histogram.find((b) =>
      r.evidenced === 0 || r.fit == null
        ? b.from === null
        : b.from !== null && Math.min(Math.floor(r.fit / 10), 9) * 10 === b.from,
    );
    if (bucket) onPage.set(bucket.label, (onPage.get(bucket.label) ?? 0) + 1);
  }
  const tab = (view: "scored" | "hidden", label: string, count: number) => (
    <Link
      href={`?view=${view}`}
      aria-current={query.view === view ? "page" : undefined}
      className={cn(
        "rounded-md px-3 py-2 text-sm",
        query.view === view ? "bg-primary text-primary-foreground" : "border border-border bg-card hover:bg-muted",
      )}
    >
      {label} <span className="tabular-nums">({count.toLocaleString("en")})</span>
    </Link>
  );
  return (
    <>
      <Breadcrumbs items={[{ href: `/roles/${id}`, label: role.title }, { label: "Compare candidates" }]} />
      <PageHeader
        title="Compare candidates"
        description={`${role.title}: every candidate against the target profile, from submitted scorecards only.`}
        actions={
          data.canExport ? (
            <>
              <a href={`/api/roles/${id}/scores.csv`} className={buttonVariants({ variant: "outline" })}>
                Download scores (CSV)
              </a>
              <a href={`/api/roles/${id}/gaps.csv`} className={buttonVariants({ variant: "outline" })}>
                Gap summary (CSV)
              </a>
            </>
          ) : null
        }
      />
      <div className="mb-4 flex flex-wrap gap-2" role="navigation" aria-label="Which candidates">
        {tab("scored", "Feedback visible", data.counts.scored)}
        {data.counts.hidden ? tab("hidden", "Feedback hidden", data.counts.hidden) : null}
      </div>
      {query.view === "hidden" ? (
        <p className="mb-4 text-sm text-muted-foreground">
          {data.hiddenReasons.length > 0
            ? `${data.hiddenReasons.map((r) => HIDDEN_REASON_ROLE_TEXT[r]).join(" ")} They are left out of the heat map, the charts and the exports.`
            : // A hand-made link to this tab for a viewer who sees every candidate's feedback (round X).
              "No candidate's feedback is hidden from you: every candidate is on the “Feedback visible” tab."}
        </p>
      ) : null}
      {scoped.notes.map((note) => (
        <StatusNote key={note}>{note}</StatusNote>
      ))}
      <ComparisonFilters query={query} stages={role.stages} domains={role.targets} />
      <Card id={HEATMAP_ANCHOR} className="mt-4 scroll-mt-2">
        <CardHeader>
          <CardTitle>
            {query.view !== "hidden"
              ? "Gap heat map"
              : // "Yet" only where submitting opens it (round Y: a manager off the role read "yet").
                data.hiddenReasons.includes("submit-first")
                ? "Candidates whose feedback you can't see yet"
                : "Candidates whose feedback you can't see"}
          </CardTitle>
          {query.view === "hidden" ? null : (
            <CardDescription>
              Each cell: consensus level (levels short of or above the target). Open a candidate for the evidence.
            </CardDescription>
          )}
        </CardHeader>
        <CardContent className="grid gap-3">
          <Pager label="Candidate pages (top)" params={urlParams} page={page} />
          {page.rows.length === 0 ? (
            <p className="rounded-md border border-dashed border-border p-6 text-center text-sm text-muted-foreground">
              <EmptyPageText page={page} params={urlParams} empty="No candidate matches these filters." />
            </p>
          ) : query.view === "hidden" ? (
            <HiddenFeedbackTable
              backQuery={backQuery}
              rows={page.rows.map((r) => ({
                id: r.applicationId,
                name: r.name,
                stage: standingText(r.status, r.stage),
                detail: sameName.get(r.applicationId),
                why: r.reason ? HIDDEN_REASON_LABEL[r.reason] : "",
              }))}
            />
          ) : (
            <HeatmapTable
              targets={role.targets}
              backQuery={backQuery}
              sorting={comparisonSorting(query, role.targets)}
              rows={page.rows.map((r) => ({
                id: r.applicationId,
                name: r.name,
                stage: standingText(r.status, r.stage),
                detail: sameName.get(r.applicationId),
                fit: r.fit,
                evidenced: r.evidenced,
                targetDomains: r.targetDomains,
                cells: heatmapCells(role.targets, r.domains),
              }))}
            />
          )}
          <Pager label="Candidate pages" params={urlParams} page={page} />
        </CardContent>
      </Card>
      {query.view === "scored" ? (
        <>
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <Card>
              <CardHeader>
                <CardTitle>Fit distribution</CardTitle>
                <CardDescription>Every candidate matching the filters, not just this page.</CardDescription>
              </CardHeader>
              <CardContent>
                <FitHistogram buckets={data.histogram} onPage={onPage} />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>Where candidates fall short</CardTitle>
                <CardDescription>
                  If most candidates miss the same domain, the target may be too high or sourcing is off.
                </CardDescription>
              </CardHeader>
              <CardContent>
                {/* Nobody in the filtered set assessed: a row of "0 of 0" per domain said nothing four times. */}
                {data.shortfalls.every((s) => s.assessed === 0) ? (
                  <p className="text-sm text-muted-foreground">
                    No candidate here has been assessed in a targeted domain yet.
                  </p>
                ) : (
                  <ul className="grid gap-3 text-sm">
                    {data.shortfalls.map((s) => (
                      <li key={s.domainId}>
                        <div className="flex flex-wrap justify-between gap-x-2">
                          <Link
                            href={`?${new URLSearchParams({ view: "scored", below: s.domainId })}`}
                            className="font-medium text-primary underline-offset-4 hover:underline"
                          >
                            {s.name} (target L{s.target})
                          </Link>
                          <span className="tabular-nums">
                            {s.short.toLocaleString("en")} of {s.assessed.toLocaleString("en")} assessed below target
                          </span>
                        </div>
                        <div className="mt-1 h-2 rounded bg-muted" aria-hidden>
                          <div
                            className="h-2 rounded bg-danger"
                            style={{ width: `${s.assessed ? (100 * s.short) / s.assessed : 0}%` }}
                          />
                        </div>
                      </li>
                    ))}
                  </ul>
                )}
              </CardContent>
            </Card>
          </div>
          <p className="mt-3 text-xs text-muted-foreground">{FIT_EXPLANATION}</p>
        </>
      ) : null}
    </>
  );
}
