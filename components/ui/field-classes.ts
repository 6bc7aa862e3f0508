// The kit's input and label classes, apart from Input and Label (which merge classes with
// tailwind-merge and use Radix), for islands that render plain elements to stay small.
export const INPUT_CLASS =
  "flex h-10 w-full rounded-md border border-border bg-card px-3 py-2 text-base sm:text-sm placeholder:text-muted-foreground disabled:opacity-50 aria-[invalid=true]:border-danger";
export const LABEL_CLASS = "text-sm font-medium leading-none";
/** A multi-line text box's classes (Textarea). */
export const TEXTAREA_CLASS = "rounded-md border border-border bg-card p-2 text-base sm:text-sm";
