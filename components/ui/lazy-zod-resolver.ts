// A react-hook-form resolver that loads zod, the resolver and the form's schema on first use (the
// first validation, or `preload` on focus) instead of with the page: the same shared schema
// validates as you type, and pages that only show a form do not ship zod on first paint.
import type { FieldValues, Resolver } from "react-hook-form";
import type { ZodType } from "zod";

export function lazyZodResolver<T extends FieldValues>(loadSchema: () => Promise<ZodType<T, T>>) {
  let loaded: Promise<Resolver<T>> | null = null;
  const load = () =>
    (loaded ??= Promise.all([import("@hookform/resolvers/zod"), loadSchema()]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema) as unknown as Resolver<T>,
    ));
  const resolver: Resolver<T> = async (values, context, options) => {
    try {
      return (await load())(values, context, options);
    } catch {
      // Could not load (offline before the first focus): let the value through; every server
      // action checks the same schema, and the next validation tries to load again.
      loaded = null;
      return { values, errors: {} };
    }
  };
  return { resolver, preload: () => void load().catch(() => (loaded = null)) };
}
