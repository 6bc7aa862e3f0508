// Issue 11, finding 7 (action bodies): the proxy's check that a server-action request is one the
// app's pages make (lib/security/action-request.ts). Each refused body below answered 500 from
// Next.js before (found by the fuzz test, tests/fuzz).
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, actionBodyTooLarge, actionRequestRefusal } from "../../lib/security/action-request";

const ID = "40f05c3d9d41f0091ac10dbe473b5a8140cfd3faa2";
const call = (body: string, headers: Record<string, string> = {}) =>
  actionRequestRefusal(
    new Headers({ "next-action": ID, "content-type": "text/plain;charset=UTF-8", ...headers }),
    body,
  );

describe("actionRequestRefusal", () => {
  it("lets through the calls React makes for this app: a JSON list of plain values", () => {
    expect(call("[]")).toBeNull();
    expect(
      call(
        JSON.stringify([
          { roleId: "c1", note: "$$5 an hour", when: "$D2026-01-01T00:00:00.000Z", n: "$n12", gone: "$undefined" },
        ]),
      ),
    ).toBeNull();
    expect(call(JSON.stringify(["a", 1, true, null, ["$NaN", "$-0", "$Infinity", "$-Infinity"]]))).toBeNull();
  });

  it("refuses what Next.js could not decode: wrong or missing header, multipart, not JSON, not a list", () => {
    expect(actionRequestRefusal(new Headers({ "content-type": "text/plain" }), "[]")).toMatch(/Next-Action/);
    expect(call("[]", { "next-action": "-1.79e308" })).toMatch(/Next-Action/);
    expect(call("x", { "content-type": "multipart/form-data; boundary=x" })).toMatch(/text\/plain/);
    expect(
      call('--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]', {
        "content-type": "multipart/form-data; boundary=x",
      }),
    ).toBeTruthy();
    expect(call("𿌡𫭀")).toMatch(/not JSON/);
    expect(call("null")).toMatch(/not a list/);
    expect(call('{"0":1}')).toMatch(/not a list/);
  });

  it("refuses references to parts that are not there and numbers that are not numbers", () => {
    for (const s of ["$@1", "$K1", "$Q2", "$F0", "$1", "$T", "$nabc", "$B0"])
      expect(call(JSON.stringify([{ x: [s] }])), s).toMatch(/reference/);
  });
});

describe("actionBodyTooLarge", () => {
  it("measures the declared length, and a chunked body in UTF-8 bytes", () => {
    expect(actionBodyTooLarge(String(ACTION_BODY_LIMIT_BYTES))).toBe(false);
    expect(actionBodyTooLarge(String(ACTION_BODY_LIMIT_BYTES + 1))).toBe(true);
    expect(actionBodyTooLarge(null)).toBe(false);
    expect(actionBodyTooLarge(null, "x".repeat(ACTION_BODY_LIMIT_BYTES))).toBe(false);
    expect(actionBodyTooLarge(null, "x".repeat(ACTION_BODY_LIMIT_BYTES + 1))).toBe(true);
    // Three bytes each in UTF-8: a third of the limit in characters is already at it.
    const third = Math.floor(ACTION_BODY_LIMIT_BYTES / 3);
    expect(actionBodyTooLarge(null, "é".repeat(third))).toBe(false);
    expect(actionBodyTooLarge(null, "€".repeat(third + 1))).toBe(true);
  });
});
