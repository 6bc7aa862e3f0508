import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { recruiterOverview } from "@/lib/data/home";
import { formatDate, formatMoney } from "@/lib/utils";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Roles & candidates" };

export default async function PipelinePage() {
  await requireCapability("manageCandidates");
  const { roles, candidates } = await recruiterOverview();
  return (
    <>
      <PageHeader
        title="Roles & candidates"
        description="Every opening with its pipeline, and every candidate on file."
        actions={<Link href="/pipeline/import" className="inline-flex h-10 items-center rounded-md bg-primary px-4 text-sm font-medium text-white">Import CSV</Link>}
      />
      <section aria-labelledby="roles-h" className="mb-10">
        <h2 id="roles-h" className="mb-3 text-lg font-semibold">Roles</h2>
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {roles.map((role) => {
            const active = role.applications.filter((a) => a.status === "ACTIVE");
            const byStage = new Map<string, number>();
            for (const a of active) byStage.set(a.currentStage?.name ?? "Not started", (byStage.get(a.currentStage?.name ?? "Not started") ?? 0) + 1);
            return (
              <li key={role.id}>
                <Card className="h-full">
                  <CardHeader>
                    <div className="flex items-start justify-between gap-2">
                      <CardTitle><Link href={`/roles/${role.id}`} className="text-primary underline-offset-4 hover:underline">{role.title}</Link></CardTitle>
                      <Badge variant={role.status === "OPEN" ? "success" : "muted"}>{role.status.toLowerCase()}</Badge>
                    </div>
                    <CardDescription>{role.cluster.name} · {formatMoney(role.salaryMin, role.salaryMax, role.currency)}</CardDescription>
                  </CardHeader>
                  <CardContent>
                    <p className="text-sm font-medium"><Link href={`/pipeline/roles/${role.id}`} className="text-primary underline underline-offset-4">{active.length} active candidates</Link></p>
                    <ul className="mt-2 grid gap-1 text-sm text-muted-foreground">
                      {[...byStage].map(([stage, n]) => (
                        <li key={stage} className="flex justify-between"><span>{stage}</span><span>{n}</span></li>
                      ))}
                    </ul>
                  </CardContent>
                </Card>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="cand-h">
        <h2 id="cand-h" className="mb-3 text-lg font-semibold">Candidates <Badge variant="muted">{candidates.length}</Badge></h2>
        <ScrollRegion label="Candidates" className="rounded-lg border border-border bg-card">
          <table className="w-full min-w-[36rem] text-sm">
            <thead className="bg-muted text-left text-muted-foreground">
              <tr><th scope="col" className="p-3">Name</th><th scope="col" className="p-3">Applied for</th><th scope="col" className="p-3">Stage</th><th scope="col" className="p-3">Source</th><th scope="col" className="p-3">Added</th></tr>
            </thead>
            <tbody className="divide-y divide-border">
              {candidates.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="p-3 text-left font-medium"><Link href={`/pipeline/candidates/${c.id}`} className="text-primary underline-offset-4 hover:underline">{c.name}</Link><span className="block text-xs font-normal text-muted-foreground">{c.headline}</span></th>
                  <td className="p-3">{c.applications.map((a) => a.role.title).join(", ") || "—"}</td>
                  <td className="p-3">{c.applications.map((a) => a.currentStage?.name ?? a.status.toLowerCase()).join(", ") || "—"}</td>
                  <td className="p-3">{c.source ?? "—"}</td>
                  <td className="p-3">{formatDate(c.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
    </>
  );
}
