// Anonymising past evidence for calibration exercises (plain, no I/O; unit-tested). A trainee
// rates what an interviewer wrote about a candidate; they must learn neither who the candidate
// was nor who wrote it. Applied once, when an exercise is built: the stored item holds only the
// anonymised text and no link back to the application.
//
// Replaced: every name given (the candidate's and every interviewer's on the panel, and every
// other person known to the organisation), whole and by each part of three letters or more
// ("Priya", "Natarajan", "Priya's"), case-insensitively, with or without accents; email addresses;
// web links; @handles; phone numbers; and company-style words the caller lists (the
// candidate's past employers, if known); and the rating itself where the writer named it ("a
// solid Level 2 answer", "L3", "level three"): the trainee is asked for that level, so the text
// must not give it away. What stays is the technical content.

export type AnonymiseNames = {
  candidates: string[];
  interviewers: string[];
  /** Anyone else to hide (other people of the organisation), shown as [person]. */
  others?: string[];
};

const strip = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Words common enough in evidence that hiding them would hide the content, even when they are also someone's name. */
const KEEP = new Set(["the", "and", "for", "with", "data", "will", "may", "june", "grace", "mark", "rust", "go"]);

function nameParts(name: string): string[] {
  const whole = name.normalize("NFC").trim();
  if (!whole) return [];
  const parts = whole.split(/[\s\-–—.,'’]+/u).filter((p) => p.length >= 3 && !KEEP.has(p.toLowerCase()));
  // Each part as written and without accents ("Tomás" and "Tomas").
  return [whole, ...parts].flatMap((p) => [p, strip(p)]);
}

function replaceNames(text: string, names: string[], marker: string): string {
  const terms = [...new Set(names.flatMap(nameParts))].sort((a, b) => b.length - a.length);
  if (terms.length === 0) return text;
  // Longest first in one alternation, so "Priya Natarajan" becomes one marker, not two.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join("|")})(?:['’]s)?(?![\\p{L}\\p{N}])`,
    "giu",
  );
  return text.normalize("NFC").replace(pattern, marker);
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/giu;
const HANDLE = /(?<![\p{L}\p{N}])@[A-Za-z0-9_][A-Za-z0-9_.-]{1,38}/gu;
// Seven or more digits with the usual separators (a phone number), not version numbers like 1.2.3 or years.
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d[\d\s().-]{6,}\d(?![\p{L}\p{N}])/gu;

// "Level 2", "level-two", "Lvl 3", "L1" (not "L10", "layer 2" or "level of detail").
const LEVEL = /(?<![\p{L}\p{N}])(?:(?:level|lvl)[\s-]?(?:[0-3]|zero|one|two|three)|l[\s-]?[0-3])(?![\p{L}\p{N}])/giu;

export function anonymiseEvidence(text: string, names: AnonymiseNames, employers: string[] = []): string {
  let out = text.replace(EMAIL, "[email]").replace(URL, "[link]").replace(HANDLE, "[handle]").replace(LEVEL, "[level]");
  out = out.replace(PHONE, (m) => ((m.match(/\d/g)?.length ?? 0) >= 7 ? "[phone]" : m));
  out = replaceNames(out, names.candidates, "[candidate]");
  out = replaceNames(out, names.interviewers, "[interviewer]");
  out = replaceNames(out, names.others ?? [], "[person]");
  if (employers.length) out = replaceNames(out, employers, "[company]");
  return out;
}
