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
import { MAX_PAGE_SIZE } from "../paging/cursor";
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
      const block = /^Bearer\s+aiops_/i.test(header ?? "") ? await failures.fail(address) : null;
      return block ? blockedAnswer(block) : unauthorized(auth.error);
    }
    if (!auth.scopes.includes(scope)) return insufficientScope(scope);
    return auth.user;
  };
}

const notVisible = () =>
  Response.json({ error: "Not found, or not visible to this token's user." }, { status: 404, headers: noStore });

const badRequest = (error: string) => Response.json({ error }, { status: 400, headers: noStore });

export function apiRoute<P extends object>(
  scope: ApiScope,
  fn: (user: CurrentUser, params: P) => Promise<unknown | null>,
) {
  return authenticatedRoute<P>(
    tokenWithScope(scope),
    () => unauthorized(TOKEN_MISSING),
    async (user, params, req) => {
      // These endpoints read no parameter: one sent (paging, a filter a client guessed) would be
      // silently ignored, so it is refused and named instead.
      const query = new URL(req.url).searchParams;
      const paging = ["limit", "after"].find((p) => query.has(p));
      if (paging) return badRequest(`This endpoint is not paged: it returns the whole list, without "${paging}".`);
      const unknown = query.keys().next().value;
      if (unknown !== undefined) return badRequest(`This endpoint reads no "${unknown.slice(0, 40)}" parameter.`);
      const data = await fn(user, params);
      if (data === null) return notVisible();
      return Response.json({ data }, { headers: noStore });
    },
  );
}

/** A page request: `after` as the previous page's `page.next` gave it, `limit` from 1 to MAX_PAGE_SIZE. */
export type ApiPageQuery = { after?: string; limit: number };

/**
 * `?limit=` and `?after=` read strictly: an integration that sends a wrong limit or a damaged
 * cursor is told so (400), instead of silently getting another page size or page 1 again
 * (and importing the same rows twice).
 */
export const AFTER_NOT_A_CURSOR =
  "after is not a cursor of this list: pass the page.next value of the previous page unchanged.";

export function readApiPageQuery(
  query: URLSearchParams,
  isCursor: (raw: string) => boolean,
  defaultLimit: number,
): ApiPageQuery | { error: string } {
  // A parameter this list does not read is refused, not ignored: a client that guessed "cursor"
  // or "page" would otherwise be given the first page again and again.
  const unknown = [...query.keys()].find((k) => k !== "limit" && k !== "after");
  if (unknown !== undefined)
    return {
      error: `This list reads no "${unknown.slice(0, 40)}" parameter: page with "after" (the page.next of the previous page) and "limit".`,
    };
  // Given twice, which one was meant is a guess: said, as for any other unreadable value.
  const repeated = (["limit", "after"] as const).find((k) => query.getAll(k).length > 1);
  if (repeated) return { error: `${repeated} is given ${query.getAll(repeated).length} times: give it once.` };
  const limit = query.get("limit");
  const after = query.get("after");
  const n = limit === null ? defaultLimit : /^\d{1,4}$/.test(limit) ? Number(limit) : NaN;
  if (!(n >= 1 && n <= MAX_PAGE_SIZE))
    return { error: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE} (got "${limit?.slice(0, 40)}").` };
  if (after !== null && !isCursor(after)) return { error: AFTER_NOT_A_CURSOR };
  return after === null ? { limit: n } : { after, limit: n };
}

/**
 * A paged list: `{ data, page: { next, total } }`; pass `?after=<page.next>` for the next page,
 * `?limit=` (1..200, default `defaultLimit`). `isCursor` says whether a value can be this list's cursor.
 */
export function apiPagedRoute<P extends object>(
  scope: ApiScope,
  paging: { isCursor: (raw: string) => boolean; defaultLimit: number },
  fn: (
    user: CurrentUser,
    params: P,
    page: ApiPageQuery,
    // An error: the request's paging does not fit this list (400); null: not visible (404).
  ) => Promise<{ rows: unknown[]; next: string | null; total: number } | { error: string } | null>,
) {
  return authenticatedRoute<P>(
    tokenWithScope(scope),
    () => unauthorized(TOKEN_MISSING),
    async (user, params, req) => {
      const query = readApiPageQuery(new URL(req.url).searchParams, paging.isCursor, paging.defaultLimit);
      if ("error" in query) return badRequest(query.error);
      const page = await fn(user, params, query);
      if (page === null) return notVisible();
      if ("error" in page) return badRequest(page.error);
      return Response.json({ data: page.rows, page: { next: page.next, total: page.total } }, { headers: noStore });
    },
  );
}
