// Wraps each /api/v1 route: bearer-token authentication (lib/route-handler.ts does the rest),
// `{ data }` on success, 404 when the token's user may not see the object.
import "server-only";
import type { CurrentUser } from "../auth/session";
import { env } from "../env";
import { clientAddress } from "../rate-limit/client-address";
import { limits, tooManyRequests, type Throttled } from "../rate-limit/limits";
import { waitText } from "../rate-limit/retry-after";
import { authenticatedRoute } from "../route-handler";
import { userForToken } from "./tokens";

const unauthenticated = () =>
  Response.json({ error: "Send a valid personal API token: Authorization: Bearer aiops_..." }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });

const blockedAnswer = (t: Throttled) => tooManyRequests(t, `Too many requests with an invalid API token from your address. Try again in ${waitText(t.retryAfterSeconds)}.`);

/**
 * The token's user; 429 for an address that has sent too many unknown or revoked tokens (a
 * guesser, or a script with a stale token), whatever it sends now. Only token-shaped
 * credentials count as failures: a missing or garbled header is no guess.
 */
async function authenticateToken(req: Request): Promise<CurrentUser | Response | null> {
  const header = req.headers.get("authorization");
  const failures = limits().apiTokenFailure;
  const address = clientAddress(req.headers.get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS);
  const [blocked, user] = await Promise.all([failures.blocked(address), userForToken(header)]);
  if (blocked) return blockedAnswer(blocked);
  if (user || !/^Bearer\s+aiops_/.test(header ?? "")) return user;
  const block = await failures.fail(address);
  return block ? blockedAnswer(block) : null;
}

export function apiRoute<P extends object>(fn: (user: CurrentUser, params: P) => Promise<unknown | null>) {
  return authenticatedRoute<P>(authenticateToken, unauthenticated, async (user, params) => {
    const data = await fn(user, params);
    if (data === null) return Response.json({ error: "Not found, or not visible to this token's user." }, { status: 404 });
    return Response.json({ data }, { headers: { "Cache-Control": "no-store" } });
  });
}

/** A paged list: `{ data, page: { next, total } }`; pass `?after=<page.next>` for the next page, `?limit=` (1..200). */
export function apiPagedRoute<P extends object>(fn: (user: CurrentUser, params: P, query: URLSearchParams) => Promise<{ rows: unknown[]; next: string | null; total: number } | null>) {
  return authenticatedRoute<P>(authenticateToken, unauthenticated, async (user, params, req) => {
    const page = await fn(user, params, new URL(req.url).searchParams);
    if (page === null) return Response.json({ error: "Not found, or not visible to this token's user." }, { status: 404 });
    return Response.json({ data: page.rows, page: { next: page.next, total: page.total } }, { headers: { "Cache-Control": "no-store" } });
  });
}
