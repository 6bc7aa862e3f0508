// The app's entry points, read from the file tree: every page, every route handler and every
// exported server action. tests/unit/entry-points.test.ts compares this with the declared
// access table (tests/access/entry-points.ts) so a new entry point cannot ship undeclared.
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** URL pattern of an app/ file: route groups dropped, `[id]` kept. */
export function routeOf(file: string): string {
  const rel = path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep);
  const parts = rel.filter((p) => p && !(p.startsWith("(") && p.endsWith(")")));
  return "/" + parts.join("/");
}

export function pageRoutes(): string[] {
  return walk(path.join(ROOT, "app"))
    .filter((f) => path.basename(f) === "page.tsx")
    .map(routeOf)
    .sort();
}

/** Pages whose page.tsx reads its query (`searchParams`). */
export function pageRoutesReadingQuery(): string[] {
  return walk(path.join(ROOT, "app"))
    .filter((f) => path.basename(f) === "page.tsx" && /\bsearchParams\b/.test(fs.readFileSync(f, "utf8")))
    .map(routeOf)
    .sort();
}

/** Route handlers with the HTTP methods each file exports. */
export function handlerRoutes(): { route: string; methods: string[] }[] {
  return walk(path.join(ROOT, "app"))
    .filter((f) => path.basename(f) === "route.ts")
    .map((f) => {
      const src = fs.readFileSync(f, "utf8");
      const methods = [
        ...src.matchAll(/export (?:async function|const|function) (GET|POST|PUT|PATCH|DELETE)\b|export \{([^}]*)\}/g),
      ].flatMap((m) =>
        m[1]
          ? [m[1]]
          : [...m[2]!.matchAll(/\bas (GET|POST|PUT|PATCH|DELETE)\b|\b(GET|POST|PUT|PATCH|DELETE)\b/g)].map(
              (x) => x[1] ?? x[2]!,
            ),
      );
      return { route: routeOf(f), methods: [...new Set(methods)].sort() };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Server actions: `file#name` for every export of a "use server" module. */
export function serverActions(): string[] {
  return ["app", "lib", "components"]
    .flatMap((d) => walk(path.join(ROOT, d)))
    .filter((f) => /\.tsx?$/.test(f))
    .filter((f) =>
      /^["']use server["'];?/m.test(
        fs
          .readFileSync(f, "utf8")
          .split("\n")
          .find((l) => l.trim() && !l.trim().startsWith("//")) ?? "",
      ),
    )
    .flatMap((f) =>
      [...fs.readFileSync(f, "utf8").matchAll(/^export (?:async function|const) (\w+)/gm)].map(
        (m) => `${path.relative(ROOT, f)}#${m[1]}`,
      ),
    )
    .sort();
}
