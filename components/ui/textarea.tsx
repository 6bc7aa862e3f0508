// A multi-line text box in the kit's style, written in whichever direction its text is (dir="auto",
// so Arabic or Hebrew evidence reads right to left). Extra classes are appended with clsx, as in Field.
import type { TextareaHTMLAttributes } from "react";
import { clsx } from "clsx";
import { TEXTAREA_CLASS } from "./field-classes";

export function Textarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea dir="auto" className={clsx(TEXTAREA_CLASS, className)} {...props} />;
}
