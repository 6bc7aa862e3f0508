// Every entry point in the file tree is declared in the access table, and nothing is declared
// that the tree no longer has: adding a page, route handler or server action without saying
// who may use it fails here. The e2e access-table spec checks the declarations on a server.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ENTRY_POINTS, PERSONAS } from "../access/entry-points";
import { handlerRoutes, pageRoutes, serverActions } from "../access/inventory";
import * as access from "../../lib/scorecards/access";
import * as permissions from "../../lib/auth/permissions";

const declared = (kind: string) => ENTRY_POINTS.filter((e) => e.kind === kind).map((e) => e.id);

describe("the access table covers every entry point", () => {
  it("declares every page, and no page that does not exist", () => {
    expect(declared("page").sort()).toEqual(pageRoutes());
  });

  it("declares every method of every route handler", () => {
    const inTree = handlerRoutes().flatMap((r) => r.methods.map((m) => `${m} ${r.route}`));
    expect(declared("route").sort()).toEqual(inTree.sort());
  });

  it("declares every server action, and names the rule its service checks", () => {
    expect(declared("action").sort()).toEqual(serverActions());
    const rules = new Set([...Object.keys(permissions), ...Object.keys(access)]);
    for (const e of ENTRY_POINTS) {
      if (e.kind !== "action") continue;
      const capability = /^can\("(\w+)"\)$/.exec(e.rule)?.[1];
      if (capability) expect(Object.keys(permissions.CAPABILITIES), e.id).toContain(capability);
      else if (e.rule !== "signed in")
        expect(rules.has(e.rule), `${e.id}: ${e.rule} is not a rule of lib/auth or lib/scorecards/access`).toBe(true);
    }
  });

  it("has every server action in lib/<feature>/actions.ts, declared with defineAction", () => {
    const actions = serverActions();
    expect(actions.length).toBeGreaterThan(0);
    for (const id of actions) {
      const [file, name] = id.split("#") as [string, string];
      expect(file, `${id}: server actions live in lib/<feature>/actions.ts`).toMatch(/^lib\/[\w-]+\/actions\.ts$/);
      const src = fs.readFileSync(file, "utf8");
      expect(src, `${id} is not declared with defineAction`).toMatch(new RegExp(`^export const ${name} = defineAction\\(`, "m"));
    }
    // Nothing else exported from an actions file: every export is an action of the table.
    for (const file of fs
      .readdirSync("lib")
      .map((d) => `lib/${d}/actions.ts`)
      .filter((f) => fs.existsSync(f))) {
      const src = fs.readFileSync(file, "utf8");
      expect(
        src.split("\n").find((l) => l.trim() && !l.trim().startsWith("//")),
        `${file} starts with "use server"`,
      ).toMatch(/^"use server";$/);
      for (const m of src.matchAll(/^export\s+(?:async\s+)?(?:function|const|let|class|\{|default)\s*(\w*)/gm))
        expect(declared("action"), `${file} exports ${m[1]}, which the access table does not list`).toContain(`${file}#${m[1]}`);
    }
  });

  it("gives every probed page and route an expectation for each persona", () => {
    for (const e of ENTRY_POINTS) {
      if (e.kind === "action") continue;
      expect(Object.keys(e.expect).sort(), e.id).toEqual([...PERSONAS].sort());
      if (e.url === null) expect(e.why.length, `${e.id} is not probed: say why`).toBeGreaterThan(10);
    }
  });
});
