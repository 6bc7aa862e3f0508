/** Sent with every response; scripts/serve.mjs sends them with the static files it serves itself. */
export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm start` (scripts/serve.mjs) compresses itself: brotli or gzip for pages, and the build's
  // static files compressed once at brotli's best quality. Plain `next start` keeps Next's gzip.
  compress: process.env.APP_SERVER_COMPRESSES !== "1",
  // Native/WASM database drivers are loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "bcryptjs"],
  experimental: {
    // Load a route's server code on its first request, not every route's at start: a process holds
    // only what it serves (the JD analyser's language model, about 27 MB of heap, only once a recruiter
    // analyses a job description). The first request to each route pays the load, once
    // (measured: no more than noise; README.md, Benchmarks, stop 42).
    preloadEntriesOnStart: false,
    // Not `turbopackChunking` (fewer, larger client chunks): 2-4 KB less per page, but longer single
    // parse tasks; median of 5 Lighthouse runs per page, mean TBT 781 ms with it against 692 ms
    // without (README.md, "Browser performance", stop 29).
    authInterrupts: true, // forbidden() renders app/forbidden.tsx with a 403
    // Candidate CSV imports send the file's text to a server action: up to 5 MB
    // (lib/candidates/limits.ts) plus JSON escaping of quotes and newlines. Next's default is 1 MB.
    // Keep equal to ACTION_BODY_LIMIT_BYTES (lib/security/action-request.ts): the proxy answers 413 past it.
    serverActions: { bodySizeLimit: "8mb" },
  },
  // Pages link app/icon.svg; tools and old browsers that ask for /favicon.ico get it too, not a 404.
  async redirects() {
    return [{ source: "/favicon.ico", destination: "/icon.svg", permanent: true }];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: securityHeaders,
      },
    ];
  },
};

export default nextConfig;
