// A sortable column header of the hiring-quality lists: a link (keyboard reachable, works without
// JavaScript) that sorts by the column, or reverses the order when it is the current sort. The
// header carries aria-sort; the list is an ARIA table so the attribute has its meaning.
import Link from "@/components/ui/link";
import { cn } from "@/lib/utils";

type Dir = "asc" | "desc";

export function SortHeader({
  label,
  column,
  sort,
  dir,
  defaultDir,
  params = {},
  className,
}: {
  label: string;
  /** The sort this header chooses; none for a column that does not sort. */
  column?: string;
  sort: string;
  dir: Dir;
  defaultDir?: Dir;
  /** Other query parameters to keep (filters); the cursor is dropped, so a new order starts at its first page. */
  params?: Record<string, string>;
  className?: string;
}) {
  const active = column !== undefined && column === sort;
  const next: Dir = active ? (dir === "asc" ? "desc" : "asc") : (defaultDir ?? "asc");
  return (
    <div
      role="columnheader"
      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : column ? "none" : undefined}
      className={cn("text-xs text-muted-foreground", className)}
    >
      {column ? (
        <Link
          href={`?${new URLSearchParams({ ...params, sort: column, dir: next })}`}
          className={cn(
            "inline-flex min-h-6 items-center gap-1 underline-offset-4 hover:underline focus-visible:underline",
            active ? "font-medium text-foreground" : "text-primary",
          )}
        >
          {label}
          <span aria-hidden>{active ? (dir === "asc" ? "↑" : "↓") : ""}</span>
          <span className="sr-only">
            {active ? `: sorted ${dir === "asc" ? "lowest" : "highest"} first, reverse` : ": sort"}
          </span>
        </Link>
      ) : (
        label
      )}
    </div>
  );
}
