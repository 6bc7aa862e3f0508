import Link from "@/components/ui/link";
import { cn } from "@/lib/utils";

export type Crumb = { href?: string; label: string };

/**
 * Where this page sits: each ancestor a link, the page itself last with aria-current="page".
 * Items wrap onto a second line rather than scroll sideways, and a long label (a role or candidate
 * name) is cut with an ellipsis at a phone's width; its full text stays in the title and the link name.
 */
export function Breadcrumbs({ items, className }: { items: Crumb[]; className?: string }) {
  return (
    <nav aria-label="Breadcrumb" className={cn("mb-3 text-sm", className)}>
      <ol className="flex min-w-0 flex-wrap items-center gap-x-1.5 gap-y-1 text-muted-foreground">
        {items.map((item, i) => {
          const current = i === items.length - 1;
          const text = "block max-w-[16rem] truncate sm:max-w-md";
          return (
            <li key={`${i}-${item.label}`} className="flex max-w-full min-w-0 items-center gap-1.5">
              {i > 0 ? (
                <span aria-hidden="true" className="shrink-0">
                  /
                </span>
              ) : null}
              {item.href && !current ? (
                <Link
                  href={item.href}
                  title={item.label}
                  className={cn(text, "text-primary underline-offset-4 hover:underline")}
                >
                  {item.label}
                </Link>
              ) : (
                <span
                  aria-current={current ? "page" : undefined}
                  title={item.label}
                  className={cn(text, current && "text-foreground")}
                >
                  {item.label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
