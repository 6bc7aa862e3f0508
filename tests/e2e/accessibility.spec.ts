// Every main page, as its user, checked with axe-core against WCAG 2.1 A and AA: no serious or
// critical violations. Phone-width runs catch what only a narrow layout breaks, and check
// that no page scrolls sideways.
import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import { expect, expectNoSidewaysScroll, login, test } from "./fixtures";

async function violations(page: Page, url: string) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBeLessThan(400);
  if ((page.viewportSize()?.width ?? 1280) < 600) await expectNoSidewaysScroll(page, url);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${url}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

test("the main pages have no serious accessibility violations @phone", async ({ page }) => {
  test.setTimeout(180_000);
  const found: string[] = [];
  found.push(...(await violations(page, "/signin")));

  await login(page, "manager@example.com");
  await page.goto("/roles");
  await page.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
  await page.waitForURL(/\/roles\/[^/]+$/);
  const roleUrl = new URL(page.url()).pathname;
  const candidateUrl = await page.getByRole("link", { name: "Amara Okafor" }).getAttribute("href");
  for (const url of [
    "/roles",
    roleUrl,
    `${roleUrl}/compare`,
    `${roleUrl}/plan`,
    `${roleUrl}/edit`,
    "/roles/new",
    candidateUrl!,
    `${candidateUrl}/debrief`,
    `${candidateUrl}/packet`,
    "/calibration",
    "/questions",
    "/matrix",
  ]) {
    found.push(...(await violations(page, url)));
  }

  await login(page, "interviewer@example.com");
  await page.goto("/interviews");
  const interviewUrl = await page.locator('a[href^="/interviews/"]').first().getAttribute("href");
  for (const url of ["/interviews", interviewUrl!]) found.push(...(await violations(page, url)));

  await login(page, "recruiter@example.com");
  for (const url of [
    "/pipeline",
    "/pipeline/import",
    roleUrl.replace("/roles/", "/pipeline/roles/"),
    `${roleUrl}/job-description`,
    `${roleUrl}/job-description/analyse`,
  ])
    found.push(...(await violations(page, url)));

  await login(page, "admin@example.com");
  for (const url of ["/admin", "/admin/matrix", "/admin/audit", "/settings/tokens"])
    found.push(...(await violations(page, url)));

  expect(found, found.join("\n")).toEqual([]);
});
