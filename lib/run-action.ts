// The one wrapper every server action goes through: authenticate (fresh from the database),
// check the shape of any ids, run the service (which authorizes and validates its input),
// and revalidate the affected page on success. Bad input never throws: it returns a result.
import "server-only";
import { revalidatePath } from "next/cache";
import { invalid, unauthenticated, type ActionFailure } from "./action-result";
import { currentUser, type CurrentUser } from "./auth/session";
import { idSchema } from "./validation/id";


type Options = { ids?: unknown[]; revalidate?: string; revalidateLayout?: boolean };

export async function runAction<R extends { ok: boolean }>(fn: (user: CurrentUser) => Promise<R>, opts: Options = {}): Promise<R | ActionFailure> {
  const user = await currentUser();
  if (!user) return unauthenticated();
  for (const id of opts.ids ?? []) {
    const parsed = idSchema.safeParse(id);
    if (!parsed.success) return invalid(parsed.error, "That request was malformed.");
  }
  const result = await fn(user);
  if (result.ok && opts.revalidate) revalidatePath(opts.revalidate, opts.revalidateLayout ? "layout" : "page");
  return result;
}
