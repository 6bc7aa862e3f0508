// One scorecard draft open in two tabs (a laptop and a phone, or two windows): edits to different
// fields merge without a question; a field both changed is the only thing put to the interviewer.
import type { Page } from "@playwright/test";
import { expect, login, openFirstOpenInterview, screenshot, test } from "./fixtures";

/** The first domain's evidence and the private note, in either tab. */
const evidence = (p: Page) =>
  p.locator("section[aria-labelledby^='d-']").first().getByRole("textbox", { name: "Evidence" });
const note = (p: Page) => p.getByRole("textbox", { name: /Private note/ });

test("two tabs editing one draft: different fields merge, the field both changed is asked about", async ({
  page,
  context,
}) => {
  const url = await openFirstOpenInterview(page, "interviewer@example.com");
  const other = await context.newPage();
  await other.goto(url);
  await expect(evidence(other)).toBeVisible();

  // This tab writes evidence and saves; the other, still on the older version, writes a note.
  const mine = `Rebuilt the alert pipeline on topology ${Date.now()}.`;
  await evidence(page).fill(mine);
  await expect(page.getByText(/Draft saved/)).toBeVisible();
  const theirs = `Ask about on-call load ${Date.now()}.`;
  await note(other).fill(theirs);
  // Merged, not a conflict: the other tab now shows this tab's evidence beside its own note.
  await expect(other.getByText(/Merged with changes saved in another tab or device/)).toBeVisible();
  await expect(other.getByRole("dialog")).toHaveCount(0);
  await expect(evidence(other)).toHaveValue(mine);
  await expect(note(other)).toHaveValue(theirs);
  await expect(other.getByText(/Draft saved/)).toBeVisible();
  await page.reload();
  await expect(evidence(page)).toHaveValue(mine);
  await expect(note(page)).toHaveValue(theirs);

  // Now both change the same evidence: only that domain is compared, the note is not in question.
  await evidence(other).fill(`${mine} (edited in the other tab)`);
  await expect(other.getByText(/Draft saved/)).toBeVisible();
  await evidence(page).fill(`${mine} (edited here)`);
  const dialog = page.getByRole("dialog", { name: /changed somewhere else/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/What only one of you changed is kept either way/)).toBeVisible();
  await expect(dialog.getByRole("columnheader", { name: "Private note" })).toHaveCount(0);
  await expect(dialog.getByRole("columnheader", { name: "Recommendation" })).toHaveCount(0);
  await expect(dialog.getByText(`${mine} (edited in the other tab)`)).toBeVisible();
  // What differs is marked on each side, not left to be spotted in two paragraphs.
  await expect(dialog.locator("mark", { hasText: "here" })).toBeVisible();
  await expect(dialog.locator("mark", { hasText: "other" })).toBeVisible();
  await expect(dialog.locator("mark", { hasText: "Rebuilt" })).toHaveCount(0);
  await screenshot(page, "scorecard-merge-conflict");
  // It opens while someone types: the keyboard lands on the box, so the next keys choose nothing
  // (on "Use the version saved elsewhere" a space threw the typed words away, round W).
  await expect(dialog).toBeFocused();
  await page.keyboard.type(" more words");
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Keep this device's version" }).click();
  await expect(evidence(page)).toHaveValue(`${mine} (edited here)`);
  await expect(note(page)).toHaveValue(theirs);
  await expect(page.getByText(/Draft saved/)).toBeVisible();
  await page.reload();
  await expect(evidence(page)).toHaveValue(`${mine} (edited here)`);
  await expect(note(page)).toHaveValue(theirs);
  await other.close();
});

test("answers typed offline on one device merge on reopening with what another device saved meanwhile", async ({
  page,
  context,
  browser,
}) => {
  const url = await openFirstOpenInterview(page, "interviewer@example.com");
  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await login(other, "interviewer@example.com");
  await other.goto(url);
  await expect(note(other)).toBeVisible();

  // Offline here: the evidence stays on this device (with the version it was typed on).
  await context.setOffline(true);
  const typedOffline = `Typed on the train ${Date.now()}.`;
  await evidence(page).fill(typedOffline);
  await expect(page.getByText(/Offline or server unreachable/)).toBeVisible();
  // Meanwhile the other device saves a note.
  const saved = `Saved from the laptop ${Date.now()}.`;
  await note(other).fill(saved);
  await expect(other.getByText(/Draft saved/)).toBeVisible();
  // This tab is closed offline; reopened online, its copy is merged with the newer draft.
  await page.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByText(/Merged with changes saved in another tab or device/)).toBeVisible();
  await expect(again.getByRole("dialog")).toHaveCount(0);
  await expect(evidence(again)).toHaveValue(typedOffline);
  await expect(note(again)).toHaveValue(saved);
  await expect(again.getByText(/Draft saved/)).toBeVisible();
  await other.reload();
  await expect(evidence(other)).toHaveValue(typedOffline);
  await expect(note(other)).toHaveValue(saved);
  await laptop.close();
});
