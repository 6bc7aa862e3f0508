import { expect, login, screenshot, test } from "./fixtures";

test("a manager creates a role from a template, adjusts targets, plans full coverage, adds a candidate and schedules interviews", async ({
  page,
}) => {
  await login(page, "manager@example.com");
  await page.goto("/roles");
  await page.getByRole("link", { name: "New role" }).click();
  await page.getByRole("link", { name: "Site Reliability Engineer" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Site Reliability Engineer");
  await page.getByLabel("Title").fill("Senior Site Reliability Engineer");
  await page.getByLabel("Seniority").fill("Senior");
  // Every target at Level 1 contradicts "Senior": the form says so.
  for (const group of await page.getByRole("radiogroup").all()) await group.getByText("L1", { exact: true }).click();
  await expect(page.getByText(/title says senior, but every target is Level 1/)).toBeVisible();
  const obs = page.getByRole("radiogroup", { name: /Observability/ });
  await obs.getByText("L3", { exact: true }).click();
  await expect(page.getByText(/profile is consistent/)).toBeVisible();
  await page.getByRole("checkbox", { name: "Sam Rivera" }).check();
  await page.getByRole("checkbox", { name: "Priya Natarajan" }).check();
  // Candidates are added only to an open role.
  await page.getByLabel("Status", { exact: true }).selectOption("OPEN");
  await screenshot(page, "role-form");
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByRole("heading", { name: "Senior Site Reliability Engineer" })).toBeVisible();

  await page.getByRole("link", { name: "Edit plan" }).click();
  await expect(page.getByRole("button", { name: "Cover every domain to publish" })).toBeDisabled();
  await page.getByRole("button", { name: "Add stage" }).click();
  await page.getByLabel("Stage 1").fill("Reliability deep dive");
  const stage = page.getByRole("listitem").filter({ has: page.getByLabel("Stage 1") });
  for (const name of ["Observability", "Data literacy", "Automation", "Security"])
    await stage.getByRole("checkbox", { name: new RegExp(`^${name}`) }).check();
  await stage.getByRole("checkbox", { name: "Sam Rivera" }).check();
  await stage.getByRole("checkbox", { name: "Priya Natarajan" }).check();
  await screenshot(page, "plan");
  await page.getByRole("button", { name: "Publish plan" }).click();
  await expect(page.getByText("Plan published.")).toBeVisible();

  await page.getByRole("link", { name: /Senior Site Reliability Engineer/ }).click();
  await page.getByText("Add a candidate").click();
  await page.getByLabel("Name").fill("Zara Ahmed");
  await page.getByLabel("Email").fill("zara.ahmed@example.org");
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText("Zara Ahmed added.")).toBeVisible();
  await page.reload();
  await page.getByText("Pipeline actions").click();
  // A week ahead: an interview whose time has passed is also listed as due, under a second link.
  const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel(/^Date and time/).fill(`${nextWeek}T15:00`);
  await page.getByRole("button", { name: "Schedule interviews" }).click();
  await expect(page.getByText("Reliability deep dive: scheduled 2 new interviews.")).toBeVisible();

  await login(page, "interviewer@example.com");
  await page.goto("/interviews");
  await expect(page.getByRole("link", { name: "Zara Ahmed" })).toBeVisible();
});
