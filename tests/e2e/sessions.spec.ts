// Brute-force throttle and server-side sessions, as a user meets them (issue 11, findings 3, 4
// and 9). Addresses are set with X-Forwarded-For, which a production deployment's proxy sets.
import type { BrowserContext, Page } from "@playwright/test";
import { expect, login, screenshot, test, watchCsp } from "./fixtures";

/** A page of an extra browser context, watched for Content-Security-Policy violations like the fixture's own page. */
async function openPage(context: BrowserContext) {
  return watchCsp(await context.newPage());
}

async function submit(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  return res;
}

test("repeated wrong passwords are throttled with a retry time; the owner still gets in elsewhere @phone", async ({
  browser,
}, info) => {
  const attacker = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": info.project.name === "phone" ? "198.51.100.78" : "198.51.100.77" },
  });
  const owner = await browser.newContext();
  try {
    const page = await openPage(attacker);
    await page.goto("/signin");
    for (let i = 1; i <= 4; i++) {
      expect((await submit(page, "dana@example.com", `wrong-${i}`)).status()).toBe(401);
      await expect(page.getByRole("alert").filter({ hasText: "don't match" })).toBeVisible();
    }
    for (const password of ["wrong-5", "wrong-6", "demo-password"]) {
      const res = await submit(page, "dana@example.com", password);
      expect(res.status()).toBe(429);
      expect(Number(res.headers()["retry-after"])).toBeGreaterThan(14 * 60);
      await expect(page.getByRole("alert").filter({ hasText: "Too many" })).toHaveText(
        /^Too many failed sign-in attempts\. Try again in 15 minutes \(at \d{1,2}:\d{2}( [AP]M)?( \S+)?\)\.$/,
      );
    }
    await screenshot(page, "signin-throttled");

    // Another account from the same address is unaffected.
    await submit(page, "manager@example.com", "demo-password");
    await expect(page).toHaveURL(/\/roles$/);

    // The account's owner, from their own address, signs in with the right password.
    const mine = await openPage(owner);
    await mine.goto("/signin");
    await submit(mine, "dana@example.com", "demo-password");
    await expect(mine).toHaveURL(/\/roles$/);
  } finally {
    await attacker.close();
    await owner.close();
  }
});

test("sign out everywhere sends every other browser back to sign-in at its next click @phone", async ({
  browser,
}, info) => {
  const email = info.project.name === "phone" ? "tomas@example.com" : "dana@example.com";
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  try {
    const here = await openPage(laptop);
    const there = await openPage(phone);
    await login(here, email);
    await login(there, email);
    await there.goto("/matrix");
    await expect(there.getByRole("heading", { name: "Competency matrix" })).toBeVisible();

    await here.goto("/matrix");
    await here.getByRole("link", { name: /your account/i }).click();
    await expect(here.getByRole("heading", { name: "Your account" })).toBeVisible();
    await expect(
      here.getByText(/up to 12 hours, and are signed out after 2 hours without using the app/),
    ).toBeVisible();
    await screenshot(here, "account");
    await here.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(here).toHaveURL(/\/signin/);

    // The other browser's next click (a client-side navigation) lands on sign-in.
    await there.getByRole("navigation", { name: "Main" }).getByRole("link").first().click();
    await expect(there).toHaveURL(/\/signin/);

    // Signing in again works.
    await login(there, email);
    expect((await there.goto("/matrix"))?.status()).toBe(200);
  } finally {
    await laptop.close();
    await phone.close();
  }
});

test("signing out ends that session's token on the server; the person's other sessions carry on", async ({
  browser,
}) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const replay = await browser.newContext();
  try {
    const pageA = await openPage(a);
    const pageB = await openPage(b);
    await login(pageA, "priya@example.com");
    await login(pageB, "priya@example.com");
    await pageA.goto("/interviews");
    const stolen = (await a.cookies()).filter((c) => c.name.includes("session-token"));
    expect(stolen.length).toBe(1);
    await pageA.getByRole("button", { name: "Sign out" }).click();
    await expect(pageA).toHaveURL(/\/signin/);

    // The token value copied before sign-out no longer works anywhere.
    await replay.addCookies(stolen);
    const pageR = await openPage(replay);
    await pageR.goto("/interviews");
    await expect(pageR).toHaveURL(/\/signin/);
    // next-auth's own session endpoint agrees (it used to report the copy as signed in), and clears the copy.
    const copy = await replay.request.get("/api/auth/session");
    expect(await copy.json()).toEqual({});
    expect(copy.headers()["set-cookie"]).toMatch(/next-auth\.session-token=;.*Max-Age=0/i);
    // Priya's other browser is still signed in.
    expect((await pageB.goto("/interviews"))?.status()).toBe(200);
    await expect(pageB).toHaveURL(/\/interviews$/);
  } finally {
    await a.close();
    await b.close();
    await replay.close();
  }
});

test("sign-in works with JavaScript off: a POST with the server-rendered CSRF token, the password never in a URL @phone", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const urls: string[] = [];
    page.on("request", (r) => urls.push(r.url()));
    await page.goto("/signin");
    // A wrong password first: next-auth's own error page code comes back to the form with a message.
    await page.getByLabel("Email").fill("interviewer@example.com");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText("don't match an active account");
    await page.getByLabel("Email").fill("interviewer@example.com");
    await page.getByLabel("Password").fill("demo-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/interviews/);
    await expect(page.getByRole("heading", { name: "My interviews" })).toBeVisible();
    expect(urls.filter((u) => u.includes("password"))).toEqual([]);
  } finally {
    await context.close();
  }
});

test("next-auth's own sign-out address is the app's sign-out page, which signs out like the header's button @phone", async ({
  page,
}) => {
  await page.goto("/signout");
  await expect(page).toHaveURL(/\/signin$/);
  await login(page, "kwame@example.com");
  await page.goto("/api/auth/signout");
  await expect(page).toHaveURL(/\/signout$/);
  await expect(page.getByRole("heading", { name: "Sign out?" })).toBeVisible();
  await expect(page.getByText("kwame@example.com")).toBeVisible();
  await screenshot(page, "sign-out-page");
  await page.getByRole("link", { name: "Stay signed in" }).click();
  await expect(page).not.toHaveURL(/\/signout$/);
  await page.goto("/signout");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/interviews");
  await expect(page).toHaveURL(/\/signin/);
});
