import { cn } from "@/lib/utils";

/**
 * A box that scrolls when its table is wider (or taller) than the screen. It takes keyboard
 * focus and has a name, so keyboard and screen-reader users can scroll it too (WCAG 2.1.1).
 * `relative` contains absolutely positioned children (an sr-only caption), which would
 * otherwise widen the whole page on a phone. An edge with more table behind it fades out.
 */
export function ScrollRegion({
  label,
  className,
  stickyStart,
  children,
}: {
  label: string;
  /** The table's first column sticks to the box's start: only the far edge fades. */
  stickyStart?: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      data-sticky-start={stickyStart ? "" : undefined}
      className={cn(
        // The focus ring inside the box: the edge fades (.scroll-hint, app/globals.css) mask what is outside it.
        "scroll-hint relative overflow-x-auto focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-primary",
        className,
      )}
    >
      {children}
    </div>
  );
}
