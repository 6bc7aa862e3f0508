/** "1 row", "2 rows", "1 candidate", "3 people" (pass `many` when adding "s" is wrong). */
export function plural(n: number, one: string, many = `${one}s`) {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

const COUNT = new Intl.NumberFormat("en");
/** A count as every page writes it: 10,000, not 10000. */
export function formatCount(n: number): string {
  return COUNT.format(n);
}
