import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { AuditEventDetails } from "@/components/admin/audit-event-details";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { requireCapability } from "@/lib/auth/session";
import { AUDIT_COUNT_CAP, auditLogPage } from "@/lib/data/audit-log";
import { formatDate, formatDateTime } from "@/lib/dates";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import Link from "@/components/ui/link";

export const metadata: Metadata = { title: "Audit log" };

/** A day as typed ("2026-11-02") in the app's date style ("2 Nov 2026"). */
const formatDay = (day: string) => formatDate(new Date(`${day}T12:00:00Z`), "UTC");

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireCapability("readAuditLog");
  const tz = await viewerTimeZone();
  // Unknown actions, malformed dates and cursors never reach here (proxy.ts answers 400); parsed leniently anyway.
  const { filters, about, daysSwapped, page, totalCapped, positionKnown } = await auditLogPage(
    user,
    await searchParams,
    tz,
  );
  const events = page.rows;
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      <Breadcrumbs items={[{ href: "/admin", label: "People & matrix" }, { label: "Audit log" }]} />
      <PageHeader
        title="Audit log"
        description="Append-only: score changes, submissions and amendments, permission changes, matrix edits, decisions, data requests, sign-ins and refused sign-ins."
      />
      {filters.candidate ? (
        <p role="status" className="mb-3 text-sm">
          {about ? (
            <>
              Events about <span className="font-medium">{about.name}</span>: the candidate, their applications,
              interviews and scorecards.
            </>
          ) : (
            "Events about a candidate who is not on record (a mistyped or old link)."
          )}{" "}
          <Link
            href={`?${new URLSearchParams(Object.entries({ ...filters, candidate: undefined }).filter((e): e is [string, string] => Boolean(e[1])))}`}
            className="text-primary underline underline-offset-4"
          >
            Show events about everyone
          </Link>
        </p>
      ) : null}
      <AuditFilterForm filters={filters} filtered={filtered} />
      {daysSwapped ? (
        <p role="status" className="mb-3 text-sm text-muted-foreground">
          “From” was after “To”: showing {formatDay(filters.from!)} to {formatDay(filters.to!)}.
        </p>
      ) : null}
      {events.length === 0 ? (
        <p className="rounded-md border border-dashed border-border p-4 text-sm text-muted-foreground">
          {page.total > 0
            ? "No events on this page (an old link, or past the last page): start again from the newest with the filters above."
            : filtered
              ? "No event matches these filters."
              : "Nothing has been recorded yet."}
        </p>
      ) : null}
      <ol className="divide-y divide-border rounded-lg border border-border bg-card" aria-label="Audit events">
        {events.map((e) => (
          <li key={e.id} className="grid gap-1 p-3 text-sm sm:grid-cols-[13.5rem_1fr] sm:gap-4">
            <time dateTime={e.at.toISOString()} className="text-xs whitespace-nowrap text-muted-foreground sm:text-sm">
              {formatDateTime(e.at, tz)}
            </time>
            <div className="min-w-0">
              <p>{e.sentence}</p>
              <AuditEventDetails details={e.details} />
            </div>
          </li>
        ))}
      </ol>
      <Pager
        label="Audit log pages"
        params={filters}
        page={page}
        totalText={totalCapped ? `${new Intl.NumberFormat("en").format(AUDIT_COUNT_CAP)}+` : undefined}
        rangeText={positionKnown ? undefined : `Past the newest ${new Intl.NumberFormat("en").format(AUDIT_COUNT_CAP)}`}
        className="mt-3"
      />
    </>
  );
}
