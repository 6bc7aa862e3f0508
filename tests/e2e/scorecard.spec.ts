import { expect, login, screenshot, test, openFirstOpenInterview, openNewStartedInterview } from "./fixtures";

const EVIDENCE =
  "Described how she cut alert noise by 60% by grouping alerts on topology and tuning thresholds against six months of incidents.";

test.describe("scoring an interview", () => {
  test("evidence survives a reload, and a double submit makes one submission @phone", async ({ page }, info) => {
    // Each viewport scores a different interviewer's interview (the server is shared). Priya has one
    // started interview in the demo: the phone's is scheduled here, so a retry has one to submit too.
    const phone = info.project.name === "phone";
    const me = phone ? "Priya Natarajan" : "Sam Rivera";
    if (phone)
      await openNewStartedInterview(page, {
        owner: "dana@example.com",
        role: "MLOps Engineer, Anomaly Detection",
        stage: "ML foundations screen", // Priya's alone
        candidate: `Aiko Tanaka ${Date.now().toString(36)}`,
        interviewer: "priya@example.com",
      });
    else await openFirstOpenInterview(page, "interviewer@example.com");
    await expect(page.getByRole("heading", { name: "Overall recommendation" })).toBeVisible();
    const candidate = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    const stage =
      (
        await page
          .locator("p")
          .filter({ hasText: / min · / })
          .first()
          .textContent()
      )?.split(" · ")[1] ?? "";
    expect(stage).not.toBe("");
    // The kit sits beside the scorecard on a desktop, above it on a phone.
    const kitBox = (await page.getByRole("region", { name: "Interview kit" }).boundingBox())!;
    const cardBox = (await page.getByRole("region", { name: "Your scorecard" }).boundingBox())!;
    if (info.project.name === "phone") expect(kitBox.y + kitBox.height).toBeLessThanOrEqual(cardBox.y);
    else expect(kitBox.x + kitBox.width).toBeLessThanOrEqual(cardBox.x);
    await screenshot(page, "interview-kit");

    const sections = page.locator("section[aria-labelledby^='d-']");
    const count = await sections.count();
    expect(count).toBeGreaterThan(0);
    const first = sections.first();
    await first.getByRole("textbox", { name: "Evidence" }).fill(EVIDENCE);
    await expect(page.getByText(/Draft saved/)).toBeVisible();

    await page.reload();
    await expect(sections.first().getByRole("textbox", { name: "Evidence" })).toHaveValue(EVIDENCE);

    // Typed and reloaded before the autosave fired: restored from this device.
    await sections.first().getByRole("textbox", { name: "Evidence" }).fill(`${EVIDENCE} Also owned the rollback.`);
    await page.reload();
    await expect(sections.first().getByRole("textbox", { name: "Evidence" })).toHaveValue(
      `${EVIDENCE} Also owned the rollback.`,
    );
    await expect(page.getByText(/Restored what you typed|Draft saved/)).toBeVisible();

    const submit = page.getByRole("button", { name: /Submit/ });
    await expect(submit).toContainText("missing");
    // A disabled Submit cannot be focused: the bar's button takes the keyboard to the first missing answer.
    await page.getByRole("button", { name: "Go to the first" }).click();
    const focusedGroup = page.locator("fieldset:has(input[type=radio]:focus)");
    await expect(focusedGroup).toHaveCount(1);
    await expect(focusedGroup).toBeInViewport();
    for (let i = 0; i < count; i++) {
      const s = sections.nth(i);
      await s.getByText("Level 2", { exact: true }).click();
      await s.getByRole("textbox", { name: "Evidence" }).fill(EVIDENCE);
    }
    await page.getByText("Yes", { exact: true }).click();
    await expect(submit).toHaveText("Submit scorecard");
    await submit.dblclick();
    // The submission's time, in the viewer's zone (never "Submitted . Locked.").
    await expect(page.getByText(/Submitted \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} \S+\. Locked/)).toBeVisible();
    // The pressed button is gone: focus is on the control that replaced it, not lost to the page.
    await expect(page.getByRole("button", { name: "Amend scorecard" })).toBeFocused();
    await screenshot(page, "interview-submitted");

    // An amendment: changed evidence and the reason survive a reload, then it is saved.
    await page.getByRole("button", { name: "Amend scorecard" }).click();
    await sections.first().getByRole("textbox", { name: "Evidence" }).fill(`${EVIDENCE} Amended: also ran the review.`);
    const why = "Added the post-incident review I left out.";
    await page.getByLabel("Why are you changing a submitted scorecard?").fill(why);
    await page.reload();
    await page.getByRole("button", { name: "Start an amendment with them" }).click();
    await expect(sections.first().getByRole("textbox", { name: "Evidence" })).toHaveValue(
      `${EVIDENCE} Amended: also ran the review.`,
    );
    await expect(page.getByLabel("Why are you changing a submitted scorecard?")).toHaveValue(why);
    await page.getByRole("button", { name: /Save amendment/ }).click();
    await expect(page.getByRole("button", { name: "Amend scorecard" })).toBeFocused();
    await page.reload();
    await expect(sections.first().getByRole("textbox", { name: "Evidence" })).toHaveValue(
      `${EVIDENCE} Amended: also ran the review.`,
    );
    await expect(page.getByRole("button", { name: "Start an amendment with them" })).toHaveCount(0);

    // Counted on the server, not just on screen: one submission event for this interview.
    await login(page, "admin@example.com");
    await page.goto("/admin/audit?action=scorecard.submitted");
    // Other panelists of the same stage may have submitted theirs: count this interviewer's.
    await expect(
      page.getByRole("listitem").filter({ hasText: `${me} submitted the ${stage} scorecard for ${candidate}.` }),
    ).toHaveCount(1);
  });

  test("keeping this device's older copy after a reload puts it in the form and saves it @phone", async ({ page }) => {
    await openFirstOpenInterview(page, "interviewer@example.com");
    const interviewId = new URL(page.url()).pathname.split("/").pop()!;
    const evidence = page.locator("section[aria-labelledby^='d-']").first().getByRole("textbox", { name: "Evidence" });
    await evidence.fill(`${EVIDENCE} (the server's version)`);
    // The copy this device keeps until the server has it (read before the debounced save clears it).
    const copy = await page.evaluate((id) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith("aiops-scorecard:") && k.endsWith(`:${id}`))!;
      return { key, value: JSON.parse(localStorage.getItem(key)!) };
    }, interviewId);
    await expect(page.getByText(/Draft saved/)).toBeVisible();

    // An older copy, based on version 0, as if typed on this device before a crash.
    const kept = `${EVIDENCE} (kept from this device) ${"x".repeat(120)}`;
    // Typed over an older text than the server's now: both changed the evidence, so it is asked
    // about (a field only one side changed would be merged without a question).
    copy.value.baseVersion = 0;
    copy.value.base.scores[0].evidence = "An older text, since changed elsewhere.";
    copy.value.values.scores[0].evidence = kept;
    await page.evaluate(({ key, value }) => localStorage.setItem(key, JSON.stringify(value)), copy);
    await page.reload();
    const dialog = page.getByRole("dialog", { name: /changed somewhere else/ });
    await expect(dialog).toBeVisible();
    // Both versions in view side by side, even on a phone and with a long unbroken word.
    for (const column of [/^This device$/, /^Saved elsewhere \(v\d+\)$/])
      await expect(dialog.getByRole("columnheader", { name: column })).toBeInViewport();
    expect(
      await dialog.locator("table").evaluate((t) => t.scrollWidth <= (t.parentElement as HTMLElement).clientWidth),
    ).toBe(true);
    await screenshot(page, "scorecard-conflict");
    await page.getByRole("button", { name: "Keep this device's version" }).click();
    await expect(evidence).toHaveValue(kept);
    await expect(page.getByText(/Draft saved/)).toBeVisible();
    await page.reload();
    await expect(evidence).toHaveValue(kept);
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("a rating, an indicator and a recommendation chosen just before a reload come back checked, and the draft saves them", async ({
    page,
  }) => {
    // The device copy was restored with its rating unchecked in the page (shown as chosen): the
    // next keystroke's autosave sent no rating, was refused, and every later one too.
    page.on("dialog", (d) => d.accept()); // "leave with unsaved changes?" on the reload
    const url = await openFirstOpenInterview(page, "interviewer@example.com");
    const first = page.locator("section[aria-labelledby^='d-']").first();
    const level3 = first.getByRole("radio", { name: "Level 3" });
    const indicator = first.getByRole("checkbox").first();
    const maybe = page.getByRole("radio", { name: "No", exact: true });
    // The saves cannot reach the server: what was chosen is on this device only.
    await page.route(url, (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
    await first.getByText("Level 3", { exact: true }).click();
    await indicator.check();
    await page.locator("label", { has: maybe }).click();
    await page.unroute(url);
    await page.reload();
    await expect(page.getByText("Restored what you typed on this device")).toBeVisible();
    await expect(level3).toBeChecked();
    await expect(indicator).toBeChecked();
    await expect(maybe).toBeChecked();
    // Typing on: saved, with the restored choices.
    await page.getByLabel(/Private note/).fill("Restored after a reload: the rating stayed chosen.");
    await expect(page.getByText(/Draft saved/)).toBeVisible();
    await expect(page.getByText(/Not saved/)).toHaveCount(0);
    await page.reload();
    await expect(page.getByText("Restored what you typed on this device")).toHaveCount(0);
    await expect(level3).toBeChecked();
    await expect(indicator).toBeChecked();
    await expect(maybe).toBeChecked();
  });

  test("my interviews are searched by candidate, in the address, across reloads @phone", async ({ page }) => {
    await login(page, "interviewer@example.com");
    await page.goto("/interviews");
    // The lists' candidate links (the scorecards-due reminder above them is not searched).
    const links = page
      .getByRole("region", { name: /^(Drafts|Overdue|To do|Submitted|Closed before you submitted)/ })
      .getByRole("link", { name: /^(?!Next|Previous|First|Last)/ });
    const everyone = await links.allTextContents();
    expect(everyone.length).toBeGreaterThan(1);
    const word = everyone.at(-1)!.trim().split(" ")[0]!;
    const search = page.getByRole("search", { name: "Find an interview by candidate" });
    await search.getByLabel("Candidate").fill(`  ${word.toLowerCase()} `);
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    const found = await links.allTextContents();
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(everyone.length);
    for (const name of found) expect(name.toLowerCase()).toContain(word.toLowerCase());
    await screenshot(page, "my-interviews-search");
    await page.reload();
    await expect(page.getByRole("search").getByLabel("Candidate")).toHaveValue(word.toLowerCase());
    // Nobody by that name: each list says so, nothing breaks.
    await page.getByRole("search").getByLabel("Candidate").fill("Nobody Byth Isname");
    await page.getByRole("search").getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("None with a candidate of that name.").first()).toBeVisible();
    await expect(links).toHaveCount(0);
    await page.getByRole("search").getByRole("link", { name: "Clear" }).click();
    await expect(links).toHaveCount(everyone.length);
  });

  test("printed, a submitted scorecard keeps its chosen rating and ticked indicators, without the screen's links", async ({
    page,
  }) => {
    // scripts/e2e-server.sh seeds large_i_0_0 as the interviewer's submitted scorecard.
    await login(page, "interviewer@example.com");
    await page.goto("/interviews/large_i_0_0");
    const firstDomain = page.locator("section[aria-labelledby^='d-']").first();
    const chosen = firstDomain.locator("[data-chosen]");
    await expect(chosen).toHaveCount(1);
    const indicators = firstDomain.locator("details").locator("fieldset").first();
    await expect(indicators).toBeHidden(); // collapsed on screen once submitted
    const evidenceBox = firstDomain.getByRole("textbox", { name: "Evidence" });
    const evidence = await evidenceBox.inputValue();
    expect(evidence.trim()).not.toBe("");
    // A level other than the target is collapsed on screen.
    const otherLevel = page.locator("details.print-open:not([open]) > ul").first();
    await expect(otherLevel).toBeHidden();
    await page.emulateMedia({ media: "print" });
    // The whole evidence prints as text, not the rows its box shows (components/scorecard/printed-text.tsx).
    await expect(evidenceBox).toBeHidden();
    const printed = firstDomain.locator("div.whitespace-pre-wrap").filter({ hasText: evidence.trim().slice(0, 40) });
    await expect(printed).toBeVisible();
    expect(await printed.evaluate((e) => e.scrollHeight <= e.clientHeight + 1)).toBe(true);
    // Every level of the kit prints, for an interview held without a screen.
    await expect(otherLevel).toBeVisible();
    // Printers drop backgrounds by default: the chosen option's fill is printed regardless.
    expect(await chosen.evaluate((e) => getComputedStyle(e).printColorAdjust)).toBe("exact");
    await expect(indicators).toBeVisible();
    for (const screenOnly of [/Print kit and scorecard/, /Skip to the scorecard/, /Add to calendar/])
      await expect(page.getByText(screenOnly)).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByRole("button", { name: "Print kit and scorecard" })).toBeVisible();
  });

  test("another interviewer's interview is not found", async ({ page }) => {
    await login(page, "interviewer@example.com");
    await page.goto("/interviews");
    const href = await page
      .getByRole("region", { name: /Submitted/ })
      .getByRole("link")
      .first()
      .getAttribute("href");
    await login(page, "mei@example.com");
    const res = await page.goto(href!);
    expect(res?.status()).toBe(404);
  });
});

test("an interview still ahead: the kit opens for notes, and Submit says from when instead of being refused", async ({
  page,
}) => {
  // The demo's current stages hold interviews a day or more ahead; find one of an interviewer's.
  for (const email of ["interviewer@example.com", "kwame@example.com", "mei@example.com", "tomas@example.com"]) {
    await login(page, email);
    await page.goto("/interviews");
    const links = await page
      .getByRole("region", { name: /^To do/ })
      .getByRole("link")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")));
    for (const href of links.filter((h): h is string => !!h && /^\/interviews\/[^/?#]+$/.test(h))) {
      await page.goto(href);
      if (!(await page.getByText(/^This interview is on /).count())) continue;
      const submit = page.getByRole("button", { name: "Submit after the interview" });
      await expect(submit).toBeDisabled();
      await expect(page.getByRole("button", { name: "Submit scorecard" })).toHaveCount(0);
      return;
    }
  }
  throw new Error("no interview still ahead in the demo");
});
