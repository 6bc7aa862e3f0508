import type { FitHistogramBucket } from "@/lib/data/role-comparison";
import { plural } from "@/lib/utils";

// Above each bar: "1.3K", not "1312" wrapped over two lines in a phone's narrow column (the exact
// count is in the bar's screen-reader text).
const SHORT = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/**
 * How fit is distributed over every candidate matching the filters (never one bar per
 * applicant), with the buckets of the candidates on the current page marked. Plain HTML and
 * CSS: a server-rendered chart that ships no JavaScript.
 */
export function FitHistogram({ buckets, onPage }: { buckets: FitHistogramBucket[]; onPage: Map<string, number> }) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const total = buckets.reduce((n, b) => n + b.count, 0);
  // Eleven empty bars drew a blank box.
  if (total === 0) return <p className="text-sm text-muted-foreground">No candidate matches these filters.</p>;
  return (
    <figure>
      <ol className="flex h-40 items-end gap-1" aria-label="Candidates per fit band">
        {buckets.map((b) => {
          const here = onPage.get(b.label) ?? 0;
          return (
            <li key={b.label} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end gap-1">
              <span className="text-[11px] whitespace-nowrap text-muted-foreground tabular-nums" aria-hidden>
                {SHORT.format(b.count)}
              </span>
              <span
                className={
                  b.from === null
                    ? "w-full rounded-t bg-slate-300"
                    : here
                      ? "w-full rounded-t bg-primary"
                      : "w-full rounded-t bg-indigo-200"
                }
                style={{ height: `${(100 * b.count) / max}%`, minHeight: b.count ? 2 : 0 }}
                aria-hidden
              />
              <span className="sr-only">
                fit {b.label}: {plural(b.count, "candidate")}
                {here ? `, ${here} on this page` : ""}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="mt-1 flex gap-1 text-[10px] text-muted-foreground" aria-hidden>
        {buckets.map((b) => (
          <span key={b.label} className="min-w-0 flex-1 truncate text-center">
            {b.from === null ? "n/a" : b.from}
          </span>
        ))}
      </div>
      <figcaption className="mt-2 text-xs text-muted-foreground">
        {total.toLocaleString("en")} candidates by fit (bands of 10; “n/a” = not yet assessed in any target domain).{" "}
        <span className="inline-block h-2 w-3 rounded-sm bg-primary align-middle" /> bands with candidates on this page.
      </figcaption>
    </figure>
  );
}
