import { cva, type VariantProps } from "class-variance-authority";

// Apart from Button, so a client island that only needs the classes (the sign-out button, the
// error page) does not ship tailwind-merge and Radix Slot to every page.
export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-2 rounded-md text-sm font-medium whitespace-nowrap transition-colors focus-visible:outline-2 disabled:pointer-events-none disabled:opacity-50",
  {
    variants: {
      variant: {
        default: "bg-primary text-primary-foreground hover:bg-primary/90",
        outline: "border border-border bg-card hover:bg-muted",
        ghost: "hover:bg-muted",
        danger: "bg-danger text-white hover:bg-danger/90",
        link: "text-primary underline-offset-4 hover:underline",
      },
      size: { default: "h-10 px-4 py-2", sm: "h-8 px-3", lg: "h-11 px-6", icon: "h-10 w-10", "icon-sm": "h-8 w-8" },
    },
    defaultVariants: { variant: "default", size: "default" },
  },
);
export type ButtonVariantProps = VariantProps<typeof buttonVariants>;
