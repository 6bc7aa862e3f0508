import { expect, it } from "vitest";
import { invitationSentText } from "../../lib/people/invitation-text";

it("tells the admin where the invitation went, and mentions single sign-on only when it is configured", () => {
  const p = { name: "Noor Haddad", email: "noor@example.org" };
  const plain = invitationSentText({ ...p, delivery: "smtp", sso: null });
  expect(plain).toBe(
    "An invitation to set a password was emailed to noor@example.org; the link works once, within 72 hours.",
  );
  expect(plain).not.toMatch(/sign-on|SSO/i);
  expect(invitationSentText({ ...p, delivery: "file", sso: "Okta" })).toMatch(
    /written to the server's \.data\/mail folder .* set SMTP_URL .* They can also sign in with Okta using that address\.$/,
  );
});
