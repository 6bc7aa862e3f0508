// A real OpenID Connect provider (the `oidc-provider` package) on 127.0.0.1 for the single
// sign-on test. Its built-in login page takes any login name; the name picks one of the
// accounts below, whose claims (email, email_verified) go into the ID token next-auth reads.
// The app is pointed at it by playwright.config.ts (OIDC_* in the web server's environment);
// next-auth discovers the provider at the first sign-in, so the test starts it before that.
import type { Server } from "node:http";

export const OIDC_CLIENT = { id: "scorecards-e2e", secret: "e2e-oidc-client-secret-not-for-production" };

/** The provider's port: beside the app's, so parallel runs on other ports do not collide. */
export function oidcPort(appPort: number): number {
  return Number(process.env.E2E_OIDC_PORT ?? appPort + 10);
}

export function oidcIssuer(appPort: number): string {
  return `http://127.0.0.1:${oidcPort(appPort)}`;
}

type Claims = { email: string; email_verified: boolean; name: string };

/** Login name on the provider's page → the identity it vouches for. */
export const OIDC_ACCOUNTS: Record<string, Claims> = {
  verified: { email: "Interviewer@Example.com", email_verified: true, name: "Sam Rivera" },
  // An existing person's address that the provider has not verified: whoever set it there is not known to own it.
  unverified: { email: "manager@example.com", email_verified: false, name: "Not Jordan" },
  stranger: { email: "stranger@example.com", email_verified: true, name: "Sandy Stranger" },
  deactivated: { email: "former@example.com", email_verified: true, name: "Robin Former" },
};

export async function startOidcProvider(appPort: number): Promise<{ close: () => Promise<void> }> {
  const issuer = oidcIssuer(appPort);
  // Loaded here, not at the top: playwright.config.ts reads this file's settings only.
  const { default: Provider } = await import("oidc-provider");
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [`http://127.0.0.1:${appPort}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    // next-auth reads the profile from the ID token (it does not call userinfo).
    conformIdTokenClaims: false,
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    async findAccount(_ctx, sub) {
      const claims = OIDC_ACCOUNTS[sub];
      if (!claims) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...claims }) };
    },
    // A first-party app: the organisation consented for everyone (as with Okta or Entra ID).
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
    features: { devInteractions: { enabled: true } },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
  });
  // The package warns once about its development keys and interactions: expected here.
  const server: Server = provider.listen(oidcPort(appPort), "127.0.0.1");
  await new Promise<void>((resolve, reject) => server.once("listening", resolve).once("error", reject));
  return { close: () => new Promise((resolve) => server.close(() => resolve())) };
}
