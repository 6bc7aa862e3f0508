// One reminder email per person per run, however many items are due: the first run on an
// organisation's backlog sent one email per due scorecard (round V: 704 to one interviewer in
// three seconds, 1,669 in all). A single item keeps its own email; several become one list,
// the first DIGEST_LIST_LIMIT of them by name, the rest counted with the page that lists them all.
import { sendMail, type Mail } from "../mail";

export const DIGEST_LIST_LIMIT = 20;

export type DigestItem = { line: string; link: string };

/** Groups `items` by the person `to` names (their email), keeping each person's items in order. */
export function byRecipient<T>(items: readonly T[], to: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = to(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Several due items in one email: what they are, each with its link, and where the whole list is. */
export function digestMail(
  to: { email: string; name: string },
  items: readonly DigestItem[],
  what: { subject: string; intro: string; listUrl: string },
): Mail {
  const shown = items.slice(0, DIGEST_LIST_LIMIT);
  const more = items.length - shown.length;
  const lines = shown.map((i) => `- ${i.line}\n  ${i.link}`);
  if (more > 0) lines.push(`- and ${more.toLocaleString("en")} more`);
  return {
    to: to.email,
    subject: what.subject,
    text: `Hi ${to.name},\n\n${what.intro}\n\n${lines.join("\n")}\n\nAll of them: ${what.listUrl}\n`,
  };
}

/**
 * Sends each recipient's claimed items as one email (`mailOf` the group), and returns how many
 * were sent. A failed send releases that group's claims (`release`), so the next run tries them
 * again, and the others go on.
 */
export async function sendByRecipient<T>(
  claimed: readonly T[],
  to: (item: T) => string,
  mailOf: (group: T[]) => Mail,
  release: (group: T[]) => Promise<unknown>,
): Promise<number> {
  let sent = 0;
  for (const [recipient, group] of byRecipient(claimed, to)) {
    try {
      await sendMail(mailOf(group));
      sent++;
    } catch (e) {
      await release(group).catch(() => undefined);
      console.warn(`[reminders] could not email ${recipient}: ${(e as Error).message}`);
    }
  }
  return sent;
}
