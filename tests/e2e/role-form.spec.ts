import type { Page } from "@playwright/test";
import { expect, login, screenshot, test } from "./fixtures";

const roleCopies = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("aiops-role")).length);

test("the role form keeps typed work on this device: restored after a reload, dropped on discard and once created", async ({
  page,
}) => {
  await login(page, "manager@example.com");
  await page.goto("/roles/new");
  await page.getByRole("link", { name: "Site Reliability Engineer" }).click();
  const title = page.getByLabel("Title");
  await expect(title).toHaveValue("Site Reliability Engineer");
  await title.fill("SRE kept on device");
  await page.getByLabel("Location").fill("Lisbon");
  await page.getByLabel("Currency").selectOption("EUR");
  await page.getByRole("checkbox", { name: "Sam Rivera" }).check();
  await page
    .getByLabel(/^Weight/)
    .first()
    .fill("2.5");
  // Not an amount yet: the form holds no number, but what was typed is kept all the same.
  await page.getByLabel("Salary from").fill("about 120");
  await expect.poll(() => roleCopies(page)).toBe(1);

  // A reload (or a closed tab) puts it all back, saying so and that it is not saved.
  page.on("dialog", (d) => void d.accept());
  await page.reload();
  const restored = page.getByRole("heading", { name: "Unsaved changes restored from this device" });
  await expect(restored).toBeVisible();
  await expect(title).toHaveValue("SRE kept on device");
  await expect(page.getByLabel("Location")).toHaveValue("Lisbon");
  await expect(page.getByLabel("Currency")).toHaveValue("EUR");
  await expect(page.getByRole("checkbox", { name: "Sam Rivera" })).toBeChecked();
  await expect(page.getByLabel(/^Weight/).first()).toHaveValue("2.5");
  await expect(page.getByLabel("Salary from")).toHaveValue("about 120");
  await screenshot(page, "role-form-restored");
  // Saving it is refused at the field, as the same text typed without a reload would be.
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByText("Enter a whole amount, e.g. 120000 or 120k")).toBeVisible();

  // Discarding goes back to the template, and a reload offers nothing.
  await page.getByRole("button", { name: "Discard them" }).click();
  await expect(title).toHaveValue("Site Reliability Engineer");
  await expect(page.getByRole("checkbox", { name: "Sam Rivera" })).not.toBeChecked();
  await expect(page.getByLabel("Salary from")).not.toHaveValue("about 120");
  await expect(page.getByLabel("Currency")).toHaveValue("USD");
  await page.reload();
  await expect(title).toHaveValue("Site Reliability Engineer");
  await expect(restored).toHaveCount(0);
  expect(await roleCopies(page)).toBe(0);

  // Created, the copy is gone: the form from the same template starts clean.
  await title.fill("SRE created from kept copy");
  await page.getByRole("checkbox", { name: "Sam Rivera" }).check();
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByRole("heading", { name: "SRE created from kept copy", exact: true })).toBeVisible();
  expect(await roleCopies(page)).toBe(0);
  await page.goto("/roles/new?scratch=1");
  await expect(page.getByLabel("Title")).toHaveValue("");
  await expect(restored).toHaveCount(0);
});

test("a role form copy made before someone else saved is held back after a reload, and put in only when asked", async ({
  page,
  context,
}) => {
  await login(page, "manager@example.com");
  await page.goto("/roles/new");
  await page.getByRole("link", { name: "Site Reliability Engineer" }).click();
  await page.getByLabel("Title").fill("SRE held copy");
  await page.getByRole("checkbox", { name: "Sam Rivera" }).check();
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByRole("heading", { name: "SRE held copy", exact: true })).toBeVisible();
  const edit = `${new URL(page.url()).pathname}/edit`;

  // Two tabs open the form. The other types a title; this one then saves a new location, which
  // clears the copy the tabs share: the other tab, still unsaved, writes its edits back.
  const other = await context.newPage();
  other.on("dialog", (d) => void d.accept());
  // Both forms running before either types: a form opened while the other tab holds unsaved edits
  // would offer them (the device copy is this browser's, shared by its tabs).
  await other.goto(edit, { waitUntil: "networkidle" });
  await page.goto(edit, { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { name: /^Unsaved changes/ })).toHaveCount(0);
  await other.getByLabel("Title").fill("SRE older tab title");
  await expect.poll(() => roleCopies(other)).toBe(1);
  await page.getByLabel("Location").fill("Porto");
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page).not.toHaveURL(/\/edit$/);
  await expect(page.getByRole("heading", { name: "SRE held copy", exact: true })).toBeVisible();
  await expect
    .poll(() => other.evaluate(() => Object.values(localStorage).some((v) => v.includes("SRE older tab title"))))
    .toBe(true);
  await other.reload();

  const held = other.getByRole("heading", { name: /made before the role was saved again/ });
  await expect(held).toBeVisible();
  await expect(other.getByLabel("Title")).toHaveValue("SRE held copy");
  await expect(other.getByLabel("Location")).toHaveValue("Porto");
  await screenshot(other, "role-form-held-copy");
  await other.getByRole("button", { name: "Put my changes in the form" }).click();
  // Only what this tab changed comes in: the title; the other tab's location stays.
  await expect(other.getByLabel("Title")).toHaveValue("SRE older tab title");
  await expect(other.getByLabel("Location")).toHaveValue("Porto");
  await expect(other.getByText(/has been saved by someone since/)).toBeVisible();

  // Put in the form, they are this device's copy of the newer role: a reload offers them as such.
  await other.reload();
  await expect(held).toHaveCount(0);
  await expect(other.getByRole("heading", { name: "Unsaved changes restored from this device" })).toBeVisible();
  await expect(other.getByLabel("Title")).toHaveValue("SRE older tab title");
  await expect(other.getByLabel("Location")).toHaveValue("Porto");
  await other.getByRole("button", { name: "Save role" }).click();
  await expect(other).not.toHaveURL(/\/edit$/);
  await expect(other.getByRole("heading", { name: "SRE older tab title", exact: true })).toBeVisible();
  await expect(other.getByText("Porto").first()).toBeVisible();
  expect(await roleCopies(other)).toBe(0);
});
