// The declared access table (tests/access/entry-points.ts) checked against the running app:
// every page and route handler, opened by each kind of person on objects they own and objects
// someone else owns. With ACCESS_PROBE=1 it prints what the server answered instead (to review
// a new entry point's behaviour before declaring it).
import { ENTRY_POINTS, PERSONAS, type ObjectKey, type Outcome, type Persona } from "../access/entry-points";
import { discover, session } from "./access-session";
import { expect, test } from "./fixtures";

function classify(status: number, location: string | undefined): Outcome {
  if (status >= 200 && status < 300) return "ok";
  if (status === 401 || (status >= 300 && status < 400 && /\/signin/.test(location ?? ""))) return "signin";
  if (status >= 300 && status < 400) return "redirect";
  if (status === 403 || status === 404) return "denied";
  if (status === 405) return "method";
  return `status ${status}${location ? ` -> ${location}` : ""}` as Outcome;
}

test("every page and route answers each kind of person as the access table declares", async ({ browser }) => {
  test.setTimeout(300_000);
  const ids = await discover(browser);
  const sessions = Object.fromEntries(
    await Promise.all(PERSONAS.map(async (p) => [p, await session(browser, p)] as const)),
  ) as Record<Persona, Awaited<ReturnType<typeof session>>>;
  const actual: Record<string, Partial<Record<Persona, Outcome>>> = {};
  const mismatches: string[] = [];
  for (const entry of ENTRY_POINTS) {
    if (entry.kind === "action" || !entry.url) continue;
    const url = entry.url.replace(/\[(\w+)\]/g, (_, k: ObjectKey) => ids[k] ?? `missing-${k}`);
    for (const persona of PERSONAS) {
      // A POST is sent as the app's own form would send it: from its origin.
      const origin = new URL(test.info().project.use.baseURL!).origin;
      const res = await sessions[persona].request.fetch(url, {
        method: entry.method ?? "GET",
        maxRedirects: 0,
        headers: entry.method === "POST" ? { origin } : {},
      });
      expect(res.status(), `${persona} ${url}`).toBeLessThan(500);
      const got = classify(res.status(), res.headers()["location"]);
      (actual[entry.id] ??= {})[persona] = got;
      if (entry.expect[persona] !== got)
        mismatches.push(`${entry.id} as ${persona}: declared ${entry.expect[persona]}, got ${got} (${url})`);
    }
  }
  await Promise.all(Object.values(sessions).map((s) => s.context.close()));
  if (process.env.ACCESS_PROBE) console.log(JSON.stringify(actual, null, 1));
  expect(mismatches).toEqual([]);
});
