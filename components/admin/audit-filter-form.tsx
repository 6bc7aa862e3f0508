// The audit log's filters: a plain GET form (works before the script loads, and the address can be
// shared): an action, part of the name or email of who acted, and a range of days in the viewer's zone.
import Link from "@/components/ui/link";
import { buttonVariants } from "@/components/ui/button-variants";
import { LABEL_CLASS } from "@/components/ui/field-classes";
import { QueryField } from "@/components/ui/query-field";
import { QueryForm } from "@/components/ui/query-form";
import { Select } from "@/components/ui/select";
import { AUDIT_ACTION_GROUPS } from "@/lib/audit-actions";
import type { AuditFilters } from "@/lib/data/audit-log";

export function AuditFilterForm({ filters, filtered }: { filters: AuditFilters; filtered: boolean }) {
  return (
    <QueryForm
      key={JSON.stringify(filters)}
      role="search"
      aria-label="Audit events"
      className="mb-4 grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_auto_auto_auto] lg:items-end"
    >
      {/* Labelled by id, not by wrapping: a wrapping label's text took in every option's ("Password set from an invitation"). */}
      <div className="grid gap-1">
        <label htmlFor="audit-action" className={LABEL_CLASS}>
          Action
        </label>
        <Select id="audit-action" name="action" defaultValue={filters.action ?? ""} className="w-full">
          <option value="">All actions</option>
          {AUDIT_ACTION_GROUPS.map((g) => (
            <optgroup key={g.subject} label={g.subject}>
              {g.actions.map((a) => (
                <option key={a.action} value={a.action}>
                  {a.label}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </div>
      <QueryField
        label="Who acted"
        name="who"
        defaultValue={filters.who ?? ""}
        maxLength={100}
        placeholder="Part of a name or email"
      />
      {/* "About a candidate" comes from their profile's link; filtering further keeps it (the page says so, with a way out). */}
      {filters.candidate ? <input type="hidden" name="candidate" value={filters.candidate} /> : null}
      <QueryField label="From" type="date" name="from" defaultValue={filters.from ?? ""} />
      <QueryField label="To (inclusive)" type="date" name="to" defaultValue={filters.to ?? ""} />
      <div className="flex gap-2">
        <button className={buttonVariants({ variant: "outline" })}>Filter</button>
        {filtered ? (
          <Link href="/admin/audit" className={buttonVariants({ variant: "ghost" })}>
            Clear
          </Link>
        ) : null}
      </div>
    </QueryForm>
  );
}
