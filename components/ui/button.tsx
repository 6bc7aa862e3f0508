import { Slot } from "@radix-ui/react-slot";
import * as React from "react";
import { buttonVariants, type ButtonVariantProps } from "./button-variants";

export interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement>, ButtonVariantProps {
  asChild?: boolean;
  /** React 19 passes a ref as a prop: a form can move focus to a button that replaced another. */
  ref?: React.Ref<HTMLButtonElement>;
}

export function Button({ className, variant, size, asChild = false, ...props }: ButtonProps) {
  const Comp = asChild ? Slot : "button";
  // Classes joined, not merged (no tailwind-merge in every island with a button): pick a variant or
  // size rather than overriding one of their classes.
  return <Comp className={buttonVariants({ variant, size, className })} {...props} />;
}
export { buttonVariants };
