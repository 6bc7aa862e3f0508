import { expect, expectNoSidewaysScroll, login, screenshot, test } from "./fixtures";

// The question bank as a manager uses it: paged and searchable, model answers as written, and a
// Retire that can be undone.

test("the bank pages and searches; a new question is found by its words, keeps its line breaks, and Retire can be undone @phone", async ({
  page,
}, info) => {
  await login(page, "manager@example.com");
  await page.goto("/questions");
  const top = page.getByRole("navigation", { name: "Question pages (top)" });
  await expect(top).toContainText(/^1–25 of \d+/);
  await top.getByRole("link", { name: "Next →" }).click();
  await expect(top).toContainText(/^26–/);
  await expect(page).toHaveURL(/after=/);

  // On a phone the form is after the list: the header links to it.
  const stamp = `${info.project.name}-${Date.now()}`;
  if (info.project.name === "phone") {
    await page.getByRole("link", { name: "Write a new question" }).click();
    await expect(page.getByRole("heading", { name: "Add a question" })).toBeInViewport();
  }
  const form = page.getByRole("region", { name: "Add a question" });
  await form.getByLabel("Question", { exact: true }).fill(`How would you phase out the ${stamp} pager rota?`);
  await form.getByLabel("A Level 1 answer sounds like").fill("Turns pages off.\nAsks nobody first.");
  await form
    .getByLabel("A Level 2 answer sounds like")
    // A long link wraps inside its card instead of widening the page on a phone.
    .fill(
      "Measures page load per person (https://runbooks.example.com/on-call/paging-policy/2026/alert-routing-for-multi-region-outages-and-escalations), then moves alerts to tickets.",
    );
  await form.getByLabel("A Level 3 answer sounds like").fill("Sets a paging policy across teams with an error budget.");
  await form.getByRole("button", { name: "Add question" }).click();
  await expect(form.getByRole("status")).toContainText("Question added.");
  await form.getByRole("link", { name: "Find it in the bank" }).click();

  const card = page.getByRole("listitem").filter({ hasText: stamp }).filter({ hasText: "Turns pages off." });
  await expect(card).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Question pages (top)" })).toContainText("1–1 of 1");
  // The model answer's line break is shown as written.
  expect(await card.getByText("Turns pages off.").evaluate((el) => (el as HTMLElement).innerText)).toBe(
    "Turns pages off.\nAsks nobody first.",
  );
  await expectNoSidewaysScroll(page, "question bank search");
  await screenshot(page, "questions-search");

  // Retire: the row leaves the list, the status line says so and takes focus, and Undo brings it back.
  await card.getByRole("button", { name: "Retire" }).click();
  const status = page.getByRole("status").filter({ hasText: "retired." });
  await expect(status).toBeFocused();
  await expect(card).toHaveCount(0);
  await screenshot(page, "questions-retired-undo");
  await status.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is back in use." })).toBeVisible();
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("button", { name: "Retire" })).toBeVisible();

  // A search that finds nothing says so; clearing it goes back to the whole bank.
  await page.getByLabel("Search the questions and model answers").fill(`${stamp} nothing like this`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(/No question mentions/)).toBeVisible();
  await page.getByRole("link", { name: "Clear search" }).click();
  await expect(page.getByRole("navigation", { name: "Question pages (top)" })).toContainText(/^1–25 of \d+/);
});
