// next-auth's `GET /api/auth/session` reads the session from the token alone: a token the
// database has ended (signed out, "sign out everywhere", deactivation, a kind change) would
// still read as signed in there, and next-auth would refresh its cookie. The route passes that
// answer through here, which checks the token against the database as every page does
// (userForSession) and answers a dead session as next-auth answers no session: `{}`, with the
// session cookie cleared.
import "server-only";
import { userForSession } from "./session";
import { sessionRefOf } from "./session-token";

const SESSION_COOKIE = /^((?:__Secure-)?next-auth\.session-token(?:\.\d+)?)=/;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function withEndedSessionsRefused(res: Response): Promise<Response> {
  if (res.status !== 200 || !res.headers.get("content-type")?.includes("application/json")) return res;
  const ref = sessionRefOf(parseJson(await res.clone().text()));
  if (!ref || (await userForSession(ref))) return res;
  const headers = new Headers(res.headers);
  headers.delete("set-cookie");
  headers.delete("content-length");
  for (const cookie of res.headers.getSetCookie()) {
    const name = SESSION_COOKIE.exec(cookie)?.[1];
    headers.append(
      "set-cookie",
      name
        ? `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${/;\s*secure/i.test(cookie) ? "; Secure" : ""}`
        : cookie,
    );
  }
  return new Response("{}", { status: 200, headers });
}
