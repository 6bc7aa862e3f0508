// How invitations are described to the admin (no I/O: the People page's forms use it).

export const INVITATION_HOURS = 72;

/** What the admin is told after inviting someone: where the link went, and how else they can sign in. */
export function invitationSentText(p: { name: string; email: string; delivery: "smtp" | "file"; sso: string | null }) {
  const where =
    p.delivery === "smtp"
      ? `An invitation to set a password was emailed to ${p.email}`
      : `An invitation to set a password was written to the server's .data/mail folder for ${p.email} (no mail server is configured: set SMTP_URL to email it)`;
  const sso = p.sso ? ` They can also sign in with ${p.sso} using that address.` : "";
  return `${where}; the link works once, within ${INVITATION_HOURS} hours.${sso}`;
}
