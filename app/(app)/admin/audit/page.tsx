import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { auditDetails } from "@/lib/scorecards/audit-view";
import { formatDateTime } from "@/lib/utils";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Audit log" };
const PAGE = 50;

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ action?: string; before?: string }> }) {
  const user = await requireCapability("readAuditLog");
  const { action, before } = await searchParams;
  const beforeId = before && /^\d+$/.test(before) ? BigInt(before) : undefined;
  const [events, actions] = await Promise.all([
    db.auditEvent.findMany({
      where: { action: action || undefined, id: beforeId ? { lt: beforeId } : undefined },
      orderBy: { id: "desc" },
      take: PAGE,
      include: { actor: { select: { name: true } } },
    }),
    db.auditEvent.groupBy({ by: ["action"], _count: true, orderBy: { action: "asc" } }),
  ]);
  // Scorecard data only where the viewer may see it (drafts, independence): one batched lookup.
  const details = await auditDetails(user, events);
  const last = events.at(-1);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm"><Link href="/admin" className="text-primary underline-offset-4 hover:underline">← People & matrix</Link></nav>
      <PageHeader title="Audit log" description="Append-only: score changes, submissions and amendments, permission changes, matrix edits, decisions, data requests." />
      <form className="mb-4 flex flex-wrap items-end gap-2 text-sm">
        <label className="grid gap-1" htmlFor="action">Action
          <select id="action" name="action" defaultValue={action ?? ""} className="h-10 rounded-md border border-border bg-card px-2">
            <option value="">All actions</option>
            {actions.map((a) => <option key={a.action} value={a.action}>{a.action} ({a._count})</option>)}
          </select>
        </label>
        <button className="h-10 rounded-md border border-border bg-card px-4">Filter</button>
      </form>
      <ScrollRegion label="Audit events" className="rounded-lg border border-border bg-card">
        <table className="w-full min-w-[40rem] text-sm">
          <thead className="bg-muted text-left"><tr><th scope="col" className="p-2">When</th><th scope="col" className="p-2">Who</th><th scope="col" className="p-2">Action</th><th scope="col" className="p-2">On</th><th scope="col" className="p-2">Details</th></tr></thead>
          <tbody className="divide-y divide-border align-top">
            {events.map((e, i) => (
              <tr key={e.id.toString()}>
                <td className="whitespace-nowrap p-2">{formatDateTime(e.at)}</td>
                <td className="p-2">{e.actor?.name ?? "System"}</td>
                <td className="p-2 font-mono text-xs">{e.action}</td>
                <td className="p-2 font-mono text-xs">{e.entityType} {e.entityId.slice(0, 10)}</td>
                <td className="max-w-md p-2">
                  {details[i]!.hidden ? (
                    <span className="text-xs italic text-muted-foreground">{details[i]!.why}</span>
                  ) : (
                    <code className="line-clamp-3 break-all text-xs text-muted-foreground">{details[i]!.data ? JSON.stringify(details[i]!.data) : ""}</code>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {events.length === PAGE && last ? <Link href={`/admin/audit?${new URLSearchParams({ ...(action ? { action } : {}), before: last.id.toString() })}`} className="mt-3 inline-block text-sm text-primary underline underline-offset-4">Older events</Link> : null}
    </>
  );
}
