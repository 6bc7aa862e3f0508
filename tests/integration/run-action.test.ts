// An action (defineAction) never throws to the client: real database errors raised by services (on PGlite or,
// with TEST_DATABASE_URL, PostgreSQL) come back as results with a message the user can act on.
import { redirect } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { DB_FAILURE_MESSAGE } from "../../lib/action-result";
import type { CurrentUser } from "../../lib/auth/session";
import { db } from "../../lib/db";
import { createRole } from "../../lib/roles/service";
import { updateQuestion, createQuestion } from "../../lib/questions/service";
import { z } from "zod";
import { defineAction } from "../../lib/run-action";
import { userByEmail } from "./helpers";
import { roleInputOf } from "./role-input";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("../../lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// The action's request headers: from the app's own page unless a test says otherwise.
const request = vi.hoisted(() => ({ headers: {} as Record<string, string> }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(request.headers) }));

/** Runs `body` as an action without arguments would: every check of defineAction, then the body. */
const runAction = <R extends { ok: boolean }>(body: () => Promise<R>) => defineAction(z.tuple([]), body)();

const expectConsoleError = () => ((globalThis as { __expectConsoleError?: boolean }).__expectConsoleError = true);
/** A PostgreSQL error with this SQLSTATE, raised by the database itself. */
const raise = (sqlstate: string, client: Pick<typeof db, "$executeRawUnsafe"> = db) =>
  client.$executeRawUnsafe(`DO $$ BEGIN RAISE EXCEPTION 'test' USING ERRCODE = '${sqlstate}'; END $$`);

beforeEach(async () => {
  session.user = await userByEmail("admin@example.com");
  request.headers = { host: "scorecards.example.com", origin: "https://scorecards.example.com" };
});

describe("an action refuses requests from other sites (issue 11, finding 11)", () => {
  it("runs nothing for a cross-site Origin, a null one, or none without same-origin Fetch metadata", async () => {
    const refused: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      {},
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of refused) {
      request.headers = { host: "scorecards.example.com", ...headers };
      let ran = false;
      const res = await runAction(async () => ((ran = true), { ok: true as const }));
      expect(res, JSON.stringify(headers)).toMatchObject({
        ok: false,
        kind: "forbidden",
        message: expect.stringMatching(/this app's own pages/),
      });
      expect(ran).toBe(false);
    }
    const accepted: Record<string, string>[] = [
      { origin: "https://scorecards.example.com" },
      { "sec-fetch-site": "same-origin" },
    ];
    for (const headers of accepted) {
      request.headers = { host: "scorecards.example.com", ...headers };
      expect(await runAction(async () => ({ ok: true as const })), JSON.stringify(headers)).toEqual({ ok: true });
    }
  });
});

describe("an action turns thrown errors into results", () => {
  it("a unique violation (a race on a unique key) is a conflict", async () => {
    const existing = await userByEmail("manager@example.com");
    const res = await runAction(async () => {
      await db.$transaction(async (tx) =>
        tx.user.create({ data: { email: existing.email, name: "Twin", kind: "MANAGER" } }),
      );
      return { ok: true as const };
    });
    expect(res).toEqual({ ok: false, kind: "conflict", message: DB_FAILURE_MESSAGE.conflict });
    expect(res.ok ? "" : res.message).toBe(
      "That already exists — someone may have just added it. Reload and try again.",
    );
  });

  it("a foreign-key failure or a missing record says something no longer exists", async () => {
    const role = await db.role.findFirstOrThrow();
    const fk = await runAction(async () => {
      await db.roleMember.create({ data: { roleId: role.id, userId: "deleted-meanwhile", function: "INTERVIEWER" } });
      return { ok: true as const };
    });
    expect(fk).toEqual({
      ok: false,
      kind: "not_found",
      message: "Something this refers to no longer exists; reload the page.",
    });
    const missing = await runAction(async () => {
      await db.role.update({ where: { id: "deleted-meanwhile" }, data: { title: "x" } });
      return { ok: true as const };
    });
    expect(missing).toEqual({ ok: false, kind: "not_found", message: DB_FAILURE_MESSAGE.gone });
  });

  it("a transaction timeout, a serialization failure or a deadlock is 'busy'", async () => {
    const timeout = await runAction(async () => {
      await db.$transaction(
        async (tx) => {
          await new Promise((r) => setTimeout(r, 150));
          await tx.user.count();
        },
        { timeout: 50 },
      );
      return { ok: true as const };
    });
    expect(timeout).toEqual({ ok: false, kind: "busy", message: "Busy, nothing was saved; try again." });
    for (const sqlstate of ["40001", "40P01", "55P03"]) {
      const res = await runAction(async () => {
        await db.$transaction(async (tx) => {
          await tx.user.count();
          await raise(sqlstate, tx);
        });
        return { ok: true as const };
      });
      expect(res, sqlstate).toEqual({ ok: false, kind: "busy", message: DB_FAILURE_MESSAGE.busy });
    }
  });

  it("anything else is logged and answered generically, never thrown", async () => {
    expectConsoleError();
    const spy = vi.spyOn(console, "error");
    const res = await runAction(async () => {
      throw new TypeError("Cannot read properties of null (reading 'roleId')");
    });
    expect(res).toEqual({ ok: false, kind: "error", message: "Something went wrong; nothing was saved." });
    expect(spy.mock.calls.some((c) => String(c[1]).includes("reading 'roleId'"))).toBe(true);
    expectConsoleError();
    expect(
      await runAction(async () => {
        await raise("22012");
        return { ok: true as const };
      }),
    ).toMatchObject({ ok: false, kind: "error" });
  });

  it("Next's redirect signal still passes through; no session is unauthenticated", async () => {
    await expect(runAction(async () => redirect("/signin"))).rejects.toThrow();
    session.user = null;
    expect(await runAction(async () => ({ ok: true as const }))).toMatchObject({ ok: false, kind: "unauthenticated" });
  });
});

describe("the holes that used to crash", () => {
  it("moveRoleAction answers null or junk input with a result", async () => {
    const { moveRoleAction } = await import("../../lib/matrix/actions");
    for (const input of [null, undefined, 42, "x", {}, { roleId: null, versionId: [] }]) {
      const res = await moveRoleAction(input as never); // junk on purpose: the types would refuse it
      expect(res, JSON.stringify(input)).toMatchObject({
        ok: false,
        kind: "invalid",
        message: "That request was malformed.",
      });
    }
  });

  it("updateQuestion refuses a domain that doesn't exist", async () => {
    const manager = await userByEmail("manager@example.com");
    const domain = await db.competencyDomain.findFirstOrThrow();
    const q = {
      domainId: domain.id,
      level: 1,
      prompt: "Which signals tell you a model is drifting in production?",
      answerL1: "Names accuracy dropping.",
      answerL2: "Compares feature distributions.",
      answerL3: "Sets drift budgets per model.",
    };
    const created = await createQuestion(manager, q);
    if (!created.ok) throw new Error(created.message);
    const res = await updateQuestion(manager, created.id, { ...q, domainId: "no-such-domain" });
    expect(res).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { domainId: "That domain doesn't exist." } });
    expect((await db.question.findUniqueOrThrow({ where: { id: created.id } })).domainId).toBe(domain.id);
  });

  it("createRole refuses a template that doesn't exist, and writes nothing", async () => {
    const manager = await userByEmail("manager@example.com");
    const seeded = await db.role.findFirstOrThrow({ where: { title: "AI Platform Engineer" } });
    const before = await db.role.count();
    const res = await createRole(manager, {
      ...(await roleInputOf(seeded.id)),
      title: "From a deleted template",
      ownerId: "",
      templateId: "deleted-template",
    });
    expect(res).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { templateId: expect.stringMatching(/template no longer exists/) },
    });
    expect(await db.role.count()).toBe(before);
  });
});
