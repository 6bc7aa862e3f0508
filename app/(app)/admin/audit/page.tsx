import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { AUDIT_ACTIONS } from "@/lib/audit";
import { requireCapability } from "@/lib/auth/session";
import { AUDIT_COUNT_CAP, auditLogPage } from "@/lib/data/audit-log";
import { formatDateTime } from "@/lib/utils";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability("readAuditLog");
  // Unknown actions and malformed cursors are ignored (all actions, first page), never a 500.
  const { action, page, totalCapped } = await auditLogPage(user, await searchParams);
  const events = page.rows;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href="/admin" className="text-primary underline-offset-4 hover:underline">
          ← People & matrix
        </Link>
      </nav>
      <PageHeader
        title="Audit log"
        description="Append-only: score changes, submissions and amendments, permission changes, matrix edits, decisions, data requests."
      />
      <form className="mb-4 flex flex-wrap items-end gap-2 text-sm">
        <label className="grid gap-1" htmlFor="action">
          Action
          <select id="action" name="action" defaultValue={action ?? ""} className="h-10 rounded-md border border-border bg-card px-2">
            <option value="">All actions</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <button className="h-10 rounded-md border border-border bg-card px-4">Filter</button>
      </form>
      <ScrollRegion label="Audit events" className="rounded-lg border border-border bg-card">
        <table className="w-full min-w-[40rem] text-sm">
          <thead className="bg-muted text-left">
            <tr>
              <th scope="col" className="p-2">
                When
              </th>
              <th scope="col" className="p-2">
                Who
              </th>
              <th scope="col" className="p-2">
                Action
              </th>
              <th scope="col" className="p-2">
                On
              </th>
              <th scope="col" className="p-2">
                Details
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border align-top">
            {events.map((e) => (
              <tr key={e.id}>
                <td className="whitespace-nowrap p-2">{formatDateTime(e.at)}</td>
                <td className="p-2">{e.actorName ?? "System"}</td>
                <td className="p-2 font-mono text-xs">{e.action}</td>
                <td className="p-2 font-mono text-xs">
                  {e.entityType} {e.entityId.slice(0, 10)}
                </td>
                <td className="max-w-md p-2">
                  {e.details.hidden ? (
                    <span className="text-xs italic text-muted-foreground">{e.details.why}</span>
                  ) : (
                    <code className="line-clamp-3 break-all text-xs text-muted-foreground">
                      {e.details.data ? JSON.stringify(e.details.data) : ""}
                    </code>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pager
        label="Audit log pages"
        params={{ action }}
        page={page}
        totalText={totalCapped ? `${new Intl.NumberFormat("en").format(AUDIT_COUNT_CAP)}+` : undefined}
        className="mt-3"
      />
    </>
  );
}
