import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageSize, readDirection, toPage } from "../../lib/paging/cursor";
import { LAST_PAGE } from "../../lib/paging/last-page";

describe("keyset cursors", () => {
  it("round-trip a key and its position", () => {
    const raw = encodeCursor([87, "Ada Lovelace", "cl123"], 49);
    expect(decodeCursor(raw, 3)).toEqual({ key: [87, "Ada Lovelace", "cl123"], position: 49 });
  });
  it("seals the key: no name readable in the link, the same link for the same page, nothing forged", () => {
    const raw = encodeCursor([87, "Ada Lovelace", "cl123"], 49);
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(raw, "base64url").toString("latin1")).not.toContain("Ada");
    expect(raw).not.toContain(Buffer.from("Ada Lovelace").toString("base64url").slice(0, 8));
    expect(encodeCursor([87, "Ada Lovelace", "cl123"], 49)).toBe(raw);
    expect(encodeCursor([87, "Ada Lovelace", "cl124"], 49)).not.toBe(raw);
    // One bit changed anywhere, or a key written by hand in the old unsealed form: not a cursor.
    const bytes = Buffer.from(raw, "base64url");
    for (const at of [0, 12, bytes.length - 1]) {
      const bent = Buffer.from(bytes);
      bent[at]! ^= 1;
      expect(decodeCursor(bent.toString("base64url"), 3)).toBeNull();
    }
    expect(decodeCursor(Buffer.from('[49,87,"Ada Lovelace","cl123"]').toString("base64url"), 3)).toBeNull();
  });
  it.each([
    ["", 1],
    ["%00", 1],
    ["!!!", 1],
    [encodeCursor(["a"], 0), 2],
    [Buffer.from('[1.5,"a"]').toString("base64url"), 1],
    [Buffer.from('{"a":1}').toString("base64url"), 1],
    [Buffer.from("not json").toString("base64url"), 1],
    ["A".repeat(3000), 1],
  ])("reads a malformed cursor %j as the first page", (raw, length) => expect(decodeCursor(raw, length)).toBeNull());
  it("prefers `after` over `before`", () => {
    const a = encodeCursor(["x"], 9);
    expect(readDirection(a, encodeCursor(["y"], 3), 1)).toEqual({
      direction: "forward",
      cursor: { key: ["x"], position: 9 },
    });
    expect(readDirection(undefined, encodeCursor(["y"], 3), 1).direction).toBe("backward");
    expect(readDirection("junk", undefined, 1)).toEqual({ direction: "forward", cursor: null });
    // before=end: the last page, read backward with nothing to seek from; after still wins.
    expect(readDirection(undefined, LAST_PAGE, 1)).toEqual({ direction: "backward", cursor: null });
    expect(readDirection(encodeCursor(["x"], 0), LAST_PAGE, 1).direction).toBe("forward");
  });
  it("page size stays within bounds", () => {
    expect(pageSize("25")).toBe(25);
    expect([pageSize("0"), pageSize("-3"), pageSize("1e9"), pageSize("abc"), pageSize(undefined)]).toEqual([
      50, 50, 50, 50, 50,
    ]);
  });
});

describe("toPage", () => {
  const key = (n: number) => [n];
  const all = Array.from({ length: 7 }, (_, i) => i);
  it("makes the last page from the list's end: its position, no next page, a previous one", () => {
    const last = toPage([6, 5, 4, 3], 3, 7, key, "backward", null);
    expect(last).toMatchObject({ rows: [4, 5, 6], start: 4, next: null });
    expect(decodeCursor(last.prev, 1)).toEqual({ key: [4], position: 4 });
    // A list no longer than a page: the last page is the first.
    expect(toPage([1, 0], 3, 2, key, "backward", null)).toMatchObject({
      rows: [0, 1],
      start: 0,
      next: null,
      prev: null,
    });
  });
  it("walks forward and back through a list with consistent positions", () => {
    const first = toPage(all.slice(0, 4), 3, 7, key, "forward", null);
    expect(first).toMatchObject({ rows: [0, 1, 2], start: 0, prev: null });
    const c1 = decodeCursor(first.next, 1)!;
    const second = toPage(all.filter((n) => n > (c1.key[0] as number)).slice(0, 4), 3, 7, key, "forward", c1);
    expect(second).toMatchObject({ rows: [3, 4, 5], start: 3 });
    const c2 = decodeCursor(second.next, 1)!;
    const last = toPage(all.filter((n) => n > (c2.key[0] as number)).slice(0, 4), 3, 7, key, "forward", c2);
    expect(last).toMatchObject({ rows: [6], start: 6, next: null });
    // Back from the last page: rows before 6, read in reverse order.
    const back = decodeCursor(last.prev, 1)!;
    const previous = toPage(
      all
        .filter((n) => n < (back.key[0] as number))
        .reverse()
        .slice(0, 4),
      3,
      7,
      key,
      "backward",
      back,
    );
    expect(previous).toMatchObject({ rows: [3, 4, 5], start: 3 });
    expect(previous.next).not.toBeNull();
    expect(previous.prev).not.toBeNull();
  });

  it("keeps a position from someone else's longer list within this one", () => {
    // A manager's "page 2" link (position 49) opened by an interviewer who lists 3 candidates.
    const foreign = { key: [1], position: 49 };
    expect(toPage([2, 3], 50, 3, key, "forward", foreign)).toMatchObject({ start: 1, next: null });
    // Read back to the start of the list: the first page, whatever the cursor said.
    expect(toPage([1, 0], 50, 3, key, "backward", { key: [2], position: 80 })).toMatchObject({
      rows: [0, 1],
      start: 0,
      prev: null,
    });
    // A capped total (the audit log counts to 10,000) is not a bound: the cursor's position stands.
    expect(toPage([5], 3, 10, key, "forward", { key: [4], position: 19 }, false).start).toBe(20);
    expect(toPage([5], 3, 10, key, "forward", { key: [4], position: 19 }).start).toBe(9);
  });
});
