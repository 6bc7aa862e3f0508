// Layout and wording from the daily-use review (issue 12, findings 7 and 10).
import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, expectNoSidewaysScroll, login, openRole, screenshot, test, openFirstOpenInterview } from "./fixtures";

/** True when nothing else is drawn over the element's centre (a sticky card, a bar). */
const onTop = (l: Locator) =>
  l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return (
      !!hit &&
      (hit === el || el.contains(hit) || (hit as Element).contains(el) || hit.closest("label")?.contains(el) === true)
    );
  });
const inViewport = (l: Locator) =>
  l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });

test("nothing sticky covers the role form's team fields, at any scroll position", async ({ page }) => {
  await login(page, "manager@example.com");
  await page.goto("/roles/new");
  await page.getByRole("link", { name: "Site Reliability Engineer" }).click();
  await expect(page.getByRole("heading", { name: "Profile checks" })).toBeVisible();
  const targets = [
    page.getByLabel("Recruiter"),
    ...(
      await page
        .getByRole("group", { name: /interviewers/i })
        .getByRole("checkbox")
        .all()
    ).slice(0, 4),
  ];
  const height = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    await page.evaluate((y) => window.scrollTo(0, y), Math.round(height * f));
    for (const t of targets) if (await inViewport(t)) expect(await onTop(t), `covered at scroll ${f}`).toBe(true);
  }
  // Scrolled into view the way a keyboard user gets there, each is usable.
  for (const t of targets) {
    await t.focus();
    expect(await onTop(t)).toBe(true);
  }
  await screenshot(page, "role-form-team");
});

test("a focused indicator checkbox is never hidden under the scorecard's submit bar @phone", async ({ page }, info) => {
  await openFirstOpenInterview(page, info.project.name === "phone" ? "priya@example.com" : "interviewer@example.com");
  await expect(page.getByRole("heading", { name: "Overall recommendation" })).toBeVisible();
  await page.evaluate(() =>
    document
      .querySelectorAll("section[aria-labelledby^='d-'] details")
      .forEach((d) => ((d as HTMLDetailsElement).open = true)),
  );
  const bar = page.locator("[data-sticky-bottom]");
  const boxes = (await page.locator("section[aria-labelledby^='d-'] input[type=checkbox]").all()).slice(0, 6);
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await box.focus();
    const b = (await box.boundingBox())!;
    const top = (await bar.boundingBox())!.y;
    expect(b.y + b.height, "checkbox under the sticky bar").toBeLessThanOrEqual(top);
  }
  await screenshot(page, "scorecard-focused-indicator");
});

/** Words (split at spaces and hyphens, up to 24 letters) that the layout breaks across two lines. */
const splitWords = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walk = document.createTreeWalker(document.querySelector("main") ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
      if (n.parentElement?.closest("script, style, svg, textarea, select, .sr-only")) continue;
      for (const m of n.data.matchAll(/[^\s-]{2,24}(?![^\s-])/g)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
        if (tops.size > 1) out.push(m[0]);
      }
    }
    return out;
  });

async function openCandidate(page: Page) {
  await login(page, "manager@example.com");
  await page.goto("/roles");
  await page.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
  await page.getByRole("link", { name: "Compare candidates" }).click();
  await page.locator("table").first().getByRole("row").nth(1).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Target vs. consensus" })).toBeVisible();
}

test("on a phone the radar's labels fit, the gap table's headers stand apart and statuses stay short @phone", async ({
  page,
}) => {
  await openCandidate(page);
  // The drawing loads when its box comes on screen.
  await page.getByRole("img", { name: /^Radar chart/ }).scrollIntoViewIfNeeded();
  const radar = page.locator(".recharts-wrapper").first();
  await expect(radar.locator(".recharts-polar-angle-axis-tick").first()).toBeVisible();
  const frame = (await radar.boundingBox())!;
  for (const tick of await radar.locator(".recharts-polar-angle-axis-tick text").all()) {
    const b = (await tick.boundingBox())!;
    expect(b.x, `${await tick.textContent()} clipped on the left`).toBeGreaterThanOrEqual(frame.x - 1);
    expect(b.x + b.width, `${await tick.textContent()} clipped on the right`).toBeLessThanOrEqual(
      frame.x + frame.width + 1,
    );
  }
  const table = page
    .getByRole("table")
    .filter({ has: page.getByRole("columnheader", { name: "Consensus" }) })
    .first();
  const target = (await table.getByRole("columnheader", { name: "Target" }).boundingBox())!;
  const consensus = (await table.getByRole("columnheader", { name: "Consensus" }).boundingBox())!;
  // The header's text, not its cell: the words must not touch.
  const gap = await table.getByRole("columnheader", { name: "Target" }).evaluate((th) => {
    const next = th.nextElementSibling!;
    const range = (el: Element) => {
      const r = document.createRange();
      r.selectNodeContents(el);
      return r.getBoundingClientRect();
    };
    return range(next).left - range(th).right;
  });
  expect(target.x).toBeLessThan(consensus.x);
  expect(gap, "Target and Consensus run together").toBeGreaterThanOrEqual(8);
  const statuses = await table.locator("tbody [data-status]").filter({ visible: true }).all();
  expect(statuses.length).toBeGreaterThan(0);
  for (const cell of statuses) {
    const lines = await cell.evaluate((el) =>
      Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
    );
    expect(lines, `status "${await cell.textContent()}" wraps`).toBeLessThanOrEqual(2);
  }
  await screenshot(page, "candidate-layout");
});

test("labels say what they mean, and each person sees the salary they should @phone", async ({ page }, info) => {
  await login(page, "manager@example.com");
  await page.goto("/roles/new");
  await expect(page.getByText(/Time to job-ready from zero: /).first()).toBeVisible();
  await expect(page.getByText(/Time to hire/)).toHaveCount(0);
  await screenshot(page, "role-templates");

  // The owner sees salary and status read-only here (they change them in Edit role).
  await page.goto("/roles");
  await page.getByRole("link", { name: "AI Platform Engineer" }).click();
  const logistics = page.getByRole("region", { name: "Salary band and status" });
  await expect(logistics).toContainText("Change them in Edit role");
  await expect(logistics.getByRole("textbox")).toHaveCount(0);
  const roleUrl = page.url();
  // An active candidate's controls (other tests add and reject candidates on this role).
  await page.goto(`${roleUrl}?status=ACTIVE`);
  await page.getByText("Pipeline actions").first().click();
  await expect(page.getByRole("button", { name: "Mark as withdrawn" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Withdrew" })).toHaveCount(0);
  await screenshot(page, "role-owner");

  // The role's recruiter edits them.
  await login(page, "recruiter@example.com");
  await page.goto(roleUrl);
  await expect(page.getByRole("textbox", { name: "Salary from" })).toBeVisible();

  // An interviewer sees the role without its pay.
  await login(page, "interviewer@example.com");
  await page.goto(roleUrl);
  await expect(page.getByRole("heading", { name: "AI Platform Engineer" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText("$");
  await screenshot(page, "role-interviewer");

  // Calibration bars have a legend.
  await login(page, "manager@example.com");
  await page.goto("/calibration");
  const legend = page.getByRole("list", { name: "Colours of the distribution bars" });
  for (const label of ["below L1", "L1", "L2", "L3", "not assessed"])
    await expect(legend.getByText(label, { exact: true })).toBeVisible();
  await screenshot(page, "calibration");

  // A mistyped role in a CSV gets a suggestion.
  await login(page, "recruiter@example.com");
  await page.goto("/pipeline/import");
  const file = path.join(info.outputDir, "typo.csv");
  fs.mkdirSync(info.outputDir, { recursive: true });
  fs.writeFileSync(file, "name,email,role\nAna Typo,ana.typo@example.org,AI Platfrom Engineer\n");
  await page.getByLabel("CSV file").setInputFiles(file);
  await page.getByRole("button", { name: /Preview/ }).click();
  await expect(page.getByText("Did you mean “AI Platform Engineer”?").filter({ visible: true })).toBeVisible();
  await screenshot(page, "csv-did-you-mean");
});

test("the changed editors at phone width: role form, plan editor with its notices, people, matrix draft @phone", async ({
  page,
}) => {
  await login(page, "manager@example.com");
  await page.goto("/roles/new");
  await page.getByRole("link", { name: "Site Reliability Engineer" }).click();
  await expectNoSidewaysScroll(page, "role form");
  await screenshot(page, "role-form");

  await page.goto("/roles");
  await page.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
  await page.getByRole("link", { name: "Edit plan" }).click();
  await page.getByRole("button", { name: "Add stage" }).click();
  const last = page
    .getByRole("listitem")
    .filter({ has: page.getByLabel(/Stage \d+ name/) })
    .last();
  await last.getByLabel(/Stage \d+ name/).fill("Values conversation");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Unsaved changes restored from this device" })).toBeVisible();
  await page.getByRole("button", { name: /Save as draft|Save draft plan/ }).click();
  await expect(page.getByRole("alert").filter({ hasText: "to fix before saving" })).toBeVisible();
  await expectNoSidewaysScroll(page, "plan editor");
  await screenshot(page, "plan-notices");
  await page.getByRole("button", { name: "Discard them" }).click();

  await login(page, "admin@example.com");
  await page.goto("/admin");
  await expectNoSidewaysScroll(page, "people");
  await screenshot(page, "people");
  await page.goto("/admin/matrix/draft");
  await expectNoSidewaysScroll(page, "matrix draft");
  await screenshot(page, "matrix-draft-phone-check");
});

test("a long unbroken name wraps instead of widening the page; an unassessed candidate's radar draws no broken shape @phone", async ({
  page,
}, info) => {
  // 120 characters is the name field's limit: one "word", as a pasted or mistyped name can be.
  const name = `Zoë ${info.project.name}${"Verylongname".repeat(10)}`.slice(0, 120);
  const errors: string[] = [];
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  await login(page, "manager@example.com");
  const roleUrl = await openRole(page, "AI Platform Engineer");
  await page.getByText("Add a candidate").click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("textbox", { name: "Email", exact: true }).fill(`long.name.${Date.now()}@example.org`);
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText(`${name} added.`)).toBeVisible();
  await expectNoSidewaysScroll(page, "role page, just added");
  await page.goto(`${roleUrl}?q=${encodeURIComponent(name.slice(0, 12))}`);
  await expectNoSidewaysScroll(page, "role page");
  // The name is a link a thumb can reach.
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectNoSidewaysScroll(page, "candidate page");
  // No headline given: the line under the name starts with the role, not a stray separator.
  await expect(page.locator("main h1 + p").first()).toHaveText(/^AI Platform Engineer · /);
  await page.getByRole("img", { name: /^Radar chart/ }).scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-polar-angle-axis-tick").first()).toBeVisible();
  expect(
    errors.filter((e) => /attribute d/.test(e)),
    "invalid SVG path for the consensus nobody has given",
  ).toEqual([]);
  await screenshot(page, "long-name-candidate");

  await login(page, "admin@example.com");
  await page.goto("/admin");
  await expectNoSidewaysScroll(page, "people and recent activity");

  // Short words still stay whole: a status badge beside a two-line role title read "clos|ed".
  await login(page, "recruiter@example.com");
  await page.goto("/pipeline");
  await expect(page.getByText("closed", { exact: true }).first()).toBeVisible();
  expect(await splitWords(page), "words broken across lines on the pipeline").toEqual([]);
  await login(page, "manager@example.com");
  await page.goto("/roles");
  expect(await splitWords(page), "words broken across lines on the roles list").toEqual([]);
});

test("each open section of my interviews opens on its own, searched within, and an unknown one is refused @phone", async ({
  page,
}) => {
  await login(page, "interviewer@example.com");
  await page.goto("/interviews?list=todo");
  await expect(page.getByRole("heading", { level: 1, name: /^To do/ })).toBeVisible();
  const total = Number((await page.getByRole("heading", { level: 1 }).locator("span").innerText()).replace(/,/g, ""));
  const rows = page.locator("#section-todo li");
  await expect(rows).toHaveCount(Math.min(total, 50));
  await expectNoSidewaysScroll(page, "my interviews, To do");
  await screenshot(page, "my-interviews-list");
  if (total > 0) {
    // A search stays within the section, and Clear keeps the section.
    const name = (await rows.first().getByRole("link").innerText()).split(" ")[0]!;
    await page.getByRole("search").getByLabel("Candidate").fill(name);
    await page.getByRole("search").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/list=todo/);
    await expect(page).toHaveURL(new RegExp(`q=${name}`));
    await expect(page.getByRole("heading", { level: 1, name: /^To do/ })).toBeVisible();
    await expect(rows.first()).toContainText(name);
    await page.getByRole("search").getByRole("link", { name: "Clear" }).click();
    await expect(page).toHaveURL(/\/interviews\?list=todo$/);
  }
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "My interviews" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My interviews" })).toBeVisible();
  expect((await page.goto("/interviews?list=submitted"))?.status()).toBe(400);
});
