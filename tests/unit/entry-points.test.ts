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

  it("has every server action authenticate through runAction (directly or by a helper of its file)", () => {
    for (const id of serverActions()) {
      const [file, name] = id.split("#") as [string, string];
      const src = fs.readFileSync(file, "utf8");
      // Module-level functions of the file that call runAction: an action may delegate to one.
      const wrappers = [...src.matchAll(/^(?:async )?function (\w+)[^]*?^}/gm)].filter((m) => /\brunAction\(/.test(m[0])).map((m) => m[1]!);
      const start = src.indexOf(`export async function ${name}`);
      const next = src.indexOf("\nexport ", start + 1);
      const body = src.slice(start, next === -1 ? undefined : next);
      const calls = ["runAction", ...wrappers].some((w) => new RegExp(`\\b${w}\\(`).test(body));
      expect(calls, `${id} does not go through runAction`).toBe(true);
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
