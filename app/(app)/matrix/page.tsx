import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { currentMatrixVersion, listClusters, listLevels, matrixForCluster } from "@/lib/data/matrix";
import { cn } from "@/lib/utils";
import { UnknownChoiceNote } from "@/components/ui/unknown-choice-note";
import { clusterQuerySchema } from "@/lib/validation/page-queries";

export const metadata: Metadata = { title: "Competency matrix" };

const EMPHASIS = {
  CORE: { label: "core", variant: "default" },
  SUPPORTING: { label: "supporting", variant: "muted" },
  PERIPHERAL: { label: "light", variant: "muted" },
} as const;
const LEVEL_BORDER = ["", "border-t-sky-500", "border-t-indigo-500", "border-t-purple-600"];

export default async function MatrixPage({ searchParams }: { searchParams: Promise<{ cluster?: string }> }) {
  await requireUser();
  const [{ cluster: clusterKey }, clusters, levels, version] = await Promise.all([
    searchParams.then((sp) => clusterQuerySchema.parse(sp)),
    listClusters(),
    listLevels(),
    currentMatrixVersion(),
  ]);
  if (!version || clusters.length === 0) notFound();
  const cluster = clusters.find((c) => c.key === clusterKey) ?? clusters[0]!;
  const rows = await matrixForCluster(version.id, cluster.id);
  return (
    <>
      <PageHeader
        title="Competency matrix"
        description={
          <>
            Version {version.number} · <span className="whitespace-pre-line">{version.changeNote}</span>
          </>
        }
      />
      <UnknownChoiceNote asked={clusterKey} what="role cluster" shown={cluster} />
      <nav aria-label="Role clusters" className="-mx-4 mb-4 overflow-x-auto px-4">
        <ul className="flex gap-2">
          {clusters.map((c) => (
            <li key={c.id}>
              <Link
                href={`/matrix?cluster=${c.key}`}
                aria-current={c.id === cluster.id ? "page" : undefined}
                className={cn(
                  "block rounded-full border px-3 py-1.5 text-sm whitespace-nowrap",
                  c.id === cluster.id ? "border-primary bg-primary text-white" : "border-border bg-card hover:bg-muted",
                )}
              >
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mb-6 max-w-3xl text-sm text-muted-foreground">{cluster.summary}</p>

      <div className="grid gap-8">
        {rows.map((d) => (
          <section key={d.domainId} aria-labelledby={`d-${d.domainId}`}>
            <div className="mb-3 flex flex-wrap items-baseline gap-2">
              <h2 id={`d-${d.domainId}`} className="text-lg font-semibold">
                {d.name}
              </h2>
              <Badge variant={EMPHASIS[d.emphasis].variant}>
                {EMPHASIS[d.emphasis].label} for {cluster.name}
              </Badge>
            </div>
            <p className="mb-3 max-w-3xl text-sm text-muted-foreground">{d.description}</p>
            <div className="grid gap-3 md:grid-cols-3">
              {d.levels.map((cell) => {
                const level = levels.find((l) => l.rank === cell.level);
                return (
                  <article
                    key={cell.level}
                    className={cn("rounded-lg border border-t-4 border-border bg-card p-4", LEVEL_BORDER[cell.level])}
                  >
                    <h3 className="text-sm font-semibold">
                      Level {cell.level} <span className="font-normal text-muted-foreground">· {level?.name}</span>
                    </h3>
                    <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm">
                      {cell.indicators.map((i) => (
                        <li key={i.id}>{i.text}</li>
                      ))}
                    </ul>
                  </article>
                );
              })}
            </div>
          </section>
        ))}
      </div>

      <section aria-labelledby="levels-h" className="mt-10 rounded-lg border border-border bg-card p-4 sm:p-6">
        <h2 id="levels-h" className="text-lg font-semibold">
          The three proficiency levels
        </h2>
        <div className="mt-4 grid gap-6 md:grid-cols-3">
          {levels.map((l) => (
            <div key={l.rank}>
              <h3 className="font-medium">
                Level {l.rank}: {l.name}
              </h3>
              <p className="mt-1 text-sm text-muted-foreground">{l.summary}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {l.indicators.map((i) => (
                  <li key={i.id}>{i.text}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>
    </>
  );
}
