// The role comparison's URL: which candidates, in which order, from where. Every parameter
// falls back to its default when malformed (a hand-edited URL shows the first page, never a 500);
// proxy.ts answers 400 to such an address first (lib/validation/list-params.ts).
import { z } from "zod";
import { VISIBLE_STATUSES, type VisibleStatus } from "../applications/status";
import { joinWithAnd } from "../utils";
import {
  choiceParam,
  fallbackParam,
  idParam,
  mustBeOneOf,
  NO_INTERVIEWS,
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

/** The id of the comparison's heat map card: a header's sort link lands there, not at the page's top. */
export const HEATMAP_ANCHOR = "heatmap";

/**
 * The comparison in another order: same filters and view, from the first page, scrolled to the
 * heat map (round Y: on a phone each header click started again at the page's top).
 */
export function comparisonSortHref(query: ComparisonQuery, sort: ComparisonSort): string {
  return `?${comparisonBackQuery({ ...query, sort, after: undefined, before: undefined })}#${HEATMAP_ANCHOR}`;
}

/**
 * The heat map's sortable headers: `hrefs` by "name", "fit" or a domain id (the comparison in
 * that order, same filters, first page); `active` the current order's key (null: newest first);
 * `domainId` the column the rows are ordered by, when a domain.
 */
export type ComparisonSorting = { active: string | null; domainId: string | null; hrefs: Record<string, string> };

export function comparisonSorting(query: ComparisonQuery, columns: readonly { domainId: string }[]): ComparisonSorting {
  const domainId = sortDomainId(query.sort);
  return {
    active: domainId ?? (query.sort === "recent" ? null : query.sort),
    domainId,
    hrefs: Object.fromEntries([
      ["name", comparisonSortHref(query, "name")],
      ["fit", comparisonSortHref(query, "fit")],
      ...columns.map((c) => [c.domainId, comparisonSortHref(query, domainSort(c.domainId))]),
    ]),
  };
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
 * The statuses a view of the comparison never lists: a candidate whose feedback the viewer sees
 * reads their real outcome (never "closed"); one whose feedback is hidden reads an outcome as
 * closed (never hired or rejected).
 */
export function statusesNeverListed(view: ComparisonQuery["view"]): VisibleStatus[] {
  return view === "scored" ? ["CLOSED"] : view === "hidden" ? ["HIRED", "REJECTED"] : [];
}

/** What the role's comparison can show now: the columns and stages a link's parameters may name. */
export type ComparisonScope = {
  targets: readonly { domainId: string; target: number }[];
  stages: readonly { id: string }[];
};
export type DroppedParam = "below" | "sort" | "status" | "stage" | "scores";

/**
 * A well-formed parameter naming nothing this role's comparison has now (a bookmark from before
 * a matrix or plan change, an id from another role, a status the tab never lists) matched nobody
 * while its filter read "any". Each rule says whether the query keeps it, what it falls back to,
 * and the sentence the page shows in its place.
 */
const DROP_RULES: {
  param: DroppedParam;
  keeps: (q: ComparisonQuery, scope: ComparisonScope) => boolean;
  fallback: Partial<ComparisonQuery> | ((q: ComparisonQuery) => Partial<ComparisonQuery>);
  /** Given the query as the link gave it, less what the rules before this one dropped. */
  note: (asked: ComparisonQuery) => string;
}[] = [
  {
    param: "below",
    keeps: (q, { targets }) => !q.below || targets.some((t) => t.domainId === q.below && t.target > 0),
    fallback: { below: undefined },
    note: () =>
      "The link's “below target in” domain is not one this role targets now (retired, or from another role): showing every domain.",
  },
  {
    param: "sort",
    keeps: (q, { targets }) => {
      const domainId = sortDomainId(q.sort);
      return !domainId || targets.some((t) => t.domainId === domainId);
    },
    fallback: { sort: "fit" },
    note: () =>
      "The link sorts by a domain this role's comparison does not show now (retired, or from another matrix): sorted by fit.",
  },
  {
    param: "status",
    keeps: (q) => !q.status || !statusesNeverListed(q.view).includes(q.status),
    fallback: { status: undefined },
    note: ({ view }) =>
      view === "hidden"
        ? "This tab lists an outcome you may not see yet as “closed”: showing every status."
        : "This tab lists each candidate's real outcome, never “closed”: showing every status.",
  },
  {
    param: "stage",
    // "Not started" is the filter's own choice, no stage of any role (round X: it was dropped as unknown).
    keeps: (q, { stages }) => !q.stage || q.stage === NOT_STARTED || stages.some((s) => s.id === q.stage),
    fallback: { stage: undefined },
    note: ({ stage }) =>
      stage === NO_INTERVIEWS
        ? // The pipeline board's own filter (round Y: it was explained as a removed stage).
          "The comparison has no “no interviews yet” filter (the pipeline board has): showing every stage."
        : "The link's stage is not one of this role's stages now (removed from the plan, or from another role): showing every stage.",
  },
  {
    param: "scores",
    // The hidden tab orders by name (or newest) and filters by no score: either would tell them.
    keeps: (q) => q.view !== "hidden" || (!sortDomainId(q.sort) && !q.fit && !q.below),
    fallback: (q) => ({ sort: sortDomainId(q.sort) ? "fit" : q.sort, fit: undefined, below: undefined }),
    note: ({ sort, fit, below }) => {
      const asked = [
        sortDomainId(sort) ? "order by a domain" : null,
        fit ? "fit filter" : null,
        below ? "“below target in” filter" : null,
      ].filter((x) => x !== null);
      return `Scores never order or filter this tab (they would tell what you may not see): the link's ${joinWithAnd(asked)} ${asked.length > 1 ? "do" : "does"} not apply here.`;
    },
  },
];

/**
 * The query without the parameters this role's comparison cannot honour now, what was dropped,
 * and the sentence the page shows for each, in the page's order.
 */
export function comparisonQueryInScope(
  query: ComparisonQuery,
  scope: ComparisonScope,
): { query: ComparisonQuery; dropped: DroppedParam[]; notes: string[] } {
  let kept = query;
  const dropped: DroppedParam[] = [];
  const notes: string[] = [];
  // Each rule reads what the rules before it kept: a parameter already dropped is said once.
  for (const rule of DROP_RULES)
    if (!rule.keeps(kept, scope)) {
      notes.push(rule.note(kept));
      kept = { ...kept, ...(typeof rule.fallback === "function" ? rule.fallback(kept) : rule.fallback) };
      dropped.push(rule.param);
    }
  return { query: kept, dropped, notes };
}
