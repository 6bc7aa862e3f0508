// The role comparison's URL: which candidates, in which order, from where. Every parameter
// falls back to its default when malformed (a hand-edited URL shows the first page, never a 500);
// proxy.ts answers 400 to such an address first (lib/validation/list-params.ts).
import { z } from "zod";
import { VISIBLE_STATUSES, type VisibleStatus } from "../applications/status";
import {
  choiceParam,
  fallbackParam,
  idParam,
  mustBeOneOf,
  NOT_STARTED,
  optional,
  pagingSchema,
  queryRefusal,
  searchParam,
  stageParam,
  wholeNumberParam,
} from "./list-params";

export const FIT_BANDS = {
  strong: "Fit 80+",
  partial: "Fit 50–79",
  weak: "Fit under 50",
  unscored: "Not yet assessed",
} as const;
export type FitBand = keyof typeof FIT_BANDS;
// Fit ranks candidates assessed in every target domain first (fitRankKey): a fit on two domains
// of four is not "better" than a full one, and the label says so.
export const COMPARISON_SORTS = {
  fit: "Best fit (fully assessed first)",
  name: "Name",
  recent: "Newest first",
} as const;
/** `domain.<id>`: strongest consensus in that domain first, then by fit (a manager's column sort). */
export type DomainSort = `domain.${string}`;
export type ComparisonSort = keyof typeof COMPARISON_SORTS | DomainSort;
const FIXED_SORTS = Object.keys(COMPARISON_SORTS) as [
  keyof typeof COMPARISON_SORTS,
  ...(keyof typeof COMPARISON_SORTS)[],
];
const sortSchema: z.ZodType<ComparisonSort> = z.union([
  z.enum(FIXED_SORTS),
  z.string().regex(/^domain\.[A-Za-z0-9_-]{1,64}$/) as z.ZodType<DomainSort>,
]);

/** The sort by one domain's consensus, strongest first. */
export const domainSort = (domainId: string): DomainSort => `domain.${domainId}`;
/** The domain a sort orders by, or null for fit, name and newest. */
export const sortDomainId = (sort: ComparisonSort): string | null =>
  sort.startsWith("domain.") ? sort.slice("domain.".length) : null;

export const comparisonQuerySchema = pagingSchema.extend({
  /** "scored": candidates whose feedback the viewer may see; "hidden": the others, with the reason; "all": both (exports, API). */
  view: choiceParam(["scored", "hidden", "all"] as const, "scored"),
  sort: fallbackParam(sortSchema, "fit", "must be fit, name, recent or domain.ID (sorted by that domain)."),
  q: searchParam,
  stage: stageParam,
  /** The status the viewer may see (VisibleStatus): CLOSED is an outcome hidden from them. */
  status: optional(z.enum(VISIBLE_STATUSES), mustBeOneOf(VISIBLE_STATUSES)),
  fit: optional(z.enum(Object.keys(FIT_BANDS) as [FitBand, ...FitBand[]]), mustBeOneOf(Object.keys(FIT_BANDS))),
  /** A domain id: only candidates whose consensus there is below the role's target. */
  below: idParam,
  /** At most 100 a page: 200 rows made the role page 335 KB and the comparison 313 KB (300 KB is the budget). */
  size: wholeNumberParam(1, 100),
});
export type ComparisonQuery = z.infer<typeof comparisonQuerySchema>;

/** Parses Next's searchParams (values may be arrays; those fall back like any malformed value). */
export function parseComparisonQuery(params: Record<string, string | string[] | undefined>): ComparisonQuery {
  return comparisonQuerySchema.parse(params);
}

/** The comparison's own query, as its page links carry it to a candidate (`back`). */
export function comparisonBackQuery(query: ComparisonQuery): string {
  const kept = Object.entries(query).filter((e): e is [string, string | number] => e[1] != null && e[1] !== "");
  return new URLSearchParams(kept.map(([k, v]) => [k, String(v)])).toString();
}

/** The comparison in another order: same filters and view, from the first page. */
export function comparisonSortHref(query: ComparisonQuery, sort: ComparisonSort): string {
  return `?${comparisonBackQuery({ ...query, sort, after: undefined, before: undefined })}`;
}

const BACK_FORMAT = z
  .string()
  .max(2000)
  .refine((s) => queryRefusal(comparisonQuerySchema, new URLSearchParams(s)) === null);
/**
 * The candidate page's `back`: the query of the comparison page it was opened from, so its
 * breadcrumb returns to that page, filters and sort. Only a query the comparison itself accepts.
 */
export const comparisonBackParam = optional(BACK_FORMAT, "is not a page of the comparison.");

/** The comparison page a `back` query names, at the candidate's row; only its declared parameters are kept. */
export function comparisonBackHref(roleId: string, back: string, applicationId: string): string {
  // The first value of each, as the comparison reads a repeated parameter.
  const params = new URLSearchParams(back);
  const declared = [...new Set(params.keys())]
    .filter((k) => k in comparisonQuerySchema.shape && params.get(k) !== "")
    .map((k) => [k, params.get(k)!]);
  const query = new URLSearchParams(declared).toString();
  return `/roles/${roleId}/compare${query ? `?${query}` : ""}#row-${applicationId}`;
}

/**
 * The query without a "below target in" domain the role does not target now (retired by a
 * matrix version the role moved to, or an id from another role): kept, it matched nobody while
 * the filter read "Any domain". `dropped` says so, for a sentence on the page.
 */
/**
 * The query without a stage filter naming no stage of this role (a bookmark to a stage since
 * removed from the plan, another role's stage): it matched nobody while the filter read "Any
 * stage". Dropped, and said, as withTargetedBelow does for a domain.
 */
export function withKnownStage(
  query: ComparisonQuery,
  stages: readonly { id: string }[],
): { query: ComparisonQuery; dropped: boolean } {
  // "Not started" is the filter's own choice, no stage of any role (round X: it was dropped as unknown).
  if (!query.stage || query.stage === NOT_STARTED || stages.some((s) => s.id === query.stage))
    return { query, dropped: false };
  return { query: { ...query, stage: undefined }, dropped: true };
}

/**
 * The query without a sort by a domain the role's comparison has no column for (a domain retired
 * from the role's matrix version, another matrix's id): sorted by fit instead, and said.
 */
export function withKnownSortDomain(
  query: ComparisonQuery,
  columns: readonly { domainId: string }[],
): { query: ComparisonQuery; dropped: boolean } {
  const domainId = sortDomainId(query.sort);
  if (!domainId || columns.some((c) => c.domainId === domainId)) return { query, dropped: false };
  return { query: { ...query, sort: "fit" }, dropped: true };
}

/**
 * The statuses a view of the comparison never lists: a candidate whose feedback the viewer sees
 * reads their real outcome (never "closed"); one whose feedback is hidden reads an outcome as
 * closed (never hired or rejected).
 */
export function statusesNeverListed(view: ComparisonQuery["view"]): VisibleStatus[] {
  return view === "scored" ? ["CLOSED"] : view === "hidden" ? ["HIRED", "REJECTED"] : [];
}

/** The query without a status its view never lists (it matched nobody while the list read empty), and said. */
export function withListedStatus(query: ComparisonQuery): { query: ComparisonQuery; dropped: boolean } {
  if (!query.status || !statusesNeverListed(query.view).includes(query.status)) return { query, dropped: false };
  return { query: { ...query, status: undefined }, dropped: true };
}

export function withTargetedBelow(
  query: ComparisonQuery,
  targets: readonly { domainId: string; target: number }[],
): { query: ComparisonQuery; dropped: boolean } {
  if (!query.below || targets.some((t) => t.domainId === query.below && t.target > 0)) return { query, dropped: false };
  return { query: { ...query, below: undefined }, dropped: true };
}
