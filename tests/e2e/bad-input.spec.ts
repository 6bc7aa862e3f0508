// Bad input gets a clear 4xx (or a "not found" page), never a 500 or a stack trace, on every
// kind of entry point: pages, CSV exports, the JSON API and the candidate export.
import { expect, login, test } from "./fixtures";

const GARBAGE = [
  "does-not-exist",
  "%27%3B%20DROP%20TABLE%20%22User%22%3B--",
  "x".repeat(300),
  "%00",
  "..%2F..%2Fetc%2Fpasswd",
];

function noStackTrace(body: string) {
  expect(body).not.toMatch(/at [\w.<>]+ \(.*:\d+:\d+\)/);
  expect(body).not.toMatch(/PrismaClient|Invalid `prisma\./);
}

test("garbage ids and tokens get 4xx answers, never a crash", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "manager@example.com");
  for (const id of GARBAGE) {
    for (const url of [
      `/roles/${id}`,
      `/roles/${id}/plan`,
      `/roles/${id}/compare`,
      `/roles/${id}/plan/kit/${id}`,
      `/candidates/${id}`,
      `/candidates/${id}/debrief`,
      `/interviews/${id}`,
      `/api/roles/${id}/scores.csv`,
      `/api/roles/${id}/gaps.csv`,
      `/api/candidates/${id}/export`,
      `/admin/matrix/diff?from=${id}&to=${id}`,
      `/admin/audit?before=${id}&action=${id}`,
    ]) {
      const res = await page.request.get(url, { maxRedirects: 0 });
      expect(res.status(), url).toBeGreaterThanOrEqual(300);
      expect(res.status(), url).toBeLessThan(500);
      noStackTrace(await res.text());
    }
  }
  for (const auth of ["", "Bearer ", "Bearer not-a-token", `Bearer ${"a".repeat(2000)}`, "Basic Zm9vOmJhcg=="]) {
    for (const url of [
      "/api/v1/roles",
      `/api/v1/roles/${GARBAGE[0]}/candidates`,
      `/api/v1/applications/${GARBAGE[1]}/gaps`,
    ]) {
      const res = await page.request.get(url, { headers: auth ? { authorization: auth } : {} });
      expect(res.status(), `${url} with "${auth.slice(0, 20)}"`).toBe(401);
      const body = await res.json();
      expect(typeof body.error).toBe("string");
    }
  }
});

test("an unknown page is a friendly 404 @phone", async ({ page }) => {
  await login(page, "interviewer@example.com");
  const res = await page.goto("/candidates/nope");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /home|back/i }).first()).toBeVisible();
  // Inside the app's shell: its one main landmark, not a second one of the 404's own.
  await expect(page.getByRole("main")).toHaveCount(1);
});

test("addresses with malformed percent-encoding and unreadable sign-in requests get 400, not 500", async ({ page }) => {
  await login(page, "manager@example.com");
  for (const url of [
    "/candidates/%C0%AF",
    "/roles/%E0%A4%A/compare",
    "/api/v1/roles/%ED%A0%80/candidates",
    "/api/roles/%C0/scores.csv",
  ]) {
    const res = await page.request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(400);
    noStackTrace(await res.text());
  }
  const anonymous = await page.context().browser()!.newContext();
  for (const [method, url, body] of [
    ["GET", "/api/auth/error?error=%00", undefined],
    ["GET", "/api/auth/callback/credentials", undefined],
    ["POST", "/api/auth/callback/credentials", "not json"],
    ["POST", "/api/auth/signout", "{"],
  ] as const) {
    const res = await anonymous.request.fetch(url, {
      method,
      data: body,
      headers: body ? { "content-type": "application/json" } : {},
      maxRedirects: 0,
    });
    expect(res.status(), `${method} ${url}`).toBeGreaterThanOrEqual(300);
    expect(res.status(), `${method} ${url}`).toBeLessThan(500);
  }
  await anonymous.close();
});

test("an action call past the 8 MB body limit gets a 413 naming the limit, not Next's 500", async ({ page }) => {
  await login(page, "manager@example.com");
  const origin = new URL(test.info().project.use.baseURL!).origin;
  // 9 MB: past Next's limit and within what the proxy reads; 11 MB: past both.
  for (const megabytes of [9, 11]) {
    const res = await page.request.post("/", {
      headers: { "next-action": "0123456789abcdef", "content-type": "text/plain;charset=UTF-8", origin },
      data: JSON.stringify(["x".repeat(megabytes * 1024 * 1024)]),
      maxRedirects: 0,
    });
    expect(res.status(), `${megabytes} MB`).toBe(413);
    expect((await res.json()).error).toMatch(/at most 8 MB/);
  }
});

test("filters a page cannot use get a 400 naming the parameter; filters it can use still work", async ({ page }) => {
  await login(page, "admin@example.com");
  for (const [url, message] of [
    ["/questions?level=Infinity", "“level” must be 1, 2 or 3."],
    ["/questions?level=99999999999", "“level” must be 1, 2 or 3."],
    ["/questions?domain=%00", "“domain”"],
    ["/admin/audit?action=%00", "“action” must be one of the audit log's actions."],
    ["/admin/audit?before=99999999999999999999999", "“before” is not a page of this list"],
    ["/admin/audit?from=2026-02-30", "“from” is not a date (YYYY-MM-DD)."],
    // Every page reading its query declares it (lib/security/page-query.ts), dynamic routes too.
    [
      "/roles/cm0nosuchrole0id/compare?sort=bogus",
      "“sort” must be fit, name, recent or domain.ID (sorted by that domain).",
    ],
    ["/pipeline/roles/cm0nosuchrole0id?stage=%00", "“stage” is not a known stage."],
    ["/interviews?after=!!", "“after” is not a page of this list."],
    ["/calibration?before=abc", "“before” is not a page of this list."],
    ["/quality/interviewers?sort=name&sort=bogus", "“sort” must be name, rho, offset"],
  ] as const) {
    const res = await page.request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(400);
    const body = await res.text();
    expect(body, url).toContain(message);
    noStackTrace(body);
  }
  // Parameters a page does not read (a campaign tag, an old link's) are no filter of it.
  const tagged = await page.goto("/calibration?window=abc&utm_source=mail");
  expect(tagged?.status()).toBe(200);
  await page.goto("/questions?level=2");
  await expect(page.getByRole("link", { name: "L2", exact: true })).toHaveAttribute("aria-current", "page");
  const audit = await page.goto("/admin/audit?action=user.created");
  expect(audit?.status()).toBe(200);
  await expect(page.getByLabel("Action")).toHaveValue("user.created");
});

test("the audit log filters by who acted and by days, kept in the address across a reload", async ({ page }) => {
  await login(page, "admin@example.com");
  await page.goto("/admin/audit");
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel("Who acted").fill("Alex");
  await page.getByLabel("From").fill(today);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/who=Alex/);
  await page.reload();
  await expect(page.getByLabel("Who acted")).toHaveValue("Alex");
  await expect(page.getByLabel("From")).toHaveValue(today);
  // Signing in as the admin (Alex) was recorded today, and every event listed is theirs.
  const events = page.getByRole("list", { name: "Audit events" }).locator(":scope > li");
  await expect(events.first()).toBeVisible();
  for (const text of await events.allInnerTexts()) expect(text).toMatch(/Alex/);
  await page.getByLabel("Who acted").fill("nobody by this name");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No event matches these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page.getByLabel("Who acted")).toHaveValue("");
  await expect(events.first()).toBeVisible();
});

test("every page carries a nonce-based Content-Security-Policy, and its scripts the nonce", async ({ page }) => {
  const res = await page.goto("/signin");
  const policy = res!.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  expect(policy).toContain("'strict-dynamic'");
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const n of scripts) expect(n).toBe(nonce);
  const again = await page.request.get("/signin");
  expect(again.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
});

test("the sign-in form posts: submitted before its script loads, the password stays out of the URL", async ({
  page,
}) => {
  await page.goto("/signin");
  const form = page.locator("form").filter({ has: page.getByLabel("Password") });
  await expect(form).toHaveAttribute("method", "post");
  await expect(form).toHaveAttribute("action", "/api/auth/callback/credentials");
});
