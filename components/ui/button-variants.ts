import { cva, type VariantProps } from "class-variance-authority";
import { BUTTON_BASE, BUTTON_SIZE, BUTTON_VARIANT } from "./button-classes";

// Apart from Button, so a client island that only needs the classes (the sign-out button, the
// sign-in form) does not ship tailwind-merge and Radix Slot to every page.
export const buttonVariants = cva(BUTTON_BASE, {
  variants: { variant: BUTTON_VARIANT, size: BUTTON_SIZE },
  defaultVariants: { variant: "default", size: "default" },
});
export type ButtonVariantProps = VariantProps<typeof buttonVariants>;
