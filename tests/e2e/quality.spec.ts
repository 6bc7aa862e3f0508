// Quality of hire: a manager records a due 90-day check-in on the demo's recent hire, reloads,
// and finds it on the hiring-quality page; an interviewer is refused that page.
import { expect, expectNoSidewaysScroll, login, screenshot, test } from "./fixtures";

test.describe("quality of hire", () => {
  test("a manager records a due check-in, reloads, and sees it counted on the hiring-quality page", async ({ page }) => {
    await login(page, "manager@example.com");
    await page.goto("/check-ins");
    await expect(page.getByRole("heading", { name: "Quality-of-hire check-ins" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Check-ins" })).toContainText("1"); // the nav badge
    await screenshot(page, "check-ins");
    await page.getByRole("link", { name: "Elena Rossi" }).click();
    await expect(page.getByRole("heading", { name: "90 days check-in" })).toBeVisible();

    // Sending it empty says what is missing, and nothing is recorded.
    await page.getByRole("button", { name: "Record the 90 days check-in" }).click();
    await expect(page.getByText("Choose an overall rating")).toBeVisible();

    const groups = page.getByRole("radiogroup", { name: /level on the job/ });
    await expect(groups).toHaveCount(4);
    const evidence = page.getByLabel(/Evidence from the job/);
    for (let i = 0; i < 4; i++) {
      await groups
        .nth(i)
        .getByText(i === 0 ? "Level 3" : "Level 2", { exact: true })
        .click();
      await evidence.nth(i).fill(`Check-in evidence ${i}: led the alert-noise clean-up for the on-call rota.`);
    }
    await page.getByText("Above expectations", { exact: true }).click();
    await page.getByRole("radio", { name: "Yes" }).check({ force: true });
    await screenshot(page, "check-in-form");
    await page.getByRole("button", { name: "Record the 90 days check-in" }).click();
    // Recorded: the form gives way to the check-in as recorded.
    await expect(page.getByText("Above expectations · would hire again: yes")).toBeVisible();

    await page.reload();
    await expect(page.getByRole("button", { name: /Record the/ })).toHaveCount(0);
    await expect(page.getByText("Above expectations · would hire again: yes")).toBeVisible();
    await expect(page.getByText("Check-in evidence 0: led the alert-noise clean-up")).toBeVisible();

    await page.goto("/check-ins");
    await expect(page.getByText("No check-ins due.")).toBeVisible();
    await page.getByRole("link", { name: "Hiring quality" }).first().click();
    await expect(page.getByRole("heading", { name: "Hiring quality" })).toBeVisible();
    // The demo's two hires: one with three check-ins, and now this one.
    await expect(page.getByText("4 check-ins recorded")).toBeVisible();
    await expect(page.getByText("2 of 2")).toBeVisible();
    await expect(page.getByRole("table").getByText("too few hires").first()).toBeVisible();
    await screenshot(page, "quality");
  });

  test("an interviewer is refused the hiring-quality page and the check-ins", async ({ page }) => {
    await login(page, "interviewer@example.com");
    for (const url of ["/quality", "/check-ins"]) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(403);
    }
    await expect(page.getByRole("link", { name: "Hiring quality" })).toHaveCount(0);
  });

  test("the pages read on a phone @phone", async ({ page }) => {
    await login(page, "manager@example.com");
    await page.goto("/quality");
    await expect(page.getByRole("heading", { name: "Hiring quality" })).toBeVisible();
    await expectNoSidewaysScroll(page, "/quality");
    await screenshot(page, "quality");
    await page.goto("/check-ins");
    await screenshot(page, "check-ins");
    const hire = page.getByRole("link", { name: "Elena Rossi" });
    if (await hire.count()) {
      await hire.click();
      await expect(page.getByRole("heading", { name: "Elena Rossi" })).toBeVisible();
      await expectNoSidewaysScroll(page, "check-in form");
      await screenshot(page, "check-in-form");
    }
  });
});
