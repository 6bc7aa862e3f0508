// Visits every page as its user, at desktop and phone width, and keeps a screenshot of each
// (test-results/screens). Also asserts no page answers with an error.
import { expect, expectNoSidewaysScroll, login, screenshot, test } from "./fixtures";

test("every page renders for its user, without sideways scrolling on a phone @phone", async ({ page }, info) => {
  test.setTimeout(120_000);
  await login(page, "manager@example.com");
  await page.goto("/roles");
  await page.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
  await page.waitForURL(/\/roles\/[^/]+$/);
  const roleUrl = page.url();
  const candidateUrl = await page.getByRole("link", { name: "Amara Okafor" }).getAttribute("href");
  const kitUrl = await page.getByRole("link", { name: "Printable interview kit" }).first().getAttribute("href");
  const pages: [string, string][] = [
    ["roles", "/roles"],
    ["role", roleUrl],
    ["role-compare", `${roleUrl}/compare`],
    ["role-plan", `${roleUrl}/plan`],
    ["role-edit", `${roleUrl}/edit`],
    ["role-kit", kitUrl!],
    ["role-jd", `${roleUrl}/job-description`],
    ["role-new", "/roles/new"],
    ["candidate", candidateUrl!],
    ["debrief", `${candidateUrl}/debrief`],
    ["packet", `${candidateUrl}/packet`],
    ["calibration", "/calibration"],
    ["questions", "/questions"],
    ["matrix", "/matrix?cluster=platform"],
    ["tokens", "/settings/tokens"],
  ];
  for (const [name, url] of pages) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBeLessThan(400);
    await screenshot(page, `tour-${name}`);
    if (info.project.name === "phone") await expectNoSidewaysScroll(page, name);
  }
  await login(page, "recruiter@example.com");
  for (const [name, url] of [
    ["pipeline", "/pipeline"],
    ["import", "/pipeline/import"],
    ["board", roleUrl.replace("/roles/", "/pipeline/roles/")],
  ] as const) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBeLessThan(400);
    await screenshot(page, `tour-${name}`);
    if (info.project.name === "phone") await expectNoSidewaysScroll(page, name);
  }
  await page.goto("/pipeline");
  await page.locator('a[href^="/pipeline/candidates/"]').first().click();
  await page.waitForURL(/\/pipeline\/candidates\//);
  await screenshot(page, "tour-pipeline-candidate");
  await login(page, "admin@example.com");
  await page.goto("/admin");
  await screenshot(page, "tour-admin");
  for (const [name, url] of [
    ["admin-matrix", "/admin/matrix"],
    ["admin-matrix-draft", "/admin/matrix/draft"],
  ] as const) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBeLessThan(400);
    await screenshot(page, `tour-${name}`);
    if (info.project.name === "phone") await expectNoSidewaysScroll(page, name);
  }
  // The draft editor itself, then thrown away so later tests see no draft.
  await page.getByRole("button", { name: "Start a draft" }).click();
  await expect(page.getByRole("button", { name: "Discard draft" })).toBeVisible();
  await screenshot(page, "tour-admin-matrix-draft-editor");
  await page.getByRole("button", { name: "Discard draft" }).click();
  await page.getByRole("button", { name: "Discard", exact: true }).click();
  await page.waitForURL(/\/admin\/matrix$/);
  expect((await page.goto("/admin/audit"))?.status()).toBeLessThan(400);
  await expect(page.getByText(/ submitted the .+ scorecard for /).first()).toBeVisible();
  await screenshot(page, "tour-audit");
});
