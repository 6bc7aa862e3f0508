"use client";
// A Field bound to a react-hook-form form: registers the control, shows the field's error and,
// given `max`, the character count the control is described by. For a control that is not
// registered (controlled state, a plain form), use Field.
import type { ReactNode } from "react";
import {
  get,
  useFormState,
  type Control,
  type FieldError,
  type FieldValues,
  type Path,
  type RegisterOptions,
  type UseFormRegister,
  type UseFormRegisterReturn,
} from "react-hook-form";
import { FieldCharacterCount } from "./character-count";
import { Field, type FieldControlProps } from "./field";

type FieldProps = Omit<Parameters<typeof Field>[0], "error" | "describedBy" | "after" | "children">;

export function FormField<T extends FieldValues, TOut extends FieldValues = T>({
  form,
  name,
  rules,
  max,
  children,
  ...field
}: FieldProps & {
  /** The form (useForm's return): its resolver may turn the typed values into others (TOut). */
  form: { control: Control<T, unknown, TOut>; register: UseFormRegister<T> };
  name: Path<T>;
  rules?: RegisterOptions<T, Path<T>>;
  /** The text's limit: shows "n / max characters" under the field. */
  max?: number;
  /** Spread the argument on the control: its id, aria attributes and register()'s name, ref and handlers. */
  children: (control: FieldControlProps & UseFormRegisterReturn<Path<T>>) => ReactNode;
}) {
  // Subscribes to this field's error only, so typing elsewhere does not re-render it.
  const { errors, defaultValues } = useFormState({ control: form.control, name });
  const error = get(errors, name) as FieldError | undefined;
  // Past the limit the count under the field already says so ("5 characters over the 120 limit: …"):
  // the schema's own "too long" message would be a second one. The control stays invalid.
  const saidByCount = !!max && error?.type === "too_big";
  const countId = `${field.id}-count`;
  return (
    <Field
      {...field}
      error={saidByCount ? undefined : error?.message}
      invalid={!!error}
      describedBy={max ? countId : undefined}
      after={max ? <FieldCharacterCount control={form.control} name={name} max={max} id={countId} /> : undefined}
    >
      {(c) => children({ ...c, ...initialValue(defaultValues, name), ...form.register(name, rules) })}
    </Field>
  );
}

/**
 * The field's default as the control's defaultValue, so the server's HTML shows it: register()
 * sets it only once the page's script runs, and a field looked empty until then (text typed into
 * it meanwhile was merged with the default). Text and numbers only: checkbox groups and booleans
 * keep register()'s own handling.
 */
function initialValue(defaultValues: unknown, name: string): { defaultValue?: string | number } {
  const value: unknown = get(defaultValues, name);
  return typeof value === "string" || typeof value === "number" ? { defaultValue: value } : {};
}
