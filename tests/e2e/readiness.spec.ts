// Interviewer readiness. The interviewer's side: the demo interviewer (Sam Rivera, qualified for
// observability and automation only) reads their progress, takes the security calibration
// exercise (six items; the demo seed's panel levels are 2, 0, 3, 1, 1, 2), is told what is
// missing when an item is left unrated, submits, sees the result, and finds the attempt listed;
// an interviewer with every step done (lena@, seeded for the browser tests) claims a qualification.
import { expect, expectNoSidewaysScroll, login, screenshot, test } from "./fixtures";

const EXERCISE = "Security & governance: calibration 1";

test.describe("interviewer readiness", () => {
  test("the demo interviewer takes a calibration exercise, sees the result and finds the attempt listed", async ({
    page,
  }) => {
    await login(page, "interviewer@example.com");
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Readiness" }).click();
    await expect(page.getByRole("heading", { name: "My interviewer readiness" })).toBeVisible();
    await expect(page.getByText(/Qualified for 2 of 4 domains/)).toBeVisible();
    const security = page.getByRole("region", { name: "Security & governance" });
    await expect(security.getByText("In training")).toBeVisible();
    await expect(security.getByText("not taken yet · pass mark 70%")).toBeVisible();
    await expect(security.getByText(/^Sit in on 2 more interviews as a shadow/)).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Observability & telemetry" }).getByText("Qualified", { exact: true }),
    ).toBeVisible();
    await expect(
      page.getByText("At most 4 interviews a week (your own limit; the organisation’s default is 5)."),
    ).toBeVisible();
    await screenshot(page, "readiness");

    await security.getByRole("link", { name: /Take the calibration exercise/ }).click();
    await expect(page.getByRole("heading", { name: EXERCISE })).toBeVisible();
    const groups = page.getByRole("radiogroup", { name: /^Evidence \d: your level$/ });
    await expect(groups).toHaveCount(6);
    // No panel levels before submitting.
    await expect(page.getByText("Panel", { exact: true })).toHaveCount(0);

    // Five of six rated (the fourth left out): the form says which one is missing, nothing is sent.
    const levels = ["Level 2", "Below L1", "Level 3", "Level 1", "Level 2", "Level 2"];
    for (const i of [0, 1, 2, 4, 5]) await groups.nth(i).getByText(levels[i]!, { exact: true }).click();
    // The levels chosen so far survive a reload (kept in this browser until the attempt is sent).
    await page.reload();
    await expect(groups.nth(0).getByRole("radio", { name: "Level 2" })).toBeChecked();
    await expect(groups.nth(2).getByRole("radio", { name: "Level 3" })).toBeChecked();
    await expect(groups.nth(3).getByRole("radio", { name: "Level 1" })).not.toBeChecked();
    await page.getByRole("button", { name: "Submit my ratings" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "One thing before submitting" });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: "Evidence 4: choose a level" })).toBeVisible();
    await expect(page.getByText("1 of 6 still to rate.")).toBeVisible();
    await screenshot(page, "readiness-exercise-missing");

    // The summary's link moves focus to the fourth item; the level is chosen with the keyboard.
    await summary.getByRole("link", { name: "Evidence 4: choose a level" }).click();
    await expect(groups.nth(3).getByRole("radio").first()).toBeFocused();
    await page.keyboard.press("ArrowRight"); // Below L1 -> Level 1
    await expect(groups.nth(3).getByRole("radio", { name: "Level 1" })).toBeChecked();
    await expect(page.getByText("Every piece rated.")).toBeVisible();
    await expect(summary).toHaveCount(0);
    await page.getByRole("button", { name: "Submit my ratings" }).click();

    // Five of six as the panel rated them (the fifth one level higher): 83%, passed.
    const result = page.getByRole("region", { name: "Your result" });
    await expect(result).toBeVisible();
    await expect(result.getByText("Passed", { exact: true })).toBeVisible();
    await expect(result.getByText("5 of 6 rated as the panel did (83%)")).toBeVisible();
    await expect(result.getByText("6 of 6 within one level of the panel.")).toBeVisible();
    await expect(result.getByText("You rated on average 0.2 levels higher than the panels.")).toBeVisible();
    await expect(result.getByText("1 level higher")).toHaveCount(1);
    await expect(result.getByText("same level")).toHaveCount(5);
    await screenshot(page, "readiness-exercise-result");

    await page.reload();
    await expect(
      page.getByRole("region", { name: "Your result" }).getByText("5 of 6 rated as the panel did (83%)"),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Take it again" })).toBeVisible();

    await page.getByRole("link", { name: "← My interviewer readiness" }).click();
    const listed = page
      .getByRole("list", { name: "Calibration exercises" })
      .getByRole("listitem")
      .filter({ hasText: EXERCISE });
    await expect(listed.getByText(/^Taken .*: 5 of 6 rated as the panel did \(83%\)$/)).toBeVisible();
    await expect(listed.getByText("passed", { exact: true })).toBeVisible();
    const card = page.getByRole("region", { name: "Security & governance" });
    await expect(
      card.getByText("best first attempt 5 of 6 rated as the panel did (83%) · pass mark 70%"),
    ).toBeVisible();
    // Seats still missing: no claim yet.
    await expect(card.getByText("In training")).toBeVisible();
    await expect(page.getByRole("button", { name: /Claim qualification/ })).toHaveCount(0);
  });

  test("an interviewer who has done every step claims a qualification and still has it after a reload", async ({
    page,
  }) => {
    // lena@ (scripts/seed-e2e-people.ts): two shadow seats, one reverse-shadow seat and the security exercise passed.
    await login(page, "lena@example.com");
    await page.goto("/readiness");
    await expect(page.getByText(/Qualified for 0 of 4 domains/)).toBeVisible();
    const security = page.getByRole("region", { name: "Security & governance" });
    await expect(security.getByText("Ready to claim", { exact: true })).toBeVisible();
    await expect(security).toContainText(/Shadow seats\s*2 of 2\s*done/);
    await expect(security).toContainText(/Reverse-shadow seats\s*1 of 1\s*done/);
    await expect(
      security.getByText("best first attempt 6 of 6 rated as the panel did (100%) · pass mark 70%"),
    ).toBeVisible();
    // Only this domain has every step done.
    await expect(page.getByRole("button", { name: /Claim qualification/ })).toHaveCount(1);
    await screenshot(page, "readiness-ready-to-claim");

    await security.getByRole("button", { name: "Claim qualification for Security & governance" }).click();
    await expect(security.getByText("Qualified", { exact: true })).toBeVisible();
    await expect(security.getByText(/^Qualified after training on /)).toBeVisible();
    await expect(page.getByRole("button", { name: /Claim qualification/ })).toHaveCount(0);

    await page.reload();
    const after = page.getByRole("region", { name: "Security & governance" });
    await expect(after.getByText("Qualified", { exact: true })).toBeVisible();
    await expect(after.getByText(/^Qualified after training on /)).toBeVisible();
    await expect(page.getByText(/Qualified for 1 of 4 domains/)).toBeVisible();
    await expect(page.getByRole("button", { name: /Claim qualification/ })).toHaveCount(0);
    // The other domains are untouched.
    await expect(
      page.getByRole("region", { name: "Observability & telemetry" }).getByText("In training"),
    ).toBeVisible();
    await screenshot(page, "readiness-claimed");
  });

  test("recruiters get an explanation and no link; unknown or malformed exercises are not found", async ({ page }) => {
    await login(page, "recruiter@example.com");
    await page.goto("/readiness");
    await expect(page.getByText("Nothing to do here for recruiters")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Readiness" })).toHaveCount(
      0,
    );
    for (const url of [
      "/readiness/exercises/clzzzzzzzzzzzzzzzzzzzzzzz",
      "/readiness/exercises/not%20an%20id",
      "/readiness/exercises/" + "x".repeat(300),
    ]) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(404);
    }
  });

  test("phone: readiness and an exercise fit the width @phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, "interviewer@example.com");
    await page.goto("/readiness");
    await expect(page.getByRole("heading", { name: "My interviewer readiness" })).toBeVisible();
    await expectNoSidewaysScroll(page, "/readiness");
    await screenshot(page, "readiness");
    await page.getByRole("link", { name: /^Take it\W+Automation & integration: calibration 1$/ }).click();
    await expect(page.getByRole("heading", { name: "Automation & integration: calibration 1" })).toBeVisible();
    await page.getByRole("button", { name: "Submit my ratings" }).click();
    await expect(page.getByText("6 things before submitting")).toBeVisible();
    await expectNoSidewaysScroll(page, "an exercise");
    await screenshot(page, "readiness-exercise");
  });
});
