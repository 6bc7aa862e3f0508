// The one wrapper every route handler goes through: who is asking (a session or an API token,
// fresh from the database), well-formed ids, and a JSON error instead of a stack trace. The
// function it wraps authorizes the object itself.
import "server-only";
import { currentUser, type CurrentUser } from "./auth/session";
import { throttleAction, tooManyRequests, type QuotaName } from "./rate-limit/limits";
import { paramsAreIds } from "./validation/id";

type Handler<P> = (user: CurrentUser, params: P, req: Request) => Promise<Response>;
/** `limit`: an expensive download, counted per user (lib/rate-limit/limits.ts). */
type Options = { limit?: QuotaName };

/** `authenticate` answers the user, null (then `unauthenticated()`), or its own refusal (an expired token, a missing scope, 429 for an address sending bad tokens). */
export function authenticatedRoute<P extends object>(
  authenticate: (req: Request) => Promise<CurrentUser | Response | null>,
  unauthenticated: () => Response,
  fn: Handler<P>,
  opts: Options = {},
) {
  return async (req: Request, ctx: { params: Promise<P> }) => {
    const user = await authenticate(req);
    if (user instanceof Response) return user;
    if (!user) return unauthenticated();
    const params = ((await ctx.params) ?? {}) as P;
    if (!paramsAreIds(params)) return Response.json({ error: "That id is malformed." }, { status: 400 });
    if (opts.limit) {
      const throttled = await throttleAction(opts.limit, user.id);
      if (throttled) return tooManyRequests(throttled, throttled.message);
    }
    try {
      return await fn(user, params, req);
    } catch (e) {
      console.error("route error", e);
      return Response.json({ error: "Internal error." }, { status: 500 });
    }
  };
}

/** Signed-in downloads (CSV and JSON exports). */
export function sessionRoute<P extends object>(fn: Handler<P>, opts: Options = {}) {
  return authenticatedRoute(
    () => currentUser(),
    () => Response.json({ error: "Sign in first." }, { status: 401 }),
    fn,
    opts,
  );
}
