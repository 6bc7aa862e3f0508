// One form field: its label, the control, an optional description and the error, with the ids
// wired so a screen reader reads the description and the error on focus and announces the control
// as invalid. The control is a render function, so register()'s ref and handlers reach the real
// input untouched. Classes are joined, not merged (keeps tailwind-merge, 8 KB gzip, out of
// the sign-in and scorecard islands); a `labelClassName` replaces the label's classes instead of
// adding to them, so overriding its size or weight never depends on the CSS order. E.g.
// <Field id="p-name" label="Name" error={errors.name?.message}>{(c) => <Input {...c} {...register("name")} />}</Field>
import type { ReactNode } from "react";
import { LABEL_CLASS } from "./field-classes";
import { FieldError } from "./field-error";

/** What the control must carry: spread it on the input, select or textarea. */
export type FieldControlProps = { id: string; "aria-invalid": boolean; "aria-describedby"?: string };

export const fieldErrorId = (id: string) => `${id}-err`;
export const fieldDescriptionId = (id: string) => `${id}-hint`;

export function Field({
  id,
  label,
  description,
  error,
  invalid,
  describedBy,
  after,
  className,
  labelClassName,
  children,
}: {
  /** The control's id; the description and the error take `${id}-hint` and `${id}-err`. */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  /** Marks the control invalid when its message is shown elsewhere (one error under two fields). */
  invalid?: boolean;
  /** Further ids describing the control, e.g. a character count's. */
  describedBy?: string;
  /** Below the error: a character count, a note. */
  after?: ReactNode;
  className?: string;
  /** Replaces the label's classes (LABEL_CLASS), e.g. a quieter label under a legend. */
  labelClassName?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  // The error's id only while it is shown: a reference to a missing element is noise.
  const ids = [description ? fieldDescriptionId(id) : "", describedBy ?? "", error ? fieldErrorId(id) : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={className ? `grid content-start gap-1.5 ${className}` : "grid content-start gap-1.5"}>
      <label htmlFor={id} className={labelClassName ?? LABEL_CLASS}>
        {label}
      </label>
      {children({ id, "aria-invalid": invalid ?? !!error, "aria-describedby": ids || undefined })}
      {description ? (
        <p id={fieldDescriptionId(id)} className="text-xs text-muted-foreground">
          {description}
        </p>
      ) : null}
      <FieldError id={fieldErrorId(id)} message={error} />
      {after}
    </div>
  );
}
