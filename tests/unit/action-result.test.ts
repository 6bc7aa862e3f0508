import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  classifyDbError,
  invalid,
  UNREADABLE_VALUE,
  conflict,
  failureFromError,
  forbidden,
  notFound,
  rateLimited,
  refusalMayBeStale,
  refused,
  unauthenticated,
} from "../../lib/action-result";

// The error shapes observed from Prisma 6.19 with each driver adapter (see run-action.test.ts for the real thing).
const pglite = (code: string) => ({
  name: "DriverAdapterError",
  cause: { kind: "postgres", code, severity: "ERROR", message: "…" },
});
const pg = (code: string, kind: string, sqlstate: string) => ({
  name: "PrismaClientKnownRequestError",
  code,
  meta: { driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: sqlstate, kind } } },
});
const raw = (sqlstate: string) => ({
  name: "PrismaClientKnownRequestError",
  code: "P2010",
  meta: { driverAdapterError: { cause: { kind: "postgres", code: sqlstate } } },
});

describe("classifyDbError", () => {
  it("recognises unique, foreign-key, missing-row and busy errors from either adapter", () => {
    expect(classifyDbError(pglite("23505"))).toBe("conflict");
    expect(classifyDbError(pg("P2002", "UniqueConstraintViolation", "23505"))).toBe("conflict");
    expect(classifyDbError(pglite("23503"))).toBe("gone");
    expect(classifyDbError(pg("P2003", "ForeignKeyConstraintViolation", "23503"))).toBe("gone");
    expect(classifyDbError({ code: "P2025", meta: { modelName: "Role" } })).toBe("gone");
    expect(classifyDbError({ code: "P2028", meta: { timeout: 5000 } })).toBe("busy");
    expect(classifyDbError(pg("P2034", "TransactionWriteConflict", "40001"))).toBe("busy");
    expect(classifyDbError(pglite("40001"))).toBe("busy");
    expect(classifyDbError(raw("40P01"))).toBe("busy");
  });

  it("leaves everything else to the generic answer", () => {
    for (const e of [new Error("boom"), null, undefined, "text", raw("22012"), { code: 42 }])
      expect(classifyDbError(e)).toBeNull();
    expect(failureFromError(new Error("boom"))).toEqual({
      ok: false,
      kind: "error",
      message: "Something went wrong; nothing was saved.",
    });
    expect(failureFromError(pglite("23503"))).toMatchObject({ kind: "not_found" });
  });
});

describe("refusalMayBeStale", () => {
  it("refreshes for refusals about the object, not about what was typed", () => {
    expect(refusalMayBeStale(refused("Already rejected."))).toBe(true);
    expect(refusalMayBeStale(notFound("The interview"))).toBe(true);
    expect(refusalMayBeStale(forbidden())).toBe(true);
    expect(refusalMayBeStale(conflict("Changed meanwhile."))).toBe(true);
    expect(refusalMayBeStale(refused("Give a reason.", "reason"))).toBe(false);
  });
  it("with fixable fields, only their errors stay in place", () => {
    expect(refusalMayBeStale(refused("Too short.", "note"), ["note"])).toBe(false);
    expect(refusalMayBeStale(refused("Qualified meanwhile.", "domainId"), ["note"])).toBe(true);
  });
  it("never refreshes an ended session, a rate limit or a failing database", () => {
    // A refresh would send the person to sign in and drop what they typed.
    expect(refusalMayBeStale(unauthenticated())).toBe(false);
    expect(refusalMayBeStale(rateLimited("Slow down.", 30))).toBe(false);
    expect(refusalMayBeStale(failureFromError(new Error("boom")))).toBe(false);
    expect(refusalMayBeStale(failureFromError({ code: "P2034" }))).toBe(false);
  });
});

describe("invalid", () => {
  const schema = z.object({ title: z.string().min(2, "Enter a title"), level: z.enum(["L1", "L2"]), n: z.number() });

  it("keeps the schema's own messages and says zod's wrong-kind wording plainly (a tampered request)", () => {
    const res = invalid(schema.safeParse({ title: "x", level: "L9", n: "7" }).error!);
    expect(res).toMatchObject({ ok: false, kind: "invalid", message: "Some answers need attention." });
    expect(res.kind === "invalid" ? res.fieldErrors : null).toEqual({
      title: "Enter a title",
      level: UNREADABLE_VALUE,
      n: UNREADABLE_VALUE,
    });
  });

  it("puts an error with no field on the form", () => {
    const res = invalid(z.string().safeParse(5).error!);
    expect(res.kind === "invalid" ? res.fieldErrors : null).toEqual({ _form: UNREADABLE_VALUE });
  });
});
