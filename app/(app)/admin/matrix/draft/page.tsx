import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { CellEditor } from "@/components/matrix-editor/cell-editor";
import { DiscardDraftButton, StartDraftButton } from "@/components/matrix-editor/draft-buttons";
import { DomainForm } from "@/components/matrix-editor/domain-form";
import { DomainList } from "@/components/matrix-editor/domain-list";
import { EmphasisSelect } from "@/components/matrix-editor/emphasis-select";
import { PublishForm } from "@/components/matrix-editor/publish-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { draftEditor } from "@/lib/matrix/queries";
import { EMPHASIS_TO_FILE } from "@/lib/matrix/snapshot";
import { cn } from "@/lib/utils";
import { formatDate } from "@/lib/dates";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { UnknownChoiceNote } from "@/components/ui/unknown-choice-note";
import { clusterQuerySchema } from "@/lib/validation/page-queries";

export const metadata: Metadata = { title: "Draft matrix" };

const link = "text-primary underline underline-offset-4";

export default async function DraftMatrixPage({ searchParams }: { searchParams: Promise<{ cluster?: string }> }) {
  await requireCapability("editMatrix");
  const tz = await viewerTimeZone();
  const { cluster: clusterKey } = clusterQuerySchema.parse(await searchParams);
  const data = await draftEditor(clusterKey);
  const breadcrumb = (
    <Breadcrumbs
      items={[
        { href: "/admin", label: "People & matrix" },
        { href: "/admin/matrix", label: "Matrix versions" },
        { label: "Draft" },
      ]}
    />
  );
  if (!data) {
    return (
      <>
        {breadcrumb}
        <PageHeader
          title="Draft matrix"
          description="There is no draft. Start one: it begins as a copy of the current version."
        />
        <StartDraftButton />
      </>
    );
  }
  const { draft, clusters, cluster, levels, domains, empty, nextNumber } = data;
  const levelName = (rank: number) => levels.find((l) => l.rank === rank)?.name ?? "";
  return (
    <>
      {breadcrumb}
      <PageHeader
        title="Draft matrix"
        description={
          <>
            Based on version {draft.basedOn?.number ?? "—"} · started {formatDate(draft.createdAt, tz)}
            {draft.createdBy ? ` by ${draft.createdBy.name}` : ""}. Changes save cell by cell and stay invisible to
            everyone until you publish.
          </>
        }
        actions={
          <>
            {draft.basedOn ? (
              <Link
                href={`/admin/matrix/diff?from=${draft.basedOn.id}&to=${draft.id}`}
                className={cn(link, "self-center text-sm")}
              >
                Compare with version {draft.basedOn.number}
              </Link>
            ) : null}
            <a href={`/admin/matrix/export/${draft.id}`} download className={cn(link, "self-center text-sm")}>
              Export JSON
            </a>
            <DiscardDraftButton />
          </>
        }
      />

      <div className="grid gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Domains</CardTitle>
            <CardDescription>
              Order, wording and membership apply to every cluster. Retiring removes a domain from this draft only.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            <DomainList domains={domains} />
            <details className="rounded-md border border-border p-3">
              <summary className="cursor-pointer text-sm font-medium">Add a domain</summary>
              <div className="mt-3">
                <DomainForm />
              </div>
            </details>
          </CardContent>
        </Card>

        {empty.length > 0 ? (
          <section
            aria-labelledby="empty-h"
            className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950"
          >
            <h2 id="empty-h" className="font-semibold">
              {empty.length} empty cell{empty.length === 1 ? "" : "s"} to fill before publishing
            </h2>
            <ul className="mt-2 grid gap-1 sm:grid-cols-2">
              {empty.slice(0, 12).map((c) => (
                <li key={c.cellId}>
                  <Link
                    href={`/admin/matrix/draft?cluster=${c.clusterKey}#cell-${c.cellId}`}
                    className="underline underline-offset-4"
                  >
                    {c.cluster} · {c.domain} · level {c.level}
                  </Link>
                </li>
              ))}
            </ul>
            {empty.length > 12 ? <p className="mt-1">…and {empty.length - 12} more.</p> : null}
          </section>
        ) : null}

        <section aria-labelledby="cells-h" className="grid gap-4">
          <h2 id="cells-h" className="text-lg font-semibold">
            Indicators by cluster
          </h2>
          <UnknownChoiceNote asked={clusterKey} what="role cluster" shown={cluster} />
          <nav aria-label="Role clusters" className="-mx-4 overflow-x-auto px-4">
            <ul className="flex gap-2">
              {clusters.map((c) => (
                <li key={c.id}>
                  <Link
                    href={`/admin/matrix/draft?cluster=${c.key}`}
                    aria-current={c.id === cluster.id ? "page" : undefined}
                    className={cn(
                      "flex items-center gap-1.5 rounded-full border px-3 py-1.5 text-sm whitespace-nowrap",
                      c.id === cluster.id
                        ? "border-primary bg-primary text-white"
                        : "border-border bg-card hover:bg-muted",
                    )}
                  >
                    {c.name}
                    {c.empty > 0 ? (
                      <span className="rounded-full bg-amber-100 px-1.5 text-xs text-amber-900">
                        {c.empty}
                        <span className="sr-only"> empty</span>
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {domains.map((d) => (
            <section key={`${cluster.id}-${d.domainId}`} aria-labelledby={`d-${d.domainId}`} className="grid gap-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 id={`d-${d.domainId}`} className="font-semibold">
                  {d.name}
                </h3>
                <EmphasisSelect
                  clusterId={cluster.id}
                  clusterName={cluster.name}
                  domainId={d.domainId}
                  domainName={d.name}
                  value={EMPHASIS_TO_FILE[d.emphasis]}
                />
              </div>
              <div className="grid gap-3 md:grid-cols-3">
                {d.cells.map((c) =>
                  c.cellId ? (
                    <CellEditor
                      key={c.cellId}
                      cellId={c.cellId}
                      level={c.level}
                      levelName={levelName(c.level)}
                      domainName={d.name}
                      indicators={c.indicators}
                    />
                  ) : (
                    <p key={c.level} className="text-sm text-danger">
                      Level {c.level} cell is missing; re-import the matrix to repair it.
                    </p>
                  ),
                )}
              </div>
            </section>
          ))}
        </section>

        <Card>
          <CardHeader>
            <CardTitle>
              Publish{" "}
              <Badge variant={empty.length ? "warning" : "success"}>
                {empty.length ? `${empty.length} empty` : "ready"}
              </Badge>
            </CardTitle>
            <CardDescription>
              Publishing makes this version {nextNumber} and current for new roles. Existing roles and scorecards are
              not changed.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <PublishForm nextNumber={nextNumber} emptyCount={empty.length} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
