// Wraps each /api/v1 route: bearer-token authentication and the route's read scope
// (lib/route-handler.ts does the rest), `{ data }` on success, 404 when the token's user may
// not see the object. Refusals follow RFC 6750: 401 `invalid_token` (missing, unknown, revoked,
// expired) and 403 `insufficient_scope`, each with a JSON `{ error }` saying which.
import "server-only";
import type { CurrentUser } from "../auth/session";
import { env } from "../env";
import { clientAddress } from "../rate-limit/client-address";
import { limits, tooManyRequests, type Throttled } from "../rate-limit/limits";
import { waitText } from "../rate-limit/retry-after";
import { authenticatedRoute } from "../route-handler";
import type { ApiScope } from "../validation/token";
import { authenticateToken, TOKEN_MISSING } from "./tokens";

const noStore = { "Cache-Control": "no-store" };

const unauthorized = (error: string) =>
  Response.json(
    { error },
    {
      status: 401,
      headers: { ...noStore, "WWW-Authenticate": error === TOKEN_MISSING ? "Bearer" : 'Bearer error="invalid_token"' },
    },
  );

const insufficientScope = (scope: ApiScope) =>
  Response.json(
    {
      error: `This API token lacks the "${scope}" scope this endpoint needs. Create a token with it under Settings → API tokens.`,
    },
    { status: 403, headers: { ...noStore, "WWW-Authenticate": `Bearer error="insufficient_scope", scope="${scope}"` } },
  );

const blockedAnswer = (t: Throttled) =>
  tooManyRequests(
    t,
    `Too many requests with an invalid API token from your address. Try again in ${waitText(t.retryAfterSeconds)}.`,
  );

/**
 * The token's user when the token is valid and has `scope`, else the refusal to send. An
 * address that has sent too many unknown, revoked or expired tokens (a guesser, or a script
 * with a stale token) gets 429 whatever it sends now. Only token-shaped credentials count as
 * failures: a missing or garbled header is no guess.
 */
function tokenWithScope(scope: ApiScope) {
  return async (req: Request): Promise<CurrentUser | Response> => {
    const header = req.headers.get("authorization");
    const failures = limits().apiTokenFailure;
    const address = clientAddress(req.headers.get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS);
    const [blocked, auth] = await Promise.all([failures.blocked(address), authenticateToken(header)]);
    if (blocked) return blockedAnswer(blocked);
    if (!auth.ok) {
      const block = /^Bearer\s+aiops_/.test(header ?? "") ? await failures.fail(address) : null;
      return block ? blockedAnswer(block) : unauthorized(auth.error);
    }
    if (!auth.scopes.includes(scope)) return insufficientScope(scope);
    return auth.user;
  };
}

const notVisible = () =>
  Response.json({ error: "Not found, or not visible to this token's user." }, { status: 404, headers: noStore });

export function apiRoute<P extends object>(
  scope: ApiScope,
  fn: (user: CurrentUser, params: P) => Promise<unknown | null>,
) {
  return authenticatedRoute<P>(
    tokenWithScope(scope),
    () => unauthorized(TOKEN_MISSING),
    async (user, params) => {
      const data = await fn(user, params);
      if (data === null) return notVisible();
      return Response.json({ data }, { headers: noStore });
    },
  );
}

/** A paged list: `{ data, page: { next, total } }`; pass `?after=<page.next>` for the next page, `?limit=` (1..200). */
export function apiPagedRoute<P extends object>(
  scope: ApiScope,
  fn: (
    user: CurrentUser,
    params: P,
    query: URLSearchParams,
  ) => Promise<{ rows: unknown[]; next: string | null; total: number } | null>,
) {
  return authenticatedRoute<P>(
    tokenWithScope(scope),
    () => unauthorized(TOKEN_MISSING),
    async (user, params, req) => {
      const page = await fn(user, params, new URL(req.url).searchParams);
      if (page === null) return notVisible();
      return Response.json({ data: page.rows, page: { next: page.next, total: page.total } }, { headers: noStore });
    },
  );
}
