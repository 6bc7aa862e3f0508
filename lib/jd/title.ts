// The job title a pasted job description gives itself: a "Title:" line near the top, or a
// first line that looks like a title (a heading, or a short line that isn't a sentence or a
// section name). The analyser checks this title's seniority against the levels the text asks
// for; with no title in the text it falls back to the role's own title.
import { isBullet, isSectionHeading, markupHeading } from "./split";

const TITLE_LABEL = /^(?:job|role|position)?\s*title\s*:\s*(.+)$|^(?:position|role|job)\s*:\s*(.+)$/i;
const MAX_TITLE_WORDS = 10;
/** A "Title:" line counts only near the top, where ads put it. */
const LABEL_SCAN_LINES = 12;

const tidy = (s: string) => s.replace(/\*\*|__/g, "").replace(/\s+/g, " ").trim();
const titleLike = (s: string) => s.length >= 2 && s.length <= 120 && s.split(" ").length <= MAX_TITLE_WORDS && !/[.!?;,]$/.test(s) && !/^(you|we|our|this|the|join)\b/i.test(s) && !isSectionHeading(s);

export function detectTitle(text: string): string | null {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").filter((l) => l.trim() !== "");
  for (const raw of lines.slice(0, LABEL_SCAN_LINES)) {
    const m = TITLE_LABEL.exec(tidy(markupHeading(raw) ?? raw.replace(/^\s*[-*•]\s+/, "")));
    const value = m ? tidy(m[1] ?? m[2] ?? "") : "";
    if (value && titleLike(value)) return value;
  }
  const first = lines[0];
  if (first === undefined || isBullet(first)) return null;
  const heading = markupHeading(first);
  const candidate = tidy(heading ?? first);
  // A plain first line must also not end in a colon ("Responsibilities:") to count.
  if (!titleLike(candidate) || (heading === null && candidate.endsWith(":"))) return null;
  return candidate;
}
