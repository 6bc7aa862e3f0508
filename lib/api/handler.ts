// Wraps each /api/v1 route: bearer-token authentication (lib/route-handler.ts does the rest),
// `{ data }` on success, 404 when the token's user may not see the object.
import "server-only";
import type { CurrentUser } from "../auth/session";
import { authenticatedRoute } from "../route-handler";
import { userForToken } from "./tokens";

const unauthenticated = () =>
  Response.json({ error: "Send a valid personal API token: Authorization: Bearer aiops_..." }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });

export function apiRoute<P extends object>(fn: (user: CurrentUser, params: P) => Promise<unknown | null>) {
  return authenticatedRoute<P>((req) => userForToken(req.headers.get("authorization")), unauthenticated, async (user, params) => {
    const data = await fn(user, params);
    if (data === null) return Response.json({ error: "Not found, or not visible to this token's user." }, { status: 404 });
    return Response.json({ data }, { headers: { "Cache-Control": "no-store" } });
  });
}

/** A paged list: `{ data, page: { next, total } }`; pass `?after=<page.next>` for the next page, `?limit=` (1..200). */
export function apiPagedRoute<P extends object>(fn: (user: CurrentUser, params: P, query: URLSearchParams) => Promise<{ rows: unknown[]; next: string | null; total: number } | null>) {
  return authenticatedRoute<P>((req) => userForToken(req.headers.get("authorization")), unauthenticated, async (user, params, req) => {
    const page = await fn(user, params, new URL(req.url).searchParams);
    if (page === null) return Response.json({ error: "Not found, or not visible to this token's user." }, { status: 404 });
    return Response.json({ data: page.rows, page: { next: page.next, total: page.total } }, { headers: { "Cache-Control": "no-store" } });
  });
}
