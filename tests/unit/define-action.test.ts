// defineAction (lib/run-action.ts), the one way to write a server action: each step, and their
// order. Same origin, then a signed-in user (of a kind the action is for), then ALL of the input parsed by the action's schema
// (ids included), then the rate limit, then the body, then revalidation. Bad input is an
// "invalid" result, never a throw; so is anything the body throws.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "../../lib/auth/session";
import { defineAction } from "../../lib/run-action";
import { idSchema } from "../../lib/validation/id";

const state = vi.hoisted(() => ({
  headers: {} as Record<string, string>,
  user: null as unknown,
  throttled: null as null | { message: string; retryAfterSeconds: number },
  steps: [] as string[],
  revalidated: [] as [string, string | undefined][],
}));
vi.mock("next/headers", () => ({
  headers: async () => (state.steps.push("origin"), new Headers(state.headers)),
}));
vi.mock("next/cache", () => ({
  revalidatePath: (path: string, type?: string) => (
    state.steps.push("revalidate"),
    state.revalidated.push([path, type])
  ),
}));
vi.mock("../../lib/auth/session", () => ({ currentUser: async () => (state.steps.push("user"), state.user) }));
vi.mock("../../lib/rate-limit/limits", () => ({
  throttleAction: async () => (state.steps.push("limit"), state.throttled),
}));

const USER = { id: "u1", name: "Ada", email: "ada@example.com", kind: "ADMIN" } as unknown as CurrentUser;
const expectConsoleError = () => ((globalThis as { __expectConsoleError?: boolean }).__expectConsoleError = true);

beforeEach(() => {
  state.headers = { host: "app.example.com", origin: "https://app.example.com" };
  state.user = USER;
  state.throttled = null;
  state.steps = [];
  state.revalidated = [];
});

const renameSchema = z.tuple([idSchema, z.object({ name: z.string().trim().min(2, "At least two characters") })]);
function renameAction(result: { ok: boolean } = { ok: true }) {
  const calls: unknown[][] = [];
  const action = defineAction(
    renameSchema,
    async (actor, input) => {
      state.steps.push("body");
      calls.push([actor, input]);
      return result;
    },
    { revalidate: ([id]) => `/things/${id}`, limit: "nudge" },
  );
  return { action, calls };
}

describe("defineAction", () => {
  it("runs every step in order and gives the body the actor and the parsed input", async () => {
    const { action, calls } = renameAction();
    expect(await action("c1", { name: "  Bob " })).toEqual({ ok: true });
    expect(state.steps).toEqual(["origin", "user", "limit", "body", "revalidate"]);
    expect(calls).toEqual([[USER, ["c1", { name: "Bob" }]]]);
    expect(state.revalidated).toEqual([["/things/c1", "page"]]);
  });

  it("refuses another site's request before looking at the session or the input", async () => {
    state.headers = { host: "app.example.com", origin: "https://evil.example" };
    const { action, calls } = renameAction();
    expect(await action("not an id!", { name: "" })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(state.steps).toEqual(["origin"]);
    expect(calls).toEqual([]);
  });

  it("refuses a kind of user the action is not for before reading the input, so its shape is not revealed", async () => {
    const body = vi.fn(async () => ({ ok: true }));
    const publish = defineAction(z.object({ note: z.string().min(10, "Say what changed") }), body, {
      requires: "editMatrix",
      refusal: "Only admins change the competency matrix.",
    });
    state.user = { ...USER, kind: "MANAGER" };
    for (const input of [{ note: "x" }, { note: "A proper change note" }])
      expect(await publish(input)).toEqual({
        ok: false,
        kind: "forbidden",
        message: "Only admins change the competency matrix.",
      });
    expect(body).not.toHaveBeenCalled();
    // The admin it is for gets the input checked as usual.
    state.user = USER;
    expect(await publish({ note: "x" })).toMatchObject({ kind: "invalid", fieldErrors: { note: "Say what changed" } });
    expect(await publish({ note: "A proper change note" })).toEqual({ ok: true });
  });

  it("refuses a signed-out caller before parsing the input", async () => {
    state.user = null;
    const { action } = renameAction();
    expect(await action("not an id!", { name: "" })).toMatchObject({ ok: false, kind: "unauthenticated" });
    expect(state.steps).toEqual(["origin", "user"]);
  });

  it("answers a malformed id with an invalid result, before the rate limit and the body", async () => {
    const { action, calls } = renameAction();
    const res = await action("../etc/passwd", { name: "Bob" });
    expect(res).toEqual({
      ok: false,
      kind: "invalid",
      message: "That request was malformed.",
      fieldErrors: { _form: "That id is malformed." },
    });
    expect(state.steps).toEqual(["origin", "user"]);
    expect(calls).toEqual([]);
  });

  it("keys a field's error by the field's name (without the argument's index), for the form", async () => {
    const { action } = renameAction();
    expect(await action("c1", { name: " x " })).toEqual({
      ok: false,
      kind: "invalid",
      message: "Some answers need attention.",
      fieldErrors: { name: "At least two characters" },
    });
  });

  it("treats missing, extra-shaped or wrongly typed arguments as invalid, never a throw", async () => {
    const { action, calls } = renameAction();
    const untyped = action as unknown as (...args: unknown[]) => Promise<unknown>;
    for (const args of [[], ["c1"], [null, null], [42, { name: "Bob" }], ["c1", "Bob"], [{ $$typeof: 1 }, []]])
      expect(await untyped(...args), JSON.stringify(args)).toMatchObject({
        ok: false,
        kind: "invalid",
        message: "That request was malformed.",
      });
    expect(calls).toEqual([]);
  });

  it("takes one argument when the schema is not a tuple", async () => {
    const action = defineAction(z.object({ id: idSchema, on: z.boolean() }), async (_actor, input) => ({
      ok: true as const,
      input,
    }));
    expect(await action({ id: "c1", on: true })).toEqual({ ok: true, input: { id: "c1", on: true } });
    expect(await (action as (x: unknown) => Promise<unknown>)({ id: "c1", on: "yes" })).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { on: expect.any(String) },
    });
    expect(state.revalidated).toEqual([]);
  });

  it("stops at the rate limit: the body does not run", async () => {
    state.throttled = { message: "Too many nudges; try again in 5 minutes.", retryAfterSeconds: 300 };
    const { action, calls } = renameAction();
    expect(await action("c1", { name: "Bob" })).toEqual({
      ok: false,
      kind: "rate_limited",
      message: "Too many nudges; try again in 5 minutes.",
      retryAfterSeconds: 300,
    });
    expect(state.steps).toEqual(["origin", "user", "limit"]);
    expect(calls).toEqual([]);
  });

  it("does not count actions without a limit", async () => {
    const action = defineAction(z.tuple([]), async () => ({ ok: true as const }));
    expect(await action()).toEqual({ ok: true });
    expect(state.steps).toEqual(["origin", "user"]);
  });

  it("revalidates only on success, and the whole layout when asked", async () => {
    const { action } = renameAction({ ok: false });
    await action("c1", { name: "Bob" });
    expect(state.revalidated).toEqual([]);
    const layout = defineAction(z.tuple([]), async () => ({ ok: true as const }), {
      revalidate: "/admin",
      revalidateLayout: true,
    });
    await layout();
    expect(state.revalidated).toEqual([["/admin", "layout"]]);
  });

  it("turns what the body throws into an error result (and logs it)", async () => {
    expectConsoleError();
    vi.spyOn(console, "error").mockImplementation(() => {});
    const action = defineAction(z.tuple([]), async (): Promise<{ ok: true }> => {
      throw new Error("boom");
    });
    expect(await action()).toMatchObject({ ok: false, kind: "error" });
  });
});
