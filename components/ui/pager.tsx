import Link from "@/components/ui/link";
import { LAST_PAGE } from "@/lib/paging/last-page";
import { cn, formatCount } from "@/lib/utils";

/**
 * "Showing 51–100 of 2,498" with First / Previous / Next / Last links for a keyset-paged list.
 * The links keep the page's other query parameters (`params`: filters and sort) and carry the
 * cursor as `after` / `before` (`before=end`: the last page, read back from the list's end).
 * `rel` lets browsers, crawlers and the benchmark follow the sequence. Last is offered only
 * with an exact total (a capped count has no known end to land on).
 */
/** A link to a page of a list: the list's filters (`params`, blanks dropped) plus `extra` (a cursor). */
export function pageHref(params: Record<string, string | undefined>, extra: Record<string, string> = {}) {
  const base = Object.entries(params).filter((e): e is [string, string] => !!e[1]);
  return `?${new URLSearchParams({ ...Object.fromEntries(base), ...extra })}`;
}

type CursorNames = { after: string; before: string };
const CURSORS: CursorNames = { after: "after", before: "before" };
/** A list's filters without its cursors: what every link to another page of it starts from. */
const filtersOf = (params: Record<string, string | undefined>, cursors: CursorNames) => ({
  ...params,
  [cursors.after]: undefined,
  [cursors.before]: undefined,
});

export function Pager({
  label,
  params,
  page,
  className,
  totalText,
  rangeText,
  cursors = CURSORS,
  hash,
}: {
  label: string;
  params: Record<string, string | undefined>;
  page: { next: string | null; prev: string | null; start: number; total: number; rows: unknown[] };
  className?: string;
  /** Replaces the formatted total (e.g. "10,000+" when counting was capped). */ totalText?: string;
  /** Replaces "1–50" where the rows' place is not known (past a capped count). */
  rangeText?: string;
  /** The cursors' parameter names, when a page has two paged lists. */
  cursors?: CursorNames;
  /** A fragment to land on (the list's id), when the list is not at the top of its page. */
  hash?: string;
}) {
  const { next, prev, start, total } = page;
  const shown = page.rows.length;
  // An empty list says so in its own words ("No candidates yet."); a pager reading "0 results"
  // above and below them said it twice more.
  if (shown === 0 && total === 0 && !totalText && !prev) return null;
  const filters = filtersOf(params, cursors);
  const href = (extra: Record<string, string>) => `${pageHref(filters, extra)}${hash ? `#${hash}` : ""}`;
  // A page past the list's end (an old link, another viewer's longer list) has no rows to page from: the first page is offered.
  const pastTheEnd = shown === 0 && total > 0;
  const range = shown === 0 ? "None" : (rangeText ?? `${formatCount(start + 1)}–${formatCount(start + shown)}`);
  return (
    <nav aria-label={label} className={cn("flex flex-wrap items-center justify-between gap-2 text-sm", className)}>
      <p className="text-muted-foreground">
        {range} of {totalText ?? formatCount(total)}
      </p>
      <p className="flex gap-4">
        {prev || pastTheEnd ? (
          <Link href={href({})} className="text-primary underline underline-offset-4">
            First
          </Link>
        ) : null}
        {prev ? (
          <>
            <Link
              rel="prev"
              href={href({ [cursors.before]: prev })}
              className="text-primary underline underline-offset-4"
            >
              ← Previous
            </Link>
          </>
        ) : null}
        {next ? (
          <Link rel="next" href={href({ [cursors.after]: next })} className="text-primary underline underline-offset-4">
            Next →
          </Link>
        ) : null}
        {next && !totalText ? (
          <Link href={href({ [cursors.before]: LAST_PAGE })} className="text-primary underline underline-offset-4">
            Last
          </Link>
        ) : null}
      </p>
    </nav>
  );
}

/**
 * What an empty page of a list says: a page past the end of a list that has rows (an old link,
 * another viewer's longer list) says so, with the list's first page (same filters); an empty
 * list says `empty`.
 */
export function EmptyPageText({
  page,
  params,
  empty,
  cursors = CURSORS,
}: {
  page: { total: number };
  params: Record<string, string | undefined>;
  empty: React.ReactNode;
  cursors?: CursorNames;
}) {
  if (page.total === 0) return <>{empty}</>;
  const first = pageHref(filtersOf(params, cursors));
  return (
    <>
      This page is past the end of the list.{" "}
      <Link href={first} className="text-primary underline underline-offset-4">
        First page
      </Link>
    </>
  );
}
