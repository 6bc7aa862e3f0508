import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env";

describe("parseEnv", () => {
  it("uses the embedded database and a dev-only secret in development", () => {
    const env = parseEnv({ NODE_ENV: "development" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.EMBEDDED_DB_DIR).toBe(".data/pglite");
    expect(env.authSecret.length).toBeGreaterThanOrEqual(32);
  });

  it("reads DATABASE_POOL_SIZE as 1 to 100 connections, and refuses anything else with one line", () => {
    expect(parseEnv({}).DATABASE_POOL_SIZE).toBe(10);
    expect(parseEnv({ DATABASE_POOL_SIZE: "25" }).DATABASE_POOL_SIZE).toBe(25);
    // "abc" became 10 without a word, and -1 hung the start-up with no message.
    for (const bad of ["abc", "0", "-1", "2.5", "101"])
      expect(() => parseEnv({ DATABASE_POOL_SIZE: bad }), bad).toThrow(/^Invalid configuration: DATABASE_POOL_SIZE /);
  });

  it("accepts a postgresql URL", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@db.internal:5432/app" }).DATABASE_URL).toContain("db.internal");
  });

  it.each([["mysql://u@h/db"], ["postgresql://"], ["not a url"]])(
    "rejects DATABASE_URL=%s with one line naming the variable",
    (url) => {
      expect(() => parseEnv({ DATABASE_URL: url })).toThrow(
        /^Invalid configuration: DATABASE_URL must be a postgresql:\/\//,
      );
    },
  );

  it("requires NEXTAUTH_SECRET on a production server but not during the build", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://u@db/app" })).toThrow(
      /NEXTAUTH_SECRET is required in production/,
    );
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow();
    expect(() =>
      parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://u@db/app", NEXTAUTH_SECRET: "short" }),
    ).toThrow(/NEXTAUTH_SECRET must be at least 32/);
  });

  it("refuses the embedded database on a production server unless a demo opts in", () => {
    const prod = { NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) };
    expect(() => parseEnv(prod)).toThrow(/^Invalid configuration: DATABASE_URL is required in production/);
    expect(parseEnv({ ...prod, DATABASE_URL: "postgresql://u:p@db:5432/app" }).DATABASE_URL).toContain("db:5432");
    expect(parseEnv({ ...prod, EMBEDDED_DB_IN_PRODUCTION: "true" }).DATABASE_URL).toBeUndefined();
    expect(() => parseEnv({ ...prod, NEXT_PHASE: "phase-production-build" })).not.toThrow();
  });

  it("reads the reminder interval, 0 turning in-process reminders off", () => {
    expect(parseEnv({}).REMINDER_INTERVAL_MINUTES).toBe(60);
    expect(parseEnv({ REMINDER_INTERVAL_MINUTES: "0" }).REMINDER_INTERVAL_MINUTES).toBe(0);
    expect(() => parseEnv({ REMINDER_INTERVAL_MINUTES: "soon" })).toThrow(/REMINDER_INTERVAL_MINUTES/);
  });

  it("reads session and sign-in limits, defaulting to 12 h / 2 h and 5 failures then 15 minutes", () => {
    expect(parseEnv({})).toMatchObject({
      SESSION_MAX_AGE_HOURS: 12,
      SESSION_IDLE_MINUTES: 120,
      SIGNIN_MAX_FAILURES: 5,
      SIGNIN_BLOCK_MINUTES: 15,
      SIGNIN_ACCOUNT_MAX_FAILURES: 20,
      SIGNIN_ADDRESS_MAX_FAILURES: 100,
      TRUSTED_PROXY_HOPS: 1,
    });
    expect(parseEnv({ SESSION_MAX_AGE_HOURS: "8", SESSION_IDLE_MINUTES: "30" })).toMatchObject({
      SESSION_MAX_AGE_HOURS: 8,
      SESSION_IDLE_MINUTES: 30,
    });
    expect(() => parseEnv({ SESSION_IDLE_MINUTES: "0" })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => parseEnv({ SIGNIN_MAX_FAILURES: "lots" })).toThrow(/SIGNIN_MAX_FAILURES/);
  });

  it("requires the OIDC variables together", () => {
    expect(() => parseEnv({ OIDC_ISSUER: "https://id.example.com" })).toThrow(/must be set together/);
    const env = parseEnv({ OIDC_ISSUER: "https://id.example.com", OIDC_CLIENT_ID: "app", OIDC_CLIENT_SECRET: "s" });
    expect(env.OIDC_NAME).toBe("Single sign-on");
  });

  it("checks the first admin's email, the cron token and the mail server's URL (read unchecked before)", () => {
    expect(parseEnv({ INITIAL_ADMIN_EMAIL: " Ada@Example.COM " }).INITIAL_ADMIN_EMAIL).toBe("ada@example.com");
    expect(() => parseEnv({ INITIAL_ADMIN_EMAIL: "ada" })).toThrow(
      /^Invalid configuration: INITIAL_ADMIN_EMAIL must be an email address$/,
    );
    expect(() => parseEnv({ CRON_SECRET: "hunter2" })).toThrow(
      /^Invalid configuration: CRON_SECRET must be at least 32 characters$/,
    );
    expect(parseEnv({ CRON_SECRET: "x".repeat(32) }).CRON_SECRET).toHaveLength(32);
    expect(parseEnv({ SMTP_URL: "smtps://u:p@mail.example.com:465" }).SMTP_URL).toContain("mail.example.com");
    expect(parseEnv({ SMTP_URL: "smtp://mail.example.com:587" }).SMTP_URL).toContain("587");
    for (const bad of ["mail.example.com:587", "http://mail.example.com", "smtp//x"])
      expect(() => parseEnv({ SMTP_URL: bad })).toThrow(
        /^Invalid configuration: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/,
      );
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
