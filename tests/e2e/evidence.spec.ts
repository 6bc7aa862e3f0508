// Issue 12, findings 3, 8 and 9 as a user sees them: missing evidence is "not yet assessed",
// never 0 or a full-length gap; the audit log reads as sentences with a details view; dates
// in the viewer's zone; the evidence box shows its limit and an over-long text never stops
// the draft saving.
import type { Page } from "@playwright/test";
import { expect, login, screenshot, test, openFirstOpenInterview } from "./fixtures";

/** The first role's comparison (as an admin) with a heat map row matching `row`, opened. */
async function compareRowMatching(page: Page, query: string, row: RegExp) {
  await page.goto("/roles");
  const hrefs = await page
    .locator("a[href^='/roles/']")
    .evaluateAll((as) => [
      ...new Set(
        as.map((a) => a.getAttribute("href")!).filter((h) => /^\/roles\/[^/]+$/.test(h) && h !== "/roles/new"),
      ),
    ]);
  for (const href of hrefs) {
    await page.goto(`${href}/compare?${query}`);
    const match = page
      .getByRole("table", { name: /Consensus level and gap/ })
      .getByRole("row")
      .filter({ hasText: row });
    if ((await match.count()) > 0) return match.first();
  }
  throw new Error(`no candidate matching ${row} in any role`);
}

test.describe("not yet assessed is not zero", () => {
  test("a candidate nobody has rated reads 'not yet assessed' in the heat map, fit and gap bars @phone", async ({
    page,
  }) => {
    await login(page, "admin@example.com");
    const row = await compareRowMatching(page, "fit=unscored", /not yet assessed/);
    await expect(row.getByRole("cell").last()).toHaveText("not yet assessed");
    await screenshot(page, "compare-unassessed");
    await row.getByRole("link").click();
    await expect(page.getByRole("heading", { name: "Gap by domain" })).toBeVisible();
    await expect(page.getByText("Not yet assessed", { exact: true })).toBeVisible();
    await expect(page.locator("main")).not.toContainText("0/100");
    // No bar for a gap nobody measured (it used to be drawn full length), and the chart says why.
    // The drawings load when their boxes come on screen.
    await page.getByRole("img", { name: /^Radar chart/ }).scrollIntoViewIfNeeded();
    await page.getByRole("img", { name: /^Bar chart/ }).scrollIntoViewIfNeeded();
    await expect(page.locator(".recharts-wrapper")).toHaveCount(2);
    const gaps = page.locator(".recharts-wrapper").nth(1);
    await expect(gaps.locator("text").filter({ hasText: "not yet assessed" }).first()).toBeVisible();
    const widths = await gaps
      .locator(".recharts-bar-rectangle path")
      .evaluateAll((ps) => ps.map((p) => (p as SVGGraphicsElement).getBBox().width));
    expect(widths.every((w) => w < 1)).toBe(true);
    await screenshot(page, "candidate-unassessed");
  });

  test("a partly assessed candidate's fit says what it rests on; an interviewer's radar skips what they did not rate", async ({
    page,
  }) => {
    await login(page, "admin@example.com");
    const row = await compareRowMatching(page, "sort=fit", /\d of \d assessed/);
    await row.getByRole("link").click();
    await expect(page.getByText(/^On \d of \d target domains\.$/)).toBeVisible();
    // The fit card says which are not assessed once, in its distance line (it also said "the rest are …").
    await expect(page.getByText(/the rest are not yet assessed/)).toHaveCount(0);
    await page.getByRole("img", { name: /^Radar chart/ }).scrollIntoViewIfNeeded();
    await expect(page.locator(".recharts-polar-angle-axis-tick").first()).toBeVisible();
    await page.getByRole("group", { name: "Show each interviewer" }).getByRole("checkbox").first().check();
    // A dot per domain this interviewer rated; none at the centre for the domains they did not.
    await expect(page.locator(".rated-dot").first()).toBeAttached();
    const dots = await page.locator(".rated-dot").count();
    expect(dots).toBeGreaterThan(0);
    expect(dots).toBeLessThan(await page.locator(".recharts-polar-angle-axis-tick").count());
    await screenshot(page, "candidate-partial");
  });
});

test.describe("the audit log reads as sentences", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("events name people and objects, with details folded, times in the viewer's zone @phone", async ({ page }) => {
    await login(page, "admin@example.com");
    await page.goto("/admin/audit?action=scorecard.submitted");
    const events = page.getByRole("list", { name: "Audit events" }).getByRole("listitem");
    await expect(events.first()).toContainText(/^.+ submitted the .+ scorecard for .+\./);
    // The browser told the server its zone: times read in Tokyo time.
    await expect(events.first().locator("time")).toContainText("GMT+9");
    // No internal ids anywhere on the page (cuid: c + 24 characters).
    expect(await page.locator("main").innerText()).not.toMatch(/\bc[a-z0-9]{24}\b/);
    await screenshot(page, "audit-log");
    // Recorded data is folded under "Details" (the seed's event always has some).
    await page.goto("/admin/audit?action=database.seeded");
    await expect(events.first()).toContainText("set up the database.");
    await events.first().locator("summary").click();
    await expect(events.first().locator("details")).toHaveAttribute("open", "");
    await expect(events.first().locator("dl")).toContainText("summary");
    await screenshot(page, "audit-log-details");
    await page.goto("/admin");
    await expect(page.getByText("Recent changes")).toBeVisible();
  });
});

test.describe("text limits where the user types", () => {
  test("10,000 characters of evidence: the counter says how far over, and the draft still saves @phone", async ({
    page,
  }) => {
    // A draft only (nobody submits here), so both viewports may use the same interviewer's.
    await openFirstOpenInterview(page, "mei@example.com");
    const box = page.locator("section[aria-labelledby^='d-']").first().getByRole("textbox", { name: "Evidence" });
    await box.fill("Walked through the incident timeline. ");
    await expect(page.getByText(/^38 \/ 5,000 characters/).first()).toBeVisible();
    await box.fill("x".repeat(10_000));
    await expect(
      page.getByText("5,000 characters over the 5,000 limit: the draft keeps the first 5,000. Shorten it to submit."),
    ).toBeVisible();
    await expect(page.getByText(/Draft saved \d{2}:\d{2}/)).toBeVisible();
    await expect(page.getByText(/This draft could not be saved/)).toHaveCount(0);
    await screenshot(page, "scorecard-limit");
    await box.fill("Walked through the incident timeline and the rollback she owned.");
    await expect(page.getByText(/^64 \/ 5,000 characters/).first()).toBeVisible();
  });
});
