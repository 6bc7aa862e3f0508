import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { peoplePage, type PersonRow } from "../../lib/people/directory";
import { expectLastPage, userByEmail } from "./helpers";

// The admin's people list at an organisation's size: paged, searched and filtered in the
// database, the same people whichever way you walk it, nothing for anyone but an admin.

const EXTRA = 130;

beforeAll(async () => {
  await db.user.createMany({
    data: Array.from({ length: EXTRA }, (_, i) => ({
      name: `Directory Person ${String(i).padStart(3, "0")}`,
      email: `directory-${i}@example.org`,
      kind: (["INTERVIEWER", "MANAGER", "RECRUITER"] as const)[i % 3]!,
      active: i % 10 !== 0,
    })),
  });
});

async function walk(raw: Record<string, string>, size = 25) {
  const admin = await userByEmail("admin@example.com");
  const seen: PersonRow[] = [];
  let page = await peoplePage(admin, raw, size);
  const total = page.total;
  seen.push(...page.rows);
  while (page.next) {
    page = await peoplePage(admin, { ...raw, after: page.next }, size);
    seen.push(...page.rows);
  }
  const ids = seen.map((p) => p.id);
  await expectLastPage(async (c) => peoplePage(admin, { ...raw, ...c }, size), ids, size);
  return { seen, total, last: page };
}

describe("people directory", () => {
  it("pages through everyone once, in kind then name order, with a total", async () => {
    const everyone = await db.user.count();
    const { seen, total } = await walk({});
    expect(total).toBe(everyone);
    expect(seen).toHaveLength(everyone);
    expect(new Set(seen.map((p) => p.id)).size).toBe(everyone);
    // The same order as one query sorted by the database's own collation.
    const all = await db.user.findMany({
      orderBy: [{ kind: "asc" }, { searchName: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(seen.map((p) => p.id)).toEqual(all.map((p) => p.id));
  });

  it("sorts names whatever their case or accents: de Vries among the D's, Łukasz among the L's", async () => {
    const names = ["Zed Sorter", "de Vries Sorter", "DAVID Sorter", "Łukasz Sorter", "lena Sorter", "Ada Sorter"];
    await db.user.createMany({
      data: names.map((name, i) => ({ name, email: `sorter-${i}@example.org`, kind: "RECRUITER" as const })),
    });
    const { seen } = await walk({ q: "sorter", kind: "RECRUITER" }, 4);
    expect(seen.map((p) => p.name)).toEqual([
      "Ada Sorter",
      "DAVID Sorter",
      "de Vries Sorter",
      "lena Sorter",
      "Łukasz Sorter",
      "Zed Sorter",
    ]);
    await db.user.deleteMany({ where: { email: { startsWith: "sorter-" } } });
  });

  it("walks back with the previous-page cursor to the same rows", async () => {
    const admin = await userByEmail("admin@example.com");
    const first = await peoplePage(admin, {}, 20);
    const second = await peoplePage(admin, { after: first.next! }, 20);
    const back = await peoplePage(admin, { before: second.prev! }, 20);
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(second.start).toBe(20);
  });

  it("searches name and email case-insensitively and filters by kind and status", async () => {
    // Every word typed, anywhere in the name, in any order: "01" is in 001 and 101 too.
    const byName = await walk({ q: "person 01 directory" });
    expect(byName.seen.map((p) => p.name).sort()).toEqual(
      Array.from({ length: EXTRA }, (_, i) => `Directory Person ${String(i).padStart(3, "0")}`)
        .filter((n) => n.includes("01"))
        .sort(),
    );
    // LIKE wildcards are text: "%" and "_" match only themselves, never every name.
    expect((await walk({ q: "%" })).total).toBe(0);
    expect((await walk({ q: "directory_person" })).total).toBe(0);
    const byEmail = await walk({ q: "DIRECTORY-129@" });
    expect(byEmail.seen.map((p) => p.email)).toEqual(["directory-129@example.org"]);
    const recruiters = await walk({ kind: "RECRUITER", q: "directory" });
    expect(recruiters.total).toBe(43);
    expect(recruiters.seen.every((p) => p.kind === "RECRUITER")).toBe(true);
    const off = await walk({ status: "deactivated", q: "directory" });
    expect(off.total).toBe(13);
    expect(off.seen.every((p) => !p.active)).toBe(true);
    const noPassword = await walk({ status: "no-password" });
    expect(noPassword.seen.every((p) => p.active && !p.hasPassword)).toBe(true);
    expect(noPassword.total).toBeGreaterThanOrEqual(EXTRA - 13);
  });

  it("ignores apostrophes, whichever was typed, and extra spaces; a lone apostrophe matches nobody", async () => {
    await db.user.createMany({
      data: [
        { name: "Siobhán O’Brien", email: "apos-curly@example.org", kind: "INTERVIEWER" },
        { name: "Liam O'Brien", email: "apos-straight@example.org", kind: "INTERVIEWER" },
        { name: "Olu OBrien", email: "apos-none@example.org", kind: "INTERVIEWER", active: false },
      ],
    });
    for (const q of ["o'brien", "O’Brien", "o‘brien", "oʼbrien", "obrien", "liam   o'brien"]) {
      const { seen } = await walk({ q });
      const expected = q.startsWith("liam")
        ? ["apos-straight@example.org"]
        : ["apos-curly@example.org", "apos-none@example.org", "apos-straight@example.org"];
      expect(seen.map((p) => p.email).sort(), q).toEqual(expected);
    }
    // "%" and "_" typed still match only themselves; an apostrophe alone searches for nothing.
    expect((await walk({ q: "o_brien" })).total).toBe(0);
    for (const q of ["'", "’", "' ’"]) expect((await walk({ q })).total, q).toBe(0);
  });

  it("says whether someone has a password without ever returning the hash", async () => {
    const { seen } = await walk({ q: "admin@example.com" });
    expect(seen[0]).toMatchObject({ email: "admin@example.com", hasPassword: true });
    expect(JSON.stringify(seen)).not.toMatch(/passwordHash|\$2[aby]\$/);
  });

  it("tells a valid invitation from one that expired unused, and neither from a used one", async () => {
    const [valid, expired, used] = await Promise.all(
      ["valid", "expired", "used"].map((k) =>
        db.user.create({ data: { name: `Invitee ${k}`, email: `invitee-${k}@example.org`, kind: "INTERVIEWER" } }),
      ),
    );
    const hour = 3_600_000;
    await db.invitation.createMany({
      data: [
        { userId: valid!.id, tokenHash: "h-valid", expiresAt: new Date(Date.now() + hour) },
        { userId: expired!.id, tokenHash: "h-expired", expiresAt: new Date(Date.now() - hour) },
        { userId: used!.id, tokenHash: "h-used", expiresAt: new Date(Date.now() + hour), usedAt: new Date() },
      ],
    });
    const { seen } = await walk({ q: "invitee-" });
    const row = (id: string) => seen.find((p) => p.id === id)!;
    expect(row(valid!.id).invitedUntil).toEqual(expect.any(String));
    expect(row(valid!.id).invitationExpiredAt).toBeNull();
    expect(row(expired!.id).invitedUntil).toBeNull();
    expect(new Date(row(expired!.id).invitationExpiredAt!).getTime()).toBeLessThan(Date.now());
    expect(row(used!.id)).toMatchObject({ invitedUntil: null, invitationExpiredAt: null });
  });

  it("reads malformed parameters as no filter, never an error", async () => {
    const admin = await userByEmail("admin@example.com");
    const page = await peoplePage(admin, { kind: "ROOT", status: ["x", "y"], after: "%%%", q: "x".repeat(5000) }, 10);
    expect(page.query).toMatchObject({ kind: undefined, status: undefined, q: undefined });
    expect(page.rows).toHaveLength(10);
  });

  it("gives anyone but an admin nothing", async () => {
    for (const email of ["manager@example.com", "recruiter@example.com", "interviewer@example.com"]) {
      const viewer = await userByEmail(email);
      expect(await peoplePage(viewer, {})).toMatchObject({ rows: [], total: 0 });
    }
  });
});
