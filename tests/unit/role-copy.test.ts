// The role form's device copy: what counts as a change, which stored copies the form takes back,
// how a copy held back after someone else's save brings only its editor's changes, and how
// sign-out lists the copies (a new role's by its template).
import { describe, expect, it } from "vitest";
import { MemoryStorage } from "../setup/memory-storage";
import { describeKept } from "../../components/layout/kept-copies";
import {
  listRoleCopies,
  olderRoleCopyKey,
  roleCopyHref,
  roleCopyId,
  roleCopyKey,
} from "../../components/roles/role-copies";
import { mergeRoleEdits, parseRoleCopy, sameRole, typedSalaryOf, type RoleFormValues } from "../../lib/roles/role-copy";

const values = (over: Partial<RoleFormValues> = {}): RoleFormValues => ({
  title: "Senior SRE",
  seniority: "Senior",
  clusterId: "c1",
  templateId: "",
  location: "Remote",
  ownerId: "m1",
  recruiterId: "",
  interviewerIds: ["u1", "u2"],
  targets: [
    { domainId: "d1", level: 2, weight: 1 },
    { domainId: "d2", level: 1, weight: 1 },
  ],
  salaryMin: 100_000,
  salaryMax: 140_000,
  currency: "USD",
  status: "OPEN",
  ...over,
});

const copy = (over: Record<string, unknown> = {}) => ({
  values: values({ title: "Typed" }),
  base: values(),
  baseVersion: 4,
  at: "2026-12-06T10:00:00.000Z",
  title: "Typed",
  ...over,
});

describe("what counts as a change", () => {
  it("ignores checkbox order, outer whitespace and how a group with one box reports itself", () => {
    expect(sameRole(values({ interviewerIds: ["u2", "u1"], title: " Senior SRE " }), values())).toBe(true);
    expect(sameRole(values({ interviewerIds: "u1" as unknown as string[] }), values({ interviewerIds: ["u1"] }))).toBe(
      true,
    );
    expect(sameRole(values({ interviewerIds: false as unknown as string[] }), values({ interviewerIds: [] }))).toBe(
      true,
    );
  });
  it("sees a level, a weight, a salary end, the status and a person", () => {
    const changed = [
      values({ targets: [{ domainId: "d1", level: 3, weight: 1 }, values().targets[1]!] }),
      values({ targets: [{ domainId: "d1", level: 2, weight: 2 }, values().targets[1]!] }),
      values({ salaryMax: 150_000, currency: "USD" }),
      values({ status: "CLOSED" }),
      values({ interviewerIds: ["u1"] }),
      values({ location: "Berlin" }),
    ];
    for (const v of changed) expect(sameRole(v, values())).toBe(false);
  });
  it("a salary being typed (not a number yet) is a change from a band, not from a blank", () => {
    expect(
      sameRole(
        values({ salaryMin: NaN, salaryMax: null, currency: "USD" }),
        values({ salaryMin: null, salaryMax: null, currency: "USD" }),
      ),
    ).toBe(true);
    expect(sameRole(values({ salaryMin: NaN }), values())).toBe(false);
  });
});

describe("a stored copy", () => {
  it("round-trips through JSON, mid-typing values included", () => {
    const stored = JSON.parse(JSON.stringify(copy({ values: values({ title: "X", salaryMin: NaN }) })));
    const parsed = parseRoleCopy(stored)!;
    expect(parsed.values.title).toBe("X"); // too short to save; still what was typed
    expect(parsed.values.salaryMin).toBeNull();
    expect(parsed.baseVersion).toBe(4);
    expect(parsed.base?.title).toBe("Senior SRE");
  });
  it("keeps a salary's text that is not an amount yet, which the number in the form cannot carry", () => {
    const fields: Record<string, string> = { salaryMin: " about 120 ", salaryMax: "150k", currency: "USD" };
    const typed = typedSalaryOf((name) => fields[name]);
    expect(typed).toEqual({ salaryMin: "about 120" }); // "150k" reads as 150,000: the number keeps it
    expect(typedSalaryOf(() => "$140,000")).toBeUndefined();
    expect(typedSalaryOf(() => "   ")).toBeUndefined();
    expect(typedSalaryOf(() => undefined)).toBeUndefined();
    const stored = JSON.parse(JSON.stringify(copy({ values: values({ salaryMin: NaN }), typedSalary: typed })));
    expect(parseRoleCopy(stored)!.typedSalary).toEqual({ salaryMin: "about 120" });
    // Anything else there is dropped, not a reason to refuse the copy.
    expect(
      parseRoleCopy(copy({ typedSalary: { salaryMin: 5, salaryMax: "x".repeat(101), currency: "USD" } }))!.typedSalary,
    ).toBeUndefined();
  });
  it("a new role's copy has no version; an older copy without a base still parses", () => {
    expect(parseRoleCopy(copy({ baseVersion: null }))?.baseVersion).toBeNull();
    expect(parseRoleCopy(copy({ base: undefined }))?.base).toBeNull();
  });
  it("refuses what the form could not take back", () => {
    for (const bad of [
      null,
      "text",
      copy({ baseVersion: 1.5 }),
      copy({ at: 5 }),
      copy({ values: { ...values(), status: "DELETED" } }),
      copy({ values: { ...values(), title: 7 } }),
      copy({ values: { ...values(), targets: "all" } }),
      copy({ values: { ...values(), targets: [{ level: 2 }] } }),
      copy({
        values: { ...values(), targets: Array.from({ length: 21 }, (_, i) => ({ domainId: `d${i}`, level: 1 })) },
      }),
    ])
      expect(parseRoleCopy(bad)).toBeNull();
  });
});

describe("a held-back copy put in the form", () => {
  const now = values({ location: "Porto", salaryMax: 150_000, currency: "USD", interviewerIds: ["u1", "u2", "u3"] });
  it("brings only the fields its editor changed; the newer save keeps the rest", () => {
    const mine = values({ title: "Staff SRE", interviewerIds: ["u2", "u4"] });
    const merged = mergeRoleEdits(now, mine, values());
    expect(merged.title).toBe("Staff SRE");
    expect(merged.location).toBe("Porto");
    expect([merged.salaryMin, merged.salaryMax]).toEqual([100_000, 150_000]);
    // u1 removed and u4 added by this editor; u3 added by the other save stays.
    expect([...merged.interviewerIds].sort()).toEqual(["u2", "u3", "u4"]);
  });
  it("moves the salary band as one, and each domain's level and weight apart", () => {
    const mine = values({
      salaryMin: 90_000,
      targets: [
        { domainId: "d1", level: 3, weight: 1 },
        { domainId: "d2", level: 1, weight: 1 },
      ],
    });
    const newer = values({
      salaryMax: 150_000,
      currency: "USD",
      targets: [
        { domainId: "d1", level: 2, weight: 2 },
        { domainId: "d2", level: 2, weight: 1 },
      ],
    });
    const merged = mergeRoleEdits(newer, mine, values());
    expect([merged.salaryMin, merged.salaryMax]).toEqual([90_000, 140_000]);
    expect(merged.targets).toEqual([
      { domainId: "d1", level: 3, weight: 2 },
      { domainId: "d2", level: 2, weight: 1 },
    ]);
  });
  it("does not change the role it merges onto", () => {
    const newer = values();
    mergeRoleEdits(newer, values({ targets: [{ domainId: "d1", level: 0, weight: 1 }] }), values());
    expect(newer.targets[0]!.level).toBe(2);
  });
  it("without a base (an older copy), takes the copy whole", () => {
    const mine = values({ title: "Whole" });
    expect(mergeRoleEdits(now, mine, null)).toBe(mine);
  });
});

describe("role copies at sign-out", () => {
  it("lists this user's copies with where to open them, a new role's by its template", () => {
    const store = new MemoryStorage();
    store.setItem(roleCopyKey("alice", roleCopyId("r1", "")), JSON.stringify(copy({ title: "Senior SRE" })));
    store.setItem(roleCopyKey("alice", roleCopyId(undefined, "tpl-sre")), JSON.stringify(copy({ title: "" })));
    store.setItem(roleCopyKey("alice", roleCopyId(undefined, "")), JSON.stringify(copy({ title: "From scratch" })));
    store.setItem(olderRoleCopyKey("alice", "r2"), JSON.stringify(copy({ title: "Held back" })));
    store.setItem(roleCopyKey("alice", "r3"), "{not json");
    store.setItem(roleCopyKey("bob", "r4"), JSON.stringify(copy()));
    expect(listRoleCopies("alice", store)).toEqual([
      {
        key: "aiops-role:alice:r1",
        href: "/roles/r1/edit",
        title: "Senior SRE",
        savedTitle: "Senior SRE",
        newRole: false,
      },
      {
        key: "aiops-role:alice:new-tpl-sre",
        href: "/roles/new?template=tpl-sre",
        title: "",
        savedTitle: null,
        newRole: true,
      },
      {
        key: "aiops-role:alice:new-blank",
        href: "/roles/new?scratch=1",
        title: "From scratch",
        savedTitle: null,
        newRole: true,
      },
      {
        key: "aiops-role-older:alice:r2",
        href: "/roles/r2/edit",
        title: "Held back",
        savedTitle: "Senior SRE",
        newRole: false,
      },
    ]);
    expect(roleCopyHref("new-a b")).toBe("/roles/new?template=a%20b");
  });
  it("the dialog names roles", () => {
    const role = { key: "r", kind: "role" as const, href: "/roles/r1/edit", label: "x" };
    expect(describeKept([role])).toBe("One role has edits that were never saved.");
    expect(describeKept([role, role])).toBe("2 roles have edits that were never saved.");
  });
});
