// Quality of hire: a manager records a due 90-day check-in on the demo's recent hire, reloads,
// and finds it on the hiring-quality page; reads it per interviewer and per question and opens a
// question's page; an interviewer is refused all of them. The browser tests run without the demo
// history, so the figures compared with the job must read "too few to say" here.
import type { Locator } from "@playwright/test";
import { expect, expectNoSidewaysScroll, login, screenshot, test } from "./fixtures";
import { encodeCursor } from "../../lib/paging/cursor";

test.describe("quality of hire", () => {
  test("a manager records a due check-in, reloads, and sees it counted on the hiring-quality page", async ({
    page,
  }) => {
    await login(page, "manager@example.com");
    await page.goto("/check-ins");
    await expect(page.getByRole("heading", { name: "Quality-of-hire check-ins" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Check-ins" })).toContainText("1"); // the nav badge
    await screenshot(page, "check-ins");
    // On a phone the milestone and date read under the name, with no sideways scroll (round V).
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByText(/^90-day check-in, due since /)).toBeVisible();
    const region = page.getByRole("region", { name: "Due check-ins" });
    expect(await region.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
    await screenshot(page, "check-ins-phone");
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(page.getByText(/^90-day check-in, due since /)).toBeHidden();
    await page.getByRole("link", { name: "Elena Rossi" }).click();
    await expect(page.getByRole("heading", { name: "90-day check-in" })).toBeVisible();

    // Sending it empty lists what is missing at the top (focused, each a link to its question), and nothing is recorded.
    await page.getByRole("button", { name: "Record the 90-day check-in" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "things before recording" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Overall: Choose an overall rating" })).toBeVisible();
    await expect(summary.getByRole("link", { name: /^Would hire again:/ })).toBeVisible();
    await summary.getByRole("link", { name: "Overall: Choose an overall rating" }).click();
    await expect(
      page
        .getByRole("group", { name: /Overall performance/ })
        .getByRole("radio")
        .first(),
    ).toBeFocused();

    const groups = page.getByRole("radiogroup", { name: /level on the job/ });
    await expect(groups).toHaveCount(4);
    const evidence = page.getByLabel(/Evidence from the job/);
    // What was typed survives a reload in this tab, and says so.
    await groups.nth(1).getByText("Level 1", { exact: true }).click();
    await evidence.nth(1).fill("Typed before a reload");
    page.once("dialog", (d) => void d.accept()); // leaving with typed work asks first
    await page.reload();
    await expect(page.getByRole("status").filter({ hasText: "What you typed before is back" })).toBeVisible();
    await expect(evidence.nth(1)).toHaveValue("Typed before a reload");
    await expect(groups.nth(1).getByRole("radio", { name: "Level 1" })).toBeChecked();
    // Start again clears it for good: a reload brings nothing back.
    await page.getByRole("button", { name: "Start again" }).click();
    await expect(evidence.nth(1)).toHaveValue("");
    await page.reload();
    await expect(groups).toHaveCount(4);
    await expect(page.getByText("What you typed before is back")).toHaveCount(0);
    for (let i = 0; i < 4; i++) {
      await groups
        .nth(i)
        .getByText(i === 0 ? "Level 3" : "Level 2", { exact: true })
        .click();
      await evidence.nth(i).fill(`Check-in evidence ${i}: led the alert-noise clean-up for the on-call rota.`);
    }
    await page.getByText("Above expectations", { exact: true }).click();
    await page.getByRole("radio", { name: "Yes" }).check({ force: true });
    await screenshot(page, "check-in-form");
    await page.getByRole("button", { name: "Record the 90-day check-in" }).click();
    // Recorded: the form gives way to the check-in as recorded.
    await expect(page.getByText("Above expectations · would hire again: yes")).toBeVisible();

    await page.reload();
    await expect(page.getByRole("button", { name: /Record the/ })).toHaveCount(0);
    await expect(page.getByText("Above expectations · would hire again: yes")).toBeVisible();
    await expect(page.getByText("Check-in evidence 0: led the alert-noise clean-up")).toBeVisible();

    await page.goto("/check-ins");
    await expect(page.getByText("No check-ins due.")).toBeVisible();
    await page.getByRole("link", { name: "Hiring quality" }).first().click();
    await expect(page.getByRole("heading", { name: "Hiring quality" })).toBeVisible();
    // The demo's two hires: one with three check-ins, and now this one.
    await expect(page.getByText("4 check-ins recorded")).toBeVisible();
    await expect(page.getByText("2 of 2")).toBeVisible();
    // (On a phone the verdict reads under the domain, so each row holds it twice, one of them hidden.)
    await expect(page.getByRole("table").getByText("too few hires").filter({ visible: true }).first()).toBeVisible();
    await screenshot(page, "quality");
  });

  test("a manager reads the hiring quality per interviewer and per question and opens a question's page", async ({
    page,
  }) => {
    await login(page, "manager@example.com");
    await page.goto("/quality");
    await expect(page.getByRole("heading", { name: "Hiring quality" })).toBeVisible();
    const tabs = page.getByRole("navigation", { name: "Hiring quality views" });
    await expect(tabs.getByRole("link", { name: "Per domain" })).toHaveAttribute("aria-current", "page");

    await tabs.getByRole("link", { name: "Interviewers" }).click();
    await expect(page).toHaveURL(/\/quality\/interviewers$/);
    const cards = page
      .getByRole("table", { name: "Interviewers" })
      .getByRole("row")
      .filter({ has: page.getByRole("cell") });
    const interviewers = await cards.count();
    expect(interviewers).toBeGreaterThan(0);
    // Two hires with check-ins at most: against the job, every interviewer reads "too few", with no ρ printed.
    await expect(page.getByText(/^Too few hires to say for this interviewer: [0-2] of the 10 needed/)).toHaveCount(
      interviewers,
    );
    await expect(page.getByText(/^ρ /)).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Against the panel" })).toHaveCount(interviewers);
    await page.getByLabel("Sort by").selectOption("ratings");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/sort=ratings/);
    await expect(cards).toHaveCount(interviewers);
    // Column headers are links that sort (aria-sort on the header); the current one reverses.
    const table = page.getByRole("table", { name: "Interviewers" });
    await table.getByRole("link", { name: /^Spread/ }).click();
    await expect(page).toHaveURL(/sort=spread&dir=desc/);
    await expect(table.getByRole("columnheader", { name: /^Spread/ })).toHaveAttribute("aria-sort", "descending");
    await table.getByRole("link", { name: /^Spread/ }).click();
    await expect(page).toHaveURL(/sort=spread&dir=asc/);
    await expect(table.getByRole("columnheader", { name: /^Spread/ })).toHaveAttribute("aria-sort", "ascending");
    await expect(table.getByRole("columnheader", { name: /^Interviewer/ })).toHaveAttribute("aria-sort", "none");
    await expect(cards).toHaveCount(interviewers);
    // Agreement sorts too (in SQL, before paging): highest first, then reversed; "too few to say" last both ways.
    for (const [dir, aria] of [
      ["desc", "descending"],
      ["asc", "ascending"],
    ] as const) {
      await table.getByRole("link", { name: /^Agreement where they co-rated/ }).click();
      await expect(page).toHaveURL(new RegExp(`sort=alpha&dir=${dir}`));
      await expect(table.getByRole("columnheader", { name: /^Agreement/ })).toHaveAttribute("aria-sort", aria);
      await expect(cards).toHaveCount(interviewers);
      const shown = await cards.evaluateAll((rows) =>
        rows.map((r) => {
          const text = r.querySelectorAll('[role="cell"]')[3]?.querySelector("p span")?.textContent ?? "";
          return text.startsWith("α ") ? Number(text.slice(2)) : null;
        }),
      );
      const firstMissing = shown.indexOf(null);
      if (firstMissing >= 0)
        expect(
          shown.slice(firstMissing).every((a) => a === null),
          dir,
        ).toBe(true);
      const alphas = shown.filter((a): a is number => a !== null);
      expect(alphas, dir).toEqual([...alphas].sort((a, b) => (dir === "asc" ? a - b : b - a)));
    }
    await screenshot(page, "quality-interviewers");

    await page
      .getByRole("navigation", { name: "Hiring quality views" })
      .getByRole("link", { name: "Questions" })
      .click();
    await expect(page).toHaveURL(/\/quality\/questions$/);
    const questions = page
      .getByRole("table", { name: "Questions" })
      .getByRole("row")
      .filter({ has: page.getByRole("cell") });
    await expect(questions).toHaveCount(25); // one page of the bank
    await expect(page.getByRole("navigation", { name: "Question pages" })).toContainText(/1–25 of \d+/);
    // Sorting by a header keeps paging: page 2 of "pass rate, highest first" continues it.
    await page
      .getByRole("columnheader", { name: /^Pass rate/ })
      .getByRole("link")
      .focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=passRate&dir=desc/);
    await expect(page.getByRole("columnheader", { name: /^Pass rate/ })).toHaveAttribute("aria-sort", "descending");
    await page.getByRole("navigation", { name: "Question pages" }).getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/sort=passRate&dir=desc&(show=all&)?after=/);
    await expect(page.getByRole("navigation", { name: "Question pages" })).toContainText(/26–\d+ of \d+/);
    await page.goto("/quality/questions");
    await screenshot(page, "quality-questions");

    // Only the retirement candidates: each one carries the flag (or the list says there are none).
    await page.getByLabel("Show", { exact: true }).selectOption("flagged");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/show=flagged/);
    const flagged = await questions.count();
    if (flagged)
      await expect(questions.getByText(/^retirement candidate: (everybody|nobody) passes$/)).toHaveCount(flagged);
    else await expect(page.getByText("No questions to show.")).toBeVisible();
    await page.getByRole("link", { name: "Show all questions" }).click();
    await expect(page).not.toHaveURL(/show=flagged/);
    await expect(page.getByLabel("Show", { exact: true })).toHaveValue("all");

    // The most used question's page: its ratings per level, and separation "too few to say" without history.
    await page.getByLabel("Sort by").selectOption("uses");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/sort=uses/);
    const first = questions.first().getByRole("link");
    const prompt = (await first.textContent())!;
    await first.click();
    await expect(page).toHaveURL(/\/quality\/questions\/[A-Za-z0-9_-]+$/);
    await expect(page.getByRole("heading", { name: "Question", exact: true })).toBeVisible();
    await expect(page.getByText(prompt, { exact: true })).toBeVisible();
    await expect(page.getByRole("list", { name: "Ratings per level" }).getByRole("listitem")).toHaveCount(4);
    await expect(
      page.getByText(/^Too few to say: [0-4] later-strong and \d+ later-weak hires \(5 of each needed\)\.$/),
    ).toBeVisible();
    await expect(page.getByText(/^AUC /)).toHaveCount(0);
    await screenshot(page, "quality-question");
    await page
      .getByRole("navigation", { name: "Breadcrumb" })
      .getByRole("link", { name: "Hiring quality: questions" })
      .click();
    await expect(page).toHaveURL(/\/quality\/questions$/);

    // An unknown or malformed id is a 404, never a 500; a tampered cursor is the first page.
    for (const url of [
      "/quality/questions/no-such-question",
      "/quality/questions/%00%27",
      `/quality/questions/${"x".repeat(200)}`,
    ]) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(404);
    }
    // A sort the page does not have is a 400 naming it (proxy.ts); a cursor of another list is the first page.
    const otherListCursor = encodeCursor(["a"], 3);
    const odd = await page.goto(`/quality/questions?after=${otherListCursor}&sort=%27&show=all`);
    expect(odd?.status()).toBe(400);
    await expect(page.locator("body")).toContainText("“sort” must be domain, uses, spread, passRate or auc.");
    const otherList = await page.goto(`/quality/questions?after=${otherListCursor}&show=all`);
    expect(otherList?.status()).toBe(200);
    await expect(page.getByRole("navigation", { name: "Question pages" })).toContainText(/1–25 of/);
  });

  test("an interviewer is refused the hiring-quality pages and the check-ins", async ({ page }) => {
    await login(page, "interviewer@example.com");
    for (const url of [
      "/quality",
      "/quality/interviewers",
      "/quality/questions",
      "/quality/questions/no-such-question",
      "/check-ins",
    ]) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(403);
    }
    await expect(page.getByRole("link", { name: "Hiring quality" })).toHaveCount(0);
  });

  test("each row of the interviewer and question tables has the header's cells, in its order @phone", async ({
    page,
  }) => {
    await login(page, "admin@example.com");
    for (const [url, name, label] of [
      ["/quality/interviewers?sort=alpha", "Interviewers", (cell: Locator) => cell.getByRole("heading").first()],
      ["/quality/questions?sort=uses", "Questions", (cell: Locator) => cell.locator("span").first()],
    ] as const) {
      await page.goto(url);
      const table = page.getByRole("table", { name });
      await expect(table).toBeVisible();
      const headers = await table.getByRole("columnheader").allInnerTexts();
      const names = headers.map((h) => h.split("\n")[0]!.replace(/[↑↓:]/g, "").trim());
      const rows = table.getByRole("row").filter({ hasNot: page.getByRole("columnheader") });
      const count = await rows.count();
      expect(count, name).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const row = rows.nth(i);
        // The first column heads the row (the interviewer) or is its first cell (the question); then one cell per header.
        const heads = await row.getByRole("rowheader").count();
        const cells = row.getByRole("cell");
        expect(heads + (await cells.count()), `${name} row ${i}`).toBe(names.length);
        // The cells in the header's order: each names its column (a figure's title, or a label on a phone).
        for (let c = 1; c < names.length; c++)
          expect(
            ((await label(cells.nth(c - heads)).textContent()) ?? "").toLowerCase(),
            `${name} row ${i} cell ${c}`,
          ).toContain(names[c]!.toLowerCase().split(" (")[0]);
      }
      // The accessibility tree agrees: the first row holds exactly the header's count of cells.
      const tree = await rows.first().ariaSnapshot();
      expect((tree.match(/^\s*- '?(rowheader|cell)\b/gm) ?? []).length, `${name}\n${tree}`).toBe(names.length);
      await expectNoSidewaysScroll(page, url);
      await page.screenshot({
        path: `/work/shots/q16/${name.toLowerCase()}-${page.viewportSize()!.width}.png`,
        fullPage: true,
      });
    }
  });

  test("the pages read on a phone @phone", async ({ page }) => {
    await login(page, "manager@example.com");
    await page.goto("/quality");
    await expect(page.getByRole("heading", { name: "Hiring quality" })).toBeVisible();
    await expectNoSidewaysScroll(page, "/quality");
    await screenshot(page, "quality");
    await page.goto("/quality/interviewers");
    await expect(page.getByRole("table", { name: "Interviewers" })).toBeVisible();
    await expectNoSidewaysScroll(page, "/quality/interviewers");
    await screenshot(page, "quality-interviewers");
    await page.goto("/quality/questions?sort=uses");
    await expect(page.getByRole("table", { name: "Questions" })).toBeVisible();
    await expectNoSidewaysScroll(page, "/quality/questions");
    await screenshot(page, "quality-questions");
    await page
      .getByRole("table", { name: "Questions" })
      .getByRole("row")
      .filter({ has: page.getByRole("cell") })
      .getByRole("link")
      .first()
      .click();
    await expect(page.getByRole("heading", { name: "Question", exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page, "/quality/questions/[id]");
    await screenshot(page, "quality-question");
    await page.goto("/check-ins");
    await screenshot(page, "check-ins");
    const hire = page.getByRole("link", { name: "Elena Rossi" });
    if (await hire.count()) {
      await hire.click();
      await expect(page.getByRole("heading", { name: "Elena Rossi" })).toBeVisible();
      await expectNoSidewaysScroll(page, "check-in form");
      await screenshot(page, "check-in-form");
    }
  });
});
