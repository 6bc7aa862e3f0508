// The kit's native select: the Input's border, background, text size (16 px on phones, so iOS does not
// zoom on focus), disabled and invalid states, in three heights. No width of its own, as a native
// select sizes to its options: pass `w-full` in a form column; never wider than its container (a
// long option would push a phone's form off screen). Classes are joined with clsx, not merged
// (keeps tailwind-merge out of the client islands that use it). E.g.
// <Field id="p-kind" label="Kind">{(c) => <Select {...c} className="w-full">…</Select>}</Field>
import type { ComponentProps } from "react";
import { cva } from "class-variance-authority";
import { clsx } from "clsx";

export const selectVariants = cva(
  "max-w-full rounded-md border border-border bg-card text-base font-normal disabled:opacity-50 aria-[invalid=true]:border-danger sm:text-sm",
  {
    variants: {
      // default: a form's field, as tall as an Input; sm: beside small buttons; xs: in a row or a sentence.
      size: { default: "h-10 px-3", sm: "h-9 px-2", xs: "h-8 px-2" },
    },
    defaultVariants: { size: "default" },
  },
);

export type SelectSize = "default" | "sm" | "xs";

/** A native `<select>`: every attribute (name, value, defaultValue, aria-*, onChange, a ref, register()'s) passes through. */
export function Select({ size, className, ...props }: Omit<ComponentProps<"select">, "size"> & { size?: SelectSize }) {
  return <select className={clsx(selectVariants({ size }), className)} {...props} />;
}
