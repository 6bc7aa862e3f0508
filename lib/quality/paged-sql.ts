// Keyset paging over a whole report statement (interviewers.ts, questions.ts): the report's
// rows become the CTE `listed`, and one statement returns the filtered total and one page of
// it, sorted by a few of its columns (mixed directions). The report's aggregates still run over
// everything the viewer may see (a total needs them), but only the page's rows come back and
// get their intervals (the alpha bootstrap is the costly part). Cursors come from URLs: one
// that does not fit the sort's column types reads as the first page, never a 500.
import "server-only";
import { z } from "zod";
import { Prisma } from "../generated/prisma/client";
import { readDirection, readsFromEnd, toPage, type CursorValue, type Page } from "../paging/cursor";

/** One sort column of `listed`: a fixed identifier (never from input), its direction and type. */
export type SortPart = { column: string; order: "asc" | "desc"; type: "string" | "number" };

const valueOf = { string: z.string(), number: z.number().finite() } as const;

function keyFits(parts: readonly SortPart[], key: readonly CursorValue[]): boolean {
  return key.length === parts.length && parts.every((p, i) => valueOf[p.type].safeParse(key[i]).success);
}

const ident = (column: string) => Prisma.raw(`"${column.replace(/"/g, "")}"`);

/** (k1 beyond v1) OR (k1 = v1 AND k2 beyond v2) OR ...: the rows after the key in reading order. */
function seekSql(
  parts: readonly SortPart[],
  key: readonly CursorValue[],
  direction: "forward" | "backward",
): Prisma.Sql {
  const ors = parts.map((part, i) => {
    const ascending = (part.order === "asc") === (direction === "forward");
    const equal = parts.slice(0, i).map((p, j) => Prisma.sql`${ident(p.column)} = ${key[j]}`);
    const beyond = ascending
      ? Prisma.sql`${ident(part.column)} > ${key[i]}`
      : Prisma.sql`${ident(part.column)} < ${key[i]}`;
    return Prisma.sql`(${Prisma.join([...equal, beyond], " AND ")})`;
  });
  return Prisma.sql`(${Prisma.join(ors, " OR ")})`;
}

function orderSql(parts: readonly SortPart[], direction: "forward" | "backward"): Prisma.Sql {
  const flip = direction === "backward";
  return Prisma.join(
    parts.map((p) => Prisma.sql`${ident(p.column)} ${Prisma.raw((p.order === "asc") !== flip ? "ASC" : "DESC")}`),
    ", ",
  );
}

/**
 * One page of `inner`'s rows matching `filter`, in `parts` order, plus `total` (matching the
 * filter) and any extra counts (`counts`: name → SQL boolean over `listed`, counted without the filter).
 */
export async function pagedReport<T extends Record<string, unknown>>(opts: {
  inner: Prisma.Sql;
  filter?: Prisma.Sql;
  parts: readonly SortPart[];
  size: number;
  after?: string;
  before?: string;
  counts?: Record<string, Prisma.Sql>;
  query: (sql: Prisma.Sql) => Promise<{ total: number; rows: T[] | null; [count: string]: unknown }[]>;
}): Promise<{ page: Page<T>; counts: Record<string, number> }> {
  const { parts, size } = opts;
  const read = readDirection(opts.after, opts.before, parts.length);
  const fits = read.cursor !== null && keyFits(parts, read.cursor.key);
  const direction = fits || readsFromEnd(read) ? read.direction : "forward";
  const cursor = fits ? read.cursor : null;
  const filter = opts.filter ?? Prisma.sql`TRUE`;
  const seek = cursor ? seekSql(parts, cursor.key, direction) : Prisma.sql`TRUE`;
  const order = orderSql(parts, direction);
  const extra = Object.entries(opts.counts ?? {}).map(
    ([name, when]) => Prisma.sql`, (SELECT count(*)::int FROM listed WHERE ${when}) AS ${ident(name)}`,
  );
  const [row] = await opts.query(Prisma.sql`
    WITH listed AS MATERIALIZED (${opts.inner})
    SELECT (SELECT count(*)::int FROM listed WHERE ${filter}) AS total,
      (SELECT json_agg(p ORDER BY ${order}) FROM (SELECT * FROM listed WHERE ${filter} AND ${seek} ORDER BY ${order} LIMIT ${size + 1}) p) AS rows
      ${extra.length ? Prisma.join(extra, " ") : Prisma.empty}`);
  const counts = Object.fromEntries(Object.keys(opts.counts ?? {}).map((name) => [name, Number(row?.[name] ?? 0)]));
  const keyOf = (r: T) => parts.map((p) => r[p.column] as CursorValue);
  return { page: toPage(row?.rows ?? [], size, row?.total ?? 0, keyOf, direction, cursor), counts };
}
