// The calibration exercise lists on /readiness and /readiness/team: paged in the database (keyset,
// newest first, ties broken by id) with a total; walking the pages forward and back lists every
// exercise exactly once.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { exerciseList, myExercisePage } from "../../lib/readiness/exercise-lists";
import { currentDomains } from "../../lib/readiness/queries";
import { expectLastPage, userByEmail } from "./helpers";

type Paged = { rows: { id: string }[]; next: string | null; prev: string | null; start: number; total: number };

/** Every page from the first on, then back from the last: the ids in order both ways. */
async function walk(read: (cursor: { after?: string; before?: string }) => Promise<Paged>) {
  const forward: string[][] = [];
  let page = await read({});
  const starts = [page.start];
  forward.push(page.rows.map((r) => r.id));
  while (page.next) {
    page = await read({ after: page.next });
    forward.push(page.rows.map((r) => r.id));
    starts.push(page.start);
  }
  const backward: string[][] = [page.rows.map((r) => r.id)];
  while (page.prev) {
    page = await read({ before: page.prev });
    backward.unshift(page.rows.map((r) => r.id));
  }
  const ids = forward.flat();
  await expectLastPage(read, ids, forward.length > 1 ? forward[0]!.length : Math.max(1, ids.length));
  return { forward, backward, starts, total: page.total };
}

describe("calibration exercise lists", () => {
  it("pages the exercises an interviewer can take, with a total, leaving out retired ones", async () => {
    const manager = await userByEmail("manager@example.com");
    const sam = await userByEmail("interviewer@example.com");
    const [domain] = await currentDomains();
    // Three created at the same instant (the id decides their order), one retired.
    const at = new Date("2026-06-01T09:00:00Z");
    for (const title of ["Tie A", "Tie B", "Tie C", "Retired"])
      await db.calibrationExercise.create({
        data: {
          domainId: domain!.domainId,
          title,
          createdById: manager.id,
          createdAt: at,
          retiredAt: title === "Retired" ? at : null,
        },
      });
    const expected = await db.calibrationExercise.findMany({
      where: { retiredAt: null, domainId: { in: (await currentDomains()).map((d) => d.domainId) } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThan(4);

    const { forward, backward, starts, total } = await walk(async (c) => (await myExercisePage(sam, c, 2))!);
    expect(forward.every((p) => p.length <= 2)).toBe(true);
    expect(forward.flat()).toEqual(expected.map((e) => e.id));
    expect(backward).toEqual(forward);
    expect(starts).toEqual(forward.map((_, i) => i * 2));
    expect(total).toBe(expected.length);

    const first = (await myExercisePage(sam, {}, 2))!;
    const names = new Map((await currentDomains()).map((d) => [d.domainId, d.name]));
    expect(first.rows.map((r) => r.domain)).toEqual(first.rows.map((r) => names.get(r.domainId)));
    // A tampered or repeated cursor reads as the first page.
    expect((await myExercisePage(sam, { after: "bm90LWEtY3Vyc29y" }, 2))!.rows).toEqual(first.rows);
    expect((await myExercisePage(sam, { after: [first.next!, "x"] }, 2))!.start).toBe(2);
    expect(await myExercisePage(await userByEmail("recruiter@example.com"))).toBeNull();
  });

  it("shows each interviewer only their own attempts on the page's exercises", async () => {
    const mei = await userByEmail("mei@example.com");
    const all = (await myExercisePage(mei, {}, 50))!;
    const mine = await db.calibrationAttempt.count({
      where: { userId: mei.id, exerciseId: { in: all.rows.map((r) => r.id) } },
    });
    expect(mine).toBeGreaterThan(0);
    expect(all.rows.flatMap((r) => r.attempts)).toHaveLength(mine);
  });

  it("pages every exercise, retired ones too, for managers and admins only", async () => {
    const manager = await userByEmail("manager@example.com");
    const [domain] = await currentDomains();
    for (let i = 0; i < 3; i++)
      await db.calibrationExercise.create({
        data: {
          domainId: domain!.domainId,
          title: `Extra ${i}`,
          createdAt: new Date("2026-05-01T00:00:00Z"),
          retiredAt: i === 0 ? new Date() : null,
        },
      });
    const expected = await db.calibrationExercise.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const { forward, backward, total } = await walk(
      async (c) => (await exerciseList(manager, { exAfter: c.after, exBefore: c.before }, 3))!,
    );
    expect(forward.flat()).toEqual(expected.map((e) => e.id));
    expect(forward.slice(0, -1).every((p) => p.length === 3)).toBe(true);
    expect(backward).toEqual(forward);
    expect(total).toBe(expected.length);
    // The people list's cursor is not the exercises'.
    const first = (await exerciseList(manager, {}, 3))!;
    expect((await exerciseList(manager, { after: first.next! }, 3))!.rows).toEqual(first.rows);
    for (const email of ["interviewer@example.com", "recruiter@example.com"])
      expect(await exerciseList(await userByEmail(email))).toBeNull();
  });
});
