import { NOT_STARTED } from "@/lib/validation/list-params";

/** Name search, stage and status: the fields every candidate list's filter form starts with. */
export const FILTER_FIELD = "h-10 w-full min-w-0 rounded-md border border-border bg-card px-2 text-base sm:text-sm";

export function CandidateFilterFields({ query, stages, nameClassName }: { query: { q?: string; stage?: string; status?: string }; stages: { id: string; name: string }[]; nameClassName: string }) {
  return (
    <>
      <label className={nameClassName}>
        Name
        <input type="search" name="q" defaultValue={query.q ?? ""} maxLength={100} placeholder="Search candidates" className={FILTER_FIELD} />
      </label>
      <label className="grid gap-1 text-sm">
        Stage
        <select name="stage" defaultValue={query.stage ?? ""} className={FILTER_FIELD}>
          <option value="">Any stage</option>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          <option value={NOT_STARTED}>Not started</option>
        </select>
      </label>
      <label className="grid gap-1 text-sm">
        Status
        <select name="status" defaultValue={query.status ?? ""} className={FILTER_FIELD}>
          <option value="">Any status</option>
          <option value="ACTIVE">In process</option>
          <option value="HIRED">Hired</option>
          <option value="REJECTED">Rejected</option>
          <option value="WITHDRAWN">Withdrawn</option>
        </select>
      </label>
    </>
  );
}
