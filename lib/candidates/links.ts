// Links between the comparison and a candidate's page. No imports: the heat map, a client
// component, builds these in the browser, which should not load the comparison's zod schema.

/** A candidate's page opened from the comparison: its breadcrumb leads back to `backQuery` (comparisonBackQuery). */
export function candidateFromComparisonHref(applicationId: string, backQuery: string): string {
  return `/candidates/${applicationId}?back=${encodeURIComponent(backQuery)}`;
}
