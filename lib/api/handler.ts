// Wraps each /api/v1 route: bearer-token authentication, JSON errors (never a stack trace).
import "server-only";
import type { CurrentUser } from "../auth/session";
import { paramsAreIds } from "../validation/id";
import { userForToken } from "./tokens";

export function apiRoute<P>(fn: (user: CurrentUser, params: P) => Promise<unknown | null>) {
  return async (req: Request, ctx: { params: Promise<P> }) => {
    const user = await userForToken(req.headers.get("authorization"));
    if (!user) return Response.json({ error: "Send a valid personal API token: Authorization: Bearer aiops_..." }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
    const params = await ctx.params;
    if (params && !paramsAreIds(params)) return Response.json({ error: "That id is malformed." }, { status: 400 });
    try {
      const data = await fn(user, params);
      if (data === null) return Response.json({ error: "Not found, or not visible to this token's user." }, { status: 404 });
      return Response.json({ data }, { headers: { "Cache-Control": "no-store" } });
    } catch (e) {
      console.error("api error", e);
      return Response.json({ error: "Internal error." }, { status: 500 });
    }
  };
}
