// Issue 11, findings 9, 10 and 11 in the browser: server actions and the candidate export refuse
// requests from other sites (and without an Origin); API tokens are made with scopes and an
// expiry, show when they expire and were last used, and stop at once when revoked; two admins
// changing one person from the same page are not both told "saved".
import { type Page, type Request } from "@playwright/test";
import { expect, login, screenshot, test } from "./fixtures";

/** Runs `act` and returns the server action request it made (the Next-Action POST). */
async function captureAction(page: Page, act: () => Promise<void>): Promise<Request> {
  const seen = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await act();
  return seen;
}

test.describe("cross-site requests", () => {
  test("a server action replayed without an Origin, or from another site, gets 403 and changes nothing", async ({
    page,
  }) => {
    await login(page, "manager@example.com");
    await page.goto("/settings/tokens");
    const name = `Replay probe ${Date.now()}`;
    await page.getByLabel("Token name").fill(name);
    await page.getByRole("checkbox", { name: /roles:read/ }).check();
    const action = await captureAction(page, () => page.getByRole("button", { name: "Create token" }).click());
    await expect(page.getByTestId("new-token")).toBeVisible();
    expect((await action.allHeaders())["origin"]).toBe(new URL(page.url()).origin); // the browser sends it
    const replay = (extra: Record<string, string>) =>
      page.request.post(action.url(), {
        headers: {
          "next-action": action.headers()["next-action"]!,
          "content-type": action.headers()["content-type"]!,
          accept: "text/x-component",
          ...extra,
        },
        data: action.postData() ?? "",
        maxRedirects: 0,
      });
    const refused: Record<string, string>[] = [
      {},
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const extra of refused) {
      const res = await replay(extra);
      expect(res.status(), JSON.stringify(extra)).toBe(403);
      expect(await res.json()).toEqual({ error: expect.stringMatching(/this app's own pages/) });
    }
    // The same request from the app's own origin goes through: the refusals were about the origin alone.
    expect((await replay({ origin: new URL(page.url()).origin })).status()).toBe(200);
    await page.reload();
    await expect(page.getByRole("list", { name: "Your API tokens" }).getByText(name, { exact: true })).toHaveCount(2);
  });

  test("the candidate export is a POST from the page; a GET or another site's POST exports nothing", async ({
    page,
  }) => {
    await login(page, "recruiter@example.com");
    await page.goto("/pipeline");
    await page.getByRole("link", { name: "Yusuf Demir" }).first().click();
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Export data (JSON)" }) });
    const action = await form.getAttribute("action");
    expect(await form.getAttribute("method")).toBe("post");
    expect((await page.request.get(action!)).status()).toBe(405);
    const crossSite = await page.request.post(action!, { headers: { origin: "https://evil.example" } });
    expect(crossSite.status()).toBe(403);
    expect((await page.request.post(action!)).status()).toBe(403); // no Origin at all
    expect((await page.request.post(action!, { headers: { origin: new URL(page.url()).origin } })).status()).toBe(200);
  });
});

test.describe("API tokens", () => {
  test("made with a scope and an expiry, listed with both and last use, refused at once when revoked @phone", async ({
    page,
  }, info) => {
    await login(page, "recruiter@example.com");
    await page.goto("/settings/tokens");
    const name = `Roles only ${info.project.name}`;
    await page.getByLabel("Token name").fill(name);
    // Least privilege: nothing is ticked until its maker chooses.
    for (const scope of ["roles:read", "candidates:read", "scorecards:read"])
      await expect(page.getByRole("checkbox", { name: new RegExp(scope) })).not.toBeChecked();
    await page.getByRole("checkbox", { name: /roles:read/ }).check();
    await page.getByLabel("Expires after").selectOption("30");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByRole("status")).toContainText("It expires on");
    // Shown once: the keyboard is on its Copy button, not back at the page's top.
    await expect(page.getByRole("button", { name: "Copy token" })).toBeFocused();
    const token = (await page.getByTestId("new-token").textContent())!;
    const api = (path: string) => page.request.get(`/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });

    const roles = await api("/roles");
    expect(roles.status()).toBe(200);
    const roleId = ((await roles.json()) as { data: { id: string }[] }).data[0]!.id;
    const noScope = await api(`/roles/${roleId}/candidates`);
    expect(noScope.status()).toBe(403);
    expect(noScope.headers()["www-authenticate"]).toBe('Bearer error="insufficient_scope", scope="candidates:read"');

    await page.reload();
    const entry = page.getByRole("listitem").filter({ hasText: name }).first();
    await expect(entry).toContainText("roles:read");
    await expect(entry).not.toContainText("candidates:read");
    await expect(entry).toContainText(/expires \d+ \w+ \d{4}/);
    await expect(entry).toContainText("last used");
    await expect(entry.getByText("active", { exact: true })).toBeVisible();
    await screenshot(page, "api-tokens");

    // Revoking asks first; "Keep it" keeps it (and the focus goes back to Revoke).
    await entry.getByRole("button", { name: "Revoke" }).click();
    await expect(entry.getByRole("alertdialog", { name: `Revoke ${name}?` })).toContainText("cannot be undone");
    await entry.getByRole("button", { name: "Keep it" }).click();
    await expect(entry.getByRole("button", { name: "Revoke" })).toBeFocused();
    expect((await api("/roles")).status()).toBe(200);
    await entry.getByRole("button", { name: "Revoke" }).click();
    await entry.getByRole("button", { name: "Revoke token" }).click();
    await expect(entry.getByText("revoked", { exact: true })).toBeVisible();
    const refused = await api("/roles");
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/revoked/) });
  });

  test("a token form without a scope says so before anything is sent", async ({ page }) => {
    await login(page, "recruiter@example.com");
    await page.goto("/settings/tokens");
    await page.getByLabel("Token name").fill("No scope");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByText("Choose at least one scope")).toBeVisible();
    await expect(page.getByTestId("new-token")).toHaveCount(0);
  });
});

test.describe("two admins, one person", () => {
  test("a kind change asks first; the second admin's change from a stale page is a conflict with a reload @phone", async ({
    browser,
  }, info) => {
    const first = await browser.newPage({ viewport: info.project.use.viewport ?? undefined });
    const second = await browser.newPage({ viewport: info.project.use.viewport ?? undefined });
    try {
      await login(first, "admin@example.com");
      await login(second, "admin@example.com");
      await first.goto("/admin");
      const name = `Conflict Probe ${info.project.name}`;
      await first.getByLabel("Name").fill(name);
      await first.getByLabel("Email").fill(`conflict-probe-${info.project.name}@example.org`);
      await first.getByLabel("Kind", { exact: true }).selectOption("INTERVIEWER");
      await first.getByRole("button", { name: "Add person" }).click();
      const kindOf = (p: Page) => p.getByLabel(`Kind of user for ${name}`);
      await expect(kindOf(first)).toHaveValue("INTERVIEWER");
      await second.goto("/admin");

      // The first admin makes them a recruiter, confirming.
      const row1 = first.getByRole("row", { name: new RegExp(name) });
      await kindOf(first).selectOption("RECRUITER");
      await expect(row1.getByRole("group", { name: `Confirm the change for ${name}` })).toContainText(
        "Make Conflict Probe",
      );
      await screenshot(first, "person-kind-confirm");
      await row1.getByRole("button", { name: "Change kind" }).click();
      await expect(row1.getByRole("status")).toHaveText(`Saved: ${name} is now a recruiter.`);

      // The second admin, still on the page loaded before, makes them a manager: refused, told to reload.
      const row2 = second.getByRole("row", { name: new RegExp(name) });
      await kindOf(second).selectOption("MANAGER");
      await row2.getByRole("button", { name: "Change kind" }).click();
      await expect(row2.getByRole("alert")).toContainText(
        `Someone else changed ${name} since you loaded this page (now recruiter, active)`,
      );
      await screenshot(second, "person-kind-conflict");
      await row2.screenshot({
        path: `test-results/screens/person-kind-conflict-row-${second.viewportSize()?.width ?? 0}.png`,
      });
      await row2.getByRole("button", { name: "Reload" }).click();
      await expect(kindOf(second)).toHaveValue("RECRUITER");
      // Cancelling a choice leaves the person as they were.
      await kindOf(second).selectOption("ADMIN");
      await row2.getByRole("button", { name: "Cancel" }).click();
      await expect(kindOf(second)).toHaveValue("RECRUITER");
    } finally {
      await first.close();
      await second.close();
    }
  });
});
