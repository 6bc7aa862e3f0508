// Shared react-hook-form field options of the role forms.

/** A number input whose empty value means "not set": registered with `register(name, numberOrNull)`. */
export const numberOrNull = { setValueAs: (v: unknown) => (v === "" || v == null ? null : Number(v)) };
