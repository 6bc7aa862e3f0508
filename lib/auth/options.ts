// next-auth configuration: email + password (bcrypt) and, when configured, one OIDC
// provider. SSO users must already exist (created by an admin); they are matched by email.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { authorizeCredentials, ssoAccountFor, ssoEmail, type OidcProfile } from "./credentials";
import { recordAudit } from "../audit";

export const OIDC_PROVIDER_ID = "oidc";
const SESSION_MAX_AGE_SECONDS = 8 * 3600;

export function oidcConfigured(): boolean {
  return Boolean(env().OIDC_ISSUER);
}

export function authOptions(): NextAuthOptions {
  const e = env();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (raw) => authorizeCredentials(raw),
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
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    providers,
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        if (!user.email) return "/signin?error=NoEmail";
        return (await ssoAccountFor(user.email)) ? true : "/signin?error=NotInvited";
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          // Store our own user id; OIDC gives the provider's subject in user.id.
          const row = account.provider === OIDC_PROVIDER_ID ? await ssoAccountFor(user.email) : { id: user.id };
          token.uid = row?.id;
          if (row?.id) await recordAudit({ actorId: row.id, action: "user.signed_in", entityType: "User", entityId: row.id, data: { provider: account.provider } });
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: typeof token.uid === "string" ? token.uid : undefined };
      },
    },
  };
}
