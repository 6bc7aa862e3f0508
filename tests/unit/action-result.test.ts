import { describe, expect, it } from "vitest";
import { classifyDbError, failureFromError } from "../../lib/action-result";

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
