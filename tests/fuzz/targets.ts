// What the fuzz test aims at: every page and route of the access table (tests/access/entry-points.ts)
// and every server action of the build, with the id Next gave it (.next's server reference manifest)
// and a page that carries it. An action the access table declares but the build lacks is an error.
import fs from "node:fs";
import path from "node:path";
import { ENTRY_POINTS } from "../access/entry-points";

export type FuzzTargets = {
  origin: string;
  urls: { url: string; method: string }[];
  actions: { name: string; id: string; page: string }[];
};

/** next-auth's own endpoints behind the catch-all route, and the cron route (declared with url: null). */
const EXTRA_URLS = [
  { url: "/api/auth/csrf", method: "GET" },
  { url: "/api/auth/providers", method: "GET" },
  { url: "/api/auth/error", method: "GET" },
  { url: "/api/auth/callback/credentials", method: "GET" },
  { url: "/api/auth/callback/credentials", method: "POST" },
  { url: "/api/auth/callback/oidc", method: "GET" },
  { url: "/api/auth/signin/oidc", method: "POST" },
  { url: "/api/auth/signout", method: "POST" },
  { url: "/api/auth/_log", method: "POST" },
  { url: "/api/cron/reminders", method: "POST" },
  { url: "/no/such/page/[role]", method: "GET" },
];

type Manifest = { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };

/** `app/(app)/roles/[id]/page` → `/roles/[role]`: the page's URL with the access table's object keys. */
function pageUrl(worker: string): string {
  const url = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((p) => !(p.startsWith("(") && p.endsWith(")")))
    .join("/");
  const declared = ENTRY_POINTS.find((e) => e.kind === "page" && e.id === (url || "/"));
  return (declared && declared.kind === "page" && declared.url) || url || "/";
}

export function fuzzTargets(baseUrl: string, buildDir = path.resolve(import.meta.dirname, "../../.next")): FuzzTargets {
  const urls = ENTRY_POINTS.flatMap((e) =>
    e.kind !== "action" && e.url ? [{ url: e.url, method: e.method ?? "GET" }] : [],
  );
  const manifest = JSON.parse(
    fs.readFileSync(path.join(buildDir, "server/server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  const byName = new Map(
    Object.entries(manifest.node).map(([id, a]) => [`${a.filename}#${a.exportedName}`, { id, a }]),
  );
  const actions = ENTRY_POINTS.flatMap((e) => {
    if (e.kind !== "action") return [];
    const found = byName.get(e.id);
    if (!found && e.noPageYet) return [];
    if (!found) throw new Error(`fuzz: ${e.id} is declared but not in the build (${buildDir}); rebuild first`);
    return [{ name: e.id.split("#")[1]!, id: found.id, page: pageUrl(Object.keys(found.a.workers)[0]!) }];
  });
  return { origin: new URL(baseUrl).origin, urls: [...urls, ...EXTRA_URLS], actions };
}
