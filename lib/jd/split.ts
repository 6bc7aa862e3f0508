// Splits a pasted job description into requirement lines. Job boards and the app's own
// generator mix Markdown headings, bullets, numbered lists and prose, so the rules are:
// bullets and numbered lines are requirements unless they sit under a section that plainly
// isn't (benefits, about us, how to apply); prose counts only under a requirement-like
// heading, or when the text has no headings and no bullets at all.

import { describesDuty, ordersDuty } from "./duty-prose";

export type RequirementItem = {
  text: string;
  /** The line of the text it starts on, from 1 (the line the page's warnings count: "Line 10"). */
  line: number;
  /** under "Nice to have" / "Preferred" / "Bonus" */
  optional: boolean;
  /** The sub-heading the line sits under inside a requirements section ("### Observability & telemetry"), if any. */
  context?: string;
  /**
   * What the section heading says the lines are: the work the role does ("Responsibilities",
   * "What you'll do") or what the person brings ("Requirements", "About you"); absent when no
   * heading says.
   */
  section?: "does" | "brings";
};

type Section = "req" | "neutral" | "skip";

const REQ_HEADING =
  /requirement|qualification|responsibilit|accountab|what you(['’]ll| will)? (do|bring|need|have|own|work on|lead)|what you(['’]ll| will) be doing|what we (ask|look for|are looking for|hope for)|^profile$|requisit|you(['’]ll| will) (do|bring|need)|looking for|must.have|nice.to.have|skills|experience|about you|you have|preferred|bonus|day.to.day|expectations|competenc|who you are|ideal candidate|duties|what we (expect|need)|\b(your|the|candidate(['’]s)?) (missions?|tasks|profile)\b|\btasks\b|\bcriteria\b|^the job$/i;
/** A heading over the role's work rather than the person's qualifications. */
const DOES_HEADING =
  /responsibilit|accountab|what you(['’]ll| will) (do|work on|own)|you(['’]ll| will) (do|own)|day.to.day|duties|the job|your (role|missions?|impact|tasks)|\btasks\b|what (the role|you) (involves|entails)|in this role/i;
/** A heading over what the person brings. */
const BRINGS_HEADING =
  /requirement|qualification|what you (bring|need|have)|you(['’]ll| will) (bring|need|have)|looking for|must.have|skills|experience|about you|you have|who you are|ideal candidate|what we (expect|need)|profile|competenc|nice.to.have|preferred|bonus|desirable/i;
/** A bare "The role" line heads the role's description; it is no requirement. */
const ROLE_HEADING = /^(about )?(the|this|your) (role|position|job|opportunity)$/i;
/** A sentence about applying or pay, in a requirements section: not a requirement ("Send your CV to ..."). */
const APPLY_OR_PAY =
  /^(?:to apply|apply (?:at|by|through|via|online|now|here|before|with)|applications?\b|send (?:your |a )?(?:cv|resume|résumé|application)|please apply|interested candidates|(?:annual )?(?:salary|remuneration)\b)|[\w.+-]+@[\w-]+\.[a-z]{2,}/i;
const OPTIONAL_HEADING = /nice.to.have|preferred|bonus|desirable|optional|a plus/i;
/** A heading over the description of the role: neither requirements nor a section to skip. */
const ROLE_SECTION = /about the (role|job|position|opportunity)|the role|overview|summary|introduction/i;
const SKIP_HEADING =
  /about (us|the company|the team)|^about (?!the (role|job|position|opportunity)|you\b|this (role|job|position))|benefit|perks|we offer|compensation|salary|\bpay\b|location|how to apply|equal opportunit|diversity|\bour (values|culture|mission|stack)|why join|life at|logistics|who we are/i;

/**
 * Bullet marks: typed ones; numbers, letters and Roman numerals ("iv.", "(xii)"); the "o" and ">" that
 * Word's and e-mail's list marks become when pasted as text ("o Implement ...", "> Apply the rules");
 * typographic ones and the arrows, ticks and shapes job boards paste (→, ✅, ►); and the Japanese
 * middle dot, which takes no space after it ("・Build the pipeline").
 */
const BULLET =
  /^\s*(?:(?:[-*•·–—▪◦‣+>→➔➜➝➞➟➠➡➢➣➤►▸▹▶✓✔✅☑●○■□◆◇❖⁃](?:\uFE0F)?|\d{1,2}[.)]|\(?[a-z][.)]|\(?(?=[ivx]+[.)]|[IVX]+[.)])(?:x{0,3}(?:ix|iv|v?i{0,3})|X{0,3}(?:IX|IV|V?I{0,3}))[.)]|\(\d{1,2}\))\s+|o\s+(?=[A-Z])|[・･]\s*)(.*)$/;
/**
 * A line led by an emoji ("🚀 What you'll do", "✅ What you bring", "🔹 Build the pipeline"): the
 * emoji (with its variation selector or joined sequence) and the text after it.
 */
const EMOJI_LED =
  /^\s*((?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator})*)\s*(\S.*)$/u;
const MD_HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const BOLD_HEADING = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$/;
const INLINE_LABEL = /^([A-Za-z][A-Za-z '’/&-]{2,40}):\s+(\S.*)$/;
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|vs|incl|approx|esp|Inc|Ltd|Sr|Jr|Dr|St)\./g;

/** True for a bulleted or numbered line. */
export const isBullet = (line: string) => BULLET.test(line);
/** A line of a list: bulleted, numbered or led by an emoji. */
const isListLine = (line: string) => BULLET.test(line) || EMOJI_LED.test(line);

/** The index of the nearest non-blank line before (step -1) or after (step 1) line i, or -1. */
function nearestNonBlank(lines: string[], i: number, step: 1 | -1): number {
  let j = i + step;
  while (j >= 0 && j < lines.length && lines[j]!.trim() === "") j += step;
  return j >= 0 && j < lines.length ? j : -1;
}

/** The text of a Markdown ("## Skills") or bold ("**Skills:**") heading line, or null if the line isn't one. */
export function markupHeading(line: string): string | null {
  return (MD_HEADING.exec(line) ?? BOLD_HEADING.exec(line))?.[1] ?? null;
}

/** A heading's text, or null if the line isn't one. Short "Label:" lines and known section names count. */
function headingText(line: string): string | null {
  const md = markupHeading(line);
  if (md !== null) return md;
  const t = line.trim();
  if (!t) return null;
  // A bilingual heading ("主な業務 / Key responsibilities", "O que você vai fazer / What you'll do"):
  // a heading when one of its languages is.
  const sides = t.split(/\s+[/|]\s+/);
  if (sides.length === 2 && sides.some((side) => headingText(side) !== null)) return t.replace(/:$/, "");
  const words = t.split(/\s+/).length;
  if (t.endsWith(":") && words <= 8) return t.slice(0, -1);
  if (
    words <= 6 &&
    !/[.!?;,]$/.test(t) &&
    (REQ_HEADING.test(t) || SKIP_HEADING.test(t) || OPTIONAL_HEADING.test(t) || ROLE_HEADING.test(t)) &&
    /^[A-Z]/.test(t)
  )
    return t;
  return null;
}

/** The section a heading opens; `known` is false for sub-headings that inherit their parent's. */
function sectionFor(heading: string, previous: Section): { section: Section; known: boolean } {
  if (SKIP_HEADING.test(heading) && !REQ_HEADING.test(heading)) return { section: "skip", known: true };
  if (REQ_HEADING.test(heading) || OPTIONAL_HEADING.test(heading)) return { section: "req", known: true };
  if (ROLE_SECTION.test(heading)) return { section: "neutral", known: true };
  // Unknown sub-headings ("### Observability & telemetry") keep the section they sit in.
  return { section: previous === "skip" ? "neutral" : previous, known: false };
}

/** True for a section name ("Requirements", "About us", "Nice to have"): not a job title. */
export function isSectionHeading(text: string): boolean {
  return REQ_HEADING.test(text) || SKIP_HEADING.test(text) || OPTIONAL_HEADING.test(text) || ROLE_SECTION.test(text);
}

/** Sentences of a prose line; common abbreviations ("e.g.") don't end a sentence. */
export function sentences(prose: string): string[] {
  const guarded = prose.replace(ABBREVIATIONS, (m) => m.replace(/\./g, "\u0000"));
  return guarded
    .split(/(?<=[.!?])\s+(?=["'(\[]?[A-Z0-9])/)
    .map((s) => s.replace(/\u0000/g, ".").trim())
    .filter((s) => s.length >= 2);
}

/** "Nice to have:" (or "Bonus:", "Preferred:", "Ideally:") inside a line: what follows is optional. */
const INLINE_OPTIONAL =
  /(?<=[.;,)]\s*|\s[-–—]\s*|^)(nice[- ]to[- ]haves?|bonus(?: points)?|preferred|ideally|a plus|optional)\s*:\s*/i;

/** A line split at an inline "Nice to have:": the required part (if any) and the optional part. */
export function splitInlineOptional(text: string, optional: boolean): { text: string; optional: boolean }[] {
  const m = INLINE_OPTIONAL.exec(text);
  if (!m || m.index === undefined) return [{ text, optional }];
  const before = text
    .slice(0, m.index)
    .replace(/[\s,;–—-]+$/, "")
    .trim();
  const after = text.slice(m.index).trim();
  return [...(before.length >= 2 ? [{ text: before, optional }] : []), { text: after, optional: true }];
}

const clean = (s: string) =>
  s
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/__(.+?)__/g, "$1")
    .trim();

/** The kind of section a known heading opens (the work, or what the person brings), if it says. */
function sectionKind(heading: string): RequirementItem["section"] {
  if (DOES_HEADING.test(heading)) return "does";
  if (BRINGS_HEADING.test(heading)) return "brings";
  return undefined;
}

const item = (
  part: { text: string; optional: boolean },
  context: string | undefined,
  section: RequirementItem["section"],
  line: number,
): RequirementItem => ({
  ...part,
  line,
  ...(context ? { context } : {}),
  ...(section ? { section } : {}),
});

/**
 * The heading an emoji-led line is, if it is one: its text reads as a heading ("✅ What you bring",
 * "🎁 BENEFITS") and it is not one of a run of lines led by the same emoji, which is a bullet list
 * ("✅ Terraform", "✅ Experience with Kubernetes").
 */
function emojiHeadings(lines: string[]): (string | null)[] {
  const led = lines.map((l) => EMOJI_LED.exec(l));
  const neighbour = (i: number, step: 1 | -1) => led[nearestNonBlank(lines, i, step)]?.[1] ?? null;
  return led.map((m, i) => {
    const heading = m ? headingText(m[2]!) : null;
    if (!m || heading === null) return null;
    return neighbour(i, -1) === m[1] || neighbour(i, 1) === m[1] ? null : heading;
  });
}

/**
 * A short line with no sentence punctuation right above a bulleted list, in a text with bullets,
 * heads that list ("Perfil / Profile", "Concretely"), even when it names no known section: it is
 * not one of the list's items.
 */
function labelOverList(lines: string[], i: number): string | null {
  const t = clean(lines[i] ?? "");
  // An indented line continues the bullet above it.
  if (!t || /^\s/.test(lines[i]!) || t.split(/\s+/).length > 6 || /[.!?;,]$/.test(t)) return null;
  const next = lines[nearestNonBlank(lines, i, 1)];
  return next !== undefined && isListLine(next) ? t.replace(/:$/, "") : null;
}

/**
 * The sentences of a prose line that tell the reader what they do in the role (none for a blank, bullet
 * or heading line): sentences about "you" or the role's holder, or, in a paragraph that gives two or
 * more duties as orders ("Own the model lifecycle ... Build the programme ..."), those orders.
 */
function dutySentences(line: string | undefined): string[] {
  if (!line?.trim() || isListLine(line) || headingText(line) !== null) return [];
  const all = sentences(clean(line));
  const orders = all.filter(ordersDuty).length >= 2;
  return all.filter((s) => describesDuty(s) || (orders && ordersDuty(s)));
}

export function splitRequirementItems(text: string): RequirementItem[] {
  const rawLines = text.replace(/\r\n?/g, "\n").split("\n");
  const emojiHeading = emojiHeadings(rawLines);
  const hasStructure = rawLines.some((l, i) => BULLET.test(l) || emojiHeading[i] !== null || headingText(l) !== null);
  let section: Section = hasStructure ? "neutral" : "req";
  let optional = false;
  let context: string | undefined;
  let kind: RequirementItem["section"];
  const out: RequirementItem[] = [];
  let lastWasBullet = false;

  for (const [i, raw] of rawLines.entries()) {
    if (raw.trim() === "" || /^\s*([-*_=]\s*){3,}$/.test(raw)) {
      lastWasBullet = false;
      continue;
    }
    const emoji = emojiHeading[i] ?? null;
    // Any other emoji-led line is a bullet ("🔹 Build the pipeline"), whether or not its mark is a usual one.
    const bulletText = emoji === null ? (BULLET.exec(raw)?.[1] ?? EMOJI_LED.exec(raw)?.[2]) : undefined;
    const bullet = bulletText !== undefined;
    const heading = emoji ?? (bullet ? null : (headingText(raw) ?? labelOverList(rawLines, i)));
    if (heading !== null) {
      const next = sectionFor(heading, section);
      section = next.section;
      if (next.known) optional = OPTIONAL_HEADING.test(heading);
      if (next.known) kind = sectionKind(heading);
      context = next.known || section !== "req" ? undefined : clean(heading);
      lastWasBullet = false;
      continue;
    }
    if (bullet) {
      const body = clean(bulletText);
      if (section !== "skip" && body.length >= 2)
        for (const part of splitInlineOptional(body, optional)) out.push(item(part, context, kind, i + 1));
      lastWasBullet = section !== "skip";
      continue;
    }
    // An indented line straight after a bullet continues it (wrapped text).
    const last = out[out.length - 1];
    if (lastWasBullet && /^\s{2,}/.test(raw) && last) {
      last.text = `${last.text} ${clean(raw)}`;
      continue;
    }
    lastWasBullet = false;
    const label = INLINE_LABEL.exec(raw.trim());
    if (label && (REQ_HEADING.test(label[1] ?? "") || OPTIONAL_HEADING.test(label[1] ?? ""))) {
      const opt = OPTIONAL_HEADING.test(label[1] ?? "");
      const labelKind = sectionKind(label[1] ?? "");
      for (const s of sentences(clean(label[2] ?? "")))
        out.push(...splitInlineOptional(s, opt).map((p) => item(p, undefined, labelKind, i + 1)));
      continue;
    }
    if (section === "req")
      for (const s of sentences(clean(raw)).filter((x) => !APPLY_OR_PAY.test(x)))
        for (const part of splitInlineOptional(s, optional)) out.push(item(part, context, kind, i + 1));
    // Prose about the role ("The role", or no heading yet) that tells the reader, sentence after
    // sentence, what they will do is the role's work; a one-sentence intro ("You will own the
    // technical direction of AIOps at ...") is a summary of the lines below it, not one of them.
    else if (section === "neutral") {
      const work = dutySentences(raw);
      // A paragraph written one sentence per line ("You clean the series.\nYou explain ...") counts
      // as one paragraph: a duty sentence next to another line of duties is one of them.
      const inRun = work.length === 1 && [rawLines[i - 1], rawLines[i + 1]].some((l) => dutySentences(l).length > 0);
      if (work.length >= 2 || inRun)
        for (const s of work) out.push(item({ text: s, optional: false }, undefined, "does", i + 1));
    }
  }
  return out;
}

/** Requirement lines of a job description, in order, without bullets or headings. */
export function splitRequirements(text: string): string[] {
  return splitRequirementItems(text).map((i) => i.text);
}
