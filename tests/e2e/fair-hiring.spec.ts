// Fair hiring: an admin opens the report on the demo's fair-hiring role (synthetic applicants),
// reads the technical stage's four-fifths flag, downloads the CSV, and finds both in the audit
// log; a manager is refused; the public self-identification page explains a dead link; a
// recruiter makes a candidate's link on the candidate page, the candidate answers through it
// (no session), and the admin's report counts the answer; a candidate whose post is tampered
// with on the way (an answer not offered, a question that does not exist) gets the form back
// with a message and nothing is stored; an admin raises the smallest group shown and more
// groups are withheld; of two admins editing one question from the same page load, the second
// is refused and keeps what they typed.
import fs from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, expectNoSidewaysScroll, login, screenshot, test, watchCsp } from "./fixtures";

const SHOTS = "/tmp/fair-shots";

/** As the admin: the fair-hiring report of the role titled `roleTitle`, by gender. */
async function showGenderReport(page: Page, roleTitle: string) {
  await login(page, "admin@example.com");
  await page.goto("/fair-hiring");
  const option = page.getByLabel("Role").locator("option", { hasText: new RegExp(`^${roleTitle} \\(`) });
  await page.getByLabel("Role").selectOption((await option.getAttribute("value"))!);
  await page.getByLabel("Self-identification").selectOption("gender");
  await page.getByRole("button", { name: "Show" }).click();
}

test.describe("fair-hiring report", () => {
  test("an admin reads the report, downloads it, and both are audited @phone", async ({ page }, info) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    await login(page, "admin@example.com");
    await page.goto("/fair-hiring");
    await expect(page.getByRole("heading", { name: "Fair hiring", level: 1 })).toBeVisible();
    await expect(page.getByLabel("Role")).toContainText("Platform Engineer (fair-hiring demo data) (220 applicants)");
    await expect(page.getByText("Technical interview", { exact: true })).toBeVisible();
    // A table from sm up; on a phone each group a block with its verdict in view.
    const group = (name: string) =>
      info.project.name === "phone"
        ? page.getByRole("listitem").filter({ hasText: new RegExp(`^${name}`) })
        : page.getByRole("rowheader", { name });
    await expect(group("Woman").first()).toBeVisible();
    await expect(page.getByText("Hired, of everyone with an outcome")).toBeVisible();
    if (info.project.name === "phone") await expect(group("Woman").first()).toContainText(/\d+ of \d+ moved on · \d+%/);
    // Small groups are withheld.
    await expect(page.getByText("Too few people to show").filter({ visible: true }).first()).toBeVisible();
    await expectNoSidewaysScroll(page, "fair-hiring");
    await page.screenshot({ path: `${SHOTS}/fair-hiring-${info.project.name}.png`, fullPage: true });
    await screenshot(page, "fair-hiring");

    // Another category.
    await page.getByLabel("Self-identification").selectOption("ethnicity");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/category=ethnicity/);
    await expect(group("Hispanic or Latino").first()).toBeVisible();

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("platform-engineer-fair-hiring-demo-data-fair-hiring-ethnicity.csv");
    const csv = fs.readFileSync((await file.path())!, "utf8");
    // UTF-8 byte-order mark first, so Excel reads the names as UTF-8 (lib/exports/csv-response.ts).
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFrole,category,stage,group,decided,passed,pass_rate_pct,impact_ratio,fisher_p_two_sided,reading,min_group",
    );
    expect(csv).toContain("Platform Engineer (fair-hiring demo data),Ethnicity,Recruiter screen,Asian,");

    await page.goto("/admin/audit");
    await expect(
      page.getByText("viewed the fair-hiring report of Platform Engineer (fair-hiring demo data)").first(),
    ).toBeVisible();
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

  test("a recruiter makes a candidate's link, the candidate answers, an admin sees the count @phone", async ({
    page,
    browser,
  }, info) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await login(page, "recruiter@example.com");
    await page.goto("/pipeline?q=Tom%20Becker");
    await page.getByRole("link", { name: "Tom Becker" }).first().click();
    await expect(page.getByRole("heading", { name: "Tom Becker", level: 1 })).toBeVisible();
    const roleTitle = (await page.locator('a[href^="/candidates/"]').first().textContent())!.trim();
    await expect(
      page.getByText("never shown to anyone: not to interviewers, hiring managers or recruiters"),
    ).toBeVisible();
    // The desktop run made one already: the phone run replaces it.
    await page.getByRole("button", { name: /^(Create link|Make a new link)$/ }).click();
    const field = page.getByLabel("Link for the candidate");
    await expect(field).toHaveValue(/\/self-id\/[A-Za-z0-9_-]{43}$/);
    const url = await field.inputValue();
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expectNoSidewaysScroll(page, "candidate page with a self-identification link");
    await page.screenshot({ path: `${SHOTS}/self-id-link-${info.project.name}.png`, fullPage: true });
    await screenshot(page, "self-id-link");

    // The candidate, with no session, on the same server.
    const anon = await browser.newContext({ viewport: page.viewportSize(), isMobile: info.project.name === "phone" });
    const candidate = watchCsp(await anon.newPage());
    await candidate.goto(new URL(new URL(url).pathname, page.url()).toString());
    await expect(candidate.getByRole("heading", { name: "Voluntary self-identification" })).toBeVisible();
    // Sent by mistake with nothing chosen: said so, not "saved" (integration fair-hiring: nor "answered").
    await candidate.getByRole("button", { name: "Send my answers" }).click();
    await expect(candidate.getByText("Nothing was chosen, so nothing was recorded.")).toBeVisible();
    await expect(candidate.getByText(/your answers were saved/)).toHaveCount(0);
    await candidate.getByRole("group", { name: "Gender" }).getByLabel("Man", { exact: true }).check();
    await candidate.getByRole("group", { name: "Veteran status" }).getByLabel("Prefer not to say").check();
    await candidate.getByRole("button", { name: "Send my answers" }).click();
    await expect(candidate.getByText("Thank you: your answers were saved.")).toBeVisible();
    await expectNoSidewaysScroll(candidate, "self-identification form");
    await candidate.screenshot({ path: `${SHOTS}/self-id-answered-${info.project.name}.png`, fullPage: true });
    await anon.close();

    // The recruiter's page tells when the link was made, never whether or what the candidate answered.
    await page.reload();
    await expect(page.getByText(/A link was made on .*; it works until/)).toBeVisible();
    await expect(page.getByText("Man", { exact: true })).toHaveCount(0);

    await showGenderReport(page, roleTitle);
    await expect(
      page.getByText(new RegExp(`${roleTitle}: \\d+ applicants, 1 of them gave their gender`)),
    ).toBeVisible();
    await page.goto("/admin/audit");
    await expect(page.getByText("Riley Chen created a self-identification link for Tom Becker.").first()).toBeVisible();
  });

  test("a tampered self-identification post sends the candidate back to the form with a message, nothing stored", async ({
    page,
    browser,
  }, info) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    await login(page, "recruiter@example.com");
    await page.goto("/pipeline?q=Daniel%20Kowalski");
    await page.getByRole("link", { name: "Daniel Kowalski" }).first().click();
    await expect(page.getByRole("heading", { name: "Daniel Kowalski", level: 1 })).toBeVisible();
    const roleTitle = (await page.locator('a[href^="/candidates/"]').first().textContent())!.trim();
    await page.getByRole("button", { name: /^(Create link|Make a new link)$/ }).click();
    const field = page.getByLabel("Link for the candidate");
    await expect(field).toHaveValue(/\/self-id\/[A-Za-z0-9_-]{43}$/);
    const path = new URL(await field.inputValue()).pathname;

    // How many of the role's applicants gave their gender, as the admin's report counts them.
    async function gaveGender() {
      await showGenderReport(page, roleTitle);
      const summary = page.getByText(new RegExp(`${roleTitle}: \\d+ applicants, \\d+ of them gave their gender`));
      return (await summary.textContent())!.match(/(\d+) of them/)![1];
    }
    const before = await gaveGender();

    // The candidate, with no session, chooses offered answers; what reaches the server is
    // rewritten on the way (the browser's own form cannot send anything else).
    const anon = await browser.newContext({ viewport: page.viewportSize(), isMobile: info.project.name === "phone" });
    const candidate = watchCsp(await anon.newPage());
    const tampers: [string, (body: URLSearchParams) => void][] = [
      ["an answer not offered", (b) => b.set("answer.gender", "Astronaut")],
      ["a question that does not exist", (b) => b.set("answer.shoe_size", "42")],
    ];
    for (const [what, tamper] of tampers) {
      const sent: string[] = [];
      await candidate.route("**/api/self-id", async (route) => {
        const body = new URLSearchParams(route.request().postData() ?? "");
        tamper(body);
        sent.push(body.toString());
        await route.continue({ postData: body.toString() });
      });
      await candidate.goto(path);
      await expect(candidate.getByRole("heading", { name: "Voluntary self-identification" })).toBeVisible();
      await expect(candidate.getByText("You answered before")).toHaveCount(0);
      await candidate.getByRole("group", { name: "Gender" }).getByLabel("Woman", { exact: true }).check();
      await candidate.getByRole("group", { name: "Veteran status" }).getByLabel("Prefer not to say").check();
      await candidate.getByRole("button", { name: "Send my answers" }).click();

      await expect(candidate, what).toHaveURL(new RegExp(`${path}\\?error=invalid$`));
      // (Next's route announcer is an alert too, usually empty.)
      await expect(candidate.getByRole("alert").filter({ hasText: "nothing was saved" })).toHaveText(
        "Some answers were not among those offered; nothing was saved. Choose from the answers shown and send the form again.",
      );
      // The form again, unanswered; a page, not the endpoint's JSON.
      await expect(candidate.getByRole("button", { name: "Send my answers" })).toBeVisible();
      await expect(
        candidate.getByRole("group", { name: "Gender" }).getByLabel("Woman", { exact: true }),
      ).not.toBeChecked();
      const text = await candidate.locator("body").innerText();
      expect(text, what).not.toMatch(/[{}]|fieldErrors|"error"/);
      expect(sent, what).toHaveLength(1);
      expect(sent[0], what).toContain("answer.veteran=");
      // Nothing stored: the link was never answered.
      await expect(candidate.getByText("You answered before")).toHaveCount(0);
      await candidate.unroute("**/api/self-id");
    }
    await expectNoSidewaysScroll(candidate, "self-identification form, refused");
    await candidate.screenshot({ path: `${SHOTS}/self-id-tampered-${info.project.name}.png`, fullPage: true });
    await anon.close();

    expect(await gaveGender()).toBe(before);
  });

  test("two admins edit one self-identification question: the second save is refused and keeps what they typed", async ({
    page,
  }) => {
    await login(page, "admin@example.com");
    // Two tabs of the admin page, loaded before either saves.
    const tabs = [page, await page.context().newPage()];
    const forms: Locator[] = [];
    for (const tab of tabs) {
      await tab.goto("/admin");
      await tab.getByText("Disability", { exact: true }).click();
      const form = tab.getByRole("form", { name: /^Edit Disability/ });
      await expect(form.getByLabel("Question", { exact: true })).toHaveValue("Disability"); // hydrated
      forms.push(form);
    }
    const [first, second] = forms as [Locator, Locator];
    await first.getByLabel("Question", { exact: true }).fill("Disability status");
    await first.getByRole("button", { name: "Save question" }).click();
    await expect(first.getByText("Saved. The form asks this from now on.")).toBeVisible();

    const typed = "Do you have a disability?";
    const answers = "Yes\nNo\nI would rather describe it";
    await second.getByLabel("Question", { exact: true }).fill(typed);
    await second.getByLabel("Answers offered, one a line").fill(answers);
    await second.getByRole("button", { name: "Save question" }).click();
    await expect(second.getByRole("status")).toHaveText(
      /^Someone else changed this question since you loaded this page\. Nothing was saved/,
    );
    await expect(second.getByLabel("Question", { exact: true })).toHaveValue(typed);
    await expect(second.getByLabel("Answers offered, one a line")).toHaveValue(answers);
    // What they typed is not saved: following a link asks first, and cancelling keeps it; the
    // reload below asks too (the browser's own prompt), and they choose to leave.
    let asked = 0;
    let reloadAsked = 0;
    tabs[1]!.on("dialog", (d) => {
      if (d.type() === "beforeunload") {
        reloadAsked++;
        void d.accept();
      } else {
        asked++;
        void d.dismiss();
      }
    });
    await tabs[1]!.getByRole("link", { name: "Roles" }).first().click();
    await expect(tabs[1]!).toHaveURL(/\/admin$/);
    expect(asked).toBe(1);
    await expect(second.getByLabel("Question", { exact: true })).toHaveValue(typed);

    // After reloading, the second admin sees the first one's wording and may save over it (here: back to the seed's).
    await tabs[1]!.reload();
    expect(reloadAsked).toBe(1);
    await tabs[1]!.getByText("Disability status", { exact: true }).click();
    // (The form is named after the question: after this save, "Edit Disability" again.)
    const reloaded = tabs[1]!.getByRole("form", { name: /^Edit Disability/ });
    await expect(reloaded.getByLabel("Question", { exact: true })).toHaveValue("Disability status");
    await expect(reloaded.getByLabel("Answers offered, one a line")).toHaveValue("Has a disability\nHas no disability");
    await reloaded.getByLabel("Question", { exact: true }).fill("Disability");
    await reloaded.getByRole("button", { name: "Save question" }).click();
    await expect(reloaded.getByText("Saved. The form asks this from now on.")).toBeVisible();
    // Saved: leaving no longer asks.
    const before = asked;
    await tabs[1]!.getByRole("link", { name: "Roles" }).first().click();
    await expect(tabs[1]!).toHaveURL(/\/roles/);
    expect(asked).toBe(before);
    await tabs[1]!.close();
  });

  test("an admin raises the smallest group shown and more groups are withheld @phone", async ({ page }, info) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    await login(page, "admin@example.com");
    await page.goto("/fair-hiring");
    await expect(page.getByText("Groups under 10 people at a stage are not shown.")).toBeVisible();
    const withheld = page.getByText("withheld", { exact: true });
    const before = await withheld.count();

    await page.goto("/admin");
    const setting = page.locator("form", { has: page.getByLabel("Smallest group shown in the fair-hiring report") });
    const minGroup = setting.getByLabel("Smallest group shown in the fair-hiring report");
    await expect(minGroup).toHaveValue("10"); // the form has hydrated (react-hook-form fills it on mount)
    await minGroup.fill("3");
    await setting.getByRole("button", { name: "Save" }).click();
    await expect(setting.getByText("Five is the smallest group the report may show")).toBeVisible();
    await minGroup.fill("40");
    await setting.getByRole("button", { name: "Save" }).click();
    await expect(setting.getByText("Saved. Groups of fewer than 40 people at a stage are withheld.")).toBeVisible();
    // The questions, folded; one opened.
    await page.getByText("Gender", { exact: true }).click();
    await expect(page.getByRole("form", { name: "Edit Gender" }).getByLabel("Answers offered, one a line")).toHaveValue(
      /^Woman\nMan\n/,
    );
    await expectNoSidewaysScroll(page, "admin page");
    await page.screenshot({ path: `${SHOTS}/fair-hiring-settings-${info.project.name}.png`, fullPage: true });
    await screenshot(page, "fair-hiring-settings");

    await page.goto("/fair-hiring");
    await expect(page.getByText("Groups under 40 people at a stage are not shown.")).toBeVisible();
    expect(await withheld.count()).toBeGreaterThan(before);
    await page.goto("/admin/audit");
    await expect(page.getByText("changed the fair-hiring report's smallest group shown").first()).toBeVisible();

    // Back to the default for the other tests.
    await page.goto("/admin");
    await expect(minGroup).toHaveValue("40");
    await minGroup.fill("10");
    await setting.getByRole("button", { name: "Save" }).click();
    await expect(setting.getByText("Saved. Groups of fewer than 10 people at a stage are withheld.")).toBeVisible();
  });
});
