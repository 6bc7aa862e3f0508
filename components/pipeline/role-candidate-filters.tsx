import Link from "next/link";

const FIELD = "h-10 w-full min-w-0 rounded-md border border-border bg-card px-2 text-base sm:text-sm";

/** Name search and stage/status filters of a role's candidate list: a GET form, so every state is a URL. */
export function RoleCandidateFilters({ query, stages }: { query: { q?: string; stage?: string; status?: string }; stages: { id: string; name: string }[] }) {
  return (
    <form method="get" className="grid grid-cols-2 gap-3 rounded-lg border border-border bg-card p-3 sm:grid-cols-[2fr_1fr_1fr_auto]" aria-label="Filter candidates">
      <label className="col-span-2 grid gap-1 text-sm sm:col-span-1">
        Name
        <input type="search" name="q" defaultValue={query.q ?? ""} maxLength={100} placeholder="Search candidates" className={FIELD} />
      </label>
      <label className="grid gap-1 text-sm">
        Stage
        <select name="stage" defaultValue={query.stage ?? ""} className={FIELD}>
          <option value="">Any stage</option>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          <option value="none">Not started</option>
        </select>
      </label>
      <label className="grid gap-1 text-sm">
        Status
        <select name="status" defaultValue={query.status ?? ""} className={FIELD}>
          <option value="">Any status</option>
          <option value="ACTIVE">In process</option>
          <option value="HIRED">Hired</option>
          <option value="REJECTED">Rejected</option>
          <option value="WITHDRAWN">Withdrawn</option>
        </select>
      </label>
      <div className="col-span-2 flex items-end gap-3 sm:col-span-1">
        <button className="h-10 rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground">Apply</button>
        <Link href="?" className="pb-2 text-sm text-primary underline underline-offset-4">
          Clear
        </Link>
      </div>
    </form>
  );
}
