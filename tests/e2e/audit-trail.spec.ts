// An admin reads one candidate's audit trail from their profile: events about the candidate,
// their applications, interviews and scorecards only; other filters keep it; one link shows
// everyone's again. A candidate's own page (not the profile) has no such link for a manager.
import { expect, expectNoSidewaysScroll, login, screenshot, test } from "./fixtures";

test("an admin opens a candidate's audit trail from their profile and filters within it @phone", async ({
  page,
}, info) => {
  await login(page, "admin@example.com");
  // A demo candidate with a recorded decision, found by name: other tests add candidates to the
  // pipeline's first page, and recruiter.spec erases the other one (Elena Rossi) before the phone run.
  await page.goto("/pipeline?q=Yusuf+Demir");
  await page.locator('a[href^="/pipeline/candidates/"]').filter({ hasText: "Yusuf Demir" }).first().click();
  await page.waitForURL(/\/pipeline\/candidates\//);
  const name = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  const candidateId = new URL(page.url()).pathname.split("/").pop()!;

  await page.getByRole("link", { name: "Audit trail" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/audit\\?candidate=${candidateId}$`));
  await expect(page.getByRole("status").filter({ hasText: `Events about ${name}` })).toBeVisible();
  const events = page.getByRole("list", { name: "Audit events" }).getByRole("listitem");
  await expect(events.first()).toBeVisible();
  // His recorded decision is listed, and every event listed is about him.
  await expect(events.filter({ hasText: `recorded a decision on ${name}` }).first()).toBeVisible();
  expect(await events.filter({ hasNotText: name }).count()).toBe(0);
  await screenshot(page, "audit-trail");
  if (info.project.name === "phone") await expectNoSidewaysScroll(page, "audit trail");

  // Filtering further keeps the candidate; the status line offers the way back to everyone.
  await page.getByLabel("Action").selectOption("application.decided");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/candidate=/);
  await expect(page).toHaveURL(/action=application\.decided/);
  await expect(page.getByRole("status").filter({ hasText: `Events about ${name}` })).toBeVisible();
  await page.getByRole("link", { name: "Show events about everyone" }).click();
  await expect(page).not.toHaveURL(/candidate=/);
  await expect(page).toHaveURL(/action=application\.decided/);
  await expect(page.getByText(/^Events about /)).toHaveCount(0);

  // A malformed id is refused with the parameter named, never a 500.
  const bad = await page.goto("/admin/audit?candidate=not%20an%20id");
  expect(bad?.status()).toBe(400);
});
