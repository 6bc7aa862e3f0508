// Shared react-hook-form field options of the role forms.

import { moneyFromInput } from "@/lib/validation/typed-numbers";

/** A salary field whose empty value means "not set": registered with `register(name, numberOrNull)`. */
export const numberOrNull = { setValueAs: moneyFromInput };
