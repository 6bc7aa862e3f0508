// A group of controls answered together (radio buttons, a range's two ends, checkboxes): a
// fieldset with its legend, an optional description and one error for the group, with the ids
// wired as Field wires one control's: the fieldset and each control are described by the
// description and the error (while shown), and the controls marked invalid. The controls come
// from a render function so the wiring reaches them. Classes are joined with clsx, as in Field. E.g.
// <FieldSet id="salary" legend="Salary band" error={bandError}>{(c) => <><Input {...c} … /><Input {...c} … /></>}</FieldSet>
import type { ReactNode } from "react";
import { clsx } from "clsx";
import { LABEL_CLASS } from "./field-classes";
import { fieldDescriptionId, fieldErrorId } from "./field";
import { FieldError } from "./field-error";

/** What each control of the group carries: spread it on the inputs. */
export type FieldSetControlProps = { "aria-invalid": boolean; "aria-describedby"?: string };

export function FieldSet({
  id,
  legend,
  description,
  error,
  invalid,
  describedBy,
  disabled,
  className,
  legendClassName,
  children,
}: {
  /** The fieldset's id; the description and the error take `${id}-hint` and `${id}-err`. */
  id: string;
  legend: ReactNode;
  /** Under the legend, before the controls. */
  description?: ReactNode;
  error?: string;
  /** Marks the controls invalid without a message here (it is shown elsewhere). */
  invalid?: boolean;
  /** Further ids describing the group. */
  describedBy?: string;
  disabled?: boolean;
  className?: string;
  /** Replaces the legend's classes (as Field's labelClassName), e.g. "sr-only" when the controls' labels say enough. */
  legendClassName?: string;
  children: (control: FieldSetControlProps) => ReactNode;
}) {
  // The error's id only while it is shown, as in Field.
  const ids =
    [description ? fieldDescriptionId(id) : "", describedBy ?? "", error ? fieldErrorId(id) : ""]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <fieldset id={id} disabled={disabled} aria-describedby={ids} className={clsx("min-w-0", className)}>
      <legend className={legendClassName ?? clsx(LABEL_CLASS, "mb-2")}>{legend}</legend>
      {description ? (
        <p id={fieldDescriptionId(id)} className="mb-2 text-xs text-muted-foreground">
          {description}
        </p>
      ) : null}
      {children({ "aria-invalid": invalid ?? !!error, "aria-describedby": ids })}
      {error ? (
        <div className="mt-1">
          <FieldError id={fieldErrorId(id)} message={error} />
        </div>
      ) : null}
    </fieldset>
  );
}
