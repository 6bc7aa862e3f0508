import { expect, login, screenshot, test } from "./fixtures";

const NEW_INDICATOR = "Tunes burn-rate alerts with error-budget policies agreed with product owners.";

test("an admin edits a cell in a draft, publishes version 2 and sees the diff", async ({ page }) => {
  await login(page, "admin@example.com");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Edit, version, import or export" }).click();
  await page.getByRole("button", { name: "Start a draft" }).click();
  await page.waitForURL(/\/admin\/matrix\/draft/);
  const cell = page.getByPlaceholder("One observable behaviour per line").first();
  await cell.fill(`${await cell.inputValue()}\n${NEW_INDICATOR}`);
  await page.getByRole("button", { name: "Save cell" }).first().click();
  await expect(page.getByText("Saved.").first()).toBeVisible();
  await screenshot(page, "matrix-draft");
  await page.getByLabel("Change note").fill("Level 1 SRE observability now asks for error-budget-aware alerting.");
  await page.getByRole("button", { name: "Publish as version 2" }).click();
  await page.waitForURL(/\/admin\/matrix\?published=2/);
  await page.getByRole("link", { name: "Compare with version 1" }).click();
  await expect(page.getByText(NEW_INDICATOR)).toBeVisible();
  await screenshot(page, "matrix-diff");
  await page.goto("/matrix");
  await expect(page.getByText(/Version 2/)).toBeVisible();
  await expect(page.getByText(NEW_INDICATOR)).toBeVisible();

  // The role's owner moves their role to version 2 deliberately, after seeing what changed.
  await login(page, "manager@example.com");
  await page.goto("/roles");
  await page.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
  await page.getByRole("button", { name: "Review move to version 2" }).click();
  await expect(page.getByText(/Scorecards already written keep version 1/)).toBeVisible();
  await screenshot(page, "role-move-version");
  await page.getByRole("button", { name: "Move role" }).click();
  await expect(page.getByText("Moved to version 2.")).toBeVisible();
});
