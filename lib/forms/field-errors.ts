// A server action's "invalid" result carries one message per field, keyed by the field's path in
// the form's values (lib/run-action.ts); this shows each under its field in a react-hook-form form.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** An action result, or a route handler's JSON body: anything that may carry field errors. */
type MayCarryFieldErrors = { readonly ok?: boolean; readonly fieldErrors?: Readonly<Record<string, string>> };

/**
 * Sets each field error of `res` on the form and returns the names it set. "_form" (a problem with
 * the input as a whole) is never a field: show `res.message` for it. `fields` limits the names to
 * those the form renders (a list, or a test on the name), so no error lands where nobody sees it.
 */
export function applyFieldErrors<T extends FieldValues>(
  form: { setError: UseFormSetError<T> },
  res: MayCarryFieldErrors,
  fields?: readonly Path<T>[] | ((name: string) => boolean),
): Path<T>[] {
  const applied: Path<T>[] = [];
  const wanted =
    typeof fields === "function"
      ? fields
      : fields
        ? (name: string) => (fields as readonly string[]).includes(name)
        : () => true;
  for (const [name, message] of Object.entries(res.fieldErrors ?? {})) {
    if (name === "_form" || !wanted(name)) continue;
    form.setError(name as Path<T>, { type: "server", message });
    applied.push(name as Path<T>);
  }
  return applied;
}

/**
 * The form-wide line after a refusal: none when the refusal is about one field and applyFieldErrors
 * put it there (`marked`), so "already has a question of that name" is said once, at the field.
 */
export function formLineAfterRefusal(marked: readonly string[], res: MayCarryFieldErrors & { message?: string }) {
  const fieldErrors = res.fieldErrors ?? {};
  return marked.some((k) => fieldErrors[k] === res.message) ? null : (res.message ?? null);
}
