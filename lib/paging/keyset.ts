// Keyset reads with Prisma: the `where` and `orderBy` that continue a list after (or before) a
// cursor, for a lexicographic sort over a few top-level columns. The cursor's key is checked
// against the sort's column types, so a tampered cursor reads as the first page, never a 500.
import {
  DEFAULT_PAGE_SIZE,
  readDirection,
  readsFromEnd,
  toPage,
  type Cursor,
  type CursorValue,
  type ListOptions,
  type Page,
} from "./cursor";

/** One sort column: its field, direction and type. Enum columns list their values in sort order (PostgreSQL's declaration order). */
export type KeyPart =
  | { field: string; order: "asc" | "desc"; type: "date" | "string" | "integer" }
  | { field: string; order: "asc" | "desc"; type: "enum"; values: readonly string[] };

type Where = Record<string, unknown>;
type Value = string | Date | number;

function parseValue(part: KeyPart, raw: CursorValue): Value | undefined {
  if (part.type === "integer") return Number.isSafeInteger(raw) ? (raw as number) : undefined;
  if (typeof raw !== "string") return undefined;
  if (part.type === "date") {
    // Within years 1..9999: JavaScript accepts dates PostgreSQL's timestamp can't hold (an error, not a page).
    const d = new Date(raw);
    const year = d.getUTCFullYear();
    return Number.isNaN(d.getTime()) || year < 1 || year > 9999 ? undefined : d;
  }
  if (part.type === "enum" && !part.values.includes(raw)) return undefined;
  return raw;
}

/** The cursor's key as column values, or null when it doesn't fit the sort (treated as no cursor). */
function parseKey(parts: readonly KeyPart[], cursor: Cursor | null): Value[] | null {
  if (!cursor || cursor.key.length !== parts.length) return null;
  const values = parts.map((p, i) => parseValue(p, cursor.key[i]!));
  return values.every((v) => v !== undefined) ? (values as Value[]) : null;
}

/** Rows strictly beyond `value` in the reading direction, for one column. */
function beyond(part: KeyPart, value: Value, direction: "forward" | "backward"): Where {
  const ascending = (part.order === "asc") === (direction === "forward");
  if (part.type === "enum") {
    const at = part.values.indexOf(value as string);
    return { [part.field]: { in: ascending ? part.values.slice(at + 1) : part.values.slice(0, at) } };
  }
  return { [part.field]: ascending ? { gt: value } : { lt: value } };
}

/** (k1 beyond v1) OR (k1 = v1 AND k2 beyond v2) OR ...: the rows after the cursor in reading order. */
export function keysetWhere(
  parts: readonly KeyPart[],
  key: readonly Value[],
  direction: "forward" | "backward",
): Where {
  return {
    OR: parts.map((part, i) => ({
      AND: [...parts.slice(0, i).map((p, j) => ({ [p.field]: key[j] })), beyond(part, key[i]!, direction)],
    })),
  };
}

/** The sort, reversed when reading backwards (toPage puts the rows back in order). */
export function keysetOrderBy(
  parts: readonly KeyPart[],
  direction: "forward" | "backward",
): Record<string, "asc" | "desc">[] {
  const flip = (o: "asc" | "desc") => (o === "asc" ? "desc" : "asc");
  return parts.map((p) => ({ [p.field]: direction === "forward" ? p.order : flip(p.order) }));
}

function keyOf(parts: readonly KeyPart[], row: Record<string, unknown>): CursorValue[] {
  return parts.map((p) => {
    const v = row[p.field];
    return v instanceof Date ? v.toISOString() : (v as string | number);
  });
}

/**
 * One page of a keyset-paged list. `fetch` reads at most `take` rows matching `seek` (AND it with
 * the list's filter) in `orderBy`; `count` counts the list's filter. Rows must carry the sort fields.
 */
export async function keysetPage<T extends Record<string, unknown>>(opts: {
  parts: readonly KeyPart[];
  size: number;
  after?: string;
  before?: string;
  count: () => Promise<number>;
  fetch: (q: { seek: Where; orderBy: Record<string, "asc" | "desc">[]; take: number }) => Promise<T[]>;
}): Promise<Page<T>> {
  const { parts, size } = opts;
  const read = readDirection(opts.after, opts.before, parts.length);
  const key = parseKey(parts, read.cursor);
  const direction = key || readsFromEnd(read) ? read.direction : "forward";
  const cursor = key ? read.cursor : null;
  const [total, rows] = await Promise.all([
    opts.count(),
    opts.fetch({
      seek: key ? keysetWhere(parts, key, direction) : {},
      orderBy: keysetOrderBy(parts, direction),
      take: size + 1,
    }),
  ]);
  return toPage(rows, size, total, (r) => keyOf(parts, r), direction, cursor);
}

/**
 * keysetPage over one table: `where` is the list's filter, `count` and `findMany` the table's own
 * (`findMany` adds the select the page needs); the seek, sort and take are added here. Page options
 * default to the first page of DEFAULT_PAGE_SIZE rows.
 */
export function keysetTablePage<W, T extends Record<string, unknown>>(opts: {
  parts: readonly KeyPart[];
  where: W;
  page: ListOptions;
  count: (args: { where: W }) => Promise<number>;
  findMany: (args: {
    where: { AND: [W, Where] };
    orderBy: Record<string, "asc" | "desc">[];
    take: number;
  }) => Promise<T[]>;
}): Promise<Page<T>> {
  const { where, page } = opts;
  return keysetPage({
    parts: opts.parts,
    size: page.size ?? DEFAULT_PAGE_SIZE,
    after: page.after,
    before: page.before,
    count: () => opts.count({ where }),
    fetch: ({ seek, orderBy, take }) => opts.findMany({ where: { AND: [where, seek] }, orderBy, take }),
  });
}
