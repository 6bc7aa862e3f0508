import Link from "@/components/ui/link";
import { CandidateFilterFields } from "@/components/candidates/candidate-filter-fields";
import { buttonVariants } from "@/components/ui/button-variants";
import { QueryForm } from "@/components/ui/query-form";

/** Name search and stage/status filters of a role's candidate list: a GET form, so every state is a URL. */
export function RoleCandidateFilters({
  query,
  stages,
}: {
  query: { q?: string; stage?: string; status?: string };
  stages: { id: string; name: string }[];
}) {
  return (
    <QueryForm
      className="grid grid-cols-2 gap-3 rounded-lg border border-border bg-card p-3 sm:grid-cols-[2fr_1fr_1fr_auto]"
      aria-label="Filter candidates"
    >
      <CandidateFilterFields
        query={query}
        stages={stages}
        nameClassName="col-span-2 grid gap-1 text-sm sm:col-span-1"
      />
      <div className="col-span-2 flex items-end gap-3 sm:col-span-1">
        <button className={buttonVariants()}>Apply</button>
        <Link href="?" className="pb-2 text-sm text-primary underline underline-offset-4">
          Clear
        </Link>
      </div>
    </QueryForm>
  );
}
