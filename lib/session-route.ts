// The wrapper every session-authenticated route handler (CSV and JSON downloads) goes through:
// who is asking (fresh from the database), well-formed ids, and a JSON error instead of a
// stack trace. The function it wraps authorizes the object itself.
import "server-only";
import { currentUser, type CurrentUser } from "./auth/session";
import { paramsAreIds } from "./validation/id";

export function sessionRoute<P extends object>(fn: (user: CurrentUser, params: P, req: Request) => Promise<Response>) {
  return async (req: Request, ctx: { params: Promise<P> }) => {
    const user = await currentUser();
    if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
    const params = await ctx.params;
    if (!paramsAreIds(params)) return Response.json({ error: "That id is malformed." }, { status: 400 });
    try {
      return await fn(user, params, req);
    } catch (e) {
      console.error("route error", e);
      return Response.json({ error: "Internal error." }, { status: 500 });
    }
  };
}
