// The one wrapper every server action goes through: refuse a request from another site (CSRF;
// proxy.ts refuses it first with a 403, this holds if the proxy is skipped), authenticate (fresh from the database),
// check the shape of any ids, run the service (which authorizes and validates its input),
// and revalidate the affected page on success. Nothing throws to the client: bad input is a
// result, and so is a database race (unique/foreign-key violation, missing row, serialization
// failure or transaction timeout) or any other error, which is logged here.
import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { classifyDbError, failureFromError, forbidden, invalid, rateLimited, unauthenticated, type ActionFailure } from "./action-result";
import { CROSS_SITE_REFUSAL, isSameOriginRequest } from "./auth/same-origin";
import { currentUser, type CurrentUser } from "./auth/session";
import { throttleAction, type QuotaName } from "./rate-limit/limits";
import { idSchema } from "./validation/id";

/** `limit`: an expensive action, counted per user (lib/rate-limit/limits.ts). */
type Options = { ids?: unknown[]; revalidate?: string; revalidateLayout?: boolean; limit?: QuotaName };

export async function runAction<R extends { ok: boolean }>(
  fn: (user: CurrentUser) => Promise<R>,
  opts: Options = {},
): Promise<R | ActionFailure> {
  try {
    if (!isSameOriginRequest(await headers())) return forbidden(CROSS_SITE_REFUSAL);
    const user = await currentUser();
    if (!user) return unauthenticated();
    for (const id of opts.ids ?? []) {
      const parsed = idSchema.safeParse(id);
      if (!parsed.success) return invalid(parsed.error, "That request was malformed.");
    }
    if (opts.limit) {
      const throttled = await throttleAction(opts.limit, user.id);
      if (throttled) return rateLimited(throttled.message, throttled.retryAfterSeconds);
    }
    const result = await fn(user);
    if (result.ok && opts.revalidate) revalidatePath(opts.revalidate, opts.revalidateLayout ? "layout" : "page");
    return result;
  } catch (error) {
    unstable_rethrow(error); // Next's redirect()/notFound() signals are not failures
    // A known race is the user's to retry; anything else is a bug worth a log line.
    if (!classifyDbError(error)) console.error("Server action failed:", error);
    return failureFromError(error);
  }
}
