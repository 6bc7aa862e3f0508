// Drives next-auth's own request handler (what /api/auth/* and getServerSession run) without a
// server: sign in with the credentials form, read the session, sign out. Cookies are kept in a
// small jar so a test can replay an old session token after it should have stopped working.
import { createRequire } from "node:module";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import { authOptions } from "../../lib/auth/options";
import { sessionUser } from "../../lib/auth/session";
import { withEndedSessionsRefused } from "../../lib/auth/session-endpoint";

export const SESSION_COOKIE = "next-auth.session-token";
type Jar = Record<string, string>;
type Internal = { status?: number; body?: unknown; redirect?: string; cookies?: { name: string; value: string }[] };
// The handler behind both /api/auth/* and getServerSession; the package does not export its path.
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: (p: { req: Request; options: NextAuthOptions }) => Promise<Internal>;
};
// How the App Router handler turns that answer into the HTTP response (Set-Cookie included).
const { toResponse } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/next/utils.js")) as {
  toResponse: (res: Internal) => Response;
};

async function call(
  path: string,
  opts: { method?: "GET" | "POST"; jar?: Jar; body?: Record<string, string>; address?: string } = {},
): Promise<Internal> {
  const headers: Record<string, string> = {
    cookie: Object.entries(opts.jar ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join("; "),
  };
  if (opts.body) headers["content-type"] = "application/json";
  if (opts.address) headers["x-forwarded-for"] = opts.address;
  const req = new Request(`http://localhost:3000/api/auth/${path}`, {
    method: opts.method ?? "GET",
    headers,
    body: opts.body ? JSON.stringify(opts.body) : undefined,
  });
  return AuthHandler({ req, options: authOptions() });
}

const cookieValue = (res: Internal, name: string) => res.cookies?.find((c) => c.name === name)?.value;

async function csrf(): Promise<{ token: string; jar: Jar }> {
  const res = await call("csrf");
  const value = cookieValue(res, "next-auth.csrf-token");
  return { token: (res.body as { csrfToken: string }).csrfToken, jar: value ? { "next-auth.csrf-token": value } : {} };
}

/** Signs in through the credentials provider: the session token, or the error code next-auth reports. */
export async function signIn(
  email: string,
  password = "demo-password",
  address = "192.0.2.1",
): Promise<{ token: string } | { error: string; status?: number }> {
  const c = await csrf();
  const res = await call("callback/credentials", {
    method: "POST",
    jar: c.jar,
    body: { email, password, csrfToken: c.token, json: "true" },
    address,
  });
  const token = cookieValue(res, SESSION_COOKIE);
  if (token) return { token };
  return { error: new URL(res.redirect ?? "http://x/").searchParams.get("error") ?? "none", status: res.status };
}

export async function signedInToken(email: string) {
  const res = await signIn(email);
  if (!("token" in res)) throw new Error(`sign-in failed: ${res.error}`);
  return res.token;
}

/** What a request carrying this session token gets: the user, and any replacement cookie. */
export async function sessionOf(token: string) {
  const res = await call("session", { jar: { [SESSION_COOKIE]: token } });
  return { user: await sessionUser(res.body as object), cookie: res.cookies?.find((c) => c.name === SESSION_COOKIE) };
}

/** What `GET /api/auth/session` answers a browser sending this session token (app/api/auth/[...nextauth]/route.ts). */
export async function sessionEndpoint(token: string): Promise<Response> {
  return withEndedSessionsRefused(toResponse(await call("session", { jar: { [SESSION_COOKIE]: token } })));
}

export async function signOut(token: string) {
  const c = await csrf();
  await call("signout", {
    method: "POST",
    jar: { ...c.jar, [SESSION_COOKIE]: token },
    body: { csrfToken: c.token, json: "true" },
  });
}
