import NextAuth from "next-auth";
import { unreadableCallbackUrl } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";
import { withEndedSessionsRefused } from "@/lib/auth/session-endpoint";
import { withSignInThrottleStatus } from "@/lib/rate-limit/sign-in-response";

async function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  // next-auth v4 reads params synchronously; Next 16 passes them as a promise.
  const params = await ctx.params;
  // Signing in with a password is a form POST; next-auth answers other methods with a 500.
  if (params.nextauth?.join("/") === "callback/credentials" && req.method !== "POST") {
    return Response.json(
      { error: "Sign in with a POST from the sign-in form." },
      { status: 405, headers: { allow: "POST" } },
    );
  }
  const unreadable = unreadableCallbackUrl(req.url, req.headers.get("cookie"));
  if (unreadable)
    return Response.json(
      { error: `The sign-in service could not read ${unreadable}: not a web address.` },
      { status: 400 },
    );
  try {
    const res = (await NextAuth(req as never, { params } as never, authOptions())) as Response;
    // The session endpoint answers a signed-out, deactivated or otherwise ended session as none.
    if (params.nextauth?.join("/") === "session") return await withEndedSessionsRefused(res);
    return await withSignInThrottleStatus(res);
  } catch (e) {
    // next-auth throws on input it cannot read: a JSON content type with a body that is not
    // JSON, an error code that is no header value (`?error=%00`). That is a bad request.
    if (e instanceof SyntaxError || e instanceof TypeError) {
      return Response.json({ error: "The sign-in service could not read this request." }, { status: 400 });
    }
    throw e;
  }
}

export { handler as GET, handler as POST };
