// A seeded slice of the fuzz test (`npm run fuzz` sends 12,000): generated query strings, path ids,
// JSON and form bodies, undecodable server-action bodies and odd headers against every page,
// route handler and server action of the access table, as anonymous and four kinds of people.
// Not one may answer 500 or more. Action bodies never carry real ids, so nothing here can
// change the demo data other tests read.
import { discoverIds, FUZZ_PERSONAS, send, signIn } from "../fuzz/client";
import { generate } from "../fuzz/generate";
import { fuzzTargets } from "../fuzz/targets";
import { expect, test } from "./fixtures";

test("400 generated requests across pages, routes and actions: no answer of 500 or more", async () => {
  test.setTimeout(180_000);
  const base = new URL(test.info().project.use.baseURL!).origin;
  const cookies: Record<string, string> = {};
  for (const [persona, email] of Object.entries(FUZZ_PERSONAS)) cookies[persona] = await signIn(base, email);
  const ids = await discoverIds(base, cookies);
  const requests = generate({
    seed: 11,
    count: 400,
    targets: fuzzTargets(base),
    ids,
    personas: Object.keys(FUZZ_PERSONAS),
    // Actions that take no input would run: ending sessions or starting and discarding a matrix
    // draft would change what other tests see (the full run, on its own database, sends them).
    skipActions: ["signOutEverywhereAction", "startDraftAction", "discardDraftAction"],
  });
  const report = await send(base, requests, cookies, { concurrency: 2 });
  expect(report.sent).toBe(400);
  expect(
    report.failures.map(
      (f) => `${f.status} ${f.request.method} ${f.request.path} ${JSON.stringify(f.request.headers)}`,
    ),
  ).toEqual([]);
});
