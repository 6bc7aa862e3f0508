// The production server's static files (scripts/server/precompressed-static.mjs): brotli where the
// browser takes it, gzip otherwise, the bytes of the file either way, and nothing outside the
// build's static folder.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chooseEncoding,
  createPrecompressedStatic,
  staticFileFor,
} from "../../scripts/server/precompressed-static.mjs";

const root = mkdtempSync(path.join(tmpdir(), "static-"));
const staticDir = path.join(root, ".next", "static");
const script = `console.log(${JSON.stringify("a chunk of the app ".repeat(200))});\n`;
mkdirSync(path.join(staticDir, "chunks"), { recursive: true });
writeFileSync(path.join(staticDir, "chunks", "app.js"), script);
writeFileSync(path.join(staticDir, "chunks", "font.woff2"), Buffer.alloc(2000, 7));
writeFileSync(path.join(root, "secret.txt"), "outside the static folder");

let server: Server;
let base = "";
beforeAll(async () => {
  const serveStatic = createPrecompressedStatic({
    staticDir,
    headers: [{ key: "X-Content-Type-Options", value: "nosniff" }],
  });
  server = createServer(async (req, res) => {
    if (await serveStatic(req, res)) return;
    res.statusCode = 404; // what Next would answer
    res.end("passed on");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** node's fetch decodes bodies itself; raw bytes need http.get-like control, so ask without decoding. */
async function get(pathname: string, headers: Record<string, string> = {}, method = "GET") {
  const { request } = await import("node:http");
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(`${base}${pathname}`, { method, headers }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (b: Buffer) => parts.push(b));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
      });
      req.on("error", reject);
      req.end();
    },
  );
}

describe("precompressed static files", () => {
  it("sends brotli to a browser that takes it, and the file decodes to its bytes", async () => {
    const res = await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers["vary"]).toBe("Accept-Encoding");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it("sends gzip without brotli, and the file as it is without either", async () => {
    const gz = await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(script);
    const plain = await get("/_next/static/chunks/app.js", { "accept-encoding": "br;q=0, gzip;q=0" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it("answers 304 to a browser that has the file, and HEAD without a body", async () => {
    const first = await get("/_next/static/chunks/app.js", { "accept-encoding": "br" });
    const again = await get("/_next/static/chunks/app.js", { "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await get("/_next/static/chunks/app.js", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(first.body.length);
  });

  it("does not compress what is compressed already", async () => {
    const res = await get("/_next/static/chunks/font.woff2", { "accept-encoding": "br, gzip" });
    expect(res.headers["content-type"]).toBe("font/woff2");
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body.length).toBe(2000);
  });

  it("passes on missing files, other paths, writes and paths that leave the folder", async () => {
    expect((await get("/_next/static/chunks/missing.js")).body.toString()).toBe("passed on");
    expect((await get("/_next/static/chunks")).body.toString()).toBe("passed on"); // a folder
    expect((await get("/roles")).body.toString()).toBe("passed on");
    expect((await get("/_next/static/chunks/app.js", {}, "POST")).body.toString()).toBe("passed on");
    expect((await get("/_next/static/%2e%2e/%2e%2e/secret.txt")).body.toString()).toBe("passed on");
    expect((await get("/_next/static/%E0%A4%A")).body.toString()).toBe("passed on"); // bad escape
  });
});

describe("staticFileFor and chooseEncoding", () => {
  it("maps only paths inside the static folder", () => {
    expect(staticFileFor(staticDir, "/_next/static/chunks/app.js")).toBe(path.join(staticDir, "chunks", "app.js"));
    expect(staticFileFor(staticDir, "/_next/static/../../secret.txt")).toBeNull();
    expect(staticFileFor(staticDir, "/_next/static/")).toBeNull();
    expect(staticFileFor(staticDir, "/_next/static/a%00.js")).toBeNull();
    expect(staticFileFor(staticDir, "/_next/image?url=x")).toBeNull();
  });

  it("prefers brotli, honours q-values, and falls back to none", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding(undefined)).toBe("identity");
    expect(chooseEncoding("deflate")).toBe("identity");
  });
});
