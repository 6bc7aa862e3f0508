import type { Page } from "@playwright/test";
import { expect, login, screenshot, test } from "./fixtures";

/** A fresh role of manager@'s (from a template, so its targets are set), on its plan page. */
async function newRolePlan(page: Page, title: string) {
  await login(page, "manager@example.com");
  await page.goto("/roles/new");
  await page.getByRole("link", { name: "Site Reliability Engineer" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByRole("checkbox", { name: "Sam Rivera" }).check();
  await page.getByRole("checkbox", { name: "Priya Natarajan" }).check();
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await page.getByRole("link", { name: "Edit plan" }).click();
  await expect(page.getByRole("heading", { name: "Interview plan" })).toBeVisible();
}

const stageItem = (page: Page, n: number) =>
  page.getByRole("listitem").filter({ has: page.getByLabel(`Stage ${n} name`) });

async function fillStage(page: Page, n: number, name: string, kind: string, domains: string[], people: string[]) {
  await page.getByRole("button", { name: "Add stage" }).click();
  await page.getByLabel(`Stage ${n} name`).fill(name);
  const stage = stageItem(page, n);
  await stage.getByLabel("Kind").selectOption({ label: kind });
  for (const d of domains) await stage.getByRole("checkbox", { name: new RegExp(`^${d}`) }).check();
  for (const p of people) await stage.getByRole("checkbox", { name: p }).check();
}

test("the role form asks before leaving with unsaved edits, and refuses a mistyped weight instead of using the default", async ({
  page,
}) => {
  await login(page, "manager@example.com");
  await page.goto("/roles/new");
  await page.getByRole("link", { name: "Site Reliability Engineer" }).click();
  await page.getByLabel("Title").fill("SRE typed weight");
  const weights = page.getByLabel(/^Weight/);
  await weights.first().fill("e");
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByText("Weight as a number between 0.5 and 5 (blank means 1)").first()).toBeVisible();
  await expect(page).toHaveURL(/\/roles\/new/);
  // Leaving through the navigation asks; cancelling keeps the page and what was typed.
  let asked = 0;
  page.on("dialog", (d) => {
    asked++;
    void d.dismiss();
  });
  await page.getByRole("link", { name: "My roles" }).first().click();
  await expect(page).toHaveURL(/\/roles\/new/);
  expect(asked).toBe(1);
  await expect(page.getByLabel("Title")).toHaveValue("SRE typed weight");
});

test("a new stage shows its problems once it is touched or saved, not as it appears", async ({ page }) => {
  await newRolePlan(page, "SRE plan quiet new stage");
  await page.getByRole("button", { name: "Add stage" }).click();
  await expect(page.getByLabel("Stage 1 name")).toBeVisible();
  await expect(page.getByText("Name the stage")).toHaveCount(0);
  await page.getByLabel("Stage 1 name").focus();
  await page.getByLabel("Stage 1 name").blur();
  await expect(page.getByText("Name the stage")).toBeVisible();
  await page.getByLabel("Minutes").fill("45.5");
  await page.getByRole("button", { name: "Save draft plan" }).click();
  await expect(page.getByText("Whole minutes only").first()).toBeVisible();
});

test("the plan editor keeps typed work: device copy after a reload, discard, and a warning before leaving", async ({
  page,
}) => {
  await newRolePlan(page, "SRE plan device copy");
  await fillStage(
    page,
    1,
    "Reliability deep dive",
    "Technical deep-dive",
    ["Observability", "Automation"],
    ["Sam Rivera"],
  );
  await fillStage(page, 2, "Values conversation", "Behavioural", [], ["Priya Natarajan"]);
  await expect(page.getByText("Unsaved changes (kept on this device until you save).")).toBeVisible();

  // Leaving through a link inside the app asks first; cancelling keeps the page and the work.
  page.once("dialog", (d) => void d.dismiss());
  await page.getByRole("link", { name: /SRE plan device copy/ }).click();
  await expect(page).toHaveURL(/\/plan$/);
  await expect(page.getByLabel("Stage 2 name")).toHaveValue("Values conversation");

  // A reload loses nothing: the device copy comes back with a notice.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Unsaved changes restored from this device" })).toBeVisible();
  await expect(page.getByLabel("Stage 1 name")).toHaveValue("Reliability deep dive");
  await expect(page.getByLabel("Stage 2 name")).toHaveValue("Values conversation");
  await expect(stageItem(page, 1).getByRole("checkbox", { name: /^Automation/ })).toBeChecked();
  await expect(stageItem(page, 2).getByLabel("Kind")).toHaveValue("BEHAVIOURAL");
  await screenshot(page, "plan-restored");

  // Discarding goes back to what the server has (no stages yet) and forgets the copy.
  await page.getByRole("button", { name: "Discard them" }).click();
  await expect(page.getByLabel("Stage 1 name")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Unsaved changes restored from this device" })).toHaveCount(0);

  // Once saved, nothing is offered back and leaving asks nothing.
  await fillStage(page, 1, "Reliability deep dive", "Technical deep-dive", ["Observability"], ["Sam Rivera"]);
  await page.getByRole("button", { name: "Save draft plan" }).click();
  await expect(page.getByText("Draft plan saved (not published).")).toBeVisible();
  let asked = false;
  page.on("dialog", (d) => {
    asked = true;
    void d.accept();
  });
  await page.getByRole("link", { name: /SRE plan device copy/ }).click();
  await expect(page.getByRole("heading", { name: "SRE plan device copy" })).toBeVisible();
  expect(asked).toBe(false);
});

test("a device copy made on an older plan is held back after a reload, so it never silently replaces a newer save", async ({
  page,
  context,
}) => {
  await newRolePlan(page, "SRE plan stale copy");
  await fillStage(page, 1, "First take", "Technical deep-dive", ["Observability"], ["Sam Rivera"]);
  await page.getByRole("button", { name: "Save draft plan" }).click();
  await expect(page.getByText("Draft plan saved (not published).")).toBeVisible();

  // A second tab opens the saved plan; the first saves a newer one meanwhile.
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByLabel("Stage 1 name")).toHaveValue("First take");
  await page.getByLabel("Stage 1 name").fill("Newer plan");
  // The status still reads as the first save's: wait for this save's answer itself.
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/plan"));
  await page.getByRole("button", { name: "Save draft plan" }).click();
  expect((await saved).ok()).toBe(true);
  // Once saved, that tab drops its copy (the two tabs share this device's storage).
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("aiops-plan:")).length))
    .toBe(0);

  // The second tab types on its older plan, then reloads: the form shows the newer plan and
  // holds the older changes back until the person chooses.
  await other.getByLabel("Stage 1 name").fill("Older tab's change");
  await expect(other.getByText("Unsaved changes (kept on this device until you save).")).toBeVisible();
  await other.reload();
  const held = other.getByRole("heading", { name: "Unsaved changes on this device, made on an older plan" });
  await expect(held).toBeVisible();
  await expect(other.getByLabel("Stage 1 name")).toHaveValue("Newer plan");
  await screenshot(other, "plan-stale-copy");
  // Typing on the newer plan meanwhile is kept like any edit; the older changes stay held.
  await stageItem(other, 1).getByLabel("Minutes").fill("75");
  await other.reload();
  await expect(held).toBeVisible();
  await expect(stageItem(other, 1).getByLabel("Minutes")).toHaveValue("75");
  await expect(other.getByLabel("Stage 1 name")).toHaveValue("Newer plan");
  await other.getByRole("button", { name: "Put my changes in the form" }).click();
  await expect(other.getByLabel("Stage 1 name")).toHaveValue("Older tab's change");
  await expect(other.getByText(/The role has been saved since then/)).toBeVisible();

  // Put in the form, they are this device's copy of the newer plan now: a reload offers them as
  // such, and discarding them goes back to the newer plan.
  await other.reload();
  await expect(held).toHaveCount(0);
  await expect(other.getByRole("heading", { name: "Unsaved changes restored from this device" })).toBeVisible();
  await expect(other.getByLabel("Stage 1 name")).toHaveValue("Older tab's change");
  await other.getByRole("button", { name: "Discard them" }).click();
  await expect(other.getByLabel("Stage 1 name")).toHaveValue("Newer plan");
  await other.reload();
  await expect(other.getByLabel("Stage 1 name")).toHaveValue("Newer plan");
  await expect(other.getByRole("heading", { name: /^Unsaved changes/ })).toHaveCount(0);
});

test("another tab's save leaves this tab's unsaved plan edits on the device, unless the person deletes them at sign-out", async ({
  page,
  context,
}) => {
  await newRolePlan(page, "SRE plan two tabs");
  await fillStage(page, 1, "First take", "Technical deep-dive", ["Observability"], ["Sam Rivera"]);
  await page.getByRole("button", { name: "Save draft plan" }).click();
  await expect(page.getByText("Draft plan saved (not published).")).toBeVisible();
  const planCopies = (p: Page) =>
    p.evaluate(() =>
      Object.entries(localStorage)
        .filter(([k]) => k.startsWith("aiops-plan:"))
        .map(([, v]) => v),
    );

  // Both tabs edit; this one saves, which clears the copy the two tabs share.
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByLabel("Stage 1 name").fill("Other tab's edit");
  await expect(other.getByText("Unsaved changes (kept on this device until you save).")).toBeVisible();
  await page.getByLabel("Stage 1 name").fill("Saved here");
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/plan"));
  await page.getByRole("button", { name: "Save draft plan" }).click();
  expect((await saved).ok()).toBe(true);
  // The other tab, still unsaved, writes its edits back.
  await expect.poll(async () => (await planCopies(page)).join()).toContain("Other tab's edit");

  // Closed without saving, its edits are offered to the next tab, as made on an older plan.
  await other.close();
  const next = await context.newPage();
  await next.goto(page.url());
  await expect(
    next.getByRole("heading", { name: "Unsaved changes on this device, made on an older plan" }),
  ).toBeVisible();
  await next.getByRole("button", { name: "Put my changes in the form" }).click();
  await expect(next.getByLabel("Stage 1 name")).toHaveValue("Other tab's edit");

  // Deleted at sign-out in the first tab: the tab with the edits does not write them back.
  await page.reload();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /^Delete (it|them) and sign out$/ })
    .click();
  await expect(page).toHaveURL(/\/signin/);
  await next.waitForTimeout(500); // storage events reach the other tab within milliseconds
  expect(await planCopies(next)).toEqual([]);
});

test("a behavioural stage may have no focus domains; a technical one is explained at the top with a link to the field", async ({
  page,
}) => {
  await newRolePlan(page, "SRE plan unscored stage");
  await fillStage(
    page,
    1,
    "Systems",
    "Technical deep-dive",
    ["Observability", "Data literacy", "Automation", "Security"],
    ["Sam Rivera", "Priya Natarajan"],
  );
  await fillStage(page, 2, "Values conversation", "Behavioural", [], ["Priya Natarajan"]);
  await expect(stageItem(page, 2).getByText(/this stage is not scored/)).toBeVisible();
  await fillStage(page, 3, "Pairing", "Technical deep-dive", [], ["Sam Rivera"]);
  await page.getByRole("button", { name: "Save draft plan" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "One thing to fix before saving" });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  await screenshot(page, "plan-error-summary");
  await summary.getByRole("link", { name: /Stage 3: Choose the domains this stage assesses/ }).click();
  await expect(stageItem(page, 3).getByRole("checkbox", { name: /^Observability/ })).toBeFocused();

  await stageItem(page, 3).getByRole("button", { name: "Remove" }).click();
  await page.getByRole("button", { name: "Save draft plan" }).click();
  await expect(page.getByText("Draft plan saved (not published).")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Stage 2 name")).toHaveValue("Values conversation");
  await expect(page.getByRole("heading", { name: "Unsaved changes restored from this device" })).toHaveCount(0);
});

test("Publish right after Save waits for it and publishes, instead of reporting a change meanwhile", async ({
  page,
}) => {
  await newRolePlan(page, "SRE plan quick publish");
  await fillStage(
    page,
    1,
    "Systems",
    "Technical deep-dive",
    ["Observability", "Data literacy", "Automation", "Security"],
    ["Sam Rivera", "Priya Natarajan"],
  );
  await page.getByRole("button", { name: "Save draft plan" }).click();
  await page.getByRole("button", { name: "Publish plan" }).click();
  await expect(page.getByText("Plan published.")).toBeVisible();
  await expect(page.getByText(/changed meanwhile/)).toHaveCount(0);
  // And again, once the page has refreshed: each request carries the version the last one returned.
  await page.getByLabel("Stage 1 name").fill("Systems and automation");
  await page.getByRole("button", { name: /Save as draft/ }).click();
  await page.getByRole("button", { name: /^Publish (plan|changes)$/ }).click();
  await expect(page.getByText("Plan published.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Stage 1 name")).toHaveValue("Systems and automation");
  await expect(page.getByText(/^Published /)).toBeVisible();
  // Published and unchanged: nothing to publish, and the button says so; an edit offers it again.
  const publish = page.getByRole("button", { name: /^Publish/ });
  await expect(publish).toHaveText("Published: no changes to publish");
  await expect(publish).toBeDisabled();
  await page.getByLabel("Stage 1 name").fill("Systems, automation and security");
  await expect(publish).toHaveText("Publish changes");
  await publish.click();
  await expect(page.getByText("Plan published.")).toBeVisible();
  await expect(publish).toBeDisabled();
});

test("a role whose only possible interviewer is its owner gets a plan (one checkbox in a group is still a list)", async ({
  page,
}) => {
  await login(page, "manager@example.com");
  await page.goto("/roles/new");
  await page.getByRole("link", { name: "Site Reliability Engineer" }).click();
  const title = "SRE plan with the owner alone";
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await page.getByRole("link", { name: "Edit plan" }).click();
  await fillStage(
    page,
    1,
    "Systems",
    "Technical deep-dive",
    ["Observability", "Data literacy", "Automation", "Security"],
    ["Jordan Lee"],
  );
  // The page used to be replaced by "Something went wrong" here.
  await expect(page.getByRole("heading", { name: "Interview plan" })).toBeVisible();
  await page.getByRole("button", { name: "Save draft plan" }).click();
  await expect(page.getByText("Draft plan saved (not published).")).toBeVisible();
  await page.reload();
  await expect(stageItem(page, 1).getByRole("checkbox", { name: "Jordan Lee" })).toBeChecked();
});

test("a stage that has interviews offers no Remove, and says why", async ({ page }) => {
  await login(page, "manager@example.com");
  await page.goto("/roles");
  const href = await page.getByRole("link", { name: "Senior AI Operations Engineer" }).first().getAttribute("href");
  await page.goto(`${href}/plan`);
  const stages = page.locator("ol > li").filter({ has: page.getByRole("button", { name: "Move down" }) });
  const kept = stages.filter({ hasText: /Has interviews.*: rename it rather than remove it\./ });
  await expect(kept.first()).toBeVisible();
  await expect(kept.first().getByRole("button", { name: "Remove" })).toHaveCount(0);
});
