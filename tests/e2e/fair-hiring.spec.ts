// Fair hiring: an admin opens the report on the demo's fair-hiring role (synthetic applicants),
// reads the technical stage's four-fifths flag, downloads the CSV, and finds both in the audit
// log; a manager is refused; the public self-identification page explains a dead link.
import fs from "node:fs";
import { expect, expectNoSidewaysScroll, login, screenshot, test } from "./fixtures";

const SHOTS = "/tmp/fair-shots";

test.describe("fair-hiring report", () => {
  test("an admin reads the report, downloads it, and both are audited @phone", async ({ page }, info) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    await login(page, "admin@example.com");
    await page.goto("/fair-hiring");
    await expect(page.getByRole("heading", { name: "Fair hiring", level: 1 })).toBeVisible();
    await expect(page.getByLabel("Role")).toContainText("Platform Engineer (fair-hiring demo data) (220 applicants)");
    await expect(page.getByText("Technical interview", { exact: true })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Woman" }).first()).toBeVisible();
    await expect(page.getByText("Hired, of everyone with an outcome")).toBeVisible();
    // Small groups are withheld.
    await expect(page.getByText("Too few people to show").first()).toBeVisible();
    await expectNoSidewaysScroll(page, "fair-hiring");
    await page.screenshot({ path: `${SHOTS}/fair-hiring-${info.project.name}.png`, fullPage: true });
    await screenshot(page, "fair-hiring");

    // Another category.
    await page.getByLabel("Self-identification").selectOption("ethnicity");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/category=ethnicity/);
    await expect(page.getByRole("rowheader", { name: "Hispanic or Latino" }).first()).toBeVisible();

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("fair-hiring-ethnicity.csv");
    const csv = fs.readFileSync((await file.path())!, "utf8");
    expect(csv.split("\r\n")[0]).toBe(
      "role,category,stage,group,decided,passed,pass_rate_pct,impact_ratio,fisher_p_two_sided,reading,min_group",
    );
    expect(csv).toContain("Platform Engineer (fair-hiring demo data),Ethnicity,Recruiter screen,Asian,");

    await page.goto("/admin/audit");
    await expect(page.getByText("viewed the fair-hiring report of Platform Engineer (fair-hiring demo data)").first()).toBeVisible();
    await expect(
      page.getByText("downloaded the fair-hiring report of Platform Engineer (fair-hiring demo data) as CSV").first(),
    ).toBeVisible();
  });

  test("a manager and a recruiter are refused the report and its CSV", async ({ page }) => {
    for (const email of ["manager@example.com", "recruiter@example.com"]) {
      await login(page, email);
      const res = await page.goto("/fair-hiring");
      expect(res?.status()).toBe(403);
      const csv = await page.request.post("/api/fair-hiring/export", {
        form: { roleId: "x", category: "gender" },
        headers: { origin: new URL(page.url()).origin },
      });
      expect(csv.status()).toBe(403);
      await page.context().clearCookies();
    }
  });

  test("the self-identification page explains a dead link @phone", async ({ page }, info) => {
    await page.goto("/self-id/not-a-real-self-identification-token");
    await expect(page.getByRole("heading", { name: "Voluntary self-identification" })).toBeVisible();
    await expect(page.getByText("This link has expired or is not valid.")).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/self-id-dead-${info.project.name}.png`, fullPage: true });
  });
});
