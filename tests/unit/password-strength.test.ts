import { describe, expect, it } from "vitest";
import { weakPasswordReason } from "../../lib/auth/password-strength";

// zxcvbn's judgement, as the invitation page applies it: 12 characters are not enough by themselves.
describe("weakPasswordReason", () => {
  const me = ["Noor Haddad", "noor.haddad@example.org"];
  it("refuses common passwords and keyboard walks of any length", () => {
    for (const p of ["password1234", "qwertyuiop12", "123456789012", "iloveyou1234", "demo-password"])
      expect(weakPasswordReason(p, me), p).toMatch(/commonly used password\. This password is easy to guess/);
  });
  it("refuses the person's own email or name, and says so", () => {
    expect(weakPasswordReason("noor.haddad@example.org", me)).toMatch(/^It contains your name or email address\./);
    expect(weakPasswordReason("haddadhaddad", me)).toMatch(/easy to guess/);
    // However long, a password built on the name is one (found by a tester: "Kieran2026summer").
    expect(weakPasswordReason("Haddad2026summer!", me)).toMatch(/^It contains your name or email address\./);
    expect(weakPasswordReason("noor.haddad likes long walks", me)).toMatch(/^It contains your name/);
    // The product's own name is among the first guesses.
    expect(weakPasswordReason("aiopsscorecards", me)).toMatch(/easy to guess/);
  });
  it("accepts passphrases and random passwords", () => {
    for (const p of ["correct horse battery staple", "a long and memorable passphrase", "x7#Lq9!vRm2p"])
      expect(weakPasswordReason(p, me), p).toBeNull();
  });
});
