import Link from "@/components/ui/link";
import { CandidateFilterFields } from "@/components/candidates/candidate-filter-fields";
import {
  COMPARISON_SORTS,
  FIT_BANDS,
  domainSort,
  statusesNeverListed,
  type ComparisonQuery,
} from "@/lib/validation/comparison";
import { buttonVariants } from "@/components/ui/button-variants";
import { Select } from "@/components/ui/select";
import { QueryForm } from "@/components/ui/query-form";

/**
 * Search, filters and sort of the comparison as a plain GET form: works before (or without)
 * JavaScript, and every state is a URL that can be shared or reloaded.
 */
export function ComparisonFilters({
  query,
  stages,
  domains,
}: {
  query: ComparisonQuery;
  stages: { id: string; name: string }[];
  domains: { domainId: string; name: string; target: number }[];
}) {
  const scored = query.view !== "hidden";
  const neverShown = statusesNeverListed(query.view);
  return (
    <QueryForm
      className="grid grid-cols-2 gap-3 rounded-lg border border-border bg-card p-3 sm:p-4 lg:grid-cols-6"
      aria-label="Filter candidates"
    >
      <input type="hidden" name="view" value={query.view} />
      <CandidateFilterFields
        query={query}
        stages={stages}
        nameClassName="col-span-2 grid gap-1 text-sm"
        neverShown={neverShown}
      />
      {scored ? (
        <>
          {/* Fit and "below target in" each a whole row on a phone: a domain's name was cut off in half of it (round Y). */}
          <div className="col-span-2 grid gap-1 text-sm sm:col-span-1">
            <label htmlFor="filter-fit">Fit</label>
            <Select id="filter-fit" name="fit" defaultValue={query.fit ?? ""} className="w-full min-w-0">
              <option value="">Any fit</option>
              {Object.entries(FIT_BANDS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </div>
          <div className="col-span-2 grid gap-1 text-sm sm:col-span-1">
            <label htmlFor="filter-below">Below target in</label>
            <Select id="filter-below" name="below" defaultValue={query.below ?? ""} className="w-full min-w-0">
              <option value="">Any domain</option>
              {domains
                .filter((d) => d.target > 0)
                .map((d) => (
                  <option key={d.domainId} value={d.domainId}>
                    {d.name} (L{d.target})
                  </option>
                ))}
            </Select>
          </div>
          {/* Two columns (of two on a phone, of six on a wide screen): the fit sort's label says how it ranks, and was cut off in one. */}
          <div className="col-span-2 grid gap-1 text-sm">
            <label htmlFor="filter-sort">Sort</label>
            <Select id="filter-sort" name="sort" defaultValue={query.sort} className="w-full min-w-0">
              {Object.entries(COMPARISON_SORTS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
              {domains.map((d) => (
                <option key={d.domainId} value={domainSort(d.domainId)}>
                  Strongest in {d.name}
                </option>
              ))}
            </Select>
          </div>
        </>
      ) : null}
      <div className="col-span-2 flex items-end gap-3 lg:col-span-1">
        <button className={buttonVariants()}>Apply</button>
        <Link href={`?view=${query.view}`} className="pb-2 text-sm text-primary underline underline-offset-4">
          Clear
        </Link>
      </div>
    </QueryForm>
  );
}
