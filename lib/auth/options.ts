// next-auth configuration: email + password (bcrypt) and, when configured, one OIDC
// provider. SSO users must already exist (created by an admin); they are matched by email.
// Sessions are next-auth's encrypted JWTs carrying our claims (lib/auth/session-token.ts):
// the token expires at the session's absolute end, goes dead when idle, and is checked
// against the database at every request (lib/auth/session.ts).
import type { NextAuthOptions } from "next-auth";
import { encode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { clientAddress } from "../rate-limit/client-address";
import {
  authorizeCredentials,
  ssoAccountFor,
  ssoEmail,
  ssoRefusal,
  type OidcProfile,
  type SignedInUser,
} from "./credentials";
import { recordAudit } from "../audit";
import { revokeSession } from "./sessions";
import { liveClaims, newSessionClaims, nowSeconds, sessionEndsAt, sessionPolicy } from "./session-token";

export const OIDC_PROVIDER_ID = "oidc";

export function oidcConfigured(): boolean {
  return Boolean(env().OIDC_ISSUER);
}

function header(headers: unknown, name: string): string | undefined {
  const value = (headers as Record<string, string | string[] | undefined> | undefined)?.[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * Where next-auth may send someone after signing in or out: a path here or a URL on this
 * origin, else home. next-auth's default throws on a `callbackUrl` that is no URL (`?callbackUrl=%25`)
 * and answers 500; this one never throws.
 */
export function safeRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  if (url.startsWith("/")) return `${baseUrl}${url}`;
  try {
    if (new URL(url).origin === new URL(baseUrl).origin) return url;
  } catch {
    // Not a URL: fall through to home.
  }
  return baseUrl;
}

export function authOptions(): NextAuthOptions {
  const e = env();
  const policy = sessionPolicy(e);
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (raw, req) =>
        authorizeCredentials(raw, clientAddress(header(req?.headers, "x-forwarded-for"), e.TRUSTED_PROXY_HOPS)),
    }),
  ];
  if (e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET) {
    providers.push({
      id: OIDC_PROVIDER_ID,
      name: e.OIDC_NAME,
      type: "oauth",
      wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: OidcProfile) {
        return { id: profile.sub, email: ssoEmail(profile), name: profile.name ?? null };
      },
    });
  }
  return {
    secret: e.authSecret,
    session: { strategy: "jwt", maxAge: policy.maxAgeSeconds },
    jwt: {
      maxAge: policy.maxAgeSeconds,
      // next-auth re-signs the token for maxAge on every refresh; the session's end does not move.
      encode: (params) =>
        encode({ ...params, maxAge: Math.max(0, sessionEndsAt(params.token, policy) - nowSeconds()) }),
    },
    pages: { signIn: "/signin", signOut: "/signout", error: "/signin" },
    providers,
    callbacks: {
      redirect: safeRedirect,
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        // The provider's own claims (the ID token), so an unverified address is told apart from a missing one.
        const refusal = await ssoRefusal(profile as OidcProfile | undefined);
        return refusal ? `/signin?error=${refusal}` : true;
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          // Our own user id; OIDC gives the provider's subject in user.id.
          const row =
            account.provider === OIDC_PROVIDER_ID
              ? await ssoAccountFor(user.email)
              : { id: user.id, sessionGeneration: (user as SignedInUser).sessionGeneration };
          if (!row) return {};
          await recordAudit({
            actorId: row.id,
            action: "user.signed_in",
            entityType: "User",
            entityId: row.id,
            data: { provider: account.provider },
          });
          return { ...newSessionClaims(row.id, row.sessionGeneration) };
        }
        // Expired or idle: an empty token, which no request accepts. Otherwise this request is activity.
        const live = liveClaims(token, policy);
        return live ? { ...live, lastSeen: nowSeconds() } : {};
      },
      async session({ token }) {
        const live = liveClaims(token, policy);
        return (live ? { uid: live.uid, sid: live.sid, gen: live.gen } : {}) as never;
      },
    },
    events: {
      async signOut({ token }) {
        await revokeSession(token, policy);
      },
    },
    logger: {
      error(code, metadata) {
        // An expired session cookie is the normal end of a session, not a server error.
        if ((metadata as { code?: string } | undefined)?.code === "ERR_JWT_EXPIRED") return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
  };
}
