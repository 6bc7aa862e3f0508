import { describe, expect, it } from "vitest";
import { describeUrl } from "../../lib/db/connection";

describe("the start-up line naming the database", () => {
  it("names host, port and database, never the password", () => {
    expect(describeUrl("postgresql://app:s3cret@db.internal:6432/scorecards")).toBe("db.internal:6432/scorecards");
    expect(describeUrl("postgresql://app@db.internal/scorecards")).toBe("db.internal:5432/scorecards");
  });
  it("says a Unix socket when ?host= names one (it read localhost:5432 over the socket)", () => {
    expect(describeUrl("postgresql://root@localhost/aiops?host=/var/run/postgresql")).toBe(
      "aiops over the Unix socket in /var/run/postgresql",
    );
  });
  it("says a malformed URL is one", () => {
    expect(describeUrl("not a url")).toBe("(malformed URL)");
  });
});
