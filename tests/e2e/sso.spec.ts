// Single sign-on through a real OpenID Connect provider (oidc-provider on 127.0.0.1, started
// here): the sign-in button, the provider's login page, the redirect back with a code, PKCE and
// state checks, the ID token's email. Only an active person an admin added, whose email the
// provider has verified, gets in; nobody is ever created.
import type { Page } from "@playwright/test";
import { expect, login, screenshot, test } from "./fixtures";
import { startOidcProvider } from "./oidc-provider";

let provider: Awaited<ReturnType<typeof startOidcProvider>>;
test.beforeAll(async () => {
  provider = await startOidcProvider(Number(new URL(test.info().project.use.baseURL!).port));
});
test.afterAll(async () => provider?.close());

/** Clicks the app's SSO button and signs in on the provider's own page as `login` (one of OIDC_ACCOUNTS). */
async function signInWithSso(page: Page, loginName: string) {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Continue with Test SSO" }).click();
  await page.waitForURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(loginName);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("a verified email of an active account signs in and lands on that person's home", async ({ page }) => {
  await signInWithSso(page, "verified"); // Interviewer@Example.com: matched case-insensitively
  await page.waitForURL(/\/interviews$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session).toMatchObject({ uid: expect.any(String) });
  // The session is the app's own: the account page knows who this is.
  await page.goto("/settings/account");
  await expect(page.getByText("interviewer@example.com")).toBeVisible();
});

test("an email the provider has not verified is refused with a clear message @phone", async ({ page }) => {
  await signInWithSso(page, "unverified"); // manager@example.com, email_verified: false
  await page.waitForURL(/\/signin\?error=EmailUnverified/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("hasn't verified your email address");
  await screenshot(page, "sso-unverified");
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  await page.goto("/roles");
  await expect(page).toHaveURL(/\/signin/);
});

test("an unknown email is refused and nobody is created", async ({ page, browser }) => {
  await signInWithSso(page, "stranger");
  await page.waitForURL(/\/signin\?error=NotInvited/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("isn't set up here yet");
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  const admin = await (await browser.newContext()).newPage();
  await login(admin, "admin@example.com");
  await admin.goto("/admin");
  await expect(admin.getByText("former@example.com")).toBeVisible(); // the people list is there...
  await expect(admin.getByText("stranger@example.com")).toHaveCount(0); // ...without the stranger
  await admin.context().close();
});

test("a deactivated account is refused", async ({ page }) => {
  await signInWithSso(page, "deactivated");
  await page.waitForURL(/\/signin\?error=Deactivated/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("has been deactivated");
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
});
