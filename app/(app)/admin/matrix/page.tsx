import type { Metadata } from "next";
import { formatCount } from "@/lib/utils";
import Link from "@/components/ui/link";
import { StartDraftButton } from "@/components/matrix-editor/draft-buttons";
import { ImportForm } from "@/components/matrix-editor/import-form";
import { MoveRole } from "@/components/matrix-editor/move-role";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { versionsOverview } from "@/lib/matrix/queries";
import { formatDate } from "@/lib/dates";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { matrixVersionsQuerySchema } from "@/lib/validation/page-queries";

export const metadata: Metadata = { title: "Matrix versions" };

const link = "text-primary underline underline-offset-4";

export default async function MatrixVersionsPage({ searchParams }: { searchParams: Promise<{ published?: string }> }) {
  await requireCapability("editMatrix");
  const tz = await viewerTimeZone();
  const [{ published }, { versions, draft, latest, emptyCount, rolesBehind }] = await Promise.all([
    searchParams.then((sp) => matrixVersionsQuerySchema.parse(sp)),
    versionsOverview(),
  ]);
  const current = latest?.number ? { id: latest.id, number: latest.number } : null;
  return (
    <>
      <Breadcrumbs items={[{ href: "/admin", label: "People & matrix" }, { label: "Matrix versions" }]} />
      <PageHeader
        title="Matrix versions"
        description="Published versions never change. Edit one draft, then publish it as the next version. Roles move to it when their owner is ready; scorecards keep the version they were written against."
        actions={
          draft ? (
            <Link href="/admin/matrix/draft" className={buttonVariants()}>
              Continue the draft
            </Link>
          ) : (
            <StartDraftButton />
          )
        }
      />
      {/* Only for the version that is current: an old or made-up number in the address is not news. */}
      {published && Number(published) === current?.number ? (
        <p role="status" className="mb-4 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900">
          Version {published} is published. New roles use it from now on.
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="versions-h">
          <h2 id="versions-h" className="sr-only">
            Versions
          </h2>
          <ol className="grid gap-3">
            {versions.map((v) => (
              <li key={v.id}>
                <Card>
                  <CardHeader>
                    <CardTitle className="flex flex-wrap items-center gap-2">
                      {v.number ? `Version ${v.number}` : "Draft"}
                      <Badge variant={v.status === "PUBLISHED" ? "success" : "warning"}>{v.status.toLowerCase()}</Badge>
                      {v.id === latest?.id ? <Badge>current</Badge> : null}
                    </CardTitle>
                    <CardDescription>
                      {v.status === "DRAFT"
                        ? `Based on version ${v.basedOn?.number ?? "—"} · started ${formatDate(v.createdAt, tz)}${v.createdBy ? ` by ${v.createdBy.name}` : ""}`
                        : `Published ${formatDate(v.publishedAt, tz)}${v.createdBy ? ` · drafted by ${v.createdBy.name}` : ""}`}
                    </CardDescription>
                  </CardHeader>
                  <CardContent className="grid gap-3 text-sm">
                    {v.changeNote ? <p className="whitespace-pre-line">{v.changeNote}</p> : null}
                    <p className="text-muted-foreground">
                      {v._count.domains} domains · {v._count.cells} cells · {v.indicators} indicators · {v._count.roles}{" "}
                      roles · {formatCount(v._count.scorecards)} scorecards
                      {v.status === "DRAFT" && emptyCount > 0 ? (
                        <>
                          {" "}
                          · <span className="text-amber-900">{emptyCount} empty cells</span>
                        </>
                      ) : null}
                    </p>
                    <p className="flex flex-wrap gap-x-4 gap-y-2">
                      {v.status === "DRAFT" ? (
                        <Link href="/admin/matrix/draft" className={link}>
                          Edit the draft
                        </Link>
                      ) : null}
                      {v.previousId ? (
                        <Link href={`/admin/matrix/diff?from=${v.previousId}&to=${v.id}`} className={link}>
                          Compare with version {versions.find((p) => p.id === v.previousId)?.number}
                        </Link>
                      ) : null}
                      <a href={`/admin/matrix/export/${v.id}`} download className={link}>
                        Export JSON<span className="sr-only"> of {v.number ? `version ${v.number}` : "the draft"}</span>
                      </a>
                    </p>
                  </CardContent>
                </Card>
              </li>
            ))}
          </ol>
        </section>

        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Import a matrix file</CardTitle>
            </CardHeader>
            <CardContent>
              <ImportForm hasDraft={!!draft} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>
                Roles on older versions <Badge variant="muted">{rolesBehind.length}</Badge>
              </CardTitle>
              <CardDescription>A role keeps its version until moved; its owner can move it too.</CardDescription>
            </CardHeader>
            <CardContent>
              {rolesBehind.length === 0 || !current ? (
                <p className="text-sm text-muted-foreground">Every role uses the current version.</p>
              ) : (
                <ul className="grid gap-4">
                  {rolesBehind.map((r) => (
                    <li key={r.id} className="grid gap-2 text-sm">
                      <p>
                        <Link href={`/roles/${r.id}`} className="font-medium underline-offset-4 hover:underline">
                          {r.title}
                        </Link>
                        <span className="text-muted-foreground">
                          {" "}
                          · version {r.matrixVersion.number} · {r.owner.name} · {r.status.toLowerCase()}
                        </span>
                      </p>
                      <MoveRole
                        roleId={r.id}
                        title={r.title}
                        fromId={r.matrixVersion.id}
                        fromNumber={r.matrixVersion.number}
                        toId={current.id}
                        toNumber={current.number}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
