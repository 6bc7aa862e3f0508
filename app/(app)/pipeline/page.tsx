import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyPageText, Pager } from "@/components/ui/pager";
import { CandidateTable } from "@/components/pipeline/candidate-table";
import { candidateTableRows } from "@/lib/candidates/candidate-table-rows";
import { requireCapability } from "@/lib/auth/session";
import { recruiterOverview } from "@/lib/data/recruiter-home";
import { formatMoney } from "@/lib/utils";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { candidateListParams } from "@/lib/validation/list-params";
import { buttonVariants } from "@/components/ui/button-variants";
import { QueryForm } from "@/components/ui/query-form";

export const metadata: Metadata = { title: "Roles & candidates" };

const fmt = new Intl.NumberFormat("en");

export default async function PipelinePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireCapability("manageCandidates");
  const tz = await viewerTimeZone();
  const params = candidateListParams(await searchParams);
  const { roles, candidates } = await recruiterOverview(user, params);
  return (
    <>
      <PageHeader
        title="Roles & candidates"
        description="Every opening with its pipeline, and every candidate on file."
        actions={
          <Link href="/pipeline/import" className={buttonVariants()}>
            Import CSV
          </Link>
        }
      />
      <section aria-labelledby="roles-h" className="mb-10">
        <h2 id="roles-h" className="mb-3 text-lg font-semibold">
          Roles
        </h2>
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {roles.rows.map((role) => (
            <li key={role.id}>
              <Card className="h-full">
                <CardHeader>
                  <div className="flex items-start justify-between gap-2">
                    <CardTitle>
                      <Link href={`/roles/${role.id}`} className="text-primary underline-offset-4 hover:underline">
                        {role.title}
                      </Link>
                    </CardTitle>
                    <Badge variant={role.status === "OPEN" ? "success" : "muted"}>{role.status.toLowerCase()}</Badge>
                  </div>
                  <CardDescription>
                    {role.cluster.name} · {formatMoney(role.salaryMin, role.salaryMax, role.currency)}
                  </CardDescription>
                </CardHeader>
                <CardContent>
                  <p className="text-sm font-medium">
                    <Link href={`/pipeline/roles/${role.id}`} className="text-primary underline underline-offset-4">
                      {fmt.format(role.active)} active candidate{role.active === 1 ? "" : "s"}
                    </Link>
                  </p>
                  <ul className="mt-2 grid gap-1 text-sm text-muted-foreground">
                    {role.byStage.map((s) => (
                      <li key={s.stageId ?? "none"} className="flex justify-between gap-2">
                        <span>{s.name}</span>
                        <span>{fmt.format(s.count)}</span>
                      </li>
                    ))}
                  </ul>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
        {roles.total > roles.rows.length ? (
          <p className="mt-3 text-sm text-muted-foreground">
            Showing {roles.rows.length} of {fmt.format(roles.total)} roles: open and draft roles first, newest first.
          </p>
        ) : null}
      </section>
      <section aria-labelledby="cand-h">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 id="cand-h" className="text-lg font-semibold">
            Candidates <Badge variant="muted">{fmt.format(candidates.total)}</Badge>
          </h2>
          <QueryForm role="search" aria-label="Candidates" className="flex w-full gap-2 sm:w-auto">
            <label htmlFor="cand-q" className="sr-only">
              Name or email
            </label>
            <Input
              id="cand-q"
              type="search"
              name="q"
              defaultValue={params.q ?? ""}
              placeholder="Name or email"
              maxLength={100}
              className="sm:w-64"
            />
            <Button type="submit" variant="outline">
              Search
            </Button>
          </QueryForm>
        </div>
        {params.q ? (
          <p className="mb-3 text-sm text-muted-foreground">
            Matching “{params.q}”.{" "}
            <Link href="/pipeline" className="text-primary underline underline-offset-4">
              Show all
            </Link>
          </p>
        ) : null}
        {candidates.rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-border p-8 text-center text-muted-foreground">
            <EmptyPageText
              page={candidates}
              params={{ q: params.q }}
              empty={params.q ? "No candidate matches that name or email." : "No candidates on file yet."}
            />
          </p>
        ) : (
          <CandidateTable rows={candidateTableRows(candidates.rows, tz)} />
        )}
        <Pager label="Candidate pages" params={{ q: params.q }} page={candidates} className="mt-3" />
      </section>
    </>
  );
}
