// The password someone sets from an invitation: long enough, not blank-looking, and every
// character counted (bcrypt reads 72 bytes, so a longer one is refused rather than cut).
import { describe, expect, it } from "vitest";
import { setPasswordSchema } from "../../lib/validation/auth";

const check = (password: string) => {
  const r = setPasswordSchema.safeParse({ token: "t".repeat(40), password, confirm: password });
  return r.success ? null : r.error.issues[0]!.message;
};

describe("setPasswordSchema", () => {
  it("takes a long passphrase", () => {
    expect(check("correct horse battery staple")).toBeNull();
    expect(check("x".repeat(60) + "abcdefghij")).toBeNull(); // 70 bytes
    expect(check("Kaffee-Tasse-Grün-Nebel")).toBeNull();
  });
  it("refuses blanks, one key held down and too few different characters", () => {
    expect(check(" ".repeat(12))).toMatch(/different characters/);
    expect(check("a".repeat(20))).toMatch(/different characters/);
    expect(check("abababababab")).toMatch(/different characters/);
    expect(check("short")).toMatch(/at least 12 characters/);
  });
  it("refuses what bcrypt would cut: over 72 bytes, counting multi-byte characters", () => {
    expect(check("abcdefghij".repeat(7) + "xyz")).toMatch(/72 bytes at most/); // 73 bytes
    expect(check("😀".repeat(18) + "ab")).toMatch(/72 bytes at most/); // 74 bytes in 20 characters
    expect(check("😀".repeat(17) + "abcd")).toBeNull(); // 72 bytes
  });
});
