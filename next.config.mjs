/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native/WASM database drivers are loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "bcryptjs"],
  experimental: {
    // Fewer, larger client chunks per page (Turbopack's defaults: 50,000 / 40 / 200,000). Each page
    // loads 2-4 fewer scripts and 2-4 KB less compressed JavaScript (headers and better gzip); a chunk
    // over 200,000 bytes (react-dom, the app router) is still never merged, so navigating does not
    // fetch them twice. The cost: code shared by a few pages (react-hook-form, 15 KB) now sits in each
    // of their own chunks, fetched again when moving between the scorecard, role page and JD analyser.
    // Measured in README.md, "Browser performance" (issue 14).
    turbopackChunking: { minChunkSize: 400_000, maxChunkCountPerGroup: 4, requestCost: 2_000_000 },
    authInterrupts: true, // forbidden() renders app/forbidden.tsx with a 403
    // Candidate CSV imports send the file's text to a server action: up to 5 MB
    // (lib/candidates/limits.ts) plus JSON escaping of quotes and newlines. Next's default is 1 MB.
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
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
