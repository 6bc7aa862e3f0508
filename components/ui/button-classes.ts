// The button's classes as plain strings: components/ui/button-variants.ts builds its variants from
// them, without class-variance-authority and clsx (buttonClass). Islands on every page (the sign-in
// form, the sign-out button) take their one fixed look from button-primary.ts instead.

import { BUTTON_BASE, DEFAULT_SIZE, PRIMARY } from "./button-primary";

export { BUTTON_BASE };

export const BUTTON_VARIANT = {
  default: PRIMARY,
  outline: "border border-border bg-card hover:bg-muted",
  ghost: "hover:bg-muted",
  danger: "bg-danger text-white hover:bg-danger/90",
  link: "text-primary underline-offset-4 hover:underline",
} as const;

export const BUTTON_SIZE = {
  default: DEFAULT_SIZE,
  sm: "h-8 px-3",
  lg: "h-11 px-6",
  icon: "h-10 w-10",
  "icon-sm": "h-8 w-8",
} as const;

/** buttonVariants({ variant, size }) without class-variance-authority: for islands on every page. */
export const buttonClass = (
  variant: keyof typeof BUTTON_VARIANT = "default",
  size: keyof typeof BUTTON_SIZE = "default",
) => `${BUTTON_BASE} ${BUTTON_VARIANT[variant]} ${BUTTON_SIZE[size]}`;
