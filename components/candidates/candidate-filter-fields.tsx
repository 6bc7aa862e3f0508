import { NOT_STARTED } from "@/lib/validation/list-params";
import { Select } from "@/components/ui/select";
import type { VisibleStatus } from "@/lib/applications/status";

const STATUS_OPTIONS: [VisibleStatus, string][] = [
  ["ACTIVE", "In process"],
  ["HIRED", "Hired"],
  ["REJECTED", "Rejected"],
  ["WITHDRAWN", "Withdrawn"],
  ["CLOSED", "Closed, outcome not shown to you"],
];

/** Name search, stage and status: the fields every candidate list's filter form starts with. */
export const FILTER_FIELD = "h-10 w-full min-w-0 rounded-md border border-border bg-card px-2 text-base sm:text-sm";

export function CandidateFilterFields({
  query,
  stages,
  nameClassName,
  neverShown = [],
}: {
  query: { q?: string; stage?: string; status?: string };
  stages: { id: string; name: string }[];
  nameClassName: string;
  /** Statuses no row of this list can read for this viewer: not offered (unless the URL asks for one). */
  neverShown?: VisibleStatus[];
}) {
  return (
    <>
      <div className={nameClassName}>
        <label htmlFor="filter-q">Name</label>
        <input
          type="search"
          id="filter-q"
          name="q"
          defaultValue={query.q ?? ""}
          maxLength={100}
          placeholder="Search candidates"
          className={FILTER_FIELD}
        />
      </div>
      <div className="grid gap-1 text-sm">
        <label htmlFor="filter-stage">Stage</label>
        <Select id="filter-stage" name="stage" defaultValue={query.stage ?? ""} className="w-full min-w-0">
          <option value="">Any stage</option>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          <option value={NOT_STARTED}>Not started</option>
        </Select>
      </div>
      <div className="grid gap-1 text-sm">
        <label htmlFor="filter-status">Candidate status</label>
        <Select id="filter-status" name="status" defaultValue={query.status ?? ""} className="w-full min-w-0">
          <option value="">Any status</option>
          {STATUS_OPTIONS.filter(([value]) => value === query.status || !neverShown.includes(value)).map(
            ([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ),
          )}
        </Select>
      </div>
    </>
  );
}
