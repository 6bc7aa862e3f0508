import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; tests are server code.
  "server-only": path.resolve(import.meta.dirname, "tests/setup/empty-module.ts"),
};

/**
 * Unit test files that mock modules (vi.mock, vi.doMock, vi.resetModules) or stub globals: the "unit"
 * project shares one module graph per worker, so these run isolated in "unit-isolated".
 * tests/unit/test-isolation.test.ts fails when one is missing here.
 */
export const MOCKING_UNIT_TESTS = [
  "tests/unit/define-action.test.ts",
  "tests/unit/reminder-scheduler.test.ts",
  "tests/unit/typed-time-note.test.ts", // sets TZ, which worker threads ignore
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        // Pure unit tests (`npm run test:fast`): one module graph per worker thread instead of one per
        // file (isolate: false) makes the run about 4 times faster. Safe only for files that leave no
        // module-level state behind: a test file that mocks modules (vi.mock, vi.resetModules) or
        // stubs globals goes in MOCKING_UNIT_TESTS.
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          exclude: MOCKING_UNIT_TESTS,
          environment: "node",
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
          testTimeout: 30_000,
          pool: "threads",
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "unit-isolated",
          include: MOCKING_UNIT_TESTS,
          environment: "node",
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
          testTimeout: 30_000,
        },
      },
      {
        // Database and process tests without the shared test database: migrations, the seed, the
        // embedded database's lock, start-up errors. Slow (child processes, PGlite): `npm test` and CI run
        // them, `npm run test:fast` (the two unit projects) does not.
        extends: true,
        test: {
          name: "system",
          include: ["tests/system/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-db.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts", "tests/setup/per-file-db.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
