// Keyset (cursor) paging shared by every list. A cursor is the sort key of the last row shown,
// so the next page is "rows after this key" (an index range scan) instead of OFFSET n (which
// reads and throws away n rows and shifts when rows are added).
// Cursors come from URLs: anything malformed reads as "no cursor" (the first page), never a 500.
// A sort key holds a candidate's name (or a fit score), and URLs end up in browser history,
// server logs and Referer headers, so the key is sealed: AES-256-GCM under a key derived from
// NEXTAUTH_SECRET. Nobody reads a name out of a link, and nobody forges a cursor (a made-up key
// could start a page anywhere in a list). The IV is derived from the text, so the same page
// gives the same link. Rotating NEXTAUTH_SECRET makes old page links a 400 (proxy.ts).
import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from "node:crypto";
import { z } from "zod";
import { env } from "../env";
import { LAST_PAGE } from "./last-page";

export type CursorValue = string | number | null;

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** A keyset list's paging options: the cursor to page after or before, and the page size. */
export type ListOptions = { after?: string; before?: string; size?: number };

/** A row's sort key plus its position in the list (0-based; shown as "51–100 of N", never used to seek). */
export type Cursor = { key: CursorValue[]; position: number };

const IV_BYTES = 12;
const TAG_BYTES = 16;
let keys: { seal: Buffer; iv: Buffer } | undefined;
/** The sealing key and the IV key, derived once from the app's secret. */
function cursorKeys() {
  if (!keys) {
    const derive = (info: string) => Buffer.from(hkdfSync("sha256", env().authSecret, "", info, 32));
    keys = { seal: derive("aiops-scorecard paging cursor v1"), iv: derive("aiops-scorecard paging cursor iv v1") };
  }
  return keys;
}

export function encodeCursor(key: readonly CursorValue[], position: number): string {
  const text = Buffer.from(JSON.stringify([position, ...key]), "utf8");
  const { seal, iv: ivKey } = cursorKeys();
  const iv = createHmac("sha256", ivKey).update(text).digest().subarray(0, IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", seal, iv);
  const sealed = Buffer.concat([cipher.update(text), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString("base64url");
}

/** The cursor's JSON text, or null when it was not sealed by this app (made up, cut, or sealed under another secret). */
function openCursor(raw: string): string | null {
  const bytes = Buffer.from(raw, "base64url");
  if (bytes.length < IV_BYTES + TAG_BYTES + 2) return null;
  const decipher = createDecipheriv("aes-256-gcm", cursorKeys().seal, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    return null;
  }
}

const cursorKey = z.array(z.union([z.string().max(500), z.number().finite(), z.null()])).max(8);

/** A cursor with a key of `length` values, or null when absent or malformed (treated as the first page). */
export function decodeCursor(raw: string | undefined | null, length: number): Cursor | null {
  const cursor = decodeAnyCursor(raw);
  return cursor && cursor.key.length === length ? cursor : null;
}

/** True when `raw` is a cursor of some list (any key length): what proxy.ts asks of `after` / `before`. */
export function isCursor(raw: string): boolean {
  return decodeAnyCursor(raw) !== null;
}

function decodeAnyCursor(raw: string | undefined | null): Cursor | null {
  if (!raw || raw.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  try {
    const text = openCursor(raw);
    if (text === null) return null;
    const parsed = cursorKey.safeParse(JSON.parse(text));
    if (!parsed.success || parsed.data.length < 1) return null;
    const [position, ...key] = parsed.data;
    return typeof position === "number" && Number.isInteger(position) && position >= 0 ? { key, position } : null;
  } catch {
    return null;
  }
}

export type Read = { direction: "forward" | "backward"; cursor: Cursor | null };

/**
 * Which way to read from the URL's cursors: `after` wins over `before`; `before=end`
 * (LAST_PAGE) is the list's last page, read backward from its end; neither is the first page.
 */
export function readDirection(after: string | undefined, before: string | undefined, length: number): Read {
  const a = decodeCursor(after, length);
  if (a) return { direction: "forward", cursor: a };
  if (before === LAST_PAGE) return { direction: "backward", cursor: null };
  const b = decodeCursor(before, length);
  return b ? { direction: "backward", cursor: b } : { direction: "forward", cursor: null };
}

/** The last page was asked for: read backward with nothing to seek from. */
export const readsFromEnd = (read: Read) => read.direction === "backward" && read.cursor === null;

/** Page size from a URL parameter: a whole number within 1..MAX_PAGE_SIZE, else the default. */
export function pageSize(raw: string | undefined | null, fallback = DEFAULT_PAGE_SIZE): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_SIZE ? n : fallback;
}

/** What every paged list returns: this page's rows, the total matching the filter, and where to go next. */
export type Page<T> = {
  rows: T[];
  total: number;
  /** Cursor of the page after this one, or null on the last page. */
  next: string | null;
  /** Cursor of the page before this one (reverse scan), or null on the first page. */
  prev: string | null;
  /** Position of the first row in the whole list (0-based). */
  start: number;
};

/**
 * Turns rows fetched with LIMIT size + 1 into a page. `direction` says how they were fetched:
 * "forward" (after a cursor, in sort order) or "backward" (before a cursor, in reverse order).
 * `hadCursor` tells whether there are rows on the other side of the cursor we came from.
 * A cursor's position is only what the page that made it counted: a link copied from another
 * viewer's longer list (a manager's, opened by an interviewer who lists only their own
 * candidates) or a list that shrank since would read "51–53 of 3". So the position is kept within
 * the list: reading back to its start is position 0, and, with an exact `total` (not a capped
 * count), no page starts past `total - rows`.
 */
export function toPage<T>(
  fetched: T[],
  size: number,
  total: number,
  keyOf: (row: T) => CursorValue[],
  direction: "forward" | "backward",
  cursor: Cursor | null,
  totalIsExact = true,
): Page<T> {
  const more = fetched.length > size;
  const rows = fetched.slice(0, size);
  if (direction === "backward") rows.reverse();
  // Position of the first row: right after the cursor going forward, `rows` before it going back.
  // The last page (backward from the end, no cursor) ends at `total`.
  const hinted = !cursor
    ? direction === "backward"
      ? Math.max(0, total - rows.length)
      : 0
    : direction === "forward"
      ? cursor.position + 1
      : more
        ? Math.max(0, cursor.position - rows.length)
        : 0; // backward without more rows: this page is the list's first
  const start = totalIsExact ? Math.max(0, Math.min(hinted, total - rows.length)) : hinted;
  const first = rows[0];
  const last = rows.at(-1);
  const hasNext = direction === "forward" ? more : cursor !== null;
  const hasPrev = direction === "forward" ? cursor !== null : more;
  return {
    rows,
    total,
    start,
    next: hasNext && last ? encodeCursor(keyOf(last), start + rows.length - 1) : null,
    prev: hasPrev && first ? encodeCursor(keyOf(first), start) : null,
  };
}
