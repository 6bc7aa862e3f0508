import { cn } from "@/lib/utils";

/**
 * A box that scrolls when its table is wider (or taller) than the screen. It takes keyboard
 * focus and has a name, so keyboard and screen-reader users can scroll it too (WCAG 2.1.1).
 * `relative` contains absolutely positioned children (an sr-only caption), which would
 * otherwise widen the whole page on a phone.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cn(
        "relative overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-primary",
        className,
      )}
    >
      {children}
    </div>
  );
}
