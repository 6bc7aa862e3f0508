// Two candidates of one name on one page of a list read alike; a list gives each one's headline
// and when they were added (to the minute when that is the same day) so a manager can tell them
// apart. Not the email: the comparison's readers include interviewers, who are not shown it.
import { formatDate, formatDateTime } from "../dates";

/**
 * For the rows of a page that share a name with another row of it (case and spacing aside):
 * "SRE at Acme · added 3 Dec 2026", with the time when those rows were added on one day, without
 * the headline when there is none. Other rows: none.
 */
export function sameNameDetails(
  rows: { id: string; name: string; headline?: string; addedAt: Date }[],
  timeZone: string,
): Map<string, string> {
  const key = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();
  const groups = new Map<string, typeof rows>();
  for (const r of rows) groups.set(key(r.name), [...(groups.get(key(r.name)) ?? []), r]);
  const details = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const days = group.map((r) => formatDate(r.addedAt, timeZone));
    const oneDay = new Set(days).size < days.length;
    const texts = group.map((r) => {
      const added = `added ${oneDay ? formatDateTime(r.addedAt, timeZone) : formatDate(r.addedAt, timeZone)}`;
      return r.headline?.trim() ? `${r.headline.trim()} · ${added}` : added;
    });
    // Still alike (a CSV import adds many in one minute, often without headlines): the end of the
    // id, which the candidate's address shows too.
    texts.forEach((text, i) => {
      const alike = texts.filter((t) => t === text).length > 1;
      details.set(group[i]!.id, alike ? `${text} · ref …${group[i]!.id.slice(-4)}` : text);
    });
  }
  return details;
}
