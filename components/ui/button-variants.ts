import { cva, type VariantProps } from "class-variance-authority";
import { BUTTON_BASE, BUTTON_SIZE, BUTTON_VARIANT } from "./button-classes";

// Apart from Button, so a link or island that only needs the classes does not ship tailwind-merge
// and Radix Slot; islands on every page take button-classes.ts' plain strings instead.
export const buttonVariants = cva(BUTTON_BASE, {
  variants: { variant: BUTTON_VARIANT, size: BUTTON_SIZE },
  defaultVariants: { variant: "default", size: "default" },
});
export type ButtonVariantProps = VariantProps<typeof buttonVariants>;
