import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Pager } from "@/components/ui/pager";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { PersonControls } from "@/components/admin/person-controls";
import { LABEL_CLASS } from "@/components/ui/field-classes";
import { buttonVariants } from "@/components/ui/button-variants";
import { KIND_LABEL } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/dates";
import type { PeopleQuery, PersonRow } from "@/lib/people/directory";
import type { Page } from "@/lib/paging/cursor";
import { Select } from "@/components/ui/select";
import { QueryField } from "@/components/ui/query-field";
import { QueryForm } from "@/components/ui/query-form";

const STATUS_LABEL = { active: "Active", deactivated: "Deactivated", "no-password": "No password yet" } as const;

/**
 * The admin's people: a search form (a plain GET form, so it works before the JavaScript loads
 * and the URL can be shared) over a paged table. Filters and paging run in the database.
 */
export function PeopleList({
  page,
  query,
  selfId,
  tz,
}: {
  page: Page<PersonRow> & { sso: string | null };
  query: PeopleQuery;
  selfId: string;
  tz: string;
}) {
  const filtered = !!(query.q || query.kind || query.status);
  const params = { q: query.q, kind: query.kind, status: query.status };
  return (
    <div className="grid gap-3">
      <QueryForm
        key={`${query.q ?? ""}|${query.kind ?? ""}|${query.status ?? ""}`}
        role="search"
        aria-label="People"
        className="grid gap-2 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
      >
        <QueryField
          label="Search people"
          name="q"
          defaultValue={query.q ?? ""}
          maxLength={200}
          placeholder="Name or email"
        />
        <label className="grid gap-1">
          <span className={LABEL_CLASS}>Filter by kind</span>
          <Select name="kind" defaultValue={query.kind ?? ""} className="w-full">
            <option value="">Every kind</option>
            {Object.entries(KIND_LABEL).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </Select>
        </label>
        <label className="grid gap-1">
          <span className={LABEL_CLASS}>Filter by status</span>
          <Select name="status" defaultValue={query.status ?? ""} className="w-full">
            <option value="">Any status</option>
            {Object.entries(STATUS_LABEL).map(([status, label]) => (
              <option key={status} value={status}>
                {label}
              </option>
            ))}
          </Select>
        </label>
        <div className="flex gap-2">
          <button className={buttonVariants({ variant: "outline" })}>Find</button>
          {filtered ? (
            <Link href="/admin" className={buttonVariants({ variant: "ghost" })}>
              Clear
            </Link>
          ) : null}
        </div>
      </QueryForm>
      {page.rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-border p-4 text-sm text-muted-foreground">
          {filtered ? "Nobody matches this search." : "Nobody has been added yet."}
        </p>
      ) : (
        <ScrollRegion label="People">
          {/* On a phone each person is a stacked block (name, status, controls) instead of three cramped columns. */}
          <table className="w-full text-sm max-sm:block">
            <thead className="text-left text-muted-foreground max-sm:sr-only">
              <tr>
                {/* Two fifths: the controls wrap onto a second line; an email squeezed to a few characters a line did not. */}
                <th scope="col" className="w-2/5 py-2 pr-3">
                  Name
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                <th scope="col" className="py-2">
                  Kind and access
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border max-sm:block">
              {page.rows.map((p) => (
                <tr key={p.id} className="max-sm:grid max-sm:gap-2 max-sm:py-3">
                  <th scope="row" className="py-2 pr-3 text-left font-medium max-sm:p-0">
                    {p.name}
                    <span className="block text-xs font-normal break-all text-muted-foreground">{p.email}</span>
                  </th>
                  <td className="py-2 pr-3 max-sm:p-0">
                    <PersonStatus person={p} tz={tz} sso={page.sso} />
                  </td>
                  <td className="py-2 max-sm:p-0">
                    <PersonControls person={p} isSelf={p.id === selfId} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pager label="People pages" params={params} page={page} />
    </div>
  );
}

/**
 * Active, invited (a link not used yet), their link expired, without a password (signs in by SSO
 * where it is set up, else needs a link) or deactivated.
 */
function PersonStatus({ person: p, tz, sso }: { person: PersonRow; tz: string; sso: string | null }) {
  if (!p.active) return <Badge variant="muted">deactivated</Badge>;
  if (p.hasPassword) return <Badge variant="success">active</Badge>;
  const [badge, detail] = p.invitedUntil
    ? ["invited", `link valid until ${formatDateTime(p.invitedUntil, tz)}`]
    : p.invitationExpiredAt
      ? ["invitation expired", `link expired ${formatDateTime(p.invitationExpiredAt, tz)}: send a new invitation`]
      : ["no password yet", sso ? `signs in with ${sso}, or send an invitation` : "send an invitation"];
  return (
    <>
      <Badge variant="warning">{badge}</Badge>
      <span className="mt-1 block text-xs text-muted-foreground">{detail}</span>
    </>
  );
}
