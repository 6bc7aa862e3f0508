// The server-action half of the access table (tests/access/action-points.ts), checked against the
// running app: every action with an endpoint is sent over HTTP as every persona, with its
// Next-Action id from the build, from the app's origin, with the arguments its row builds from
// the demo's objects. Each persona the row refuses must get a refusal (signed out: "sign in";
// otherwise forbidden, or "not found" for an object they may not know of) and, all refusals
// together, leave the audit log exactly as it was; each persona the row allows must get past the
// rule (ok, or a failure the probe's input provokes after it: a stale version, a stage that is
// not there...). With ACCESS_PROBE=1 it prints every answer.
import type { APIRequestContext } from "@playwright/test";
import { ACTION_POINTS, type ActionIds, type ActionPoint, type ResultKind } from "../access/action-points";
import { PERSONAS, type Persona } from "../access/entry-points";
import { fuzzTargets } from "../fuzz/targets";
import { auditHead, discoverActionIds } from "./access-probe";
import { session } from "./access-session";
import { expect, test } from "./fixtures";

type Answer = {
  status: number;
  kind: ResultKind | `status ${number}`;
  message: string;
  result: Record<string, unknown> | null;
};

/** The action's result in a React Server Components response: the row whose value has `ok`. */
function resultOf(body: string): Record<string, unknown> | null {
  for (const line of body.split("\n")) {
    const json = /^[0-9a-f]+:(\{.*\})$/.exec(line)?.[1];
    if (!json || !json.includes('"ok"')) continue;
    const value = JSON.parse(json) as Record<string, unknown>;
    if (typeof value.ok === "boolean") return value;
  }
  return null;
}

/** Refused: signed out is told to sign in (or sent there); anyone else is forbidden, or told the object is not there. */
function isRefusal(persona: Persona, a: Answer): boolean {
  if (persona === "anonymous") return a.kind === "unauthenticated";
  return a.kind === "forbidden" || a.kind === "not_found";
}

/** Past the rule: ok, or a failure the probe's input provokes after the authorization check. */
function passedRule(point: ActionPoint, a: Answer): boolean {
  return (["ok", "invalid", "conflict", "locked", "rate_limited", ...(point.allowedAlso ?? [])] as string[]).includes(
    a.kind,
  );
}

test("every server action refuses the personas its row refuses and lets the others past its rule", async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const started = Date.now();
  const base = test.info().project.use.baseURL!;
  const origin = new URL(base).origin;
  const sessions = Object.fromEntries(
    await Promise.all(PERSONAS.map(async (p) => [p, await session(browser, p)] as const)),
  ) as Record<Persona, Awaited<ReturnType<typeof session>>>;
  const targets = new Map(fuzzTargets(base).actions.map((a) => [a.name, a]));
  const probed = ACTION_POINTS.filter((p) => !p.noPageYet);
  const ids: ActionIds = await discoverActionIds(browser, sessions.admin.request);
  let sent = 0;

  async function send(request: APIRequestContext, point: ActionPoint, args: unknown[]): Promise<Answer> {
    const name = point.id.split("#")[1]!;
    const target = targets.get(name);
    if (!target) throw new Error(`${point.id} has no endpoint in the build`);
    // The page that carries the action, on the demo's objects ([id] alone: the hire's check-ins page).
    const page = target.page.replace(/\[(\w+)\]/g, (_, k: string) =>
      k === "id" ? ids.hire : ids[k as keyof ActionIds],
    );
    const res = await request.post(page, {
      headers: {
        "next-action": target.id,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin,
      },
      data: JSON.stringify(args),
      maxRedirects: 0,
    });
    sent++;
    const body = await res.text();
    const result = resultOf(body);
    const location = res.headers()["location"] ?? "";
    // Signed out, a page may send the request to sign in before the action answers.
    if (res.status() >= 300 && res.status() < 400 && /\/signin/.test(location))
      return { status: res.status(), kind: "unauthenticated", message: `redirect ${location}`, result };
    if (!result) return { status: res.status(), kind: `status ${res.status()}`, message: body.slice(0, 200), result };
    const kind = (result.ok ? "ok" : result.kind) as ResultKind;
    return { status: res.status(), kind, message: String(result.message ?? ""), result };
  }

  // The admin's own throwaway token: everyone else's revocation must find nothing.
  const tokenRow = ACTION_POINTS.find((p) => p.id.endsWith("#createApiTokenAction"))!;
  const made = await send(sessions.admin.request, tokenRow, [
    { name: "Access probe (revoked by the probe)", scopes: ["roles:read"], expiresInDays: "7" },
  ]);
  expect(made.kind, made.message).toBe("ok");
  ids.token = String(made.result!.id);

  const mismatches: string[] = [];
  const log: Record<string, Partial<Record<Persona, string>>> = {};
  const note = (point: ActionPoint, persona: Persona, a: Answer) =>
    ((log[point.id] ??= {})[persona] = `${a.kind}${a.message ? `: ${a.message.slice(0, 90)}` : ""}`);

  // 1. Every refused persona, every action: refused, and nothing in the audit log.
  const before = await auditHead(sessions.admin.request);
  let refusals = 0;
  for (const point of probed) {
    for (const persona of point.refused) {
      const a = await send(sessions[persona].request, point, point.args(ids));
      note(point, persona, a);
      refusals++;
      expect(a.status, `${point.id} as ${persona}`).toBeLessThan(500);
      if (!isRefusal(persona, a))
        mismatches.push(`${point.id} as ${persona}: declared refused, got ${a.kind} (${a.message})`);
    }
  }
  const after = await auditHead(sessions.admin.request);

  // 2. Every allowed persona: past the rule (the probe's input stops it there).
  let allowed = 0;
  const allowedRun = async (point: ActionPoint) => {
    if (point.allowedUnprobed) return;
    for (const persona of PERSONAS.filter((p) => !point.refused.includes(p))) {
      const a = await send(sessions[persona].request, point, (point.allowedArgs ?? point.args)(ids));
      note(point, persona, a);
      allowed++;
      expect(a.status, `${point.id} as ${persona}`).toBeLessThan(500);
      if (!passedRule(point, a))
        mismatches.push(`${point.id} as ${persona}: declared allowed, got ${a.kind} (${a.message})`);
    }
  };
  for (const point of probed.filter((p) => !p.last)) await allowedRun(point);
  for (const point of probed.filter((p) => p.last)) await allowedRun(point);

  await Promise.all(Object.values(sessions).map((s) => s.context.close()));
  if (process.env.ACCESS_PROBE) console.log(JSON.stringify(log, null, 1));
  console.log(
    `access-action-table: ${probed.length} actions, ${refusals} refused and ${allowed} allowed probes, ${sent} requests, ${Math.round((Date.now() - started) / 1000)} s`,
  );
  expect(mismatches).toEqual([]);
  expect(after, "the refused probes wrote to the audit log").toEqual(before);
  expect(refusals).toBe(probed.reduce((n, p) => n + p.refused.length, 0));
});
