// Browser tests in Debian's Chromium (Playwright's own browser download is not
// available here). The web server is a production build on a fresh embedded database.
import { defineConfig, devices } from "@playwright/test";
import { OIDC_CLIENT, oidcIssuer } from "./tests/e2e/oidc-provider";

// The test server's secret (scripts/e2e-server.sh exports the same): tests that need a page link
// made by hand seal its cursor as the server does (lib/paging/cursor.ts).
process.env.NEXTAUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure", launchOptions: chromium },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromium }, grep: /@phone/ },
  ],
  webServer: {
    command: `bash scripts/e2e-server.sh ${PORT}`,
    url: `${baseURL}/signin`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // Single sign-on against the provider tests/e2e/sso.spec.ts starts on 127.0.0.1 (discovered at sign-in).
    // The browser tests count the demo's own hires and check-ins: no demo history.
    env: {
      SEED_DEMO_HISTORY: "false",
      OIDC_ISSUER: oidcIssuer(PORT),
      OIDC_CLIENT_ID: OIDC_CLIENT.id,
      OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
      OIDC_NAME: "Test SSO",
    },
  },
});
