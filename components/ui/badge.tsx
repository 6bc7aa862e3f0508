import { cva, type VariantProps } from "class-variance-authority";
import * as React from "react";

// Whole words: a badge beside a long title must not shrink into "clos|ed" (main wraps long words anywhere).
const badgeVariants = cva(
  "inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium [overflow-wrap:normal]",
  {
    variants: {
      variant: {
        default: "border-transparent bg-primary/10 text-primary",
        muted: "border-border bg-muted text-muted-foreground",
        success: "border-transparent bg-green-100 text-green-800",
        warning: "border-transparent bg-amber-100 text-amber-900",
        danger: "border-transparent bg-red-100 text-red-800",
      },
    },
    defaultVariants: { variant: "default" },
  },
);

export function Badge({
  className,
  variant,
  ...props
}: React.HTMLAttributes<HTMLSpanElement> & VariantProps<typeof badgeVariants>) {
  // Joined, not merged (no tailwind-merge in the islands that show badges): choose a variant, don't override one.
  return <span className={badgeVariants({ variant, className })} {...props} />;
}
