// The OpenAPI document names, for each /api/v1 endpoint, the scope its route handler requires
// (issue 11, finding 9). Read from the files themselves, so a route added or re-scoped without
// the document following fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_SCOPES } from "../../lib/validation/token";

const V1 = "app/api/v1";

/** Each route file's path in OpenAPI form (/roles/{id}/candidates) and the scope it passes to apiRoute/apiPagedRoute. */
function routeScopes(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      // The catch-all answers 404 to addresses no endpoint serves: it reads nothing, needs no scope.
      if (e.isDirectory() && e.name === "[...path]") continue;
      if (e.isDirectory()) walk(p);
      else if (e.name === "route.ts") {
        const src = fs.readFileSync(p, "utf8");
        const scope = src.match(/api(?:Paged)?Route(?:<[^>]*>)?\(\s*"([^"]+)"/)?.[1];
        const route = path
          .relative(V1, path.dirname(p))
          .split(path.sep)
          .map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"));
        out[`/${route.join("/")}`] = scope ?? "(none)";
      }
    }
  };
  walk(V1);
  return out;
}

/** The document's paths with the scope under each operation's `security`, ids normalised to {id}. */
function documentScopes(): Record<string, string> {
  const yaml = fs.readFileSync("public/openapi.yaml", "utf8");
  const out: Record<string, string> = {};
  for (const m of yaml.matchAll(/^ {2}(\/[^:\n]+):\n(?: {4,}.*\n)*? {6}security: \[\{ bearer: \["([^"]+)"\] \}\]/gm)) {
    out[m[1]!.replace(/\{\w+\}/g, "{id}")] = m[2]!;
  }
  return out;
}

describe("API scopes in the OpenAPI document", () => {
  it("every /api/v1 route requires a known scope, and the document says the same one", () => {
    const routes = routeScopes();
    expect(Object.keys(routes).length).toBeGreaterThanOrEqual(4);
    for (const [route, scope] of Object.entries(routes)) expect(API_SCOPES, route).toContain(scope);
    expect(documentScopes()).toEqual(routes);
  });
});
