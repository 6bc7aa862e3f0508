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
  // A key the draft already has is refused at the Key field, once (it was said twice).
  await page.getByText("Add a domain").click();
  const add = page.locator("details", { has: page.getByText("Add a domain") });
  await add.getByLabel("Name", { exact: true }).fill("Observability again");
  await add.getByLabel("Short name").fill("Obs again");
  await add.getByLabel("Key").fill("observability");
  await add.getByLabel("Description").fill("A second domain with the first one's key.");
  await add.getByRole("button", { name: "Add domain" }).click();
  await expect(add.getByText("The draft already has a domain with that key.")).toHaveCount(1);
  await expect(add.getByLabel("Key")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Change note").fill("Level 1 SRE observability now asks for error-budget-aware alerting.");
  await page.getByRole("button", { name: "Publish as version 2" }).click();
  await page.waitForURL(/\/admin\/matrix\?published=2/);
  await page.getByRole("link", { name: "Compare with version 1" }).click();
  await expect(page.getByText(NEW_INDICATOR)).toBeVisible();
  await screenshot(page, "matrix-diff");
  // An old or mistyped link's version is replaced by the default, and the page says so.
  const unknown = new URL(page.url());
  unknown.searchParams.set("from", "no-such-version");
  await page.goto(`${unknown.pathname}${unknown.search}`);
  await expect(
    page.getByText(/^The link's “From” \(no-such-version\) is not a version here: showing Version \d/),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: /→/ })).toBeVisible();
  // Versions by number, as people write them, are taken as such.
  await page.goto("/admin/matrix/diff?from=1&to=2");
  await expect(page.getByLabel("From")).toHaveValue(/.+/);
  await expect(page.getByLabel("From").locator("option:checked")).toHaveText("Version 1");
  await expect(page.getByLabel("To").locator("option:checked")).toHaveText("Version 2");
  await expect(page.getByText(/is not a version here/)).toHaveCount(0);
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

test("publishing with a cell typed into but not saved asks, and saves it into the version", async ({ page }) => {
  const TYPED = "Reviews alert fatigue monthly and retires alerts nobody acted on.";
  await login(page, "admin@example.com");
  await page.goto("/admin/matrix/draft");
  const start = page.getByRole("button", { name: "Start a draft" });
  if (await start.isVisible()) {
    await start.click();
    await page.getByRole("heading", { name: "Indicators by cluster" }).waitFor();
  }
  const cell = page.getByPlaceholder("One observable behaviour per line").nth(1);
  await cell.fill(`${await cell.inputValue()}\n${TYPED}`);
  // Leaving the page (a link) asks first while the cell is unsaved.
  page.once("dialog", (d) => void d.dismiss());
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Matrix versions" }).click();
  await expect(page).toHaveURL(/\/admin\/matrix\/draft/);

  await page.getByLabel("Change note").fill("Level 2 asks for alert hygiene.");
  await page.getByRole("button", { name: /^Publish as version \d+$/ }).click();
  const ask = page.getByRole("alertdialog", { name: "One cell has edits you have not saved" });
  await expect(ask).toBeVisible();
  await screenshot(page, "matrix-publish-unsaved");
  await ask.getByRole("button", { name: "Save it and publish" }).click();
  await page.waitForURL(/\/admin\/matrix\?published=\d+/);
  await page.goto("/matrix");
  await expect(page.getByText(TYPED)).toBeVisible();
});

test("the import form links to the matrix file format @phone", async ({ page }) => {
  await login(page, "admin@example.com");
  await page.goto("/admin/matrix");
  await page.getByRole("link", { name: "The file format" }).click();
  await expect(page.getByRole("heading", { name: "Matrix file format" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What an import does" })).toBeVisible();
  await screenshot(page, "matrix-format");
});
