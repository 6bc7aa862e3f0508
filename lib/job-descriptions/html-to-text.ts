// A job ad pasted as HTML (a careers page's source, a CMS export) becomes text lines before it is
// analysed: the analyser reads one requirement per line, and HTML's line breaks are tags, so
// `<ul><li>Build Grafana dashboards</li><li>Run Terraform</li></ul>` would otherwise be one line.
// Block elements and <br> become line breaks, <li> a "- " bullet line, scripts, styles and
// comments are dropped with their content, other tags are dropped, entities decoded. Text that
// is not HTML (no known tag in it: "a < b", "<3 years on call") is returned as it is. No parser
// dependency: the app has none, and a pasted ad needs only this much.

/** Tags whose presence makes the text HTML; anything else in angle brackets is left as text. */
const KNOWN_TAGS =
  "a|abbr|address|article|aside|b|blockquote|body|br|caption|code|dd|details|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|li|main|nav|ol|p|pre|section|small|span|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|title|tr|u|ul|script|style|meta|link|noscript|template|img";
/** An opening or closing tag, attributes (quoted values may hold ">") included. */
const tag = (names: string) => new RegExp(`<\\/?(?:${names})(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, "gi");
const ANY_KNOWN_TAG = tag(KNOWN_TAGS);
/** Elements that start and end a line of their own. */
const BLOCK = tag(
  "address|article|aside|blockquote|body|caption|dd|details|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|html|main|nav|ol|p|pre|section|summary|table|tbody|tfoot|thead|tr|ul",
);
const DROPPED_WITH_CONTENT = /<(script|style|head|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Whatever tag-like markup is left once the known elements are handled (`<o:p>`, `<custom-el>`). */
const OTHER_TAG = /<\/?[a-z][\w:-]*(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  bull: "•",
  middot: "·",
  euro: "€",
  pound: "£",
  yen: "¥",
  copy: "©",
  reg: "®",
  trade: "™",
  times: "×",
  shy: "",
  zwj: "",
  zwnj: "",
};

/** `&amp;`, `&#8217;`, `&#x2019;` and the common named entities; an unknown one stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** True when the text holds at least one HTML tag the converter knows ("<li>", "</p>", "<br/>"). */
export function looksLikeHtml(text: string): boolean {
  ANY_KNOWN_TAG.lastIndex = 0;
  return ANY_KNOWN_TAG.test(text) || /<!--[\s\S]*?-->/.test(text);
}

/** Has tags that break lines (blocks, list items, <br>), so the source's own line breaks are only spaces. */
function structural(html: string): boolean {
  return [BLOCK, tag("li|br")].some((re) => {
    re.lastIndex = 0;
    return re.test(html);
  });
}

/** The pasted text as lines: HTML converted, anything else unchanged. */
export function htmlToText(text: string): string {
  if (!looksLikeHtml(text)) return text;
  const cleaned = text.replace(/<!--[\s\S]*?-->/g, "").replace(DROPPED_WITH_CONTENT, "");
  // Plain lines with an inline tag or two ("- Must know <b>Go</b>"): the lines stay as they are.
  if (!structural(cleaned)) return decodeEntities(cleaned.replace(ANY_KNOWN_TAG, "")).replace(/\u00a0/g, " ");
  const lines = cleaned
    // Source line breaks are spaces in HTML; the tags say where lines break.
    .replace(/\s+/g, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(tag("li"), (t) => (t[1] === "/" ? "\n" : "\n- "))
    .replace(tag("td|th"), " ")
    .replace(BLOCK, "\n")
    .replace(OTHER_TAG, "");
  const out: string[] = [];
  let bullet = false; // an <li> whose text starts on a later line (`<li><p>...`)
  for (const raw of decodeEntities(lines)
    .replace(/\u00a0/g, " ")
    .split("\n")) {
    const line = raw.replace(/[ \t]+/g, " ").trim();
    if (line === "-") bullet = true;
    else if (line !== "") {
      out.push(bullet && !line.startsWith("- ") ? `- ${line}` : line);
      bullet = false;
    }
  }
  return out.join("\n");
}
